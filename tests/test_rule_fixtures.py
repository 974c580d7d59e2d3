"""Rule behaviour from fixture articles: one short news item per rule.

Each fixture is ``tests/rules/<CODE>.txt`` or ``.md`` (more per rule as
``<CODE>-<variant>.txt``). A line that must get a diagnostic ends with a
marker, which the harness strips together with the whitespace before it,
so offsets are those of the clean article::

    SEE ALSO: Ferry fares rise in June <!-- expect: BP001 -->
      • READ MORE: Port strike ends <!-- expect: BP001@5 -->
    Advertisement <!-- expect: BP004, BP006 -->

``@N`` pins the 1-based column; without it any column on that line will
do. Every line without a marker must get no diagnostic from the rule under
test, nor from any other code the fixture's markers name, so both false
positives and false negatives fail. An optional first line
``<!-- options: {"date": "2023-06-04", "rules": {"BP009": {"severity": "warning"}}} -->``
(JSON) sets config keys for the run, as the command line would; it is
removed, lines and all, before linting. Only the codes under test are
selected, so fixtures do not change when other families gain rules.
A ``select`` key in the options names the codes (or prefixes) under test
instead of the file name's code: ``TT000-clean-ap.txt`` starting with
``<!-- options: {"style": "ap", "select": ["TT"]} -->`` checks that no TT
rule fires anywhere, so it may carry no marker at all. A relative
``people`` path is read from the repository root.

Fixable rules: when the fixture's diagnostics carry safe fixes, a sibling
``<name>.fixed.<ext>`` holds the text after ``--fix``; re-linting it must
give no fixable diagnostic. Refresh it with ``COPYDESK_UPDATE_FIXTURES=1``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field

import pytest

from lint.engine.core import Engine
from lint.engine.plugins import Plugins
from lint.model import Applicability

HERE = os.path.join(os.path.dirname(__file__), "rules")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UPDATE = bool(os.environ.get("COPYDESK_UPDATE_FIXTURES"))
_NAME = re.compile(r"^(?P<code>[A-Z]{2}[0-9]{3})(?:-[\w-]+)?\.(?P<ext>txt|md)$")
_MARKER = re.compile(r"[ \t]*<!--\s*expect:\s*(?P<codes>[^>]*?)\s*-->[ \t]*(?=\r\n|\r|\n|$)")
_OPTIONS = re.compile(r"\A<!--\s*options:\s*(?P<json>\{.*\})\s*-->[ \t]*(?:\r\n|\r|\n)")
_EXPECT = re.compile(r"^(?P<code>[A-Z]{2}[0-9]{3})(?:@(?P<col>[0-9]+))?$")


@dataclass
class Fixture:
    """A fixture article with its markers stripped."""

    path: str
    code: str
    text: str
    options: dict = field(default_factory=dict)
    expected: list[tuple[int, str, int | None]] = field(default_factory=list)

    @property
    def declared(self) -> list[str]:
        """Codes or prefixes the options line selects, if it names any."""
        return list(self.options.get("select") or ())

    @property
    def codes(self) -> set[str]:
        named = set(self.declared) or {self.code}
        return named | {code for _, code, _ in self.expected}

    def covers(self, code: str) -> bool:
        return any(code.startswith(prefix) for prefix in self.codes)

    @property
    def fixed_path(self) -> str:
        stem, ext = os.path.splitext(self.path)
        return f"{stem}.fixed{ext}"


def parse_fixture(path: str) -> Fixture:
    """Read a fixture: strip the options line and the expect markers."""
    with open(path, encoding="utf-8", newline="") as handle:
        raw = handle.read()
    options = {}
    found = _OPTIONS.match(raw)
    if found:
        options = json.loads(found.group("json"))
        raw = raw[found.end():]
    expected = []
    lines = raw.splitlines(keepends=True)
    clean = []
    for number, line in enumerate(lines, 1):
        marker = _MARKER.search(line)
        if marker:
            for item in filter(None, (part.strip() for part in marker.group("codes").split(","))):
                parsed = _EXPECT.match(item)
                assert parsed, f"{path}:{number}: bad expect marker {item!r}"
                col = parsed.group("col")
                expected.append((number, parsed.group("code"), int(col) if col else None))
            line = line[:marker.start()] + line[marker.end():]
        clean.append(line)
    code = _NAME.match(os.path.basename(path)).group("code")
    return Fixture(path, code, "".join(clean), options, expected)


def fixture_paths() -> list[str]:
    return sorted(os.path.join(HERE, name) for name in os.listdir(HERE) if _NAME.match(name))


def make_engine(fixture: Fixture) -> Engine:
    cli = dict(fixture.options)
    if isinstance(cli.get("date"), str):
        cli["date"] = dt.date.fromisoformat(cli["date"])
    if isinstance(cli.get("people"), str) and not os.path.isabs(cli["people"]):
        cli["people"] = os.path.join(ROOT, cli["people"])
    cli["select"] = sorted(fixture.codes)
    return Engine(Plugins(autoload=False), cli=cli, isolated=True)


def compare(fixture: Fixture, result) -> list[str]:
    """Differences between the markers and the diagnostics, one per line."""
    actual = []
    for diagnostic in result.diagnostics:
        if fixture.covers(diagnostic.code):
            line, col = result_line_col(result.text, diagnostic.span.start)
            actual.append((line, diagnostic.code, col, diagnostic.message))
    problems = []
    pinned = sorted((e for e in fixture.expected if e[2] is not None), key=lambda e: e[:2])
    loose = [e for e in fixture.expected if e[2] is None]
    for line, code, col in pinned + loose:
        hit = next((a for a in actual if a[0] == line and a[1] == code and (col is None or a[2] == col)), None)
        if hit is None:
            where = f"{line}:{col}" if col else f"{line}"
            problems.append(f"missing {code} at line {where}")
        else:
            actual.remove(hit)
    for line, code, col, message in actual:
        problems.append(f"unexpected {code} at {line}:{col}: {message}")
    return problems


def result_line_col(text: str, offset: int) -> tuple[int, int]:
    from lint.support.lines import LineIndex

    return LineIndex(text).line_col(offset)


def safe_fixes(result, fixture: Fixture) -> list:
    return [d for d in result.diagnostics
            if fixture.covers(d.code) and d.fix is not None and d.fix.applicability is Applicability.SAFE]


PATHS = fixture_paths()


@pytest.mark.parametrize("path", PATHS, ids=[os.path.basename(p) for p in PATHS])
def test_fixture(path):
    fixture = parse_fixture(path)
    engine = make_engine(fixture)
    if fixture.declared:
        # A fixture that names its codes must name rules that exist, or it could not fail.
        for prefix in fixture.declared:
            assert engine.rules.matching(prefix), f"{path}: no rule matches {prefix}"
    else:
        assert fixture.code in engine.rules.by_code, f"{path}: no rule {fixture.code}"
    result = engine.lint_text(path, fixture.text)
    assert result.problems == []
    assert fixture.expected or fixture.declared, f"{path}: a fixture must expect at least one diagnostic"
    assert compare(fixture, result) == []


@pytest.mark.parametrize("path", PATHS, ids=[os.path.basename(p) for p in PATHS])
def test_fixture_fix(path):
    fixture = parse_fixture(path)
    engine = make_engine(fixture)
    settings = engine.settings_for(path)
    result = engine.lint_text(path, fixture.text, settings)
    if not safe_fixes(result, fixture):
        assert not os.path.exists(fixture.fixed_path), f"{fixture.fixed_path}: nothing here is fixable"
        return
    fixed, after = engine.fix_text(path, fixture.text, settings, unsafe=False)
    if UPDATE:
        with open(fixture.fixed_path, "w", encoding="utf-8", newline="") as handle:
            handle.write(fixed)
    assert os.path.exists(fixture.fixed_path), f"missing {fixture.fixed_path}"
    with open(fixture.fixed_path, encoding="utf-8", newline="") as handle:
        assert fixed == handle.read()
    # Idempotent: the fixed text has nothing left to fix, and fixing it again changes nothing.
    assert safe_fixes(engine.lint_text(path, fixed, settings), fixture) == []
    assert engine.fix_text(path, fixed, settings, unsafe=False)[0] == fixed
    assert after.problems == []


def test_every_rule_has_a_fixture():
    engine = Engine(Plugins(autoload=False), isolated=True)
    covered = {parse_fixture(path).code for path in PATHS}
    missing = [rule.code for rule in engine.rules if rule.code not in covered]
    assert missing == []


def test_fixed_files_have_a_fixture():
    fixed = [n for n in os.listdir(HERE) if ".fixed." in n]
    for name in fixed:
        assert os.path.exists(os.path.join(HERE, name.replace(".fixed", ""))), name


def test_harness_parses_markers_and_options(tmp_path):
    path = tmp_path / "BP001.txt"
    path.write_text('<!-- options: {"date": "2023-06-04"} -->\n'
                    "First line.\n"
                    "SEE ALSO: X <!-- expect: BP001@1, BP004 -->\n"
                    "Last line.  <!--expect:BP002-->\n", encoding="utf-8")
    fixture = parse_fixture(str(path))
    assert fixture.text == "First line.\nSEE ALSO: X\nLast line.\n"
    assert fixture.options == {"date": "2023-06-04"}
    assert fixture.expected == [(2, "BP001", 1), (2, "BP004", None), (3, "BP002", None)]
    assert fixture.codes == {"BP001", "BP002", "BP004"}


def test_harness_reports_false_positives_and_negatives(tmp_path):
    path = tmp_path / "BP001.txt"
    path.write_text("The vote was 5-2.\n\nSEE ALSO: Budget passes\n\n"
                    "Work begins in May. <!-- expect: BP001 -->\n", encoding="utf-8")
    fixture = parse_fixture(str(path))
    result = make_engine(fixture).lint_text(str(path), fixture.text)
    problems = compare(fixture, result)
    assert problems[0] == "missing BP001 at line 5"
    assert problems[1].startswith("unexpected BP001 at 3:1: ")
    assert len(problems) == 2


def test_harness_declared_codes_guard_a_clean_article(tmp_path):
    path = tmp_path / "BP000-clean.txt"
    path.write_text('<!-- options: {"select": ["BP"]} -->\n'
                    "The ferry runs hourly.\n\nSEE ALSO: Fares rise\n", encoding="utf-8")
    fixture = parse_fixture(str(path))
    assert fixture.expected == [] and fixture.declared == ["BP"]
    assert fixture.covers("BP001") and not fixture.covers("TT001")
    result = make_engine(fixture).lint_text(str(path), fixture.text)
    assert [p.split(":")[0] for p in compare(fixture, result)] == ["unexpected BP001 at 3"]
