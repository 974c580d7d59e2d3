"""Articles per second on a table: the command line's pool, Dask and Spark.

    python tests/bench/tables.py                    # 3,000 generated rows and the corpus
    python tests/bench/tables.py --rows 100000      # everything at the issue's size (about 2.5 hours on 2 cores)
    python tests/bench/tables.py --json > r.json    # the figures as JSON
    python tests/bench/tables.py --rows 100000 --workers 2 --no-corpus   # the overhead at size
    python tests/bench/tables.py --rows 10000 --repeat 3 --no-corpus --spark-split-kb 128   # 1 -> 2 workers

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
with the JVM's resident size beside it.

CPU is counted apart for the processes that lint (the command line's
whole process tree; Dask's workers; Spark's Python workers) and for the
engine's own (Dask's scheduler, nannies and client in the driver process;
Spark's JVM). On a shared or virtual machine the CPU seconds the same rows
take drift from run to run, so wall-clock ratios of single runs mislead:
``--repeat N`` runs one and two workers alternately N times and reports
medians, and the scaling with the machine's speed held still, from the
share of the cores the linting processes had (``busy``: their CPU seconds
over workers × wall seconds; two workers scale linearly when their busy
share equals one worker's).

Each run is held to as many cores as it has workers (``sched_setaffinity``,
which its processes inherit: the JVM, Dask's workers, the pool), so that
one worker's engine cannot borrow an idle core for its own processes that
two workers' engine has to share; ``--no-pin`` lets every run use every
core. Needs ``copydesk[parquet]`` and,
for their rows, ``copydesk[dask]`` and ``copydesk[spark]`` (a missing one
is skipped, and the table says so).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
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

def _cpu(usage) -> float:
    return usage.ru_utime + usage.ru_stime


def run_cli(table: str, out: str, jobs: int) -> dict:
    start = time.perf_counter()
    before = _cpu(resource.getrusage(resource.RUSAGE_CHILDREN))
    done = subprocess.run(
        [sys.executable, "-m", "lint", "check", "--no-config", "--no-progress", "--input-format", "parquet",
         "--text-field", "body", "--id-field", "id", "--format", "parquet", "-o", os.path.join(out, "d.parquet"),
         "--summary-file", os.path.join(out, "s.parquet"), "--jobs", str(jobs), table],
        capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the parent and its pool
    if done.returncode not in (0, 1):
        raise SystemExit(f"copydesk failed: {done.stderr}")
    line = done.stderr.strip().splitlines()[-1]  # "copydesk: N rows read, ..."
    return {"seconds": seconds, "rows": int(line.split()[1].replace(",", "")), "status_line": line,
            "peak_rss_mib": after.ru_maxrss / 1024, "lint_cpu": _cpu(after) - before}


DASK_ROW_GROUPS = int(os.environ.get("COPYDESK_BENCH_DASK_ROW_GROUPS", "1"))  # row groups (250 rows) a partition
SPARK_SPLIT_KB = int(os.environ.get("COPYDESK_BENCH_SPARK_SPLIT_KB", "1024"))  # Spark's maxPartitionBytes


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
        workers_before, driver_before = client.run(_own_cpu), _own_cpu()
        start = time.perf_counter()
        frame = dd.read_parquet(table, split_row_groups=DASK_ROW_GROUPS if DASK_ROW_GROUPS > 1 else True)
        found = copydesk_dask.lint_articles(frame, text_field="body", id_field="id", nested=True, isolated=True)
        copydesk_dask.write_parquet(found, os.path.join(out, "articles"))
        seconds = time.perf_counter() - start
        driver_cpu = _own_cpu() - driver_before  # the scheduler, the nannies and the client
        lint_cpu = sum(cpu - workers_before[worker] for worker, cpu in client.run(_own_cpu).items())
        counts = copydesk_dask.counts(dd.read_parquet(os.path.join(out, "articles"), dtype_backend="pyarrow"))
        peak = max(client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).values()) / 1024
    return {"seconds": seconds, "startup": startup, "rows": counts.read, "peak_rss_mib": peak,
            "lint_cpu": lint_cpu, "engine_cpu": driver_cpu}


def _own_cpu() -> float:
    return _cpu(resource.getrusage(resource.RUSAGE_SELF))


def run_spark(table: str, out: str, workers: int) -> dict:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from lint import spark as copydesk_spark

    start = time.perf_counter()
    # 1 MB splits pack a few row groups a partition (1,250-1,500 rows, fewer at the file's end);
    # 128 KB, less than a row group of 250 rows (about 190 KB), gives one row group a partition.
    spark = (SparkSession.builder.master(f"local[{workers}]").config("spark.ui.enabled", "false")
             .config("spark.sql.files.maxPartitionBytes", str(SPARK_SPLIT_KB << 10)).getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - start
    jvm_before = _spark_cpu()[1]
    start = time.perf_counter()
    frame = spark.read.parquet(table)
    copydesk_spark.lint_articles(frame, text_field="body", id_field="id", nested=True,
                                 isolated=True).write.parquet(os.path.join(out, "articles"))
    seconds = time.perf_counter() - start
    python_cpu, jvm_cpu = _spark_cpu()  # no Python worker runs before the first job
    counts = copydesk_spark.counts(spark.read.parquet(os.path.join(out, "articles")))
    # Asked of the SQL Python workers (those that linted, reused between tasks), not RDD ones.
    probe = spark.range(workers * 4, numPartitions=workers * 4).mapInArrow(_peak_rss_batches, "rss long")
    peak = max(row["rss"] for row in probe.collect()) / 1024
    jvm = _jvm_rss_mib()
    spark.stop()
    cpu = {} if python_cpu is None else {"lint_cpu": python_cpu, "engine_cpu": jvm_cpu - jvm_before}
    return {"seconds": seconds, "startup": startup, "rows": counts.read, "peak_rss_mib": peak, "jvm_rss_mib": jvm,
            **cpu}


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


def _spark_cpu() -> tuple[float | None, float | None]:
    """CPU seconds so far of Spark's Python workers (with those that ended,
    which their daemon reaped) and of the JVM; None without psutil."""
    try:
        import psutil
    except ImportError:
        return None, None
    python = jvm = 0.0
    for process in psutil.Process().children(recursive=True):
        try:
            times = process.cpu_times()
            if "java" in process.name():
                jvm += times.user + times.system
            elif "python" in process.name().lower():
                python += times.user + times.system
                if "java" in process.parent().name():  # the daemon, which forks the workers
                    python += times.children_user + times.children_system
        except psutil.NoSuchProcess:
            continue
    return python, jvm


RUNNERS = {"cli": run_cli, "dask": run_dask, "spark": run_spark}


def _pinned(cores: int):
    """What holds a new process (and the processes it starts) to ``cores`` cores."""
    allowed = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(allowed) < cores:
        raise SystemExit(f"cannot hold a run to {cores} cores: {len(allowed) or 'no'} cores to choose from "
                         "(try --no-pin)")
    return lambda: os.sched_setaffinity(0, allowed[:cores])


def measure(engine: str, table: str, workers: int, pin: bool = True) -> dict | str:
    """One run in a fresh process, held to ``workers`` cores when ``pin``:
    its figures, or why it was skipped."""
    module = {"dask": "distributed", "spark": "pyspark"}.get(engine)
    if module is not None:
        try:
            __import__(module)
        except ImportError:
            return f"{module} not installed"
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as out:
        done = subprocess.run([sys.executable, __file__, "--one", engine, table, out, str(workers)],
                              capture_output=True, text=True, preexec_fn=_pinned(workers) if pin else None)
        if done.returncode != 0:
            return f"failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}"
        return json.loads(done.stdout.strip().splitlines()[-1])


def bench(table: str, rows: int, worker_counts: tuple[int, ...] = (1, 2),
          engines: tuple[str, ...] = ("cli", "dask", "spark"), repeat: int = 1, pin: bool = True) -> list[dict]:
    """One figure per engine and worker count: the median of ``repeat`` runs,
    made alternately so that a drift in the machine's speed reaches both."""
    runs: dict[tuple[str, int], list[dict]] = {}
    skipped: dict[tuple[str, int], str] = {}
    for engine in engines:
        for _ in range(repeat):
            for workers in worker_counts:
                if (engine, workers) in skipped:
                    continue
                result = measure(engine, table, workers, pin)
                if isinstance(result, str):
                    skipped[engine, workers] = result
                    continue
                if result["rows"] != rows:
                    raise SystemExit(f"{engine} read {result['rows']} rows of {rows}")
                if "lint_cpu" in result:
                    result["busy"] = result["lint_cpu"] / (workers * result["seconds"])
                runs.setdefault((engine, workers), []).append(result)
                print(f"  {engine} x{workers}: {result}", file=sys.stderr)
    figures = []
    for engine, workers in ((e, w) for e in engines for w in worker_counts):
        row = {"engine": engine, "workers": workers}
        if (engine, workers) in skipped:
            row["skipped"] = skipped[engine, workers]
        else:
            done = runs[engine, workers]
            row.update({key: statistics.median(run[key] for run in done) for key in done[0]
                        if isinstance(done[0][key], (int, float)) and all(key in run for run in done)})
            row["runs"] = [round(run["seconds"], 1) for run in done]
            row["rate"] = rows / row["seconds"]
            row["per_core"] = row["rate"] / workers
        figures.append(row)
    pool = next((f for f in figures if f["engine"] == "cli" and f["workers"] == 2 and "rate" in f), None)
    for row in figures:
        if pool is not None and "rate" in row and row["workers"] == 2:
            row["overhead_vs_pool"] = row["seconds"] / pool["seconds"] - 1
    for engine in engines:
        ones, twos = runs.get((engine, 1)), runs.get((engine, 2))
        if ones and twos:
            two = next(f for f in figures if f["engine"] == engine and f["workers"] == 2)
            pairs = list(zip(ones, twos))
            two["scaling_1_to_2"] = statistics.median(one["seconds"] / two_["seconds"] for one, two_ in pairs)
            if all("busy" in run for run in ones + twos):
                # The wall-clock ratio with each run's CPU seconds per row held equal.
                two["steady_scaling_1_to_2"] = statistics.median(2 * two_["busy"] / one["busy"] for one, two_ in pairs)
    return figures


