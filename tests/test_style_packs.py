"""House-style packs (ST001): the shipped AP pack's data, a newsroom's own
pack written as TOML, pack errors, the British-copy guard, and the promise
that a run compiles and reads nothing it does not need."""

from __future__ import annotations

import json
import os
import sys
import textwrap

import pytest
from conftest import err, out, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.analysis.british import british_copy
from lint.article.document import Document
from lint.engine.config import ConfigError
from lint.engine.core import Engine
from lint.engine.plugins import Plugins
from lint.rules import style
from lint.rules.style.packs import BUILTIN, Matcher, active_packs, matcher, read_pack, with_case_of
from lint.rules.style.scan import lowered_copy

AP = read_pack(BUILTIN["ap"])
ENGINE = Engine(Plugins(autoload=False), cli={"select": ["ST001"]}, isolated=True)
HEADER = "- The Harbor Courier - Sunday, June 4, 2023\n\n"


def hits(pack, text: str) -> list[tuple[str, str]]:
    """(entry id, matched text) for every match of the pack in ``text``."""
    return [(entry.id, text[start:end]) for start, end, entry, _ in matcher(pack).finditer(text, 0, len(text))]


def st001(text: str, engine: Engine = ENGINE) -> list[str]:
    result = engine.lint_text("story.txt", HEADER + text)
    assert result.problems == []
    return [d.message for d in result.diagnostics if d.code == "ST001"]


# -- the shipped AP pack ----------------------------------------------------------

ENTRIES = list(AP.substitutions)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_each_entry_has_examples_that_behave_as_claimed(entry):
    assert entry.wrong and entry.right, f"{entry.id}: needs wrong and right examples"
    for wrong in entry.wrong:
        assert entry.id in [found for found, _ in hits(AP, wrong)], (entry.id, wrong)
        assert matcher(AP).could_match(" ".join(wrong.casefold().split())), (entry.id, wrong)
        assert st001(wrong), (entry.id, wrong)
    for right in entry.right:
        assert hits(AP, right) == [], (entry.id, right)
        assert st001(right) == [], (entry.id, right)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_replacements_are_not_found_again(entry):
    """No A -> B -> A loops: a fixed text has nothing left for the pack."""
    for find, replacement in zip(entry.finds, entry.replaces or ()):
        assert find.casefold() != replacement.casefold()
        assert hits(AP, f"They said {replacement} twice.") == [], (entry.id, replacement)


def test_ap_pack_ids_and_finds_are_unique():
    ids = [entry.id for entry in AP.substitutions]
    finds = [find.casefold() for entry in AP.substitutions for find in entry.finds]
    assert len(ids) == len(set(ids)) and len(finds) == len(set(finds))
    assert AP.guarded and AP.name == "ap"
    assert all(not entry.regex for entry in AP.substitutions)  # literals: cannot backtrack under re


def test_rule_docs_name_every_ap_replacement():
    docs = ENGINE.rules.find("ST001").docs
    for entry in AP.substitutions:
        assert f'"{entry.replaces[0]}"' in docs, entry.id


def test_every_pack_file_in_the_folder_is_listed():
    folder = os.path.dirname(style.__file__)
    assert sorted(n for n in os.listdir(folder) if n.endswith(".toml")) == sorted(style.BUILTIN_PACKS)
    assert sorted(os.path.basename(p) for p in BUILTIN.values()) == sorted(style.BUILTIN_PACKS)


@pytest.mark.parametrize("found,replacement,expected", [
    ("towards", "toward", "toward"), ("Towards", "toward", "Toward"), ("TOWARDS", "toward", "TOWARD"),
    ("okay", "OK", "OK"), ("Okay", "OK", "OK"), ("kiev", "Kyiv", "Kyiv"), ("Per cent", "percent", "Percent"),
])
def test_the_replacement_takes_the_case_of_the_found_text(found, replacement, expected):
    assert with_case_of(found, replacement) == expected


def test_matching_is_on_whole_words_across_line_breaks_and_outside_quotes():
    assert st001("The towardsea line and Afterwardsville were fine.") == []
    assert st001("Fares rose 4 per\ncent this year.") == [
        'AP style writes "percent" as one word (or "%" after a figure), not "per cent".']
    assert st001("“We moved towards a deal,” the mayor said.") == []
    assert st001("The plan was O.K. The vote was okay, too.") == [
        'AP style uses "OK", not "O.K.".', 'AP style uses "OK", not "okay".']


def test_a_sentence_ending_abbreviation_keeps_its_full_stop_when_fixed():
    settings = ENGINE.settings_for("story.txt")
    fixed, _ = ENGINE.fix_text("story.txt", HEADER + "The vote was O.K. Then it was O.K. by them.\n",
                               settings, unsafe=False)
    assert fixed == HEADER + "The vote was OK. Then it was OK by them.\n"


