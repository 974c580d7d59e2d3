"""Reliability under odd and hostile input: fixes that settle and leave
quotations alone, inputs that are not plain files, broken hooks, config
paths, concurrent runs and leftovers of killed ones."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading

import pytest

import lint.engine.core
from conftest import make_engine
from lint.cli import main
from lint.engine.core import Engine
from lint.engine.fixer import applicable
from lint.engine.hookspecs import hookimpl
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.support import cache
from lint.support.datafiles import CONFIG_MAX_BYTES
from lint.support.patterns import FILE_BUDGET, MATCH_TIMEOUT, TimeBudget

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

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


@rule(code="ZZ952", name="one-at-a-time", severity="warning", summary="Shortens the first 'xx'",
      fix="always", docs="## What it does\nA rule that reports one thing a pass.")
def _one_at_a_time(doc, ctx):
    at = doc.text.find("xx")
    if at != -1:
        yield ctx.report(Span(at, at + 2), "Shorten.", fix=Fix((Edit(Span(at, at + 2), "x"),)))


class OneAtATime:
    @hookimpl
    def copydesk_rules(self):
        return [_one_at_a_time]


def test_fixes_that_need_many_passes_all_apply():
    engine = make_engine(OneAtATime(), cli={"select": ["ZZ"]})  # a lone "x" line is also a close button (BP014)
    fixed, result = fix(HEAD + "x" * 40 + "\n", engine=engine)
    assert fixed == HEAD + "x\n"
    assert result.fixed == 39 and not result.notices
    fixed, result = fix(HEAD + "x" * 150 + "\n", engine=engine)
    assert fixed == HEAD + "x" * 50 + "\n"
    assert result.notices == ["story.txt: fixes still apply after 100 passes; run --fix again"]


def test_repeated_courtesy_titles_go_in_one_pass():
    bare = make_engine(cli={"style": "ap"})
    text = HEAD + "John Smith, the mayor, spoke on Tuesday.\n\n" + "Mr. Mr " * 7 + "Smith said it was fine.\n"
    found = [d for d in bare.lint_text("story.txt", text).diagnostics if d.code == "TT006"]
    assert [(len(d.fix.edits), d.fix.edits[0].replacement, d.fix.edits[0].span.start) for d in found] == \
        [(1, "", text.index("Mr. Mr"))]
    fixed, result = fix(text, engine=bare)
    assert fixed.endswith("\n\nSmith said it was fine.\n")
    assert result.fixed == 1


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


# -- inputs that are not plain files, folders that cannot be read ---------------

ARTICLE = HEAD + "The council voted on Tuesday to approve the budget.\n\nSEE ALSO: Parks department news\n"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COPYDESK_DISABLE_PLUGIN_AUTOLOAD", "1")
    return tmp_path


def run(*args: str) -> int:
    return main(["check", "--no-config", "--format", "concise", "--select", "BP001", *args])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_skipped_and_later_files_are_linted(workdir):
    os.mkfifo("pipe.txt")  # opening it for reading the usual way would wait for a writer forever
    (workdir / "story.txt").write_text(ARTICLE)
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-config", "--format", "concise",
                           "--select", "BP001", "pipe.txt", "story.txt"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout.startswith("story.txt:5:1: BP001 ")
    assert done.stderr == "copydesk: pipe.txt: is not a regular file (a named pipe); skipped\n"


def test_a_device_is_skipped(workdir, capsys):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    assert run("/dev/zero") == 2
    assert capsys.readouterr().err == "copydesk: /dev/zero: is not a regular file (a character device); skipped\n"


def test_an_unreadable_folder_is_an_error(workdir, capsys, monkeypatch):
    (workdir / "copy" / "locked").mkdir(parents=True)
    (workdir / "copy" / "story.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission does (tests may run as root)
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert run("copy") == 2
    out, err = capsys.readouterr()
    assert out.startswith("copy/story.txt:5:1: BP001 ")
    assert err == "copydesk: copy/locked: folder cannot be read (permission denied)\n"
    assert run("copy/locked") == 2
    assert capsys.readouterr().err == "copydesk: copy/locked: folder cannot be read (permission denied)\n"


# -- a diagnostics filter that raises ------------------------------------------

class BrokenFilter:
    @hookimpl
    def copydesk_modify_diagnostics(self, document, diagnostics, config):
        diagnostics.clear()
        raise ValueError("no such field")


def test_a_raising_diagnostics_filter_is_named_and_keeps_the_diagnostics():
    engine = make_engine(BrokenFilter())
    text = ("<!-- copydesk: disable-next-line=BP001 -->\nSEE ALSO: Hidden one\n\n" + ARTICLE)
    result = engine.lint_text("story.md", text)
    assert [(d.code, d.span.start) for d in result.diagnostics] == [("BP001", text.index("SEE ALSO: Parks"))]
    assert [str(p) for p in result.problems] == [
        "story.md: internal error in the copydesk_modify_diagnostics hook of plugin "
        f"{engine.plugins.label(_plugin(engine, BrokenFilter))}: "
        "ValueError: no such field"]


def _plugin(engine, kind):
    return next(p for p in engine.plugins.manager.get_plugins() if isinstance(p, kind))


# -- concurrent and interrupted --fix ------------------------------------------

def test_stale_temporary_files_are_removed_by_the_next_fix(workdir, capsys):
    (workdir / "story.txt").write_text(ARTICLE)
    (workdir / ".copydesk-999999999-x1y2.tmp").write_text("half a file")  # its process is gone
    (workdir / ".copydesk-abc.tmp").write_text("an old one")
    os.utime(workdir / ".copydesk-abc.tmp", (0, 0))
    (workdir / f".copydesk-{os.getpid()}-live.tmp").write_text("a run still writing")
    os.symlink(workdir / "story.txt", workdir / ".copydesk-999999998-link.tmp")
    assert run("--fix", "story.txt") == 0
    err = capsys.readouterr().err
    assert err == (f"copydesk: {os.path.realpath(workdir)}: removed 2 temporary files left by an "
                   "interrupted --fix\ncopydesk: fixed 1 issue\n")
    assert sorted(p.name for p in workdir.iterdir()) == [
        f".copydesk-{os.getpid()}-live.tmp", ".copydesk-999999998-link.tmp", "story.txt"]


def test_a_plain_check_removes_nothing(workdir, capsys):
    (workdir / "story.txt").write_text(ARTICLE)
    (workdir / ".copydesk-999999999-x1y2.tmp").write_text("half a file")
    run("story.txt")
    assert (workdir / ".copydesk-999999999-x1y2.tmp").exists()


@pytest.mark.skipif(fcntl is None, reason="no flock here")
def test_fix_waits_for_another_fix_of_the_same_file(tmp_path, monkeypatch):
    """A second --fix waits while the first holds the file, then reads the
    first one's result: no "changed on disk" error, nothing fixed twice."""
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE)
    engine = make_engine()
    holder = os.open(path, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # the first run, mid-fix
    waiting = threading.Event()
    real_flock = fcntl.flock

    def flock(fd, operation):
        try:
            return real_flock(fd, operation)
        finally:
            waiting.set()

    real_read = lint.engine.core.read_path

    def read_path(*args, **kwargs):
        waiting.set()  # without a lock the second run reads at once
        return real_read(*args, **kwargs)

    monkeypatch.setattr(fcntl, "flock", flock)
    monkeypatch.setattr(lint.engine.core, "read_path", read_path)
    results = []
    second = threading.Thread(target=lambda: results.append(engine.lint_path(str(path), fix=True)))
    second.start()
    assert waiting.wait(30)
    # The first run writes its result (a new file by rename) and lets go.
    replacement = tmp_path / "new.txt"
    replacement.write_text(HEAD + "The council voted on Tuesday to approve the budget.\n")
    os.replace(replacement, path)
    os.close(holder)
    second.join(60)
    (result,) = results
    assert result.problems == [] and result.fixed == 0
    assert path.read_text() == HEAD + "The council voted on Tuesday to approve the budget.\n"


# -- files the config names ------------------------------------------------------

def lint_with_config(workdir, config: str, *args: str) -> int:
    (workdir / "copydesk.toml").write_text(config)
    (workdir / "story.txt").write_text(ARTICLE)
    return main(["check", "--format", "concise", "--select", "SP,ST,TT,FC", *args, "story.txt"])


@pytest.mark.parametrize("where", ["/etc/passwd", "../outside.txt", "lists/../../outside.txt"])
def test_config_paths_stay_in_the_config_files_folder(workdir, capsys, where):
    assert lint_with_config(workdir, f'reject-files = ["{where}"]\n') == 2
    err = capsys.readouterr().err
    assert err == (f"copydesk: {workdir / 'copydesk.toml'}:1: reject-files: {where!r} is outside the config "
                   "file's folder; name a file in that folder or below it, relative to the config file\n")


@pytest.mark.parametrize("config", ['people = "/etc/hosts"\n', 'style-packs = ["ap", "/etc/x.toml"]\n',
                                    'accept-files = ["~/words.txt"]\n'])
def test_every_file_key_is_held_to_the_config_folder(workdir, capsys, config):
    assert lint_with_config(workdir, config) == 2
    assert "is outside the config file's folder" in capsys.readouterr().err


def test_a_file_that_is_not_a_word_list_is_named_without_its_contents(workdir, capsys):
    (workdir / "lists").mkdir()
    (workdir / "lists" / "page.html").write_text("secret-ish\n<p>root:x:0:0</p>\n")
    assert lint_with_config(workdir, 'accept-files = ["lists/page.html"]\n') == 2
    err = capsys.readouterr().err
    assert err == (f"copydesk: {workdir / 'lists' / 'page.html'}:2: is not a word list: line 2 holds more "
                   "than a word (or \"word -> replacement\")\n")


def test_config_files_must_be_regular_files(workdir, capsys):
    os.symlink("/dev/zero", workdir / "people.toml")
    assert lint_with_config(workdir, 'people = "people.toml"\n') == 2
    assert capsys.readouterr().err == (f"copydesk: {workdir / 'people.toml'}: people file is not a regular "
                                       "file (a character device)\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(workdir / "words.txt")
        assert lint_with_config(workdir, 'accept-files = ["words.txt"]\n') == 2
        assert capsys.readouterr().err == (f"copydesk: {workdir / 'words.txt'}: word list is not a regular "
                                           "file (a named pipe)\n")
    assert main(["check", "--config", "/dev/zero", "story.txt"]) == 2
    assert capsys.readouterr().err == "copydesk: /dev/zero: config is not a regular file (a character device)\n"


def test_config_files_have_a_size_limit(workdir, capsys):
    (workdir / "words.txt").write_text("word\n" * (CONFIG_MAX_BYTES // 5 + 1))
    assert lint_with_config(workdir, 'accept-files = ["words.txt"]\n') == 2
    size = (workdir / "words.txt").stat().st_size
    assert capsys.readouterr().err == (f"copydesk: {workdir / 'words.txt'}: word list is too large "
                                       f"({size:,} bytes; the limit is {CONFIG_MAX_BYTES:,})\n")


# -- quotation boundaries that are unsure ----------------------------------------

UNCLOSED = (HEAD + "The mayor said the council would vote Tuesday. She called the plan \"a good start.\n"
            "\"We meet on Jan 9 with Governor Dana Pike, and I will e-mail all 3 members,\" she said.\n"
            "\n"
            "The council has 7 members.\n")


def test_no_fix_touches_a_paragraph_whose_quotation_is_left_open():
    fixed, result = fix(UNCLOSED)
    # Only the paragraph after it is fixed; the quoted words stay as the source said them.
    assert fixed == UNCLOSED.replace("has 7 members", "has seven members")
    found = {d.code: d for d in result.diagnostics}
    assert {"QT001", "DT101", "ST001", "ST002"} <= set(found)
    assert found["DT101"].fix.applicability.value == "display"


@pytest.mark.parametrize("paragraph", [
    "The plan was a good start, we meet on Jan 9,” she said.",  # a closing mark that closes nothing
    "She said “the plan was a good start. “We meet on Jan 9,” she said.",  # opened twice
])
def test_no_fix_touches_a_paragraph_with_a_mark_that_pairs_with_nothing(paragraph):
    text = HEAD + paragraph + "\n\nThe council has 7 members.\n"
    fixed, _ = fix(text)
    assert fixed == HEAD + paragraph + "\n\nThe council has seven members.\n"


def test_a_quotation_carried_on_into_the_next_paragraph_is_still_sure():
    text = (HEAD + "The mayor spoke at length. \"We have a plan for the ferry.\n\n"
            "\"We meet on Jan 9 to vote,\" she said. The council has 7 members.\n")
    fixed, _ = fix(text)
    assert fixed == text.replace("has 7 members", "has seven members")


def test_no_fix_after_an_html_comment_that_is_never_closed():
    text = ("# City hall approves the budget\n\nThe council has 7 members. <!-- a note\n\n"
            "\"We meet on Jan 9 with Gov Smith,\" she said.\n\nThe vote is at 10:00 AM.\n")
    fixed, result = fix(text, path="story.md")
    assert fixed == text.replace("has 7 members", "has seven members")
    assert not result.problems


# -- a desk's slow regular expression --------------------------------------------

SLOW_PACK = """[pack]
name = "desk"

[[substitution]]
id = "slow"
find = '(?:a|aa)+b'
regex = true
replace = "x"
"""


def test_a_slow_desk_pattern_spends_one_budget_per_file_and_says_so(workdir, capsys):
    (workdir / "copydesk.toml").write_text('style-packs = ["desk.toml"]\n')
    (workdir / "desk.toml").write_text(SLOW_PACK)
    paragraphs = 300  # each search backtracks for ever: 300 time limits would be 15 s
    (workdir / "story.txt").write_text(HEAD + "".join(f"The {'a' * 40} came.\n\n" for _ in range(paragraphs)))
    assert main(["check", "--format", "concise", "--select", "ST001", "story.txt"]) == 0
    err = capsys.readouterr().err
    found = re.fullmatch(r"copydesk: story\.txt: (\d+) search(?:es)? with desk-written regular expressions "
                         r"timed out \(pack 'desk'\) and (\d+) more were not run \(the file's 1 s budget was "
                         r"spent\); their matches are not reported\n", err)
    assert found, err
    timed_out, skipped = int(found.group(1)), int(found.group(2))
    assert timed_out + skipped == paragraphs
    assert timed_out <= FILE_BUDGET / MATCH_TIMEOUT + 1  # the budget, not one limit per paragraph


def test_a_budget_counts_what_it_dropped():
    budget = TimeBudget(seconds=0.0)
    assert budget.search(lambda timeout: "found", "pack 'desk'") is None
    assert budget.notice() == ("1 searches with desk-written regular expressions were not run (the file's 0 s "
                               "budget was spent); their matches are not reported")
    assert TimeBudget().search(lambda timeout: timeout, "x") == MATCH_TIMEOUT
    assert TimeBudget().notice() is None


# -- the cache folder is trusted only when it is safe ------------------------------

@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    place = tmp_path / "cache"
    place.mkdir(mode=0o700)
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(place))
    monkeypatch.setattr(cache, "_verdict", {})
    return place


def _kept(place, source) -> list[int]:
    """Build a copy of ``source`` in the cache, then say how often a second read had to build it."""
    calls = []
    cache.built("test-kept", [str(source)], lambda: calls.append(1) or {"said": "said"})
    calls.clear()
    cache.built("test-kept", [str(source)], lambda: calls.append(1) or {"said": "said"})
    return calls


def test_a_safe_cache_folder_is_used(cache_dir, tmp_path):
    (tmp_path / "data.txt").write_text("x")
    assert _kept(cache_dir, tmp_path / "data.txt") == []


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o1777])
def test_a_cache_folder_others_may_write_is_not_used(cache_dir, tmp_path, capsys, mode):
    (tmp_path / "data.txt").write_text("x")
    os.chmod(cache_dir, mode)
    assert _kept(cache_dir, tmp_path / "data.txt") == [1]
    assert os.listdir(cache_dir) == []
    assert capsys.readouterr().err == (f"copydesk: cache folder {cache_dir} is writable by other users; "
                                       "not used (runs are slower)\n")


def test_a_cache_folder_of_another_user_is_not_used(cache_dir, tmp_path, capsys, monkeypatch):
    (tmp_path / "data.txt").write_text("x")
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(cache_dir).st_uid + 1)
    assert _kept(cache_dir, tmp_path / "data.txt") == [1]
    assert "belongs to another user; not used" in capsys.readouterr().err


