"""Benchmark copydesk (and proselint, when installed) on invented articles.

    python tests/bench/bench.py [--quick] [--articles N] [--runs N] [--json]
    python tests/bench/bench.py --render result.json   # table from a saved run
    python tests/bench/bench.py --scaling   # time per KB of one file at 5 KB, 500 KB, 5 MB

Measures, in separate processes as a user or pre-commit would run them:

- cold start: ``copydesk check`` on one ~800-word article, through the
  installed console script and through ``python -m lint`` (median and min
  of ``--runs`` runs, runs of the tools interleaved so drift hits both);
- throughput over a folder of generated articles, ``--jobs 1`` and
  ``--jobs 2`` (proselint has no parallel mode, so only one row for it);
- peak memory: the maximum resident set of the process tree, from
  ``os.wait4`` (Linux reports KiB);
- ``python -X importtime``: the ten largest cumulative imports of one run.

Bytecode caching is on (``PYTHONDONTWRITEBYTECODE`` is removed from the
children's environment and the packages are compiled first), because an
installed package has ``.pyc`` files. Console scripts are run from the
interpreter's own ``bin`` folder, not through a version-manager shim, whose
own start-up would be counted otherwise. ``python -c pass`` is measured too:
no Python tool can start faster than that floor on this machine.

The Markdown table is ready to paste into the README; ``--json`` prints the
figures as JSON instead.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import write_corpus, write_single  # noqa: E402

DEFAULT_ARTICLES = 500
QUICK_ARTICLES = 200
MIN_COLD_RUNS = 20
FIRST_RUNS = 5  # each builds the spelling cache from pyspellchecker's dictionary


def log(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env["COLUMNS"] = "100"
    return env


def run(cmd: list[str], env: dict[str, str], capture: bool = False) -> tuple[float, int, int, str, float]:
    """Run ``cmd``; return (wall s, exit status, peak RSS KiB, stderr, CPU s)."""
    start = time.perf_counter()
    # Run outside the checkout: from its root, ``python -m lint`` would import
    # the source folder instead of the installed package.
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE if capture else subprocess.DEVNULL,
                            cwd=tempfile.gettempdir())
    err = ""
    if capture:
        err = proc.stderr.read().decode("utf-8", "replace")
    # wait4 gives this child's own resource usage (its waited-for workers
    # included), where RUSAGE_CHILDREN would mix all earlier runs together.
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if capture:
        proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(cmd[:3])} … exited {proc.returncode}: the measurement would be wrong")
    return elapsed, proc.returncode, usage.ru_maxrss, err, usage.ru_utime + usage.ru_stime


def script_path(name: str) -> str | None:
    """The console script in this interpreter's scripts folder, else on PATH."""
    candidate = os.path.join(sysconfig.get_path("scripts"), name)
    if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
        return candidate
    return shutil.which(name)


def compile_package(name: str) -> None:
    spec = importlib.util.find_spec(name)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(folder, quiet=1)


def check_ok(label: str, cmd: list[str], env: dict[str, str]) -> None:
    _, status, _, err, _ = run(cmd, env, capture=True)
    if status not in (0, 1):
        raise SystemExit(f"bench: {label} failed (exit {status}): {' '.join(cmd)}\n{err[-2000:]}")


def cold(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, dict]:
    """Interleaved repeated runs of each command: wall-time stats and peak RSS."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    cpu: dict[str, list[float]] = {label: [] for label in commands}
    rss: dict[str, int] = dict.fromkeys(commands, 0)
    for label, cmd in commands.items():  # warm the page cache and .pyc files
        for _ in range(2):
            run(cmd, env)
    for _ in range(runs):
        for label, cmd in commands.items():
            elapsed, _, peak, _, used = run(cmd, env)
            times[label].append(elapsed)
            cpu[label].append(used)
            rss[label] = max(rss[label], peak)
    return {
        label: {"median_s": statistics.median(xs), "min_s": min(xs), "runs": len(xs), "max_rss_kib": rss[label],
                "cpu_median_s": statistics.median(cpu[label])}
        for label, xs in times.items()
    }


def first_runs(cmd: list[str], runs: int, env: dict[str, str]) -> dict:
    """Runs with an empty dictionary cache each time: a machine's very first check."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="copydesk-cache-") as cache:
            elapsed, *_ = run(cmd, dict(env, COPYDESK_CACHE_DIR=cache))
        times.append(elapsed)
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": runs}


