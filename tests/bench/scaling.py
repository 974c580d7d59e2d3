"""How linting time grows with the size of one file: time per KB at 5 KB, 500 KB and 5 MB.

    python tests/bench/scaling.py                  # 5 KB, 500 KB, 5 MB
    python tests/bench/scaling.py --sizes 5,50,500 --ignore AT
    python tests/bench/bench.py --scaling          # the same, from the benchmark

Each size is one invented article (``articles.Writer``: a dateline header,
quotations, named people, related-link lines) grown to that many kilobytes,
so a larger file is more of the same copy rather than a different kind of
copy. The time is ``Engine.lint_text`` in one warm process (the engine
built, caches read, a 5 KB article linted first): the per-file start-up
that a small file cannot spread is left out, so that what is compared is
the work on the text. Small sizes are linted several times and the best
time kept (a noisy machine only ever adds time); the largest once. Linear
cost shows as the same time per KB at every size; the aim is that 5 MB
costs at most 1.5 times as much per KB as 5 KB.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import Writer  # noqa: E402

DEFAULT_SIZES_KB = (5, 500, 5000)
AIM = 1.5
BYTES_PER_WORD = 6.2  # of the generated copy, spaces and markup included


def article_of(kb: float, seed: int = 7) -> str:
    """An invented article of about ``kb`` kilobytes."""
    text, _ = Writer(seed).article(max(60, int(kb * 1024 / BYTES_PER_WORD)))
    return text


def measure(sizes_kb=DEFAULT_SIZES_KB, ignore: tuple[str, ...] = (), budget_kb: float = 5000) -> list[dict]:
    """Time per KB for each size, in this process."""
    from lint.engine.core import Engine

    engine = Engine(isolated=True, cli={"ignore": list(ignore)} if ignore else None)
    settings = engine.settings_for("story.txt")
    engine.lint_text("story.txt", article_of(5, seed=1), settings)  # warm: data read, patterns compiled
    rows = []
    for kb in sizes_kb:
        text = article_of(kb)
        size_kb = len(text.encode("utf-8")) / 1024
        repeats = max(1, min(20, int(budget_kb / max(size_kb, 1))))
        best = float("inf")
        for _ in range(repeats):
            began = time.perf_counter()
            result = engine.lint_text("story.txt", text, settings)
            best = min(best, time.perf_counter() - began)
        rows.append({"kb": round(size_kb, 1), "seconds": best, "ms_per_kb": best * 1000 / size_kb,
                     "runs": repeats, "diagnostics": len(result.diagnostics)})
    base = rows[0]["ms_per_kb"]
    for row in rows:
        row["ratio"] = row["ms_per_kb"] / base
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["| file size | time (best of runs) | ms per KB | × the smallest |", "| ---: | ---: | ---: | ---: |"]
    for row in rows:
        lines.append(f"| {row['kb']:,.0f} KB | {row['seconds'] * 1000:,.0f} ms ({row['runs']}) | "
                     f"{row['ms_per_kb']:.2f} | {row['ratio']:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES_KB),
                        help="sizes in KB, comma-separated, smallest first (default 5,500,5000)")
    parser.add_argument("--ignore", default="", help="rule codes or prefixes left out (e.g. AT)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the Markdown table")
    args = parser.parse_args(argv)
    sizes = [float(size) for size in args.sizes.split(",") if size]
    rows = measure(sizes, tuple(code for code in args.ignore.split(",") if code))
    print(json.dumps(rows, indent=2) if args.json else markdown(rows))
    worst = max(row["ratio"] for row in rows)
    sys.stderr.write(f"scaling: the largest time per KB is {worst:.2f} × the smallest's "
                     f"({'within' if worst <= AIM else 'over'} the aim of {AIM}×)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
