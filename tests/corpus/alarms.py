"""Loud findings on published copy: the false-alarm evaluation.

    python tests/corpus/alarms.py [--list] [--code AT001] [--held-out|--tuning]
                                  [--clean-only|--pages-only] [--outlets]

Lints every clean article body of the labelled corpus (see ``pages.py``) and
every scraped page, and prints the loud (warning or error) findings per
article, by rule, for the tuning outlets and the held-out outlets apart. On a
scraped page only findings on lines labelled body count: leftovers around the
article are the BP family's business, and the BP findings on body lines get a
column of their own. The loud findings listed in ``real_slips.tsv`` (slips the
desk missed, each read in context on the clean body; on a scraped page,
the line with the same text) are taken out to give the false alarms per
article. ``--outlets`` adds a table per outlet; ``--list`` prints
every loud finding with its line's text, for reading them one by one.

Published copy has been through an editor: a loud finding on it is either a
real slip the desk missed (rare; the README's accuracy section lists each one
kept) or a false alarm.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

from pages import NOT_FOUND, Linter, find_corpus, loud, pages  # noqa: E402


def family(code: str) -> str:
    return "BP" if code.startswith("BP") else "other"


def evaluate(corpus: str, linter: Linter | None = None):
    """Loud findings of every clean body and of every scraped page's body lines.

    Returns a list of ``(page, kind, findings, lines)`` rows, ``kind`` being
    ``"clean"`` or ``"page"`` and ``lines`` the linted text's lines.
    """
    linter = linter or Linter()
    rows = []
    for page in pages(corpus):
        clean = page.clean()
        found = [f for f in linter.lint(clean, page.published) if loud(f)]
        rows.append((page, "clean", found, clean.splitlines()))
        text = page.text()
        found = [f for f in linter.lint(text, page.published)
                 if loud(f) and page.labels.get(f.line) == "body"]
        rows.append((page, "page", found, text.splitlines()))
    return rows


REAL_SLIPS = os.path.join(HERE, "real_slips.tsv")


def real_slips() -> Counter:
    """(page, line, code) -> how many loud findings there are real slips in
    the published copy (``real_slips.tsv``: clean bodies only)."""
    slips: Counter = Counter()
    with open(REAL_SLIPS, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(("#", "page\t")) or not line.strip():
                continue
            page, number, code, count, _ = line.rstrip("\n").split("\t", 4)
            slips[(page, int(number), code)] += int(count)
    return slips


def summary(rows, kind: str, held: bool | None) -> dict:
    """Articles, loud findings (BP apart), false alarms (loud findings not
    listed as real slips) and per-rule counts for one slice. A real slip is
    listed by its clean body's line; on a scraped page the line with the
    same text is that slip."""
    chosen = [r for r in rows if r[1] == kind and (held is None or r[0].held_out == held)]
    by_rule: Counter = Counter()
    real = real_slips()
    clean_lines = {page.id: lines for page, k, _, lines in rows if k == "clean"}
    bp = other = false = 0
    for page, _, found, lines in chosen:
        clean = clean_lines.get(page.id) or page.clean().splitlines()
        left = Counter({(clean[line - 1].strip(), code): n for (pid, line, code), n in real.items()
                        if pid == page.id and line <= len(clean)})
        for f in found:
            by_rule[f.code] += 1
            if f.code.startswith("BP"):
                bp += 1
                continue
            other += 1
            key = (lines[f.line - 1].strip() if f.line <= len(lines) else "", f.code)
            if left[key] > 0:
                left[key] -= 1
            else:
                false += 1
    n = len(chosen)
    return {"articles": n, "loud": other, "bp": bp, "per_article": other / n if n else 0.0,
            "false": false, "false_per_article": false / n if n else 0.0,
            "bp_per_article": bp / n if n else 0.0, "by_rule": by_rule}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every loud finding with its line")
    parser.add_argument("--code", action="append", default=[], help="only these codes or prefixes (repeatable)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--held-out", action="store_true", help="only the held-out outlets")
    group.add_argument("--tuning", action="store_true", help="only the tuning outlets")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--clean-only", action="store_true")
    which.add_argument("--pages-only", action="store_true")
    parser.add_argument("--outlets", action="store_true", help="a table per outlet")
    args = parser.parse_args(argv)

    corpus = find_corpus()
    if corpus is None:
        print(NOT_FOUND, file=sys.stderr)
        return 2
    rows = evaluate(corpus)
    if args.code:
        rows = [(p, k, [f for f in found if any(f.code.startswith(c) for c in args.code)], lines)
                for p, k, found, lines in rows]
    if args.held_out or args.tuning:
        rows = [r for r in rows if r[0].held_out == args.held_out]
    kinds = ["clean", "page"]
    if args.clean_only:
        kinds = ["clean"]
    elif args.pages_only:
        kinds = ["page"]

    if args.list:
        for page, kind, found, lines in rows:
            if kind not in kinds:
                continue
            for f in sorted(found, key=lambda f: (f.line, f.column)):
                text = lines[f.line - 1] if f.line <= len(lines) else ""
                start = max(0, f.column - 80)
                print(f"{kind} {page.id} [{page.outlet}] {f.line}:{f.column}: {f.code} {f.message}")
                print(f"    …{text[start:f.column + 160]}")
        print()

    for kind in kinds:
        name = "clean bodies" if kind == "clean" else "scraped pages, body lines"
        print(f"== {name}: loud findings per article (BP apart) ==")
        print(f"{'outlets':10} {'articles':>8} {'loud':>6} {'/article':>9} {'false':>6} {'/article':>9} "
              f"{'BP':>5} {'BP/art':>7}  by rule")
        for label, held in (("tuning", False), ("held-out", True), ("all", None)):
            s = summary(rows, kind, held)
            if not s["articles"]:
                continue
            rules = ", ".join(f"{c} {n}" for c, n in sorted(s["by_rule"].items(), key=lambda x: (-x[1], x[0])))
            false = f"{s['false']:6} {s['false_per_article']:9.3f}"
            print(f"{label:10} {s['articles']:8} {s['loud']:6} {s['per_article']:9.3f} {false} {s['bp']:5} "
                  f"{s['bp_per_article']:7.3f}  {rules}")
        if args.outlets:
            per: dict = defaultdict(lambda: [0, 0, 0, False])
            for page, k, found, _ in rows:
                if k != kind:
                    continue
                entry = per[page.outlet]
                entry[0] += 1
                entry[1] += sum(1 for f in found if not f.code.startswith("BP"))
                entry[2] += sum(1 for f in found if f.code.startswith("BP"))
                entry[3] = page.held_out
            for outlet, (n, other, bp, held) in sorted(per.items(), key=lambda x: (-x[1][1], x[0])):
                if other or bp:
                    print(f"   {'H' if held else 'T'} {outlet[:40]:40} {n:3} {other:4} {bp:4}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
