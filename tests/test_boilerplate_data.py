"""The BP line-rule catalogue as data: every pattern is anchored, bounded,
matches its own examples, and matches none of a list of ordinary news
sentences; every rule file in the pack folder is listed."""

from __future__ import annotations

import os
import tomllib

import pytest
import regex

from lint.analysis import boilerplate as catalogue
from lint.analysis.boilerplate import (
    MAX_LINE, CatalogueError, compile_one, load_line_rule, match_text,
)
from lint.engine.core import Engine
from lint.engine.plugins import Plugins
from lint.rules import boilerplate
from lint.support.patterns import GatedPattern

DATA = boilerplate.line_rule_data()
PATTERNS = [(data, pattern) for data in DATA for pattern in data.patterns]
EXAMPLES = [(data, pattern, example) for data, pattern in PATTERNS for example in pattern.examples]

# Ordinary copy that starts like furniture. None may match any line pattern,
# and an article made of them must get no BP diagnostic at all.
NEAR_MISSES = [
    "Share prices fell 4 percent after the announcement.",
    "Email records show the contract was signed in May.",
    "Print editions will carry the full list on Sunday.",
    "Get the facts before you vote, the clerk's office urged residents.",
    "The photo (taken in 1962) shows the mill before the fire.",
    "Read more about the plan in the report, she said.",
    "The related case was dismissed in March.",
    "Subscribers to the service will see prices rise next month.",
    "Advertisement revenue fell 12 percent in the second quarter.",
    "Photo: the mayor said the picture was taken before the storm.",
    "See also the appendix to the audit, which lists every contract.",
    "Related to the mayor by marriage, Ortiz recused himself from the vote.",
    "More from the survey will be released next week, the agency said.",
    "More on that later, the chairman said.",
    "Most read the report before the vote, council members said.",
    "Most popular among young voters was the transit measure.",
    "Recommended changes to the zoning code drew dozens of speakers.",
    "You may also like the new bike lanes, the planner told residents.",
    "Don't miss the deadline, the tax office warned.",
    "Trending upward for a third year, enrollment hit 4,200.",
    "Watch parties were held across the city on Sunday.",
    "Watch out for ice on the bridge, police said.",
    "Listen to the residents, she urged the board.",
    "Listen to this: the council voted itself a raise.",
    "Video shows the suspect leaving the store at 9:40 p.m.",
    "Click the link in that email and your account is at risk, police warned.",
    "Top stories on the agenda include the budget and a new fire station.",
    "Related Articles of Incorporation were filed in 2011.",
    "Copyright lawyers said the ruling could reshape the industry.",
    "All rights to the land were reserved for the tribe under the treaty.",
    "This material may not be enough to convince the jury, he said.",
    "Reprints of the 1950 map are on sale at the museum.",
    "Reprinted maps from 1920 hang in the lobby.",
    "Distributed by volunteers, the food boxes reached 800 families.",
    "Terms of the settlement were not disclosed.",
    "Please read the ballot carefully, election officials urged.",
    "Comments from the public ran past midnight.",
    "Sign-ups for the youth league open Monday.",
    "Subscription numbers for the magazine doubled.",
    "Follow-up inspections found no further violations.",
    "Share prices fell 3 percent after the announcement.",
    "Support for the measure dropped to 41 percent.",
    "Continued reading of the charter took most of the afternoon.",
    "Already a member of the board since 2019, she was re-elected.",
    "Print editions will be delivered a day late because of the storm.",
    "Emails obtained by the newspaper show the deal was discussed in May.",
    "Join the conversation about housing at Tuesday's forum, organizers said.",
    "Become a member of the co-op for $20, the flyer says.",
    "Donate blood at the fire hall on Saturday.",
    "Our newsletter team won two awards.",
    "Story time at the library continues below the main reading room.",
    "Sponsored by the chamber of commerce, the festival drew 20,000 people.",
    "Paid parking returns to Main Street on July 1.",
    "Ad hoc committees will review the proposal.",
    "Advertising executives met with regulators on Tuesday.",
    "Skip the line by booking online, the museum advises.",
    "Scroll through the report and the pattern is clear, she said.",
    "Photo radar cameras will be installed near two schools.",
    "Photographs by the victim's family were shown in court.",
    "Image quality improved after the upgrade, engineers said.",
    "Image source code was leaked online, the company said.",
    "Credit: the rating agency cut the city's bond rating.",
    "1 of 12 council members voted against the plan.",
    "Getty Images photographers were among those detained.",
    "View the full plan at city hall.",
    "Enlarge the park by 40 acres, the plan proposes.",
    "END of an era: the diner closes Friday.",
    "-30 degrees was the low on Tuesday, forecasters said.",
    "The 30-day review ends on Monday.",
    "TK Maxx will open a store in the mall next spring.",
    "Super Bowl XX was played in New Orleans.",
    "Have a look at the map, the ranger said.",
    "Published in 2019, the report found that ten towns had no library.",
    "Updated rules took effect on Jan. 1, 2021.",
    "Posted by the mayor on June 4, the video drew 3,000 views.",
    "Modified plans were filed on Monday.",
    "Three days ago the bridge reopened.",
    "Topics ranged from housing to transit, the moderator said.",
    "Tags on the stolen bikes helped police return them.",
    "Section 8 vouchers cover part of the rent.",
    "Loading docks at the port were closed for repairs.",
    "Skip to the end of the report and the numbers are stark, she said.",
    "Click Clack Farm/Mill Road will reopen next week.",
    "Opens in new window displays were popular at the fair, organizers said.",
    "Get the app working again was the first task, engineers said.",
]


