"""``lint.spark`` on a local ``local[2]`` session: the same records as the
table API, bad rows failing alone, and the README's example job.

PySpark is not in the test extra (hundreds of megabytes, and a Java
runtime): these tests run where ``copydesk[spark]`` is installed and are
skipped elsewhere.
"""

from __future__ import annotations

import os
import re
import shutil
import sys

import pytest

pytest.importorskip("pyspark", reason="PySpark is not installed (pip install 'copydesk[spark]')")
pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'copydesk[spark]')")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("PySpark needs a Java runtime (java on PATH or JAVA_HOME)", allow_module_level=True)

from lint import spark as copydesk_spark  # noqa: E402
from lint.table import DIAGNOSTIC_FIELDS, SUMMARY_FIELDS, TableLinter  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from test_table import STORY, generated  # noqa: E402

README = os.path.join(os.path.dirname(__file__), "..", "README.md")


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers import copydesk from this environment
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("copydesk-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def rows():
    out = [(article_id, text, fmt) for article_id, fmt, text in generated(5)]
    out.insert(1, ("empty", None, "txt"))
    out.insert(3, ("story", STORY, None))
    out.append(("bad-date", "Hi.", None))
    return out


def expected(rows, **options):
    linter = TableLinter(isolated=True, **options)
    return [linter.lint_row({"id": i, "text": t, "format": f}) for i, t, f in rows], linter.counts


def frame(spark, rows):
    return spark.createDataFrame(rows, "key string, body string, format string").repartition(2)


def by_id(records, order):
    return sorted(records, key=lambda r: order.index(r["id"]))


def test_diagnostics_dataframe_matches_the_table_api(spark, rows):
    results, _ = expected(rows)
    found = copydesk_spark.lint_diagnostics(frame(spark, rows), text_field="body", id_field="key", isolated=True)
    assert tuple(found.columns) == DIAGNOSTIC_FIELDS
    records = [r.asDict(recursive=True) for r in found.collect()]
    order = [r[0] for r in rows]
    # Partitions come back in any order; within an article, the engine's order.
    assert by_id(records, order) == [d for r in results for d in r.diagnostics]
    assert len(records) > 8


def test_articles_dataframe_one_pass_gives_both_tables(spark, rows):
    results, counts = expected(rows, clean=True)
    done = copydesk_spark.lint_articles(frame(spark, rows), text_field="body", id_field="key", nested=True,
                                        isolated=True, clean=True).cache()
    assert tuple(done.columns) == SUMMARY_FIELDS + ("diagnostics_list",)
    order = [r[0] for r in rows]
    summaries = by_id([r.asDict(recursive=True) for r in done.drop("diagnostics_list").collect()], order)
    assert summaries == [r.summary for r in results]
    assert [(s["id"], s["error"]) for s in summaries if s["status"] == "failed"] == [("empty", "has no text")]
    flat = [r.asDict(recursive=True) for r in copydesk_spark.diagnostics_of(done).collect()]
    assert by_id(flat, order) == [d for r in results for d in r.diagnostics]
    assert copydesk_spark.counts(done).as_dict() == counts.as_dict() == {
        "read": 8, "linted": 7, "failed": 1, "diagnostics": len(flat)}


def test_a_missing_column_is_named(spark, rows):
    with pytest.raises(KeyError, match="no column 'text'"):
        copydesk_spark.lint_diagnostics(frame(spark, rows), id_field="key")


def test_the_readme_example_job_reads_and_writes_parquet(spark, rows, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    with open(README, encoding="utf-8") as handle:
        job = re.search(r"```python\n(# lint_archive\.py.*?)```", handle.read(), re.S).group(1)
    results, counts = expected(rows)
    pq.write_table(pa.table({"id": [r[0] for r in rows], "body": [r[1] for r in rows],
                             "format": [r[2] for r in rows]}), tmp_path / "in.parquet")
    monkeypatch.setattr(sys, "argv", ["lint_archive.py", str(tmp_path / "in.parquet"), str(tmp_path / "out")])
    monkeypatch.chdir(tmp_path)
    exec(compile(job, "lint_archive.py", "exec"), {"__name__": "__main__"})
    diagnostics = pq.read_table(tmp_path / "out" / "diagnostics").to_pylist()
    summaries = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    assert sorted(s["id"] for s in summaries) == sorted(r[0] for r in rows)
    assert len(diagnostics) == counts.diagnostics
    assert tuple(diagnostics[0]) == DIAGNOSTIC_FIELDS
