"""Articles per second on a table: the command line's pool, Dask and Spark.

    python tests/bench/tables.py                    # 3,000 generated rows and the corpus
    python tests/bench/tables.py --rows 100000      # the issue's size (about an hour here)
    python tests/bench/tables.py --json > r.json    # the figures as JSON
    python tests/bench/tables.py --rows 100000 --workers 2 --no-corpus   # the overhead at size

Writes the generated articles (``articles.py``, seeded) to a Parquet file
with columns ``id``, ``body`` and ``format``, and the labelled corpus of
scraped pages (``$COPYDESK_CORPUS`` or ``../shared/corpus``: read where it
is, never copied) to another; then, for each table, in separate processes:

- ``copydesk check --input-format parquet --format parquet`` with
  ``--jobs 1`` (the single-process rate) and ``--jobs 2`` (the pool);
- Dask: ``lint_articles(nested=True)`` written to Parquet, on a
  ``LocalCluster`` of one and of two worker processes (one thread each);
- Spark: the same through ``lint.spark`` on ``local[1]`` and ``local[2]``.

Every run writes the summaries with their diagnostics, and every run is
checked to have read every row. Times are wall clock of the whole job; a
cluster's or session's start-up is timed apart and not counted (it is
paid once per job, not per row). Memory is the peak resident size of the
largest worker process (``ru_maxrss``); for Spark, of a Python worker,
with the JVM's resident size beside it. Needs ``copydesk[parquet]`` and,
for their rows, ``copydesk[dask]`` and ``copydesk[spark]`` (a missing one
is skipped, and the table says so).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))


def write_generated(path: str, rows: int, seed: int = 2023) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from articles import Writer

    writer = Writer(seed)
    ids, bodies, formats = [], [], []
    for number in range(rows):
        target = writer.rng.randint(300, 860)
        formats.append("md" if writer.rng.random() < 0.2 else "txt")
        bodies.append(writer.article(target)[0])
        ids.append(f"g{number:06d}")
    pq.write_table(pa.table({"id": ids, "body": bodies, "format": formats}), path, row_group_size=250)


def write_corpus(path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from corpus.pages import find_corpus

    folder = find_corpus()
    if folder is None:
        return 0
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    bodies = []
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            bodies.append(handle.read())
    pq.write_table(pa.table({"id": [n[:-4] for n in names], "body": bodies}), path, row_group_size=25)
    return len(names)


# -- one run each, in its own process ---------------------------------------------

def run_cli(table: str, out: str, jobs: int) -> dict:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "lint", "check", "--no-config", "--no-progress", "--input-format", "parquet",
         "--text-field", "body", "--id-field", "id", "--format", "parquet", "-o", os.path.join(out, "d.parquet"),
         "--summary-file", os.path.join(out, "s.parquet"), "--jobs", str(jobs), table],
        capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"copydesk failed: {done.stderr}")
    line = done.stderr.strip().splitlines()[-1]  # "copydesk: N rows read, ..."
    return {"seconds": seconds, "rows": int(line.split()[1].replace(",", "")), "status_line": line,
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


DASK_ROW_GROUPS = int(os.environ.get("COPYDESK_BENCH_DASK_ROW_GROUPS", "1"))  # row groups (250 rows) a partition


def run_dask(table: str, out: str, workers: int) -> dict:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from lint import dask as copydesk_dask

    import dask

    start = time.perf_counter()
    with dask.config.set(copydesk_dask.WORKER_CONFIG), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=40) as cluster, Client(cluster) as client:
        startup = time.perf_counter() - start
        start = time.perf_counter()
        frame = dd.read_parquet(table, split_row_groups=DASK_ROW_GROUPS if DASK_ROW_GROUPS > 1 else True)
        found = copydesk_dask.lint_articles(frame, text_field="body", id_field="id", nested=True, isolated=True)
        copydesk_dask.write_parquet(found, os.path.join(out, "articles"))
        seconds = time.perf_counter() - start
        counts = copydesk_dask.counts(dd.read_parquet(os.path.join(out, "articles"), dtype_backend="pyarrow"))
        peak = max(client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).values()) / 1024
    return {"seconds": seconds, "startup": startup, "rows": counts.read, "peak_rss_mib": peak}


def run_spark(table: str, out: str, workers: int) -> dict:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from lint import spark as copydesk_spark

    start = time.perf_counter()
    spark = (SparkSession.builder.master(f"local[{workers}]").config("spark.ui.enabled", "false")
             .config("spark.sql.files.maxPartitionBytes", str(1 << 20)).getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - start
    start = time.perf_counter()
    frame = spark.read.parquet(table)
    copydesk_spark.lint_articles(frame, text_field="body", id_field="id", nested=True,
                                 isolated=True).write.parquet(os.path.join(out, "articles"))
    seconds = time.perf_counter() - start
    counts = copydesk_spark.counts(spark.read.parquet(os.path.join(out, "articles")))
    # Asked of the SQL Python workers (those that linted, reused between tasks), not RDD ones.
    probe = spark.range(workers * 4, numPartitions=workers * 4).mapInArrow(_peak_rss_batches, "rss long")
    peak = max(row["rss"] for row in probe.collect()) / 1024
    jvm = _jvm_rss_mib()
    spark.stop()
    return {"seconds": seconds, "startup": startup, "rows": counts.read, "peak_rss_mib": peak, "jvm_rss_mib": jvm}


def _peak_rss_batches(batches):
    import pyarrow as pa

    for _ in batches:
        pass
    yield pa.RecordBatch.from_pydict({"rss": [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]})


def _jvm_rss_mib() -> float | None:
    try:
        import psutil
    except ImportError:
        return None
    java = [p for p in psutil.Process().children(recursive=True) if "java" in p.name()]
    return max((p.memory_info().rss for p in java), default=0) / (1 << 20) or None


RUNNERS = {"cli": run_cli, "dask": run_dask, "spark": run_spark}


def measure(engine: str, table: str, workers: int) -> dict | str:
    """One run in a fresh process: its figures, or why it was skipped."""
    module = {"dask": "distributed", "spark": "pyspark"}.get(engine)
    if module is not None:
        try:
            __import__(module)
        except ImportError:
            return f"{module} not installed"
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as out:
        done = subprocess.run([sys.executable, __file__, "--one", engine, table, out, str(workers)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            return f"failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}"
        return json.loads(done.stdout.strip().splitlines()[-1])


def bench(table: str, rows: int, worker_counts: tuple[int, ...] = (1, 2),
          engines: tuple[str, ...] = ("cli", "dask", "spark")) -> list[dict]:
    figures = []
    for engine, workers in ((e, w) for e in engines for w in worker_counts):
        result = measure(engine, table, workers)
        row = {"engine": engine, "workers": workers}
        if isinstance(result, str):
            row["skipped"] = result
        else:
            if result["rows"] != rows:
                raise SystemExit(f"{engine} read {result['rows']} rows of {rows}")
            row.update(result)
            row["rate"] = rows / result["seconds"]
            row["per_core"] = row["rate"] / workers
        figures.append(row)
        print(f"  {engine} x{workers}: {row}", file=sys.stderr)
    pool = next((f for f in figures if f["engine"] == "cli" and f["workers"] == 2 and "rate" in f), None)
    for row in figures:
        if pool is not None and "rate" in row and row["workers"] == 2:
            row["overhead_vs_pool"] = row["seconds"] / pool["seconds"] - 1
    for engine in ("cli", "dask", "spark"):
        one = next((f for f in figures if f["engine"] == engine and f["workers"] == 1 and "rate" in f), None)
        two = next((f for f in figures if f["engine"] == engine and f["workers"] == 2 and "rate" in f), None)
        if one and two:
            two["scaling_1_to_2"] = two["rate"] / one["rate"]
    return figures


def render(name: str, rows: int, figures: list[dict]) -> str:
    lines = [f"{name}: {rows:,} rows", "",
             "| engine | workers | seconds | articles/s | per core | overhead vs pool | 1→2 scaling | "
             "start-up (s) | peak RSS per worker |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    label = {"cli": "`copydesk check --jobs N`", "dask": "Dask `LocalCluster`", "spark": "Spark `local[N]`"}
    for f in figures:
        if "skipped" in f:
            lines.append(f"| {label[f['engine']]} | {f['workers']} | {f['skipped']} | | | | | | |")
            continue
        overhead = f"{100 * f['overhead_vs_pool']:+.0f}%" if "overhead_vs_pool" in f else ""
        scaling = f"{f['scaling_1_to_2']:.2f}×" if "scaling_1_to_2" in f else ""
        startup = f"{f['startup']:.1f}" if "startup" in f else ""
        memory = f"{f['peak_rss_mib']:.0f} MiB" + (f" (JVM {f['jvm_rss_mib']:.0f} MiB)" if f.get("jvm_rss_mib") else "")
        lines.append(f"| {label[f['engine']]} | {f['workers']} | {f['seconds']:.1f} | {f['rate']:.1f} | "
                     f"{f['per_core']:.1f} | {overhead} | {scaling} | {startup} | {memory} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=3000, help="generated articles (default 3000)")
    parser.add_argument("--workers", type=int, choices=(1, 2), action="append",
                        help="run only with this many workers (repeatable; default 1 and 2)")
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus table")
    parser.add_argument("--engine", choices=tuple(RUNNERS), action="append",
                        help="run only this engine (repeatable; default all three)")
    parser.add_argument("--dask-row-groups", type=int, default=1,
                        help="row groups of 250 rows in each Dask partition (default 1)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--one", nargs=4, metavar=("ENGINE", "TABLE", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        engine, table, out, workers = args.one
        print(json.dumps(RUNNERS[engine](table, out, int(workers))))
        return 0
    os.environ["COPYDESK_BENCH_DASK_ROW_GROUPS"] = str(args.dask_row_groups)  # read by the --one runs
    worker_counts = tuple(sorted(set(args.workers or (1, 2))))
    engines = tuple(e for e in RUNNERS if e in (args.engine or RUNNERS))
    results = {}
    with tempfile.TemporaryDirectory(prefix="copydesk-tables-") as folder:
        generated = os.path.join(folder, "generated.parquet")
        write_generated(generated, args.rows)
        print(f"generated {args.rows:,} articles", file=sys.stderr)
        results["generated"] = {"rows": args.rows, "figures": bench(generated, args.rows, worker_counts, engines)}
        corpus = os.path.join(folder, "corpus.parquet")
        pages = 0 if args.no_corpus else write_corpus(corpus)
        if pages:
            print(f"corpus: {pages} pages", file=sys.stderr)
            results["corpus"] = {"rows": pages, "figures": bench(corpus, pages, worker_counts, engines)}
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, result in results.items():
            print(render(name, result["rows"], result["figures"]))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