def test_a_symlinked_cache_folder_is_not_used(tmp_path, monkeypatch, capsys):
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    (tmp_path / "data.txt").write_text("x")
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "link"))
    monkeypatch.setattr(cache, "_verdict", {})
    os.symlink(real, tmp_path / "link")
    assert _kept(tmp_path / "link", tmp_path / "data.txt") == [1]
    assert os.listdir(real) == []
    assert "is a symlink; not used" in capsys.readouterr().err


def test_cache_files_are_never_read_or_removed_through_symlinks(cache_dir, tmp_path):
    (tmp_path / "data.txt").write_text("x")
    assert _kept(cache_dir, tmp_path / "data.txt") == []
    (copy,) = os.listdir(cache_dir)
    planted = tmp_path / "planted.bin"
    os.replace(cache_dir / copy, planted)  # a valid copy, reached only through a link
    os.symlink(planted, cache_dir / copy)
    calls = []
    cache.built("test-kept", [str(tmp_path / "data.txt")], lambda: calls.append(1) or {"said": "said"})
    assert calls == [1]  # built again, and written over the link itself
    assert not os.path.islink(cache_dir / copy) and planted.exists()
    family = copy.rsplit("-", 1)[0]
    os.symlink(planted, cache_dir / f"{family}-00000000x0.bin")  # a stale-looking link
    os.utime(tmp_path / "data.txt", (1, 1))  # a new stamp: the family's other files go
    cache.built("test-kept", [str(tmp_path / "data.txt")], lambda: {"said": "said"})
    assert os.path.islink(cache_dir / f"{family}-00000000x0.bin") and planted.exists()


