"""The real scraped article kept beside the project (``../shared/seeds``):
read at test time when it is there, never copied into the project."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from lint.analysis.dates import find_dates
from lint.analysis.people import HONORIFIC
from lint.engine.core import Engine
from lint.engine.plugins import Plugins
from lint.rules.titles.common import people

SEEDS = sorted((pathlib.Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))
pytestmark = pytest.mark.skipif(not SEEDS, reason="no seed articles beside the project")


@pytest.fixture(scope="module")
def engine():
    return Engine(Plugins(autoload=False), isolated=True)


@pytest.fixture(scope="module")
def seed():
    return SEEDS[0].read_text(encoding="utf-8")


def codes_by_line(result):
    lines = result.text.splitlines()
    out = []
    for d in result.diagnostics:
        line = result.text.count("\n", 0, d.span.start) + 1
        out.append((d.code, lines[line - 1][:12]))
    return out


def test_seed_boilerplate_is_found_and_nothing_in_the_body(engine, seed):
    result = engine.lint_text("seed.txt", seed)
    found = codes_by_line(result)
    assert [code for code, _ in found if code.startswith("BP")] == [
        "BP001", "BP001", "BP009", "BP009", "BP002", "BP003"]
    assert [c for c, _ in found if c.startswith("TT")] == []


def test_removing_one_courtesy_title_is_reported_exactly_there(engine, seed):
    doc = engine.load("seed.txt", seed, engine.settings_for("seed.txt"))

    class Context:
        config = engine.settings_for("seed.txt")

    narrative = [m for p in people(doc, Context).persons for m in p.mentions
                 if m.kind == HONORIFIC and not m.in_quote]
    assert len(narrative) >= 3
    target = narrative[-1]
    edited = seed[:target.span.start] + seed[target.name_span.start:]
    result = engine.lint_text("seed.txt", edited)
    tt = [d for d in result.diagnostics if d.code.startswith("TT")]
    assert [(d.code, d.span.start) for d in tt] == [("TT001", target.span.start)]


def test_the_copyright_line_is_reported_once_with_its_stale_year(engine, seed):
    result = engine.lint_text("seed.txt", seed)
    copyright = [d for d in result.diagnostics if d.code == "BP002"]
    assert len(copyright) == 1
    assert copyright[0].message.endswith("Its year, 2024, is not the publication year, 2023.")
    line_start = copyright[0].span.start
    assert [d.code for d in result.diagnostics if d.span.start == line_start] == ["BP002"]


def test_no_spelling_finding_on_the_seed(engine, seed):
    result = engine.lint_text("seed.txt", seed)
    assert [d for d in result.diagnostics if d.code.startswith("SP")] == []


@pytest.mark.parametrize("which", [0, 1])
def test_one_misspelled_mention_of_a_name_is_reported_exactly_there(engine, seed, which):
    starts = [i for i in range(len(seed)) if seed.startswith("Peskov", i)]
    assert len(starts) >= 2
    at = starts[which]
    edited = seed[:at] + "Peskob" + seed[at + len("Peskov"):]
    before = engine.lint_text("seed.txt", seed).diagnostics
    after = engine.lint_text("seed.txt", edited).diagnostics
    new = [d for d in after if (d.code, d.span) not in {(b.code, b.span) for b in before}]
    assert [(d.code, d.span.start, d.span.end) for d in new] == [("SP002", at, at + 6)]
    assert new[0].fix.edits[0].replacement == "Peskov"
    assert new[0].fix.applicability.name == "SAFE"


def test_the_seed_dates_resolve_against_its_header(engine, seed):
    doc = engine.load("seed.txt", seed, engine.settings_for("seed.txt"))
    resolved = {(d.text.removeprefix("on "), d.start, d.end) for d in find_dates(doc)}
    day = dt.date
    assert ("Saturday", day(2023, 6, 3), day(2023, 6, 3)) in resolved
    assert ("Friday", day(2023, 6, 2), day(2023, 6, 2)) in resolved
    assert ("over the weekend", day(2023, 6, 3), day(2023, 6, 4)) in resolved
    assert ("last fall", day(2022, 9, 1), day(2022, 11, 30)) in resolved
    # No error in the body: the errors are the boilerplate lines' alone.
    errors = {d.code for d in engine.lint_text("seed.txt", seed).diagnostics if d.severity.name == "ERROR"}
    assert errors <= {"BP001", "BP002", "BP003"}