def test_enough_patterns_and_near_misses():
    assert len(PATTERNS) >= 60
    assert len(NEAR_MISSES) >= 40
    assert len(set(NEAR_MISSES)) == len(NEAR_MISSES)


def test_line_rule_files_are_in_code_order_with_unique_codes():
    codes = [data.code for data in DATA]
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    assert all(code.startswith("BP") for code in codes)


@pytest.mark.parametrize("data,pattern", PATTERNS, ids=lambda v: getattr(v, "label", getattr(v, "code", "")))
def test_pattern_is_anchored_and_has_examples(data, pattern):
    assert pattern.regex.startswith("^")
    assert pattern.examples, f"{data.code} {pattern.label}: no examples"
    compile_one(pattern)  # compiles


def test_labels_unique_within_each_rule():
    for data in DATA:
        labels = [p.label for p in data.patterns]
        assert len(set(labels)) == len(labels), data.code


@pytest.mark.parametrize("data,pattern,example", EXAMPLES, ids=[e for _, _, e in EXAMPLES])
def test_example_matches_its_pattern(data, pattern, example):
    text = example.strip() if data.match == "line" else match_text(example)
    assert compile_one(pattern).match(text), f"{data.code} {pattern.label!r} misses {example!r}"
    assert len(example) <= MAX_LINE


@pytest.fixture(scope="module")
def engine():
    return Engine(Plugins(autoload=False), cli={"select": ["BP"]}, isolated=True)


def _article(*paragraphs: str) -> str:
    return ("Officials gave an update on the harbor dredging project on Tuesday.\n\n"
            + "\n\n".join(paragraphs)
            + "\n\nWork is expected to finish by the end of the year, the port said.\n")


@pytest.mark.parametrize("data,pattern,example", EXAMPLES, ids=[e for _, _, e in EXAMPLES])
def test_example_is_reported_by_its_rule(engine, data, pattern, example):
    result = engine.lint_text("example.txt", _article(example))
    found = [(d.code, d.span.start) for d in result.diagnostics if d.code.startswith("BP")]
    start = result.text.index(example)
    assert found == [(data.code, start)], f"{example!r}: {found}"


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_miss_matches_no_pattern(sentence):
    for data, pattern in PATTERNS:
        text = sentence if data.match == "line" else match_text(sentence)
        assert not compile_one(pattern).match(text), f"{data.code} {pattern.label!r} matches {sentence!r}"


def test_article_of_near_misses_is_clean(engine):
    result = engine.lint_text("near.txt", _article(*NEAR_MISSES))
    assert [(d.code, d.message) for d in result.diagnostics if d.code.startswith("BP")] == []