def test_cache_files_others_may_write_are_not_read(cache_dir, tmp_path):
    (tmp_path / "data.txt").write_text("x")
    assert _kept(cache_dir, tmp_path / "data.txt") == []
    (copy,) = os.listdir(cache_dir)
    os.chmod(cache_dir / copy, 0o666)
    calls = []
    cache.built("test-kept", [str(tmp_path / "data.txt")], lambda: calls.append(1) or {"said": "said"})
    assert calls == [1]


def test_data_another_installation_wrote_does_not_pass(cache_dir, tmp_path, monkeypatch):
    (tmp_path / "data.txt").write_text("x")
    ours = cache.installation_key()
    monkeypatch.setattr(cache, "_key", bytes(16))  # another copydesk, or anyone else
    cache.built("test-kept", [str(tmp_path / "data.txt")], lambda: {"said": "lied"})
    monkeypatch.setattr(cache, "_key", ours)
    assert cache.built("test-kept", [str(tmp_path / "data.txt")], lambda: {"said": "said"}) == {"said": "said"}


def test_the_dictionary_copy_is_checksummed(cache_dir):
    from lint.analysis.dictionary import compiled

    calls = []

    def counts():
        calls.append(1)
        return {"harbor": 5, "ferry": 3}

    first = compiled("test-words-00000001", counts)
    (copy,) = os.listdir(cache_dir)
    raw = bytearray((cache_dir / copy).read_bytes())
    raw[-1] ^= 0x01  # a frequency changed, the length unchanged
    (cache_dir / copy).write_bytes(bytes(raw))
    again = compiled("test-words-00000001", counts)
    assert calls == [1, 1]
    assert list(again.counts) == list(first.counts)