def folder_run(cmd: list[str], files: int, repeats: int, env: dict[str, str]) -> dict:
    """Best of ``repeats`` runs over the folder (least disturbed by the machine)."""
    best = None
    for _ in range(repeats):
        elapsed, status, peak, err, _ = run(cmd, env, capture=True)
        if status not in (0, 1):
            raise SystemExit(f"bench: failed (exit {status}): {' '.join(cmd)}\n{err[-2000:]}")
        if best is None or elapsed < best["total_s"]:
            best = {"total_s": elapsed, "files_per_s": files / elapsed, "max_rss_kib": peak}
    return best


def import_profile(cmd: list[str], env: dict[str, str], top: int = 10) -> dict:
    """Parse ``-X importtime``: total import time, site's share, top cumulative imports."""
    _, _, _, err, _ = run(cmd, env, capture=True)
    rows = []
    for line in err.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative, name = line[len("import time:"):].split("|", 2)
        depth = (len(name) - len(name.lstrip(" "))) // 2
        rows.append((name.strip(), int(self_us), int(cumulative), depth))
    # Python logs a child before its parent: drop the subtree of ``site``
    # (interpreter start-up, the same for every tool) by walking backwards.
    kept, skipping_below = [], None
    site_us = 0
    for name, self_us, cumulative, depth in reversed(rows):
        if skipping_below is not None and depth > skipping_below:
            continue
        skipping_below = None
        if name == "site" and depth == 0:
            site_us = cumulative
            skipping_below = depth
            continue
        kept.append((name, self_us, cumulative, depth))
    total = sum(c for _, _, c, d in kept if d == 0)
    largest = sorted(kept, key=lambda r: -r[2])[:top]
    return {
        "imports_ms": total / 1000,
        "site_ms": site_us / 1000,
        "modules": len(kept),
        "top": [{"module": n, "cumulative_ms": c / 1000, "self_ms": s / 1000, "depth": d} for n, s, c, d in largest],
    }


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def ratio(other: float | None, ours: float | None) -> str:
    if not other or not ours:
        return "–"
    return f"{other / ours:.1f}×"


def mib(kib: int) -> str:
    return f"{kib / 1024:.0f} MiB"