# -- the British-copy guard -----------------------------------------------------------

def doc(text: str) -> Document:
    return ENGINE.load("story.txt", HEADER + text, ENGINE.settings_for("story.txt"))


@pytest.mark.parametrize("text", [
    "The council will recognise the volunteers.",
    "The organisation met on Tuesday.",
    "Crews painted the hull a bright colour.",
    "The new centre opens in May.",
    "Mr Patel said the vote would be close.",
    "The ferry sailed on 4 June 2023 from the pier.",
    "Prices rose 4 per cent and wages 2 per cent.",
    "The defence budget grew, as did spending on tyres.",
])
def test_british_signals(text):
    assert british_copy(doc(text))


@pytest.mark.parametrize("text", [
    "Prices rose 4 per cent last year.",  # one slip in American copy is what the pack reports
    "The Labour Party and the Lincoln Centre sent delegates.",  # capitalised names
    "“The colour of the boats will not change,” she said.",  # a quotation
    "Mr. Patel said the organization would recognize the volunteers at the center.",
])
def test_american_copy_is_not_taken_for_british(text):
    assert not british_copy(doc(text))


def test_the_guard_silences_the_ap_pack_but_not_a_desk_pack_without_guard(tmp_path):
    pack = tmp_path / "desk.toml"
    pack.write_text('[pack]\nname = "desk"\n\n[[substitution]]\nid = "slammed"\nfind = "slammed"\n',
                    encoding="utf-8")
    engine = Engine(Plugins(autoload=False), cli={"select": ["ST001"], "style-packs": ["ap", str(pack)]},
                    isolated=True)
    text = "Mr Patel slammed the plan and moved towards a vote on the harbour."
    assert st001(text, engine) == ['House style (desk) avoids "slammed".']


# -- a newsroom's own pack ---------------------------------------------------------------

DESK_PACK = '''\
[pack]
name = "harbor-courier"
description = "The Harbor Courier's own word list"
severity = "warning"
message = 'The Courier writes "{replace}", not "{found}".'

[[substitution]]
id = "waterfront"
find = ["water front", "water-front"]
replace = "waterfront"
fix = "safe"
examples = { wrong = "The water front reopened.", right = "The waterfront reopened." }

[[substitution]]
id = "harbormaster"
find = 'harbou?r\\s+master'
regex = true
replace = "harbormaster"
fix = "safe"

[[substitution]]
id = "utilize"
find = ["utilize", "utilized"]
replace = ["use", "used"]
fix = "unsafe"
severity = "info"

[[substitution]]
id = "slammed"
find = "slammed"
message = 'Avoid "{found}" in news copy; say who criticized whom and how.'
'''