# -- cost that grows with the text, not faster ----------------------------------------

def test_one_enormous_word_is_not_given_suggestions(monkeypatch):
    from lint.analysis import dictionary

    made = []
    real_edits = dictionary.edits

    def counted(word):
        for candidate in real_edits(word):
            made.append(1)
            yield candidate

    monkeypatch.setattr(dictionary, "edits", counted)
    word = "a" * 5000  # its one-edit neighbours: 270,000 strings of 5,000 letters
    result = ENGINE.lint_text("story.txt", HEAD + "The council met. " + word + " was the word.\n")
    assert [d.code for d in result.diagnostics if d.code.startswith("SP")] == []
    assert made == []
    assert dictionary.english().near(word) == []
    assert dictionary.english().near("goverment")[0][0] == "government"


def test_removing_many_duplicated_paragraphs_reads_the_line_endings_once(monkeypatch):
    import lint.article.edits

    calls = []
    real = lint.article.edits.dominant_newline
    monkeypatch.setattr(lint.article.edits, "dominant_newline", lambda text: calls.append(1) or real(text))
    paragraph = "The ferry to the island runs twice a day in winter and every hour in summer.\n\n"
    text = HEAD + paragraph * 300
    result = ENGINE.lint_text("story.txt", text)
    assert len([d for d in result.diagnostics if d.code == "BP008"]) == 299
    assert len(calls) <= 1  # once for the document, not once per removal


