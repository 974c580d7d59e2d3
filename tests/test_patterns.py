"""Patterns compiled only when needed: a lazy pattern behaves as ``re``'s,
and the literal-prefix gate in front of data patterns never changes a result."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.analysis.boilerplate import CatalogueError, line_rule_data, load_line_rule
from lint.support.patterns import GatedPattern, LazyPattern
from lint.support.prefixes import literal_prefixes, normalise

LAZY = [
    (r"(?P<weekday>Monday|Tuesday),?\s+(?P<month>June)\s+(?P<day>\d{1,2})", 0),
    (r"\bsee\s+also\b", re.IGNORECASE),
    (r"""(?<![\w.])   # not inside a word
         [A-Z]\w+     # a capitalised word
      """, re.VERBOSE),
    (r"^(?:Mr|Ms|Dr)\.\s+(\w+)$", re.MULTILINE),
    (r"[“”\"‘’']", 0),
]
LAZY_TEXT = "See also: Monday, June 5\nMr. Lee said “no”. Dr. Kim\nBy Ortiz"


@pytest.mark.parametrize("source, flags", LAZY)
def test_a_lazy_pattern_matches_as_re_compiles_it(source, flags):
    lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
    assert lazy._compiled is None  # nothing compiled until used
    spans = [(m.span(), m.groups(), m.groupdict()) for m in lazy.finditer(LAZY_TEXT)]
    assert spans == [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(LAZY_TEXT)]
    assert lazy._compiled is not None
    assert lazy.sub("#", LAZY_TEXT) == compiled.sub("#", LAZY_TEXT)
    assert lazy.split(LAZY_TEXT) == compiled.split(LAZY_TEXT)
    assert lazy.findall(LAZY_TEXT) == compiled.findall(LAZY_TEXT)
    assert (lazy.groups, lazy.groupindex, lazy.pattern) == (compiled.groups, compiled.groupindex, source)
    assert [bool(lazy.match(LAZY_TEXT, i)) for i in range(12)] == [bool(compiled.match(LAZY_TEXT, i)) for i in range(12)]


def test_a_lazy_pattern_whose_needles_are_absent_is_never_compiled():
    lazy = LazyPattern(r"\bsee\s+also\b", re.IGNORECASE, ("see",))
    assert not lazy.could_match("the council met.")
    assert lazy._compiled is None
    assert lazy.could_match("see also: the budget")
    assert LazyPattern("x").could_match("anything")  # no needles: always tried


@pytest.mark.parametrize("source,expected", [
    (r"^see\s+also", {"see also"}),
    (r"^(?:read|more)\s*:", {"read:", "read :", "more:", "more :"}),
    (r"^(?:the\s+)?story\b", {"the story", "story"}),
    (r"^[-–—]\s*30", {"-30", "- 30", "–30", "– 30", "—30", "— 30"}),
    (r"^MORE\s*:", {"more:", "more :"}),
    (r"^(?i:photo)s?:", {"photo:", "photos:"}),
    (r"^ab(?:c|d)e", {"abce", "abde"}),
    (r"^#\s?#", {"##", "# #"}),
    (r"^don[’']?t\s+miss", {"don’t miss", "don't miss", "dont miss"}),
    (r"^(?:the\s+)?(?:story|text)\s+continues", {"the story continues", "the text continues",
                                                 "story continues", "text continues"}),
])
def test_prefixes_of_simple_patterns(source, expected):
    assert literal_prefixes(source) == frozenset(expected)


@pytest.mark.parametrize("source", [
    r"^\S*see", r"^.*also", r"^[a-z]+", r"^(?:x)?\w", r"^(?=see)", r"see|^", r"^x*", r"^a{0,2}b?",
])
def test_patterns_that_could_start_with_anything_are_not_gated(source):
    assert literal_prefixes(source) is None
    assert GatedPattern(source).could_match("zzz")


def test_a_run_of_optional_elements_is_analysed_quickly():
    # Without memoisation this would take 2**40 steps.
    assert literal_prefixes("^" + "a?" * 40 + "b") == frozenset("a" * k + "b" for k in range(41))
    assert literal_prefixes("^" + "(?:x)?" * 3 + "y") == frozenset({"y", "xy", "xxy", "xxxy"})


CATALOGUE = [(p, not p.case_sensitive) for data in line_rule_data() for p in data.patterns]


@pytest.mark.parametrize("pattern,ignore_case", CATALOGUE, ids=[p.label for p, _ in CATALOGUE])
def test_gate_admits_every_example(pattern, ignore_case):
    gated = GatedPattern(pattern.regex, ignore_case, needles=pattern.needles)
    for example in pattern.examples:
        for variant in (example, example.upper(), example.lower(), example.title()):
            if gated.compiled.match(variant):
                assert gated.could_match(normalise(variant)), (pattern.label, variant)
                assert gated.match(variant)


def test_every_catalogue_pattern_is_gated_by_a_prefix_or_its_needles():
    # An ungated pattern is compiled for every article: the cost of a cold run.
    ungated = [p.label for p, _ in CATALOGUE if literal_prefixes(p.regex) is None and not p.needles]
    assert ungated == []


def test_needles_keep_lines_without_them_from_compiling_the_pattern():
    [credit] = [p for p, _ in CATALOGUE if p.label == "Staff photographer credit"]
    gated = GatedPattern(credit.regex, False, needles=credit.needles)
    assert not gated.match("Mayor Ana Ruiz said the bridge would reopen")
    assert gated._compiled is None
    assert gated.could_match(normalise("Jane Roe/The Valley Courier"))


def test_needles_must_be_in_normalised_form(tmp_path):
    rule = tmp_path / "rule.toml"
    rule.write_text(
        'code = "BP001"\nname = "n"\nseverity = "error"\nsummary = "s"\nmessage = "m"\n'
        'fix-title = "f"\ndocs = "d"\n[[patterns]]\nlabel = "l"\nregex = "^x"\nneedles = ["Upper  Case"]\n',
        encoding="utf-8")
    with pytest.raises(CatalogueError, match="needles must be lower-case"):
        load_line_rule(str(rule))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CATALOGUE), st.data())
def test_gate_never_rejects_a_line_the_pattern_matches(entry, data):
    pattern, ignore_case = entry
    gated = GatedPattern(pattern.regex, ignore_case, needles=pattern.needles)
    base = data.draw(st.sampled_from(pattern.examples or ("",)))
    cut = data.draw(st.integers(0, len(base)))
    noise = data.draw(st.text(alphabet="aeS :-–(#’'x\t\u00a0\u2009", max_size=6))
    text = data.draw(st.sampled_from([base[:cut] + noise, noise + base[cut:], base.swapcase(), base]))
    if gated.compiled.match(text):
        assert gated.could_match(normalise(text))


def test_shipped_listing_holds_exactly_the_packs_patterns(tmp_path):
    """Being listed lets a pattern run under ``re`` without a timeout, so the
    listing must be exactly what the backtracking test vetted.
    Regenerate with: COPYDESK_UPDATE_DATA=1 pytest tests/test_patterns.py"""
    import os

    from lint.support.patterns import write_shipped_patterns
    from lint.analysis.boilerplate import SHIPPED_FILE

    sources = [p.regex for data in line_rule_data() for p in data.patterns]
    target = SHIPPED_FILE if os.environ.get("COPYDESK_UPDATE_DATA") else str(tmp_path / "listing.json")
    write_shipped_patterns(target, sources)
    with open(SHIPPED_FILE, encoding="utf-8") as shipped, open(target, encoding="utf-8") as fresh:
        assert shipped.read() == fresh.read(), "shipped_patterns.json is stale: see this test's docstring"


def test_an_unlisted_pattern_is_analysed_at_run_time_and_runs_under_a_timeout(tmp_path):
    import regex as regex_module

    from lint.support.patterns import ShippedPatterns

    empty = tmp_path / "listing.json"
    empty.write_text("{}", encoding="utf-8")
    shipped = ShippedPatterns(str(empty))
    assert shipped.prefixes(r"^see\s+also") == ("see also",)
    assert ShippedPatterns(str(tmp_path / "missing.json")).prefixes(r"^\S*x") is None
    own = GatedPattern(r"^see\s+also", shipped=shipped)
    assert not own.vetted and isinstance(own.compiled, regex_module.Pattern)
    catastrophic = GatedPattern(r"^(?:a+)+$", shipped=shipped)
    assert catastrophic.match("a" * 40 + "!") is None  # stopped by the timeout, not hung


def test_listed_patterns_run_under_the_standard_library():
    import re

    from lint.analysis.boilerplate import compile_patterns

    gated = compile_patterns(line_rule_data()[0].patterns)
    assert all(g.vetted and isinstance(g.compiled, re.Pattern) for g in gated)


def test_too_many_prefixes_are_shortened_not_dropped():
    source = r"^(?:" + "|".join(f"w{i:03d}" for i in range(200)) + ")"
    prefixes = literal_prefixes(source)
    assert prefixes is not None and len(prefixes) <= 64
    assert all("w000".startswith(p) or any(f"w{i:03d}".startswith(p) for i in range(200)) for p in prefixes)
    assert GatedPattern(source).match("w150 and more")
    assert not GatedPattern(source).could_match("v150")


def test_rule_data_listing_is_current():
    """Regenerate with: COPYDESK_UPDATE_DATA=1 pytest tests/test_patterns.py"""
    import os

    from lint.support.ruledata import LISTING, rules_root, write_listing

    path = os.path.join(rules_root(), LISTING)
    fresh = write_listing(rules_root())
    if os.environ.get("COPYDESK_UPDATE_DATA"):
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(fresh)
    with open(path, encoding="utf-8") as handle:
        assert handle.read() == fresh, "rule_data.json is stale: see this test's docstring"


def test_an_edited_rule_file_is_read_from_its_toml(tmp_path, monkeypatch):
    import lint.support.ruledata as ruledata

    pack = tmp_path / "pack"
    pack.mkdir()
    toml = pack / "x.toml"
    toml.write_text('answer = 1\n', encoding="utf-8")
    (tmp_path / ruledata.LISTING).write_text(ruledata.write_listing(str(tmp_path)), encoding="utf-8")
    monkeypatch.setattr(ruledata, "rules_root", lambda: str(tmp_path))
    ruledata._listing.cache_clear()
    assert ruledata.load_toml(str(toml)) == {"answer": 1}
    toml.write_text('answer = 2\n', encoding="utf-8")  # an editor's change
    assert ruledata.load_toml(str(toml)) == {"answer": 2}
    ruledata._listing.cache_clear()


def test_a_lazy_pattern_survives_copy_and_pickle():
    import copy
    import pickle

    lazy = LazyPattern(r"a(b)")
    assert copy.copy(lazy).search("ab").group(1) == "b"
    assert pickle.loads(pickle.dumps(lazy)).search("xab").span() == (1, 3)
