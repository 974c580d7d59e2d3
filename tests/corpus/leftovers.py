"""How much of a scraped page's leftovers the BP family finds, on the labelled corpus.

    python tests/corpus/leftovers.py              # the table, tuning and held-out outlets
    python tests/corpus/leftovers.py --outlets    # … and a row per outlet
    python tests/corpus/leftovers.py --misses 40  # … and 40 missed leftover lines, by kind
    python tests/corpus/leftovers.py --wrong      # … and every BP finding on a body line
    python tests/corpus/leftovers.py --json

Each page is linted as ``copydesk check --no-config --date <published>``
would lint it. A leftover line counts as found when a loud (warning or error)
BP finding covers it; precision is the share of BP findings that do not land
on a line labelled body. Every clean body is linted too (no loud BP finding
may land there), and every page is fixed with the BP family's safe fixes to
check that each body line is still there, in order, word for word.

The corpus is looked for as ``tests/corpus/pages.py`` says; without it the
script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from corpus.pages import NOT_FOUND, Linter, find_corpus, loud, pages  # noqa: E402

FAMILY = "BP"


def miss_kind(line: str) -> str:
    """A rough kind for a missed leftover line, so the report shows what is left."""
    words = line.split()
    if re.search(r"(?i)\b(photo|image|picture|credit|getty|reuters|afp|associated press|shutterstock)\b", line):
        return "caption or credit"
    if re.search(r"(?i)\b(ago|updated|published|posted)\b|\d{1,2}:\d\d|\b(19|20)\d\d\b", line) and len(words) <= 12:
        return "time stamp or date"
    if re.search(r"(?i)@\w|\b(follow|twitter|facebook|instagram|newsletter|subscribe|sign up)\b", line):
        return "social, promo or author"
    if len(words) <= 3:
        return "short label or menu item"
    if not re.search(r"[.!?\"”’)]$", line.strip()):
        return "headline-like"
    return "sentence-like"


def body_kept(text: str, fixed: str, body_lines: list[int]) -> list[int]:
    """Body lines that are no longer a whole line of the fixed text. (A
    paragraph the page repeats may lose its later copy: the text stays.)"""
    lines = text.split("\n")
    kept = set(fixed.split("\n"))
    return [number for number in body_lines if lines[number - 1] not in kept]


def _labels_of(page, finding) -> set[str]:
    """Labels of the lines a finding covers."""
    return {page.labels.get(n) for n in range(finding.line, finding.end_line + 1)}


def measure(corpus: str, fix: bool = True) -> dict:
    linter = Linter()
    fixer = Linter(select=[FAMILY])  # the BP fixes alone: other families' fixes are meant to edit copy
    rows = []
    for page in pages(corpus):
        text = page.text()
        found = [f for f in linter.lint(text, page.published) if f.code.startswith(FAMILY)]
        covered: set[int] = set()
        for f in found:
            if loud(f):
                covered.update(range(f.line, f.end_line + 1))
        leftover = page.lines_labelled("leftover")
        body = page.lines_labelled("body")
        lines = text.split("\n")
        on_body = [f for f in found if _labels_of(page, f) & {"body"}]
        on_furniture = [f for f in found if _labels_of(page, f) & {"headline", "byline", "dek"}]
        clean = [f for f in linter.lint(page.clean(), page.published) if f.code.startswith(FAMILY) and loud(f)]
        lost = body_kept(text, fixer.fix(text, page.published), body) if fix else []
        rows.append({
            "id": page.id, "outlet": page.outlet, "held_out": page.held_out,
            "leftover": len(leftover), "found": sum(1 for n in leftover if n in covered),
            "findings": len(found), "on_body": len(on_body), "on_furniture": len(on_furniture),
            "clean_findings": len(clean), "body_lost": len(lost),
            "missed": [(n, lines[n - 1]) for n in leftover if n not in covered],
            "wrong": [(f.line, f.code, lines[f.line - 1]) for f in on_body],
            "wrong_clean": [(f.line, f.code, f.message) for f in clean],
            "lost": lost,
        })
    return {"pages": rows}


def summary(rows: list[dict]) -> dict:
    with_leftovers = [r for r in rows if r["leftover"]]
    leftover = sum(r["leftover"] for r in rows)
    findings = sum(r["findings"] for r in rows)
    return {
        "pages": len(rows),
        "recall_per_page": sum(r["found"] / r["leftover"] for r in with_leftovers) / max(1, len(with_leftovers)),
        "recall_all_lines": sum(r["found"] for r in rows) / max(1, leftover),
        "precision": 1 - sum(r["on_body"] for r in rows) / findings if findings else 1.0,
        "findings": findings,
        "on_body": sum(r["on_body"] for r in rows),
        "on_furniture": sum(r["on_furniture"] for r in rows),
        "clean_findings": sum(r["clean_findings"] for r in rows),
        "body_lines_lost_by_fix": sum(r["body_lost"] for r in rows),
    }


def table(groups: dict[str, dict]) -> str:
    names = list(groups)
    out = ["| figure | " + " | ".join(names) + " |", "| --- |" + " ---: |" * len(names)]
    for key, label, fmt in (
        ("pages", "pages", "{}"),
        ("recall_per_page", "leftover lines reported, mean per page", "{:.3f}"),
        ("recall_all_lines", "leftover lines reported, over all lines", "{:.3f}"),
        ("precision", "BP findings not on a body line (precision)", "{:.3f}"),
        ("on_body", "BP findings on body lines", "{}"),
        ("on_furniture", "BP findings on headline, byline or dek lines", "{}"),
        ("clean_findings", "loud BP findings on the clean bodies", "{}"),
        ("body_lines_lost_by_fix", "body lines changed by --fix", "{}"),
    ):
        out.append(f"| {label} | " + " | ".join(fmt.format(groups[n][key]) for n in names) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--outlets", action="store_true", help="a row per outlet")
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="list N missed leftover lines")
    parser.add_argument("--wrong", action="store_true", help="list every BP finding on a body line or clean body")
    parser.add_argument("--worst", type=int, default=10, metavar="N", help="list the N pages with the lowest recall")
    parser.add_argument("--held-out", action="store_true", help="list misses and pages of held-out outlets only")
    parser.add_argument("--no-fix", action="store_true", help="skip the --fix check (faster)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    corpus = find_corpus()
    if corpus is None:
        print(NOT_FOUND, file=sys.stderr)
        return 0
    rows = measure(corpus, fix=not args.no_fix)["pages"]
    groups = {
        "all": summary(rows),
        "tuning outlets": summary([r for r in rows if not r["held_out"]]),
        "held-out outlets": summary([r for r in rows if r["held_out"]]),
    }
    if args.json:
        print(json.dumps({"summary": groups, "pages": rows}, indent=1))
        return 0
    print(table(groups))
    listed = [r for r in rows if r["held_out"]] if args.held_out else rows
    kinds = Counter(miss_kind(line) for r in listed for _, line in r["missed"])
    print("\nmissed leftover lines by kind:")
    for kind, count in kinds.most_common():
        print(f"  {count:5}  {kind}")
    if args.outlets:
        by_outlet = defaultdict(list)
        for r in rows:
            by_outlet[r["outlet"]].append(r)
        print("\n| outlet | held out | pages | recall | on body |\n| --- | --- | ---: | ---: | ---: |")
        for outlet, group in sorted(by_outlet.items()):
            s = summary(group)
            print(f"| {outlet} | {'yes' if group[0]['held_out'] else ''} | {s['pages']} "
                  f"| {s['recall_all_lines']:.2f} | {s['on_body']} |")
    print(f"\nworst {args.worst} pages by recall:")
    for r in sorted((r for r in listed if r["leftover"]), key=lambda r: r["found"] / r["leftover"])[:args.worst]:
        print(f"  {r['id']} {r['outlet']}: {r['found']}/{r['leftover']}")
    if args.misses:
        print("\nmissed leftover lines:")
        shown = 0
        for r in listed:
            for number, line in r["missed"]:
                if shown == args.misses:
                    break
                print(f"  {r['id']}:{number} [{miss_kind(line)}] {line[:120]}")
                shown += 1
    if args.wrong:
        print("\nBP findings on body lines:")
        for r in listed:
            for number, code, line in r["wrong"]:
                print(f"  {r['id']}:{number} {code} {line[:120]}")
            for number, code, message in r["wrong_clean"]:
                print(f"  clean/{r['id']}:{number} {code} {message[:120]}")
            for number in r["lost"]:
                print(f"  {r['id']}:{number} body line changed by --fix")
    return 0


if __name__ == "__main__":
    sys.exit(main())
