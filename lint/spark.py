"""Lint a PySpark DataFrame of articles (``pip install 'copydesk[spark]'``).

``mapInArrow`` hands each Python worker batches of rows as Arrow record
batches; each batch is linted by ``lint.table`` with the worker process's
linter (``linter_for``: the engine, plugins and config are built once per
process and options, and Spark reuses its Python workers between tasks).
The output schemas are explicit, derived from ``lint.table.arrow_schemas``::

    from lint import spark as copydesk_spark

    articles = spark.read.parquet("archive/")
    found = copydesk_spark.lint_articles(articles, text_field="body", nested=True)
    found.write.parquet("articles/")                    # one pass over the texts
    done = spark.read.parquet("articles/")
    copydesk_spark.diagnostics_of(done).write.parquet("diagnostics/")
    print(copydesk_spark.counts(done))                  # rows read, linted, failed

``options`` are those of ``lint.table.TableLinter`` (``select``, ``ignore``,
``style``, ``date``, ``config``, ``isolated``, ``root``, ``clean``…); a
config file named by ``config`` or found under ``root`` must be readable
on every worker. The README's "On a cluster: Dask and Spark" has a whole
job, Parquet in and Parquet out.

A partition is linted by one Python worker from start to end, so give the
job many more partitions than cores, of like sizes: the last partitions
decide when it ends. Spark packs a Parquet file's row groups into splits
of ``spark.sql.files.maxPartitionBytes`` (128 MB by default); with it at
or below the size of a row group, each row group is a partition. Each
task also costs the JVM work of its own, so not too small either: a
thousand articles or more a partition, eight to ten partitions a core.
"""

from __future__ import annotations

from typing import Any, Iterator

from lint.table import Counts, arrow_schemas, arrow_tables, linter_for, present_fields, rows_of_batch


def lint_diagnostics(frame, *, text_field: str = "text", id_field: str = "id", **options: Any):
    """A DataFrame of diagnostics (``id`` + the JSON contract's fields)."""
    return _lint(frame, text_field, id_field, options, "diagnostics", nested=False)


def lint_articles(frame, *, text_field: str = "text", id_field: str = "id", nested: bool = False,
                  **options: Any):
    """A DataFrame of per-article summaries, one row per input row.

    With ``nested``, each summary also holds its article's diagnostics in
    ``diagnostics_list`` (``diagnostics_of`` flattens them), so that one pass
    over the texts gives both tables."""
    return _lint(frame, text_field, id_field, options, "summaries", nested=nested)


def diagnostics_of(articles):
    """The flat diagnostics of a DataFrame made by ``lint_articles(nested=True)``."""
    from pyspark.sql import functions as F

    return articles.select(F.explode("diagnostics_list").alias("d")).select("d.*")


def counts(articles) -> Counts:
    """Rows read, linted and failed, from a DataFrame of summaries (one job;
    read it back from where it was written, or cache it, not to lint twice)."""
    from pyspark.sql import functions as F

    row = articles.agg(F.count(F.lit(1)).alias("read"),
                       F.sum(F.when(F.col("status") == "failed", 1).otherwise(0)).alias("failed"),
                       F.sum("diagnostics").alias("diagnostics")).collect()[0]
    read, failed = int(row["read"]), int(row["failed"] or 0)
    return Counts(read=read, linted=read - failed, failed=failed, diagnostics=int(row["diagnostics"] or 0))


def spark_schemas(nested: bool = False):
    """The Spark schemas (``StructType``) of (diagnostics, summaries)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    diagnostics, summaries = arrow_schemas(nested)
    return from_arrow_schema(diagnostics), from_arrow_schema(summaries)


def _lint(frame, text_field: str, id_field: str, options: dict[str, Any], kind: str, nested: bool):
    present = present_fields(frame.columns, text_field, id_field)
    frame = frame.select(*dict.fromkeys(present.values()))
    diagnostics_schema, summaries_schema = spark_schemas(nested)
    options = dict(options)

    def lint_batches(batches: Iterator) -> Iterator:
        linter = linter_for(options)
        for batch in batches:
            results = [linter.lint_row(row) for row in rows_of_batch(batch, present)]
            diagnostics, summaries = arrow_tables(results, nested=nested)
            yield from (diagnostics if kind == "diagnostics" else summaries).to_batches()

    return frame.mapInArrow(lint_batches, diagnostics_schema if kind == "diagnostics" else summaries_schema)