STORY = (HEADER + "HARBOR CITY — The water front reopened towards noon Saturday, and the harbor master said "
         "critics who slammed the delay would utilize the new ferry.\n")


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "desk-style.toml").write_text(DESK_PACK, encoding="utf-8")
    (tmp_path / "copydesk.toml").write_text('style-packs = ["ap", "styles/desk-style.toml"]\n', encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "story.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def test_a_desk_pack_in_toml_reports_and_fixes(desk):
    proc = run_cli("check", "--select", "ST", "--format", "concise", "news/story.txt", cwd=desk)
    assert err(proc) == ""
    assert out(proc) == (
        "news/story.txt:3:19: ST001 The Courier writes \"waterfront\", not \"water front\".\n"
        "news/story.txt:3:40: ST001 AP style uses \"toward\", not \"towards\".\n"
        "news/story.txt:3:71: ST001 The Courier writes \"harbormaster\", not \"harbor master\".\n"
        "news/story.txt:3:102: ST001 Avoid \"slammed\" in news copy; say who criticized whom and how.\n"
        "news/story.txt:3:126: ST001 The Courier writes \"use\", not \"utilize\".\n"
    )
    assert proc.returncode == 1  # the desk pack's warnings fail the run; AP's info does not
    records = json.loads(out(run_cli("check", "--select", "ST", "--format", "json", "news/story.txt", cwd=desk)))
    assert [(r["severity"], (r["fix"] or {}).get("applicability")) for r in records] == [
        ("warning", "safe"), ("info", "safe"), ("warning", "safe"), ("warning", None), ("info", "unsafe")]

    assert run_cli("check", "--select", "ST", "--fix", "news/story.txt", cwd=desk).returncode == 1
    assert (desk / "news" / "story.txt").read_text(encoding="utf-8") == STORY.replace(
        "water front", "waterfront").replace("towards", "toward").replace("harbor master", "harbormaster")
    run_cli("check", "--select", "ST", "--fix", "--unsafe-fixes", "news/story.txt", cwd=desk)
    assert "would use the new ferry" in (desk / "news" / "story.txt").read_text(encoding="utf-8")


def test_skip_and_a_configured_severity(desk):
    (desk / "copydesk.toml").write_text(
        'style-packs = ["ap", "styles/desk-style.toml"]\n\n[rules.ST001]\nseverity = "error"\n'
        'skip = ["ap/toward", "slammed"]\n', encoding="utf-8")
    records = json.loads(out(run_cli("check", "--select", "ST", "--format", "json", "news/story.txt", cwd=desk)))
    assert [(r["column"], r["severity"]) for r in records] == [(19, "error"), (71, "error"), (126, "error")]


def test_the_first_pack_that_finds_a_word_reports_it(tmp_path):
    pack = tmp_path / "desk.toml"
    pack.write_text('[pack]\nname = "desk"\n\n[[substitution]]\nid = "towards"\nfind = "towards"\n'
                    'replace = "in the direction of"\n', encoding="utf-8")
    engine = Engine(Plugins(autoload=False), cli={"select": ["ST001"], "style-packs": [str(pack), "ap"]},
                    isolated=True)
    assert st001("The crowd moved towards the pier.", engine) == [
        'House style (desk) prefers "in the direction of" to "towards".']


def test_a_slow_desk_regex_is_stopped_by_the_time_limit(tmp_path):
    pack = tmp_path / "desk.toml"
    pack.write_text("[pack]\nname = \"desk\"\n\n[[substitution]]\nid = \"slow\"\nfind = '(?:a+)+b'\n"
                    "regex = true\n", encoding="utf-8")
    engine = Engine(Plugins(autoload=False), cli={"select": ["ST001"], "style-packs": [str(pack)]},
                    isolated=True)
    assert st001("a" * 60 + "!", engine) == []


# -- errors name the file and line -------------------------------------------------------

BROKEN = [
    ('[pack\nname = "x"\n', 1, "invalid TOML in style pack: "),
    ('[[substitution]]\nid = "a"\nfind = "b"\n', 1, "a style pack needs a [pack] table with a name"),
    ('[pack]\nname = "x"\n\ncolour = 1\n', 4, "[pack] unknown key 'colour' (known: description, guard, "
                                              "message, name, severity)"),
    ('colour = 1\n\n[pack]\nname = "x"\n', 1,
     "unknown key 'colour' (a style pack holds [pack] and [[substitution]] tables)"),
    ('[pack]\nname = "Desk Pack"\n', 2, "[pack] name must be lower-case letters, digits, '-' or '_'"),
    ('[pack]\nname = "x"\nguard = "british"\n', 3, "[pack] guard must be one of american, none"),
    ('[pack]\nname = "x"\n\n[[substitution]]\nid = "a"\nfind = "b"\nreplacement = "c"\n', 7,
     "substitution 'a': unknown key 'replacement' (known: case-sensitive, examples, find, fix, id, message, "
     "regex, replace, severity)"),
    ('[pack]\nname = "x"\n\n[[substitution]]\nfind = "b"\n', 4,
     "substitution: needs an id of lower-case letters, digits and hyphens"),
    ('[pack]\nname = "x"\n\n[[substitution]]\nid = "a"\nfind = "b"\nreplace = "c"\n\n'
     '[[substitution]]\nid = "slammed"\nfind = "slammed"\nfix = "safe"\n', 12,
     "substitution 'slammed': fix = 'safe' needs a replace"),
    ('[pack]\nname = "x"\n\n[[substitution]]\nid = "a"\nfind = "b"\nreplace = "c"\nfix = "sure"\n', 8,
     "substitution 'a': fix must be one of safe, unsafe, display, none"),
    ('[pack]\nname = "x"\n\n[[substitution]]\nid = "a"\nfind = ["b", "c"]\nreplace = ["d", "e", "f"]\n', 7,
     "substitution 'a': replace must be a string, or a list as long as find"),
    ('[pack]\nname = "x"\n\n[[substitution]]\nid = "a"\nfind = "b"\n\n[[substitution]]\nid = "a"\nfind = "c"\n',
     8, "substitution 'a' is defined twice"),
    ('[pack]\nname = "x"\n\n[[substitution]]\nid = "a"\nfind = "b"\nmessage = "Use {replacement}."\n', 7,
     "substitution 'a': message may use only {found}, {replace} and {pack} ('replacement')"),
    ('[pack]\nname = "x"\n\n[[substitution]]\nid = "a"\nfind = ""\n', 6,
     "substitution 'a': find must be a word or phrase, or a list of them"),
    ("[pack]\nname = \"x\"\n\n[[substitution]]\nid = \"a\"\nfind = '(unclosed'\nregex = true\n", 6,
     "substitution 'a': find '(unclosed': not a valid regular expression ("),
    ("[pack]\nname = \"x\"\n\n[[substitution]]\nid = \"a\"\nfind = 'x*'\nregex = true\n", 6,
     "substitution 'a': find 'x*': matches an empty string"),
]


@pytest.mark.parametrize("text,line,message", BROKEN, ids=[m[:40] for _, _, m in BROKEN])
def test_a_broken_pack_is_one_line_naming_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "desk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_pack(str(path))
    assert str(caught.value).startswith(f"{path}:{line}: {message}")
    assert "\n" not in str(caught.value)


def test_a_broken_pack_stops_the_run_with_one_message(desk):
    pack = desk / "styles" / "desk-style.toml"
    pack.write_text(DESK_PACK.replace('fix = "unsafe"', 'fix = "maybe"'), encoding="utf-8")
    (desk / "news" / "other.txt").write_text(STORY, encoding="utf-8")
    proc = run_cli("check", "--format", "concise", "news", cwd=desk)
    assert proc.returncode == 2
    assert err(proc).splitlines() == [
        f"copydesk: {pack}:25: substitution 'utilize': fix must be one of safe, unsafe, display, none"]


@pytest.mark.parametrize("config,message", [
    ('style-packs = ["ap",\n  "nyt"]\n',
     "copydesk.toml:2: style-packs: no built-in pack 'nyt' (built-in: ap; a desk pack is a .toml file)"),
    ('[rules.ST001]\nskip = ["towards"]\n',
     "copydesk.toml:2: rules.ST001.skip: no substitution 'towards' in the active style packs"),
    ('[rules.ST004]\nover = "never"\n', "copydesk.toml:2: rules.ST004.over: 'never' is not one of allow, more-than"),
])
def test_bad_settings_name_the_config_line(tmp_path, config, message):
    (tmp_path / "copydesk.toml").write_text(config, encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    proc = run_cli("check", "--format", "concise", "story.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert err(proc).splitlines() == [f"copydesk: {tmp_path / message}"]


def test_a_missing_pack_file_is_named(tmp_path):
    (tmp_path / "copydesk.toml").write_text('style-packs = ["desk.toml"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    proc = run_cli("check", "story.txt", cwd=tmp_path)
    assert err(proc) == f"copydesk: {tmp_path / 'desk.toml'}: cannot read style pack (No such file or directory)\n"


def test_packs_without_ap_switch_the_ap_rules_off(desk):
    (desk / "copydesk.toml").write_text('style-packs = ["styles/desk-style.toml"]\n', encoding="utf-8")
    (desk / "news" / "story.txt").write_text(
        HEADER + "AUSTIN, TX — Crews moved towards 3 piers, and fifteen boats docked.\n", encoding="utf-8")
    assert out(run_cli("check", "--select", "ST", "--format", "concise", "news/story.txt", cwd=desk)) == ""
    (desk / "copydesk.toml").write_text('style-packs = ["ap"]\n', encoding="utf-8")
    found = out(run_cli("check", "--select", "ST", "--format", "concise", "news/story.txt", cwd=desk))
    assert [line.split()[1] for line in found.splitlines()] == ["ST003", "ST001", "ST002", "ST005"]


def test_active_packs_resolve_relative_to_the_config_folder(desk):
    engine = Engine(Plugins(autoload=False))
    settings = engine.settings_for(str(desk / "news" / "story.txt"))
    assert [pack.name for pack in active_packs(settings)] == ["ap", "harbor-courier"]


# -- speed: nothing compiled or read that the copy does not need ---------------------------

def test_copy_without_a_needle_compiles_nothing():
    import lint.rules.style.packs as packs

    packs._matcher.cache_clear()
    document = doc("The council met on Tuesday and approved the budget.")
    assert not Matcher(AP).could_match(lowered_copy(document))
    ENGINE.lint_document(document, ENGINE.settings_for("story.txt"))
    assert matcher(AP)._compiled is None
    ENGINE.lint_document(doc("The crowd moved towards the pier."), ENGINE.settings_for("story.txt"))
    assert matcher(AP)._compiled is not None


FINDS = [find for entry in AP.substitutions for find in entry.finds]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(FINDS), st.text(alphabet="aS .,\n\u00a0-’'", max_size=4), st.data())
def test_the_needle_gate_never_hides_a_match(find, noise, data):
    variant = data.draw(st.sampled_from([find, find.upper(), find.title(), find.replace(" ", "\n ")]))
    text = noise + variant + noise[::-1]
    if hits(AP, text):
        assert Matcher(AP).could_match(" ".join(text.casefold().split())), text


def test_a_normal_run_imports_neither_tomllib_nor_regex(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    script = textwrap.dedent("""
        import sys
        from lint.cli import main
        status = main(["check", "--no-config", "--select", "ST", "--format", "concise", "story.txt"])
        print(status, "tomllib" in sys.modules, "regex" in sys.modules)
    """)
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.stdout.splitlines()[-1] == "0 False False", proc.stderr
