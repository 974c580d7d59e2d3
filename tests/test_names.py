"""The given-name lexicon: lookups, normalisation, the data files themselves,
the build script's arithmetic, and that nothing is read at import."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lint.analysis import names
from lint.analysis.names import given_name_gender, is_known_given_name

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "lint" / "analysis" / "data"
BUILD_DIR = Path(__file__).resolve().parent / "data_build"


def _load_build_script():
    spec = importlib.util.spec_from_file_location("build_given_names",
                                                  BUILD_DIR / "build_given_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_script()


def _data_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]


def _gendered(path: Path) -> dict[str, str]:
    return {line.split("\t")[0]: line.split("\t")[1] for line in _data_lines(path)}


# Lookups

@pytest.mark.parametrize("name, expected", [
    ("Mary", ("female", 0.99)),
    ("John", ("male", 0.99)),
    ("Dmitry", ("male", 0.99)),      # supplement: not in the census lists
    ("Hanna", ("female", 0.99)),     # supplement: too rare in the census to tell
    ("Kamala", ("female", 0.99)),
    ("Volodymyr", ("male", 0.99)),
    ("Ursula", ("female", 0.94)),    # census alone
    ("Lindsey", ("female", 0.9)),    # exactly at the threshold
])
def test_known_names_have_a_gender(name, expected):
    assert given_name_gender(name) == expected
    assert is_known_given_name(name)


@pytest.mark.parametrize("name", [
    "Jordan", "Taylor", "Casey", "Leslie", "Robin",
    "Andrea", "Jean", "Simone", "Nikita",  # one sex in the U.S., the other abroad
    "Jean-Claude",
])
def test_names_used_for_both_are_known_without_a_gender(name):
    assert given_name_gender(name) is None
    assert is_known_given_name(name)


@pytest.mark.parametrize("name", ["Peskov", "Xyzzy", "Qwertyuiop", "Xi"])
def test_unknown_names(name):
    assert given_name_gender(name) is None
    assert not is_known_given_name(name)


@pytest.mark.parametrize("name", ["MARY", "mary", "mArY", " Mary ", "Mary.", "Mary-Kate", "Mary\u2011Kate"])
def test_case_spacing_periods_and_hyphens(name):
    assert given_name_gender(name) == ("female", 0.99)


def test_hyphenated_name_is_first_looked_up_whole():
    # "joann" is listed with a higher share than "jo": the whole name wins.
    assert given_name_gender("Jo") == ("female", 0.98)
    assert given_name_gender("Jo-Ann") == given_name_gender("JoAnn") == ("female", 0.99)


@pytest.mark.parametrize("name, expected", [
    ("José", ("male", 0.99)),
    ("Jürgen", ("male", 0.99)),
    ("Jarosław", ("male", 0.99)),
    ("François", ("male", 0.99)),
])
def test_accents_are_folded(name, expected):
    assert given_name_gender(name) == expected


@pytest.mark.parametrize("name", ["", "   ", "J.", "J", "M.-K.", "Mary Ann", "Mary-", "-Mary", "Mary2", "M@ry"])
def test_not_a_single_given_name(name):
    assert given_name_gender(name) is None
    assert not is_known_given_name(name)


# The data files

@pytest.mark.parametrize("file_name", ["given_names.tsv", "given_names_extra.tsv"])
def test_gendered_file_format(file_name):
    path = DATA / file_name
    lines = _data_lines(path)
    assert lines
    pattern = re.compile(r"[a-z]+\t[FM]\t[01]\.[0-9]{2}")
    for line in lines:
        assert pattern.fullmatch(line), line
        assert 0.9 <= float(line.split("\t")[2]) <= 1.0, line
    keys = [line.split("\t")[0] for line in lines]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))
    assert len(names.parse_gendered(path.read_text(encoding="utf-8"), file_name)) == len(lines)


def test_ungendered_file_format():
    lines = _data_lines(DATA / "given_names_ungendered.txt")
    assert lines
    assert all(re.fullmatch(r"[a-z]+", line) for line in lines)
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines))


def test_census_files_name_their_source_and_licence():
    for file_name in ("given_names.tsv", "given_names_ungendered.txt"):
        first = (DATA / file_name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ")
        assert "U.S. Census Bureau" in first and "1990" in first and "public domain" in first


def test_files_are_small():
    for path in DATA.iterdir():
        assert path.stat().st_size < 100_000, path


def test_census_files_do_not_overlap():
    gendered = _gendered(DATA / "given_names.tsv")
    ungendered = set(_data_lines(DATA / "given_names_ungendered.txt"))
    assert not gendered.keys() & ungendered


def test_supplement_only_adds_what_the_census_lacks():
    census = _gendered(DATA / "given_names.tsv")
    extra = _gendered(DATA / "given_names_extra.tsv")
    assert not census.keys() & extra.keys()


def test_international_ambiguous_names_have_no_gender():
    listed = build.read_word_list(build.AMBIGUOUS_LIST)
    ungendered = set(_data_lines(DATA / "given_names_ungendered.txt"))
    assert listed and listed <= ungendered
    assert not listed & _gendered(DATA / "given_names_extra.tsv").keys()


def test_loaded_lexicon_merges_all_files():
    census = _gendered(DATA / "given_names.tsv")
    extra = _gendered(DATA / "given_names_extra.tsv")
    ungendered = set(_data_lines(DATA / "given_names_ungendered.txt"))
    lexicon = names.lexicon()
    assert lexicon.genders.keys() == census.keys() | extra.keys()
    assert lexicon.known == census.keys() | extra.keys() | ungendered


@pytest.mark.parametrize("line, expected", [
    ("ann\tF\t0.5", "a confidence in [0.9, 1]"),
    ("ann\tF\t1.01", "a confidence in [0.9, 1]"),
    ("ann\tX\t0.95", "name<TAB>F|M<TAB>confidence"),
    ("Ann\tF\t0.95", "name<TAB>F|M<TAB>confidence"),
    ("ann\tF", "name<TAB>F|M<TAB>confidence"),
    ("ann\tF\t0.95\tmore", "name<TAB>F|M<TAB>confidence"),
    ("ann\tF\thigh", "a number as confidence"),
])
def test_malformed_gendered_line_is_an_error_naming_the_line(line, expected):
    with pytest.raises(ValueError, match=re.escape(f"extra.tsv:3: expected {expected}")):
        names.parse_gendered(f"# header\nbob\tM\t0.99\n{line}\n", "extra.tsv")


def test_malformed_ungendered_line_is_an_error():
    with pytest.raises(ValueError, match=r"list.txt:2: expected a lowercase name, got 'Mary Ann'"):
        names.parse_ungendered("ann\nMary Ann\n", "list.txt")


def test_empty_data_parses_to_nothing():
    assert names.parse_gendered("# only a header\n") == {}
    assert names.parse_ungendered("") == frozenset()


# Laziness

def test_import_reads_nothing():
    code = (
        "import lint.analysis.names as n\n"
        "assert n._CACHE == {}, n._CACHE\n"
        "assert n.given_name_gender('Mary') == ('female', 0.99)\n"
        "assert set(n._CACHE) == {'lexicon'}\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


def test_lexicon_is_loaded_once():
    assert names.lexicon() is names.lexicon()


# The build script

def test_parse_census_line_format():
    assert build.parse_census(["JAMES          3.318  3.318      1", ""]) == {"james": 3.318}
    with pytest.raises(ValueError, match="line 1"):
        build.parse_census(["JAMES 3.318"])


def test_classify_estimates_shares():
    male = {"al": 1.0, "jo": 0.5, "max": 0.004}
    female = {"jo": 0.5, "ann": 1.0, "eve": 0.001}
    gendered, ungendered = build.classify(male, female)
    assert gendered == [
        build.Entry("al", "M", 0.99),
        build.Entry("ann", "F", 0.99),
        # absent from the female list: stands in a quarter of its floor (0.001)
        build.Entry("max", "M", 0.93),
    ]
    # "jo": half and half; "eve": too rare to rule out men below the male floor
    assert ungendered == ["eve", "jo"]


def test_classify_drops_artefacts_and_listed_ambiguous_names():
    male = {"numbers": 1.0, "andrea": 0.01, "al": 1.0}
    female = {"numbers": 0.001, "andrea": 1.0, "ann": 1.0}
    gendered, ungendered = build.classify(male, female, frozenset({"andrea"}))
    assert [entry.name for entry in gendered] == ["al", "ann"]
    assert ungendered == ["andrea"]


def test_rendered_files_parse_back():
    entries = [build.Entry("al", "M", 0.99), build.Entry("ann", "F", 0.9)]
    assert names.parse_gendered(build.render_tsv(entries)) == {
        "al": ("male", 0.99), "ann": ("female", 0.9)}
    assert names.parse_ungendered(build.render_ungendered(["eve", "jo"])) == {"eve", "jo"}


def test_organisation_words_end_a_person_reading(engine):
    from lint.analysis.people import find_people

    text = ("Leaders met at the Asia-Pacific Economic Cooperation summit and the World Trade "
            "Organization forum, Trade Minister Ana Castillo said.\n")
    doc = engine.load("a.txt", text, engine.settings_for("a.txt"))
    assert [p.full_name for p in find_people(doc).persons] == ["Ana Castillo"]
