"""Reliability under odd and hostile input: fixes that settle and leave
quotations alone, inputs that are not plain files, broken hooks, config
paths, concurrent runs and leftovers of killed ones."""

from __future__ import annotations

import re

import pytest

from conftest import make_engine
from lint.engine import Engine
from lint.fixer import applicable
from lint.hookspecs import hookimpl
from lint.model import Edit, Fix, Span
from lint.registry import rule

ENGINE = make_engine()
SETTINGS = ENGINE.settings_for("story.txt")
HEAD = "City hall approves the budget\n\n"


def fix(text: str, unsafe: bool = False, engine: Engine = ENGINE, path: str = "story.txt"):
    settings = engine.settings_for(path)
    fixed, result = engine.fix_text(path, text, settings, unsafe)
    return fixed, result


# -- fixes settle --------------------------------------------------------------

def test_time_at_the_end_of_a_sentence_keeps_one_full_stop():
    fixed, result = fix(HEAD + "The meeting starts at 10:00 AM. It ends at 2 PM.\n")
    assert fixed == HEAD + "The meeting starts at 10 a.m. It ends at 2 p.m.\n"
    assert result.fixed == 2


def test_honorific_fix_is_not_offered_when_the_evidence_disagrees():
    # The pronoun says male, the given name female: no swap in either direction.
    text = HEAD + "Jane Smith spoke first, and he said the vote was close. Ms. Smith left early.\n"
    result = ENGINE.lint_text("story.txt", text, SETTINGS)
    found = [d for d in result.diagnostics if d.code == "TT004"]
    assert [d.message for d in found] == [
        '"Ms. Smith" contradicts the pronoun "he" for Jane Smith, which indicates male.']
    assert found[0].fix is None
    fixed, result = fix(text, unsafe=True)
    assert "Ms. Smith left" in fixed and not result.notices


def test_honorific_fix_when_the_evidence_agrees():
    text = HEAD + "John Smith spoke first, and he said the vote was close. Ms. Smith left early.\n"
    fixed, _ = fix(text, unsafe=True)
    assert "Mr. Smith left early" in fixed


def test_fixes_that_need_many_passes_all_apply():
    bare = make_engine(cli={"style": "ap"})
    text = HEAD + "John Smith, the mayor, spoke on Tuesday.\n\n" + "Mr. " * 14 + "Smith said it was fine.\n"
    fixed, result = fix(text, engine=bare)
    assert fixed.endswith("\n\nSmith said it was fine.\n")
    assert result.fixed == 14
    assert applicable(bare.lint_text("story.txt", fixed).diagnostics, False) == []
    times = HEAD + "The vote is at " + "1:00AM" * 12 + " on Tuesday.\n"
    fixed, result = fix(times)
    assert fixed == HEAD + "The vote is at " + "1 a.m." * 12 + " on Tuesday.\n"
    assert result.fixed == 12 and not result.notices


@rule(code="ZZ951", name="flip-flop", severity="warning", summary="Swaps aye and nay", fix="always",
      docs="## What it does\nA broken rule whose fix undoes itself.")
def _flip_flop(doc, ctx):
    for match in re.finditer(r"\b(aye|nay)\b", doc.text):
        other = "nay" if match.group() == "aye" else "aye"
        span = Span(match.start(), match.end())
        yield ctx.report(span, "Flip.", fix=Fix((Edit(span, other),)))


class FlipFlop:
    @hookimpl
    def copydesk_rules(self):
        return [_flip_flop]


def test_fixes_that_undo_each_other_stop_with_a_notice():
    engine = make_engine(FlipFlop())
    text = HEAD + "The vote was aye.\n"
    fixed, result = fix(text, engine=engine)
    assert fixed == text
    assert result.fixed == 0
    assert result.notices == ["story.txt: the fixes of ZZ951 undo each other; left as they were"]