def markdown(result: dict) -> str:
    c, p = result["copydesk"], result.get("proselint")
    lines = [
        f"Benchmark: {result['corpus']['articles']} invented articles "
        f"({result['corpus']['words']:,} words; cold start on one {result['single_words']}-word article), "
        f"{result['machine']}.",
        "",
        "| measurement | copydesk | proselint | proselint ÷ copydesk |",
        "| --- | ---: | ---: | ---: |",
    ]

    def row(label: str, ours: str, theirs: str, r: str) -> None:
        lines.append(f"| {label} | {ours} | {theirs} | {r} |")

    floor = result["python_floor"]
    row("`python -c pass` (interpreter floor): median (min)", f"{ms(floor['median_s'])} ({ms(floor['min_s'])})", "", "")
    for key, label in (("script", "cold start, console script"), ("module", "cold start, `python -m`")):
        ours = c["cold"][key]
        theirs = p["cold"].get(key) if p else None
        row(f"{label}: median (min)", f"{ms(ours['median_s'])} ({ms(ours['min_s'])})",
            f"{ms(theirs['median_s'])} ({ms(theirs['min_s'])})" if theirs else "not installed",
            ratio(theirs and theirs["median_s"], ours["median_s"]))
    without = c.get("without")
    if without:
        cold_without, folder_without = without["cold"], without["folder"]
        row(f"cold start, console script, `--ignore {without['codes']}`: median (min)",
            f"{ms(cold_without['median_s'])} ({ms(cold_without['min_s'])})", "", "")
        row(f"{result['corpus']['articles']} articles, `--jobs 1`, `--ignore {without['codes']}`",
            f"{folder_without['total_s']:.2f} s ({folder_without['files_per_s']:.0f}/s)", "", "")
    first = c["cold"].get("first")
    if first:
        row("first run on a machine (spelling cache built): median (min)",
            f"{ms(first['median_s'])} ({ms(first['min_s'])})", "", "")
    ours, theirs = c["cold"]["script"], p["cold"]["script"] if p else None
    row("cold start, console script: CPU (user+sys), median", ms(ours["cpu_median_s"]),
        ms(theirs["cpu_median_s"]) if theirs else "not installed",
        ratio(theirs and theirs["cpu_median_s"], ours["cpu_median_s"]))
    n = result["corpus"]["articles"]
    for jobs in ("1", "2"):
        ours = c["folder"][jobs]
        theirs = p["folder"].get(jobs) if p else None
        row(f"{n} articles, `--jobs {jobs}`: total (files/s)",
            f"{ours['total_s']:.2f} s ({ours['files_per_s']:.0f}/s)",
            f"{theirs['total_s']:.2f} s ({theirs['files_per_s']:.0f}/s)" if theirs
            else ("no parallel mode" if p else "not installed"),
            ratio(theirs and theirs["total_s"], ours["total_s"]))
    row("peak memory, one article", mib(c["cold"]["script"]["max_rss_kib"]),
        mib(p["cold"]["script"]["max_rss_kib"]) if p else "not installed",
        ratio(p and p["cold"]["script"]["max_rss_kib"], c["cold"]["script"]["max_rss_kib"]))
    row(f"peak memory, {n} articles, `--jobs 1`", mib(c["folder"]["1"]["max_rss_kib"]),
        mib(p["folder"]["1"]["max_rss_kib"]) if p else "not installed",
        ratio(p and p["folder"]["1"]["max_rss_kib"], c["folder"]["1"]["max_rss_kib"]))
    row("imports of one run (`-X importtime`, site excluded)", f"{c['imports']['imports_ms']:.0f} ms",
        f"{p['imports']['imports_ms']:.0f} ms" if p else "not installed",
        ratio(p and p["imports"]["imports_ms"], c["imports"]["imports_ms"]))
    lines.append("")
    lines.append("Largest cumulative imports (ms) of one `check` run:")
    lines.append("")
    tools = [("copydesk", c)] + ([("proselint", p)] if p else [])
    lines.append("| # | " + " | ".join(f"{name} module | ms" for name, _ in tools) + " |")
    lines.append("| ---: | " + " | ".join("--- | ---:" for _ in tools) + " |")
    for i in range(max(len(t["imports"]["top"]) for _, t in tools)):
        cells = []
        for _, t in tools:
            top = t["imports"]["top"]
            if i < len(top):
                cells.append(f"`{top[i]['module']}` | {top[i]['cumulative_ms']:.1f}")
            else:
                cells.append(" | ")
        lines.append(f"| {i + 1} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(result["notes"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_ARTICLES} articles, one pass per folder measurement")
    parser.add_argument("--articles", type=int, help=f"number of articles (default {DEFAULT_ARTICLES})")
    parser.add_argument("--runs", type=int, default=30, help="cold-start runs per command (at least 20)")
    parser.add_argument("--seed", type=int, default=2023, help="corpus seed (default 2023)")
    parser.add_argument("--format", help="copydesk output format (default: text, else concise)")
    parser.add_argument("--keep", metavar="DIR", help="write the corpus here and keep it")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the Markdown table")
    parser.add_argument("--without", metavar="CODES",
                        help="also measure copydesk with these rule prefixes ignored (e.g. SP,ST), in the same runs")
    parser.add_argument("--render", metavar="FILE", help="print the Markdown table of a saved --json result")
    parser.add_argument("--scaling", action="store_true",
                        help="only measure time per KB of one file at 5 KB, 500 KB and 5 MB (scaling.py)")
    args = parser.parse_args(argv)
    if args.scaling:  # in a fresh process, like the other measurements
        here = os.path.dirname(os.path.abspath(__file__))
        return subprocess.call([sys.executable, os.path.join(here, "scaling.py")], env=child_env())
    if args.render:
        with open(args.render, encoding="utf-8") as handle:
            print(markdown(json.load(handle)))
        return 0
    articles = args.articles or (QUICK_ARTICLES if args.quick else DEFAULT_ARTICLES)
    runs = max(MIN_COLD_RUNS, args.runs if not args.quick else MIN_COLD_RUNS)
    repeats = 1 if args.quick else 3
    env = child_env()
    python = sys.executable

    workdir = args.keep or tempfile.mkdtemp(prefix="copydesk-bench-")
    corpus_dir = os.path.join(workdir, "corpus")
    single = os.path.join(workdir, "one-article.txt")
    log(f"bench: writing {articles} articles to {corpus_dir}")
    manifest = write_corpus(corpus_dir, articles, seed=args.seed)
    single_words = write_single(single)

    compile_package("lint")
    compile_package("lint.rules")  # its own folder (rules/) in a source checkout
    copydesk = script_path("copydesk")
    if copydesk is None:
        raise SystemExit("bench: the copydesk console script is not installed (pip install -e .)")
    fmt = args.format
    if fmt is None:
        probe = run([copydesk, "check", "--format", "text", single], env, capture=True)
        fmt = "text" if probe[1] in (0, 1) else "concise"
    check_ok("copydesk", [copydesk, "check", "--format", fmt, single], env)

    proselint = script_path("proselint") if importlib.util.find_spec("proselint") else None
    if proselint:
        compile_package("proselint")
        check_ok("proselint", [proselint, "check", single], env)
    else:
        log("bench: proselint is not installed; skipping it (pip install proselint to compare)")

    log(f"bench: cold start, {runs} interleaved runs per command")
    commands = {
        "floor": [python, "-c", "pass"],
        "c-script": [copydesk, "check", "--format", fmt, single],
        "c-module": [python, "-m", "lint", "check", "--format", fmt, single],
    }
    ignored = [arg for code in (args.without or "").split(",") if code for arg in ("--ignore", code)]
    if ignored:
        commands["c-without"] = [copydesk, "check", "--format", fmt, *ignored, single]
    if proselint:
        commands["p-script"] = [proselint, "check", single]
        commands["p-module"] = [python, "-m", "proselint", "check", single]
    timed = cold(commands, runs, env)

    log("bench: folder throughput")
    result: dict = {
        "machine": f"{os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}",
        "corpus": {"articles": manifest.articles, "words": manifest.words, "seed": args.seed,
                   "planted": {k: v for k, v in vars(manifest).items() if k not in ("files", "articles", "words")}},
        "single_words": single_words,
        "python_floor": timed["floor"],
        "copydesk": {
            "format": fmt,
            "cold": {"script": timed["c-script"], "module": timed["c-module"],
                     "first": first_runs([copydesk, "check", "--format", fmt, single], FIRST_RUNS, env)},
            "folder": {
                jobs: folder_run([copydesk, "check", "--format", fmt, "--jobs", jobs, "--no-progress", corpus_dir],
                                 articles, repeats, env)
                for jobs in ("1", "2")
            },
            "imports": import_profile([python, "-X", "importtime", "-m", "lint", "check", "--format", fmt, single],
                                      env),
        },
    }
    if ignored:
        result["copydesk"]["without"] = {
            "codes": args.without, "cold": timed["c-without"],
            "folder": folder_run([copydesk, "check", "--format", fmt, "--jobs", "1", "--no-progress", *ignored,
                                  corpus_dir], articles, repeats, env),
        }
    if proselint:
        from importlib.metadata import version

        result["proselint"] = {
            "version": version("proselint"),
            "cold": {"script": timed["p-script"], "module": timed["p-module"]},
            "folder": {"1": folder_run([proselint, "check", corpus_dir], articles, repeats, env)},
            "imports": import_profile([python, "-X", "importtime", "-m", "proselint", "check", single], env),
        }
    result["notes"] = (
        f"copydesk `check --format {fmt}`"
        + (f"; proselint {result['proselint']['version']} `check`" if proselint else "; proselint not installed, skipped")
        + ". Times are wall clock of separate processes with bytecode caching on "
        "(`PYTHONDONTWRITEBYTECODE` unset, packages compiled first); cold start is the median (min) of "
        f"{runs} runs; folder rows are the best of {repeats} run(s); memory is the peak resident set of the "
        "process (largest single process of the tree). Corpus: `tests/bench/articles.py`, seed "
        f"{args.seed}."
    )
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(markdown(result))
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
