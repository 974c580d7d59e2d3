"""Precision and recall of a rule family, measured on its fixture articles.

    python tests/accuracy.py [--family TT] [--json] [--verbose]

Lints every fixture in ``tests/rules`` that names a code of the family, the
way the fixture harness does (same marker and options parsing, same engine
set-up, only the codes the fixture covers selected), and compares the
family's diagnostics with the ``<!-- expect: CODE@col -->`` markers. A match
is the same line, code and column (any column when the marker pins none).
Per code and in total: true positives, false positives, false negatives,
precision and recall, as a Markdown table (or JSON with ``--json``).

It is a report, not a gate: the exit status is always 0. The pass/fail gate
is ``pytest tests/test_rule_fixtures.py``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def _harness():
    """The fixture harness module, loaded by path so this runs as a script."""
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    spec = importlib.util.spec_from_file_location("_fixture_harness", os.path.join(HERE, "test_rule_fixtures.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def measure(family: str) -> dict:
    """Counts per code, plus each fixture's misses and false alarms."""
    harness = _harness()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    fixtures = []
    for path in harness.fixture_paths():
        fixture = harness.parse_fixture(path)
        if not any(code.startswith(family) for code in fixture.codes):
            continue
        name = os.path.relpath(path, ROOT)
        entry = {"fixture": name, "missed": [], "unexpected": [], "error": None}
        fixtures.append(entry)
        for _, code, _ in fixture.expected:
            counts[code]  # a code with markers gets a row even when it never fires
        try:
            engine = harness.make_engine(fixture)
            for rule in engine.rules.matching(family):
                counts[rule.code]
            result = engine.lint_text(path, fixture.text)
        except Exception as exc:  # a report: note it and go on with the other fixtures
            entry["error"] = f"{type(exc).__name__}: {exc}"
            for line, code, col in fixture.expected:
                counts[code]["fn"] += 1
                entry["missed"].append(_where(line, code, col))
            continue
        if result.problems:
            entry["error"] = "; ".join(str(p.message) for p in result.problems)
        actual = []
        for diagnostic in result.diagnostics:
            if diagnostic.code.startswith(family) and fixture.covers(diagnostic.code):
                line, col = harness.result_line_col(result.text, diagnostic.span.start)
                actual.append((line, diagnostic.code, col, diagnostic.message))
        expected = [e for e in fixture.expected if e[1].startswith(family)]
        # Pinned markers first, so a loose marker cannot take a pinned one's diagnostic.
        for line, code, col in sorted(expected, key=lambda e: e[2] is None):
            hit = next((a for a in actual if a[:2] == (line, code) and (col is None or a[2] == col)), None)
            if hit is None:
                counts[code]["fn"] += 1
                entry["missed"].append(_where(line, code, col))
            else:
                counts[code]["tp"] += 1
                actual.remove(hit)
        for line, code, col, message in actual:
            counts[code]["fp"] += 1
            entry["unexpected"].append(f"{_where(line, code, col)} {message}")
    total = {key: sum(c[key] for c in counts.values()) for key in ("tp", "fp", "fn")}
    rows = {code: _rates(c) for code, c in sorted(counts.items())}
    return {"family": family, "fixtures": fixtures, "codes": rows, "total": _rates(total)}


def _where(line: int, code: str, col: int | None) -> str:
    return f"{code} at {line}:{col}" if col else f"{code} at line {line}"


def _rates(c: dict[str, int]) -> dict:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else None,
            "recall": tp / (tp + fn) if tp + fn else None}


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def markdown(report: dict, verbose: bool = False) -> str:
    lines = [f"Accuracy of the {report['family']} rules on {len(report['fixtures'])} fixture articles",
             "", "| code | TP | FP | FN | precision | recall |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for code, r in list(report["codes"].items()) + [("**total**", report["total"])]:
        lines.append(f"| {code} | {r['tp']} | {r['fp']} | {r['fn']} | "
                     f"{_percent(r['precision'])} | {_percent(r['recall'])} |")
    errors = [f for f in report["fixtures"] if f["error"]]
    if errors:
        lines += ["", "Fixtures that could not be linted cleanly:"]
        lines += [f"- {f['fixture']}: {f['error']}" for f in errors]
    if verbose:
        for f in report["fixtures"]:
            if f["missed"] or f["unexpected"]:
                lines += ["", f"{f['fixture']}:"]
                lines += [f"- missed {m}" for m in f["missed"]]
                lines += [f"- unexpected {u}" for u in f["unexpected"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", default="TT", help="code prefix, e.g. TT or BP (default TT)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each fixture's misses and false alarms")
    args = parser.parse_args(argv)
    try:
        report = measure(args.family.strip().upper())
    except Exception:  # still a report: say what broke, keep the exit status 0
        import traceback

        traceback.print_exc()
        return 0
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(markdown(report, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