@pytest.mark.parametrize("opening, closing", [("<!-- a note", "-->"), ("```", "```")])
def test_markup_that_runs_over_a_blank_line_is_left_alone(opening, closing):
    text = (f"# City hall approves the budget\n\nThe council has 7 members. {opening}\n\n"
            f"\"We meet on Jan 9 with Gov Smith,\" she said. {closing}\n\nThe vote is at 10:00 AM.\n")
    fixed, _ = fix(text, path="story.md")
    assert fixed == text.replace("has 7 members", "has seven members").replace("10:00 AM.", "10 a.m.")


def test_a_long_run_of_full_stops_is_scanned_once():
    from lint.analysis.sentences import _END, sentence_spans

    assert _END.search("Wait..... Then", 5) is None  # never a start inside the run
    assert _END.search("Wait..... Then").span() == (4, 9)
    run = "." * 200_000  # tried from each of its stops, this would be 2 * 10**10 steps
    text = HEAD + "It rained. " + run + " Then it stopped. The ferry ran.\n"
    doc = ENGINE.load("story.txt", text, SETTINGS)
    spans = [doc.slice(span) for span in sentence_spans(doc)]
    assert spans[-2:] == ["Then it stopped.", "The ferry ran."]


def test_times_run_together_are_all_found_in_one_lint():
    text = HEAD + "The vote is at " + "1:00AM" * 12 + " on Tuesday.\n"
    found = [d for d in ENGINE.lint_text("story.txt", text, SETTINGS).diagnostics if d.code == "DT104"]
    assert len(found) == 12


