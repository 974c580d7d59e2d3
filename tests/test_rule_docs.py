"""Every rule's documentation: required headings, and examples that behave
as they claim (the Example block triggers the rule and only it; the Use
instead block is clean of it)."""

from __future__ import annotations

import json
import re

import pytest

from lint.engine.core import Engine
from lint.engine.plugins import Plugins

HEADINGS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Fix safety")
_FENCE = re.compile(r"^(`{3,}|~{3,})[^\n]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)

ENGINE = Engine(Plugins(autoload=False), isolated=True)
RULES = list(ENGINE.rules)
# An example may start with the settings it needs, e.g. <!-- options: {"style": "ap"} -->
_OPTIONS = re.compile(r"\A<!--\s*options:\s*(\{.*\})\s*-->[ \t]*\n")


def lint_example(text: str):
    """Lint a docs example with the settings its options line asks for."""
    found = _OPTIONS.match(text)
    engine = ENGINE
    if found:
        engine = Engine(Plugins(autoload=False), cli=json.loads(found.group(1)), isolated=True)
        text = text[found.end():]
    return engine.lint_text("example.txt", text)


def section(docs: str, heading: str) -> str:
    """The text under ``heading`` up to the next ``## `` heading."""
    start = docs.index(heading) + len(heading)
    following = docs.find("\n## ", start)
    return docs[start:] if following < 0 else docs[start:following]


def first_block(docs: str, heading: str) -> str:
    found = _FENCE.search(section(docs, heading))
    assert found, f"no fenced block under {heading}"
    return found.group(2)


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_docs_have_the_required_headings_in_order(rule):
    positions = []
    for heading in HEADINGS:
        assert re.search(rf"^{re.escape(heading)}[ \t]*$", rule.docs, re.MULTILINE), f"{rule.code}: no {heading!r}"
        positions.append(rule.docs.index(heading))
    assert positions == sorted(positions), f"{rule.code}: headings out of order"
    for heading in HEADINGS:
        assert section(rule.docs, heading).strip(), f"{rule.code}: {heading!r} is empty"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_example_triggers_exactly_this_rule(rule):
    example = first_block(rule.docs, "## Example")
    result = lint_example(example)
    assert result.problems == []
    assert {d.code for d in result.diagnostics} == {rule.code}, [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_use_instead_is_clean_of_this_rule(rule):
    good = first_block(rule.docs, "## Use instead")
    result = lint_example(good)
    assert result.problems == []
    assert [d.message for d in result.diagnostics if d.code == rule.code] == []


def test_section_helpers():
    docs = "## Example\n```\nbad\n```\n\n## Use instead\n~~~\ngood\n~~~\n## Fix safety\nNone.\n"
    assert first_block(docs, "## Example") == "bad\n"
    assert first_block(docs, "## Use instead") == "good\n"
    assert section(docs, "## Fix safety").strip() == "None."