def render(name: str, rows: int, figures: list[dict]) -> str:
    lines = [f"{name}: {rows:,} rows", "",
             "| engine | workers | seconds | articles/s | per core | overhead vs pool | 1→2 scaling | "
             "1→2, speed held | busy | engine CPU (s) | start-up (s) | peak RSS per worker |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    label = {"cli": "`copydesk check --jobs N`", "dask": "Dask `LocalCluster`", "spark": "Spark `local[N]`"}
    for f in figures:
        if "skipped" in f:
            lines.append(f"| {label[f['engine']]} | {f['workers']} | {f['skipped']} | | | | | | | | | |")
            continue
        seconds = f"{f['seconds']:.1f}" + (f" ({', '.join(map(str, f['runs']))})" if len(f["runs"]) > 1 else "")
        overhead = f"{100 * f['overhead_vs_pool']:+.0f}%" if "overhead_vs_pool" in f else ""
        scaling = f"{f['scaling_1_to_2']:.2f}×" if "scaling_1_to_2" in f else ""
        steady = f"{f['steady_scaling_1_to_2']:.2f}×" if "steady_scaling_1_to_2" in f else ""
        busy = f"{f['busy']:.2f}" if "busy" in f else ""
        engine_cpu = f"{f['engine_cpu']:.1f}" if "engine_cpu" in f else ""
        startup = f"{f['startup']:.1f}" if "startup" in f else ""
        memory = f"{f['peak_rss_mib']:.0f} MiB" + (f" (JVM {f['jvm_rss_mib']:.0f} MiB)" if f.get("jvm_rss_mib") else "")
        lines.append(f"| {label[f['engine']]} | {f['workers']} | {seconds} | {f['rate']:.1f} | {f['per_core']:.1f} | "
                     f"{overhead} | {scaling} | {steady} | {busy} | {engine_cpu} | {startup} | {memory} |")
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
    parser.add_argument("--spark-split-kb", type=int, default=1024, metavar="KB",
                        help="Spark's maxPartitionBytes in KB (default 1024; 128 makes each 250-row row group a "
                             "partition)")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="runs of each engine and worker count, alternating, reported as medians (default 1)")
    parser.add_argument("--no-pin", action="store_true",
                        help="let every run use every core (default: as many cores as it has workers)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--one", nargs=4, metavar=("ENGINE", "TABLE", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        engine, table, out, workers = args.one
        print(json.dumps(RUNNERS[engine](table, out, int(workers))))
        return 0
    os.environ["COPYDESK_BENCH_DASK_ROW_GROUPS"] = str(args.dask_row_groups)  # read by the --one runs
    os.environ["COPYDESK_BENCH_SPARK_SPLIT_KB"] = str(args.spark_split_kb)
    worker_counts = tuple(sorted(set(args.workers or (1, 2))))
    engines = tuple(e for e in RUNNERS if e in (args.engine or RUNNERS))
    results = {}
    with tempfile.TemporaryDirectory(prefix="copydesk-tables-") as folder:
        generated = os.path.join(folder, "generated.parquet")
        write_generated(generated, args.rows)
        print(f"generated {args.rows:,} articles", file=sys.stderr)
        results["generated"] = {"rows": args.rows, "figures": bench(generated, args.rows, worker_counts, engines,
                                                                 args.repeat, not args.no_pin)}
        corpus = os.path.join(folder, "corpus.parquet")
        pages = 0 if args.no_corpus else write_corpus(corpus)
        if pages:
            print(f"corpus: {pages} pages", file=sys.stderr)
            results["corpus"] = {"rows": pages, "figures": bench(corpus, pages, worker_counts, engines, args.repeat,
                                                         not args.no_pin)}
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, result in results.items():
            print(render(name, result["rows"], result["figures"]))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
