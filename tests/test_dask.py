"""``lint.dask`` on a two-worker ``LocalCluster``: the same records as the
table API and ``copydesk check --format json``, bad rows failing alone."""

from __future__ import annotations

import os
import sys

import pytest

dd = pytest.importorskip("dask.dataframe", reason="Dask is not installed (pip install 'copydesk[dask]')")
distributed = pytest.importorskip("distributed", reason="distributed is not installed (pip install 'copydesk[dask]')")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'copydesk[dask]')")

from lint import dask as copydesk_dask  # noqa: E402
from lint.table import DIAGNOSTIC_FIELDS, SUMMARY_FIELDS, TableLinter  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from test_table import STORY, generated  # noqa: E402


@pytest.fixture(scope="module")
def client():
    import dask

    with dask.config.set(copydesk_dask.WORKER_CONFIG), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                     silence_logs=40) as cluster, distributed.Client(cluster) as client:
        yield client


def test_the_worker_config_turns_the_workers_profiler_off(client):
    import dask

    assert set(client.run(lambda: dask.config.get("distributed.worker.profile.enabled")).values()) == {False}


def test_the_worker_config_slows_the_health_checks_of_workers_and_nannies(client):
    def intervals(dask_worker):
        return (dask_worker.periodic_callbacks["tick"].callback_time,
                dask_worker.memory_manager.memory_monitor_interval)

    for where in ({}, {"nanny": True}):
        assert set(client.run(intervals, **where).values()) == {(500, 0.5)}, where


@pytest.fixture(scope="module")
def articles():
    rows = [{"key": article_id, "body": text, "format": fmt} for article_id, fmt, text in generated(6)]
    rows.insert(2, {"key": "empty", "body": None, "format": "txt"})
    rows.insert(4, {"key": "story", "body": STORY, "format": None})
    return rows


def expected(rows, **options):
    linter = TableLinter(isolated=True, **options)
    results = [linter.lint_row({"id": r["key"], "text": r["body"], "format": r["format"]}) for r in rows]
    return results, linter.counts


def frame(rows, partitions=3):
    return dd.from_pandas(pd.DataFrame(rows), npartitions=partitions, sort=False)


def test_diagnostics_frame_matches_the_table_api(client, articles):
    results, _ = expected(articles)
    found = copydesk_dask.lint_diagnostics(frame(articles), text_field="body", id_field="key",
                                           isolated=True).compute()
    assert tuple(found.columns) == DIAGNOSTIC_FIELDS
    assert found.to_dict("records") == [d for r in results for d in r.diagnostics]
    assert len(found) > 8


def test_articles_frame_one_pass_gives_both_tables(client, articles):
    results, counts = expected(articles, clean=True)
    done = copydesk_dask.lint_articles(frame(articles), text_field="body", id_field="key", nested=True,
                                       isolated=True, clean=True).persist()
    summaries = done.compute()
    assert tuple(summaries.columns) == SUMMARY_FIELDS + ("diagnostics_list",)
    plain = summaries.drop(columns="diagnostics_list").to_dict("records")
    assert [{k: (list(v) if k == "boilerplate_lines" else v) for k, v in row.items()} for row in plain] == [
        r.summary for r in results]
    assert summaries.loc[summaries["id"] == "empty", "error"].tolist() == ["has no text"]
    flat = copydesk_dask.diagnostics_of(done).compute()
    assert flat.to_dict("records") == [d for r in results for d in r.diagnostics]
    assert copydesk_dask.counts(done).as_dict() == counts.as_dict() == {
        "read": 8, "linted": 7, "failed": 1, "diagnostics": len(flat)}


def test_written_to_parquet_and_read_back(client, articles, tmp_path):
    results, counts = expected(articles)
    found = copydesk_dask.lint_articles(frame(articles), text_field="body", id_field="key", nested=True,
                                        isolated=True)
    copydesk_dask.write_parquet(found, str(tmp_path / "articles"))
    assert sorted(os.listdir(tmp_path / "articles")) == ["part.0.parquet", "part.1.parquet", "part.2.parquet"]
    done = dd.read_parquet(str(tmp_path / "articles"), dtype_backend="pyarrow")
    assert copydesk_dask.counts(done).as_dict() == counts.as_dict()
    flat = copydesk_dask.diagnostics_of(done).compute()
    assert flat.to_dict("records") == [d for r in results for d in r.diagnostics]


def test_a_bag_of_articles(client, articles):
    import dask.bag as db

    results, _ = expected(articles)
    bag = copydesk_dask.lint_bag(db.from_sequence(articles, npartitions=2), text_field="body", id_field="key",
                                 isolated=True)
    assert bag.pluck("diagnostics").flatten().compute() == [d for r in results for d in r.diagnostics]
    assert [s["status"] for s in bag.pluck("summary").compute()] == ["linted"] * 2 + ["failed"] + ["linted"] * 5


def test_a_missing_column_is_named(articles):
    with pytest.raises(KeyError, match="no column 'text'"):
        copydesk_dask.lint_diagnostics(frame(articles), id_field="key")