def test_duplicated_paragraphs_look_only_at_nearby_boilerplate_lines(monkeypatch):
    from lint.model import Span as SpanType
    from lint.rules.boilerplate.duplicated_paragraph import duplicated_paragraphs

    text = HEAD + "".join(f"The ferry to island {n} runs twice a day in winter and hourly in summer.\n"
                          f"SEE ALSO: Parks department seeks staff {n}\n\n" for n in range(1500))
    text += "The ferry to island 7 runs twice a day in winter and hourly in summer.\n"
    doc = ENGINE.load("story.txt", text, SETTINGS)
    doc.analysis(duplicated_paragraphs.__globals__["matched_spans"])  # the line rules' work, done first
    calls = []
    real = SpanType.overlaps
    monkeypatch.setattr(SpanType, "overlaps", lambda self, other: calls.append(1) or real(self, other))
    repeats = duplicated_paragraphs(doc)
    assert [(doc.line_col(r.start)[0], doc.line_col(o.start)[0]) for r, o in repeats] == [(4503, 24)]
    assert len(calls) < 4 * 3002  # a few per line; every line against every reported line is 4.5 million


def test_is_copy_looks_only_at_nearby_regions(monkeypatch):
    from lint.model import Span as SpanType

    text = "# Budget\n\n" + "".join(f"The <b>council</b> met on day {n} and voted.\n\n" for n in range(1500))
    doc = ENGINE.load("story.md", text, ENGINE.settings_for("story.md"))
    assert len(doc.regions) == 3000
    words = [SpanType(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    doc.is_copy(words[0])  # the index is built once, here
    calls = []
    real = SpanType.overlaps
    monkeypatch.setattr(SpanType, "overlaps", lambda self, other: calls.append(1) or real(self, other))
    copy = [doc.slice(w) for w in words if doc.is_copy(w)]
    assert copy[:6] == ["Budget", "The", "council", "met", "on", "day"]
    assert "b" not in copy
    assert len(calls) < 2 * len(words)  # each word against every region would be 30 million
