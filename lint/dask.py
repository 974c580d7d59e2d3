"""Lint a Dask DataFrame or bag of articles (``pip install 'copydesk[dask]'``).

Each partition is linted by ``lint.table`` with the linter of its worker
process (``linter_for``: the engine, plugins and config are built once per
process and options, never per row or partition). The frames returned have
the fixed schemas of ``lint.table.arrow_schemas`` as pyarrow-backed pandas
columns, so they write to Parquet as they are::

    import dask.dataframe as dd
    from lint import dask as copydesk_dask

    articles = dd.read_parquet("archive/*.parquet")
    found = copydesk_dask.lint_articles(articles, text_field="body", nested=True)
    copydesk_dask.write_parquet(found, "articles/")    # one pass over the texts
    done = dd.read_parquet("articles/", dtype_backend="pyarrow")
    copydesk_dask.write_parquet(copydesk_dask.diagnostics_of(done), "diagnostics/")
    print(copydesk_dask.counts(done))                  # rows read, linted, failed

``options`` are those of ``lint.table.TableLinter`` (``select``, ``ignore``,
``style``, ``date``, ``config``, ``isolated``, ``root``, ``clean``…).

Start the workers with ``WORKER_CONFIG`` set: Dask's statistical profiler
samples each task's stack every 10 ms, which costs about a fifth of a
worker's CPU on copydesk's pure-Python work, and every scheduler, nanny
and worker checks its event loop every 20 ms and its memory every 100 ms,
which on a machine with no core to spare takes CPU from the workers::

    import dask
    from distributed import LocalCluster

    with dask.config.set(copydesk_dask.WORKER_CONFIG):
        cluster = LocalCluster(n_workers=8, threads_per_worker=1)
"""

from __future__ import annotations

from typing import Any

from lint.table import (Counts, arrow_schemas, arrow_tables, linter_for, present_fields, row_fields,
                        rows_from_columns)


# Dask settings for a cluster that lints (read when its scheduler, nannies and workers start).
# The health checks' longer intervals took LocalCluster's own process from about 1.0 to 0.3
# CPU seconds for 2,000 articles on two workers and two cores: time the workers get back.
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.worker.memory.monitor-interval": "500ms",
}


def lint_diagnostics(frame, *, text_field: str = "text", id_field: str = "id", **options: Any):
    """A Dask DataFrame of diagnostics (``id`` + the JSON contract's fields)."""
    return _lint(frame, text_field, id_field, options, "diagnostics", nested=False)


def lint_articles(frame, *, text_field: str = "text", id_field: str = "id", nested: bool = False,
                  **options: Any):
    """A Dask DataFrame of per-article summaries, one row per input row.

    With ``nested``, each summary also holds its article's diagnostics in
    ``diagnostics_list`` (``diagnostics_of`` flattens them), so that one pass
    over the texts gives both tables."""
    return _lint(frame, text_field, id_field, options, "summaries", nested=nested)


def diagnostics_of(articles):
    """The flat diagnostics of a frame made by ``lint_articles(nested=True)``."""
    return articles.map_partitions(_flatten, meta=_empty("diagnostics", False))


def lint_bag(bag, *, text_field: str = "text", id_field: str = "id", **options: Any):
    """A bag of ``{"summary": dict, "diagnostics": [dict, ...]}``, one per article.

    The bag holds mappings with the article's fields (``text_field`` and
    ``id_field`` name the text and id keys). ``.pluck("diagnostics").flatten()``
    gives the diagnostic records, ``.pluck("summary")`` the summaries."""
    fields = row_fields(text_field, id_field)
    options = dict(options)

    def lint_partition(items):
        linter = linter_for(options)
        out = []
        for item in items:
            row = {name: _get(item, column) for name, column in fields.items()}
            result = linter.lint_row(row)
            out.append({"summary": result.summary, "diagnostics": result.diagnostics})
        return out

    return bag.map_partitions(lint_partition)


def write_parquet(frame, folder: str) -> None:
    """Write a frame of this module (or any frame) to ``folder``, one Parquet
    file per partition, with the Arrow schema and without pandas' metadata.

    ``frame.to_parquet`` records pandas' names for the nested columns
    (``list<item: int32>[pyarrow]``), which pandas cannot read back; the
    files written here read back with ``dd.read_parquet(folder,
    dtype_backend="pyarrow")``, and by any Parquet reader."""
    import os

    import dask

    os.makedirs(folder, exist_ok=True)
    parts = frame.to_delayed()
    width = len(str(len(parts)))
    dask.compute(*[dask.delayed(_write_part)(part, os.path.join(folder, f"part.{i:0{width}d}.parquet"))
                   for i, part in enumerate(parts)])


def _write_part(partition, path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(partition, preserve_index=False)
    pq.write_table(table.replace_schema_metadata(None), path)


def counts(articles) -> Counts:
    """Rows read, linted and failed, from a frame of summaries (compute it
    once, or read it back from where it was written: counting lints again
    otherwise)."""
    import dask

    read, failed, diagnostics = dask.compute(articles["status"].size, (articles["status"] == "failed").sum(),
                                             articles["diagnostics"].sum())
    read, failed = int(read), int(failed)
    return Counts(read=read, linted=read - failed, failed=failed, diagnostics=int(diagnostics))


# -- the partition function ------------------------------------------------------

def _lint(frame, text_field: str, id_field: str, options: dict[str, Any], kind: str, nested: bool):
    present = present_fields(frame.columns, text_field, id_field)
    frame = frame[list(dict.fromkeys(present.values()))]
    return frame.map_partitions(_lint_partition, present, dict(options), kind, nested,
                                meta=_empty(kind, nested))


def _lint_partition(partition, fields: dict[str, str], options: dict[str, Any], kind: str, nested: bool):
    linter = linter_for(options)
    import pyarrow as pa

    # Through Arrow, a missing value is None whatever the column's dtype (not NaN or pandas.NA).
    columns = {column: pa.array(partition[column], from_pandas=True).to_pylist()
               for column in dict.fromkeys(fields.values())}
    results = [linter.lint_row(row) for row in rows_from_columns(columns, fields)] if len(partition) else []
    diagnostics, summaries = arrow_tables(results, nested=nested)
    return _pandas(diagnostics if kind == "diagnostics" else summaries)


def _flatten(partition):
    import pyarrow as pa

    diagnostic_schema, summary_schema = arrow_schemas(nested=True)
    column = pa.array(partition["diagnostics_list"].tolist(), type=summary_schema.field("diagnostics_list").type)
    flat = column.flatten()
    if not len(flat):
        return _pandas(diagnostic_schema.empty_table())
    return _pandas(pa.Table.from_batches([pa.RecordBatch.from_struct_array(flat)], schema=diagnostic_schema))


def _empty(kind: str, nested: bool):
    diagnostics, summaries = arrow_schemas(nested)
    return _pandas((diagnostics if kind == "diagnostics" else summaries).empty_table())


def _pandas(table):
    import pandas as pd

    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _get(item, key: str):
    try:
        return item[key]
    except (KeyError, IndexError, TypeError):
        return None
