"""The literal-prefix gate in front of data patterns never changes a result."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.patterns import GatedPattern, literal_prefixes, normalise
from lint.rules.boilerplate import line_rule_data


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
    gated = GatedPattern(pattern.regex, ignore_case)
    for example in pattern.examples:
        for variant in (example, example.upper(), example.lower(), example.title()):
            if gated.compiled.match(variant):
                assert gated.could_match(normalise(variant)), (pattern.label, variant)
                assert gated.match(variant)


def test_most_catalogue_patterns_are_gated():
    gated = [literal_prefixes(p.regex) is not None for p, _ in CATALOGUE]
    assert sum(gated) >= 0.8 * len(gated)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CATALOGUE), st.data())
def test_gate_never_rejects_a_line_the_pattern_matches(entry, data):
    pattern, ignore_case = entry
    gated = GatedPattern(pattern.regex, ignore_case)
    base = data.draw(st.sampled_from(pattern.examples or ("",)))
    cut = data.draw(st.integers(0, len(base)))
    noise = data.draw(st.text(alphabet="aeS :-–(#’'x\t\u00a0\u2009", max_size=6))
    text = data.draw(st.sampled_from([base[:cut] + noise, noise + base[cut:], base.swapcase(), base]))
    if gated.compiled.match(text):
        assert gated.could_match(normalise(text))


def test_shipped_prefix_file_is_current(tmp_path):
    """Regenerate with: COPYDESK_UPDATE_DATA=1 pytest tests/test_patterns.py"""
    import os

    from lint.patterns import write_prefix_cache
    from lint.rules.boilerplate.catalogue import PREFIX_FILE

    sources = [p.regex for data in line_rule_data() for p in data.patterns]
    target = PREFIX_FILE if os.environ.get("COPYDESK_UPDATE_DATA") else str(tmp_path / "prefixes.json")
    write_prefix_cache(target, sources)
    with open(PREFIX_FILE, encoding="utf-8") as shipped, open(target, encoding="utf-8") as fresh:
        assert shipped.read() == fresh.read(), "prefixes.json is stale: see this test's docstring"


def test_a_pattern_missing_from_the_prefix_file_is_analysed_at_run_time(tmp_path):
    from lint.patterns import PrefixCache

    empty = tmp_path / "prefixes.json"
    empty.write_text("{}", encoding="utf-8")
    assert PrefixCache(str(empty)).prefixes(r"^see\s+also") == ("see also",)
    assert PrefixCache(str(tmp_path / "missing.json")).prefixes(r"^\S*x") is None


def test_too_many_prefixes_are_shortened_not_dropped():
    source = r"^(?:" + "|".join(f"w{i:03d}" for i in range(200)) + ")"
    prefixes = literal_prefixes(source)
    assert prefixes is not None and len(prefixes) <= 64
    assert all("w000".startswith(p) or any(f"w{i:03d}".startswith(p) for i in range(200)) for p in prefixes)
    assert GatedPattern(source).match("w150 and more")
    assert not GatedPattern(source).could_match("v150")