def test_long_line_is_never_boilerplate(engine):
    line = "SEE ALSO: " + "word " * (MAX_LINE // 5)
    assert len(line) > MAX_LINE
    result = engine.lint_text("long.txt", _article(line, "SEE ALSO: Ferry fares rise in June"))
    assert [d.code for d in result.diagnostics] == ["BP001"]
    assert result.text[result.diagnostics[0].span.start:].startswith("SEE ALSO: Ferry")


def _pumps(pattern) -> list[str]:
    """Inputs built to make a backtracking pattern blow up: long runs of the
    pieces the pattern and its examples are made of, ending in a mismatch."""
    pieces = ["a", " ", "A ", "A/", "Aa, ", "x", "-", "#", "1 ", "XX ", "© ", ". ", "Ab.-", "/ ", "| "]
    for example in pattern.examples:
        pieces.extend({example, example[: len(example) // 2], example.split()[0] + " "})
    inputs = []
    for piece in pieces:
        run = (piece * (MAX_LINE // max(len(piece), 1) + 1))[:MAX_LINE - 1]
        inputs.extend([run + "\x00", run + "!", piece + run + "?"])
    return inputs


@pytest.mark.parametrize("data,pattern", PATTERNS, ids=lambda v: getattr(v, "label", getattr(v, "code", "")))
def test_pattern_cannot_backtrack_catastrophically(data, pattern):
    # This check is what lets a shipped pattern run under ``re`` without a
    # timeout at run time; it uses ``regex`` for its timeout, which turns a
    # catastrophic pattern into a failure here instead of a hang.
    flags = regex.VERSION0 | (0 if pattern.case_sensitive else regex.IGNORECASE)
    compiled = regex.compile(pattern.regex, flags)
    for text in _pumps(pattern):
        try:
            compiled.match(text, timeout=2.0)
        except TimeoutError:  # pragma: no cover - the failure being tested for
            pytest.fail(f"{data.code} {pattern.label!r} backtracks on {text[:40]!r}…")


def test_every_rule_file_in_the_folder_is_listed():
    folder = os.path.dirname(boilerplate.__file__)
    toml = sorted(n for n in os.listdir(folder) if n.endswith(".toml"))
    modules = sorted(n[:-3] for n in os.listdir(folder)
                     if n.endswith(".py") and n not in ("__init__.py", "catalogue.py", "layout.py", "line_text.py"))
    assert toml == sorted(boilerplate.LINE_RULE_FILES)
    assert modules == sorted(boilerplate.RULE_MODULES)
    assert sorted(r.code for r in boilerplate.RULES) == [f"BP{i:03d}" for i in range(1, 15)]


def test_every_data_file_is_valid_toml_with_known_keys():
    for data in DATA:
        with open(data.path, "rb") as handle:
            raw = tomllib.load(handle)
        assert raw["code"] == data.code
        for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Fix safety"):
            assert heading in raw["docs"], (data.code, heading)


def test_malformed_data_files_are_rejected(tmp_path):
    good = open(DATA[0].path, encoding="utf-8").read()
    bad_key = tmp_path / "bad_key.toml"
    bad_key.write_text('colour = "red"\n' + good, encoding="utf-8")
    with pytest.raises(CatalogueError, match="unknown keys \\['colour'\\]"):
        load_line_rule(str(bad_key))
    unanchored = tmp_path / "unanchored.toml"
    unanchored.write_text(good + "\n[[patterns]]\nlabel = \"x\"\nregex = 'see also'\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="must be anchored"):
        load_line_rule(str(unanchored))
    bad_mode = tmp_path / "bad_mode.toml"
    bad_mode.write_text('match = "word"\n' + good, encoding="utf-8")
    with pytest.raises(CatalogueError, match="match must be one of"):
        load_line_rule(str(bad_mode))


def test_case_sensitive_patterns_keep_case():
    sensitive = [p for _, p in PATTERNS if p.case_sensitive]
    assert sensitive
    more = next(p for _, p in PATTERNS if p.label == "MORE: (capitals)")
    assert compile_one(more).match("MORE: Ferry fares rise")
    assert not compile_one(more).match("More: the council said")


def test_compiled_groups_are_cached():
    assert DATA[0].compiled() is DATA[0].compiled()
    assert all(isinstance(gated, GatedPattern) for gated in DATA[0].compiled())
    assert catalogue.compile_patterns.cache_info().hits >= 1


def test_shipped_patterns_do_not_backtrack_under_the_standard_library_either(tmp_path):
    """Runs use ``re`` for shipped patterns, so the same inputs go through
    ``re`` too, in a child process whose hang the timeout turns into a failure."""
    import json
    import subprocess
    import sys

    cases = [[p.regex, not p.case_sensitive, _pumps(p)] for _, p in PATTERNS]
    script = tmp_path / "pump.py"
    script.write_text(
        "import json, re, sys\n"
        "for source, fold, inputs in json.load(open(sys.argv[1], encoding='utf-8')):\n"
        "    compiled = re.compile(source, re.IGNORECASE if fold else 0)\n"
        "    for text in inputs:\n"
        "        compiled.match(text)\n"
        "print('done')\n",
        encoding="utf-8",
    )
    data = tmp_path / "cases.json"
    data.write_text(json.dumps(cases), encoding="utf-8")
    try:
        result = subprocess.run([sys.executable, str(script), str(data)], capture_output=True, text=True,
                                timeout=120)
    except subprocess.TimeoutExpired:  # pragma: no cover - the failure being tested for
        pytest.fail("a shipped pattern backtracks catastrophically under re")
    assert result.stdout == "done\n", result.stderr
