"""The command line as a new user meets it: streams, flags, summaries, input
that cannot be read, suppression comments that cannot work, and the
options that show what a run would use."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from conftest import err, out, run_cli
from lint.cli import main

ARTICLE = "The council met.\n\nSEE ALSO: Budget fight looms\n\nThe the vote was close.\n"
FIXED = "The council met.\n\nThe vote was close.\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "clean.md").write_text("The council met.\n\nIt adjourned late.\n", encoding="utf-8")
    return tmp_path


def run(capsys, monkeypatch, *args, stdin: str | None = None):
    """``copydesk ARGS`` in this process: (status, stdout, stderr)."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# -- 1: --fix on stdin ------------------------------------------------------

STDIN_TEXT = "The council met.\n\nSEE ALSO: Budget fight looms\n\nIt meets on Monday, October 24, 2023.\n"
STDIN_FIXED = "The council met.\n\nIt meets on Monday, October 24, 2023.\n"


def test_fix_on_stdin_writes_the_text_to_stdout_and_what_remains_to_stderr(folder, capsys, monkeypatch):
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001,DT001",
                                 "--format", "concise", "--fix", "-", stdin=STDIN_TEXT)
    assert stdout == STDIN_FIXED
    assert stderr == "-:3:13: DT001 October 24, 2023 is a Tuesday, not a Monday.\n"
    assert status == 1


def test_fix_on_stdin_with_json_keeps_the_json_whole_on_stderr(folder, capsys, monkeypatch):
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001,DT001",
                                 "--format", "json", "--fix", "-", stdin=STDIN_TEXT)
    assert stdout == STDIN_FIXED
    records = json.loads(stderr)
    assert [(r["rule"], r["line"], r["column"]) for r in records] == [("DT001", 3, 13)]
    assert status == 1


# -- 2: machine formats stay parseable with --diff ---------------------------

@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_diff_with_a_machine_format_keeps_stdout_parseable(folder, capsys, monkeypatch, fmt):
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001,SP003",
                                 "--format", fmt, "--diff", "a.txt")
    json.loads(stdout)
    assert stderr.startswith("--- a/a.txt\n+++ b/a.txt\n")
    assert "-SEE ALSO: Budget fight looms\n" in stderr
    assert status == 1


def test_diff_with_text_stays_on_stdout(folder, capsys, monkeypatch):
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001",
                                 "--diff", "a.txt")
    assert stdout.startswith("--- a/a.txt\n+++ b/a.txt\n") and stderr == ""


# -- 3: columns are characters ------------------------------------------------

def test_columns_count_characters_not_bytes(folder, capsys, monkeypatch):
    (folder / "q.txt").write_text("“Yes,” she said — the the vote.\n", encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--select", "SP003",
                            "--format", "concise", "q.txt")
    line = "“Yes,” she said — the the vote.\n"
    column = line.index("the the") + 5  # the second "the"
    assert stdout.startswith(f"q.txt:1:{column}: SP003")
    # A byte-counting %c would land four bytes further on: the README says %v.
    assert len(line[:column - 1].encode("utf-8")) + 1 == column + 6


# -- 5: the summary says what happened ----------------------------------------

def test_summary_never_says_all_checked_when_a_file_could_not_be_read(folder, capsys, monkeypatch):
    (folder / "bad.txt").write_bytes(b"caf\xe9\n")
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "clean.md", "bad.txt")
    assert stdout == "No issues in 1 file checked. Not checked: 1 file (reasons on stderr).\n"
    assert stderr == "copydesk: bad.txt: is not valid UTF-8 (byte 0xe9 at offset 3)\n"
    assert status == 2


def test_summary_counts_files_with_issues_out_of_files_checked(folder, capsys, monkeypatch):
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001", "a.txt", "clean.md")
    assert stdout.endswith("\nFound 1 issue (1 error) in 1 of 2 files checked; 1 fixable with --fix.\n")


# -- 6: repeated flags add up ---------------------------------------------------

def test_repeated_ignore_flags_accumulate(folder, capsys, monkeypatch):
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001,SP003",
                            "--ignore", "BP001", "--ignore", "SP003", "--format", "concise", "a.txt")
    assert (status, stdout) == (0, "")
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001",
                            "--select", "SP003", "--format", "concise", "a.txt")
    assert [line.split()[1] for line in stdout.splitlines()] == ["BP001", "SP003"]


# -- 7: --statistics follows --format -----------------------------------------

def test_statistics_in_every_format(folder, capsys, monkeypatch):
    args = ("check", "--no-config", "--select", "BP001,SP003", "--statistics", "a.txt")
    assert run(capsys, monkeypatch, *args, "--format", "concise")[1] == "BP001 1\nSP003 1\n"
    assert run(capsys, monkeypatch, *args)[1] == "     1  BP001  related-link-line\n     1  SP003  doubled-word\n"
    assert run(capsys, monkeypatch, *args, "--format", "github")[1] == (
        "::notice title=copydesk statistics::BP001 related-link-line: 1\n"
        "::notice title=copydesk statistics::SP003 doubled-word: 1\n")
    status, stdout, stderr = run(capsys, monkeypatch, *args, "--format", "sarif")
    assert (status, stdout) == (2, "")
    assert stderr == "copydesk: --statistics cannot be written as sarif (use text, concise, json, github)\n"


# -- 8: --stdin-filename reads stdin ------------------------------------------

def test_stdin_filename_alone_reads_stdin(folder, capsys, monkeypatch):
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001", "--format",
                            "concise", "--stdin-filename", "desk/x.txt", stdin=ARTICLE)
    assert status == 1
    assert stdout.startswith("desk/x.txt:3:1: BP001 ")


def test_stdin_filename_with_other_paths_is_a_usage_error(folder, capsys, monkeypatch):
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--stdin-filename", "x.txt", "a.txt")
    assert (status, stdout) == (2, "")
    assert stderr == "copydesk: --stdin-filename names stdin: add - to the paths to read it\n"


# -- 9: HTML is read; a file named .html that holds no markup is refused ----------

@pytest.mark.parametrize("name", ["page.html", "PAGE.HTM"])
def test_an_html_page_is_read(folder, capsys, monkeypatch, name):
    (folder / name).write_text("<p>The council met.</p>\n<p>SEE ALSO: Budget fight looms</p>\n", encoding="utf-8")
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001",
                                 "--format", "concise", name)
    assert (status, stderr) == (1, "")
    assert stdout == (f"{name}:2:4: BP001 Related-link line “SEE ALSO: Budget fight looms” is page furniture, "
                      "not copy; remove it.\n")


def test_a_file_named_html_without_markup_is_refused_with_one_line(folder, capsys, monkeypatch):
    (folder / "page.html").write_text("The council met on Tuesday.\n", encoding="utf-8")
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--format", "concise",
                                 "page.html", "clean.md")
    assert (status, stdout) == (2, "")
    assert stderr == ("copydesk: page.html: has no HTML markup; name it .txt or .md to check it as text\n")


# -- 10: suppression comments that cannot work ------------------------------------

def test_suppression_comments_that_cannot_work_are_warned_about(folder, capsys, monkeypatch):
    (folder / "s.md").write_text(
        "The council met.\n\n"
        "<!-- copydesk: disable -->\n"
        "<!-- copydesk: disable=BP999 -->\n"
        "<!-- copydesk: disabel=BP001 -->\n"
        "SEE ALSO: Budget fight looms\n", encoding="utf-8")
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001",
                                 "--format", "concise", "s.md")
    assert stdout == "s.md:6:1: BP001 Related-link line “SEE ALSO: Budget fight looms” is page furniture, not copy; remove it.\n"
    assert stderr.splitlines() == [
        "copydesk: s.md:3: warning: <!-- copydesk: disable --> names no rule; there is no blanket switch, "
        "so name the codes (e.g. disable=BP001); it is ignored",
        "copydesk: s.md:4: warning: <!-- copydesk: disable=BP999 -->: no rule has the code or name 'BP999'; "
        "it switches nothing off",
        "copydesk: s.md:5: warning: <!-- copydesk: disabel=BP001 --> is not a copydesk directive "
        "(use disable=, enable= or disable-next-line=); it is ignored",
    ]
    assert status == 1


def test_a_rule_name_works_in_a_suppression_comment(folder, capsys, monkeypatch):
    (folder / "s.md").write_text("The council met.\n\n<!-- copydesk: disable-next-line=related-link-line -->\n"
                                 "SEE ALSO: Budget fight looms\n", encoding="utf-8")
    assert run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001", "s.md") == (
        0, "All checked: no issues in 1 file.\n", "")


# -- 12: broken TOML has a line ----------------------------------------------------

@pytest.mark.parametrize("toml, line", [('select = ["BP"\nignore = []\n', 2), ('fail-on = "error"\nselect = [', 2),
                                        ('ignore = []\nfail-on = "warn', 2)])
def test_broken_toml_names_its_line(folder, capsys, monkeypatch, toml, line):
    (folder / "copydesk.toml").write_text(toml, encoding="utf-8")
    status, _, stderr = run(capsys, monkeypatch, "check", "a.txt")
    assert status == 2
    assert stderr.startswith(f"copydesk: {folder / 'copydesk.toml'}:{line}: invalid TOML: ") or \
        stderr.startswith(f"copydesk: copydesk.toml:{line}: invalid TOML: "), stderr


# -- 13: inspect and claims take several files --------------------------------------

def test_inspect_and_claims_take_several_files(folder, capsys, monkeypatch):
    status, stdout, _ = run(capsys, monkeypatch, "inspect", "--no-config", "a.txt", "clean.md")
    assert status == 0
    assert stdout.startswith("a.txt (text)\n") and "\nclean.md (markdown)\n" in stdout
    status, stdout, _ = run(capsys, monkeypatch, "inspect", "--no-config", "--format", "json", "a.txt", "clean.md")
    assert [item["path"] for item in json.loads(stdout)] == ["a.txt", "clean.md"]
    status, stdout, _ = run(capsys, monkeypatch, "claims", "--no-config", "--format", "json", "a.txt", "clean.md")
    assert [item["path"] for item in json.loads(stdout)] == ["a.txt", "clean.md"]
    status, stdout, stderr = run(capsys, monkeypatch, "claims", "--no-config", "a.txt", "gone.txt")
    assert status == 2 and stdout.startswith("a.txt: ")
    assert stderr == "copydesk: gone.txt: no such file or directory\n"


def test_inspect_with_one_file_keeps_its_json_shape(folder, capsys, monkeypatch):
    status, stdout, _ = run(capsys, monkeypatch, "inspect", "--no-config", "--format", "json", "a.txt")
    assert json.loads(stdout)["path"] == "a.txt"


# -- 14: a closed pipe ------------------------------------------------------------------

def test_a_closed_pipe_ends_the_run_quietly_with_its_own_status(tmp_path):
    for i in range(30):
        (tmp_path / f"s{i:02}.txt").write_text(ARTICLE * 20, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.Popen([sys.executable, "-m", "lint", "check", "--no-config", "--select", "BP001", "."],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.readline()
    proc.stdout.close()  # as ``| head -1`` does
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == 1  # the findings' status, not a usage error
    assert stderr == b""


# -- 15: the cache folder ---------------------------------------------------------------

def test_cache_dir_and_clean(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path))
    (tmp_path / "en-0000.bin").write_bytes(b"x" * 2000)
    (tmp_path / "regex-1.tmp").write_bytes(b"y")
    (tmp_path / "notes.txt").write_text("mine\n")
    assert run(capsys, monkeypatch, "cache", "dir") == (0, f"{tmp_path}\n", "")
    assert run(capsys, monkeypatch, "cache", "clean") == (0, f"Removed 2 files (0.0 MB) from {tmp_path}.\n", "")
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]


def test_the_cache_folder_is_bounded_by_age_and_size(tmp_path, monkeypatch):
    from lint.support import cache

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path))
    old = tmp_path / "en-deadbeef-1.bin"  # left by a deleted environment
    old.write_bytes(b"x" * 10)
    os.utime(old, (1, 1))
    assert cache.write_checked(str(tmp_path / "en-cafe0000-2.bin"), b"h", b"new")
    assert sorted(os.listdir(tmp_path)) == ["en-cafe0000-2.bin"]
    for i in range(4):
        path = tmp_path / f"f{i}-x.bin"
        path.write_bytes(b"z" * 100)
        os.utime(path, (1_000_000 + i, cache._now() - 3600 + i))
    assert cache.prune(str(tmp_path), max_bytes=150) == 3
    assert sorted(os.listdir(tmp_path)) == ["en-cafe0000-2.bin", "f3-x.bin"]


def test_reading_a_cache_file_marks_it_used(tmp_path, monkeypatch):
    from lint.support import cache

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path))
    os.chmod(tmp_path, 0o700)
    path = tmp_path / "en-1.bin"
    assert cache.write_checked(str(path), b"h", b"data")
    os.utime(path, (1, 1))
    assert cache.read_checked(str(path), b"h") == b"data"
    assert path.stat().st_mtime > 1


# -- 16: Hugo front matter ---------------------------------------------------------------

def test_hugo_toml_front_matter_is_metadata(folder, capsys, monkeypatch):
    (folder / "post.md").write_text('+++\ntitle = "SEE ALSO: the archive"\ndate = 2024-03-12\n+++\n\n'
                                    "The council met Tuesday.\n", encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001", "post.md")
    assert (status, stdout) == (0, "All checked: no issues in 1 file.\n")
    status, stdout, _ = run(capsys, monkeypatch, "inspect", "--no-config", "post.md")
    assert "  publication date: Tuesday, 2024-03-12 (from front matter)\n" in stdout


# -- 18: no fix settles a weekday/date contradiction ----------------------------------------

def test_no_chain_of_fixes_settles_a_weekday_date_contradiction(folder, capsys, monkeypatch):
    text = "The board will meet on Monday, October 24, to vote.\n"
    (folder / "d.txt").write_text(text, encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--date", "2023-09-01", "--fix",
                            "--unsafe-fixes", "--format", "concise", "d.txt")
    assert (folder / "d.txt").read_text(encoding="utf-8") == text
    assert stdout.splitlines() == [
        "d.txt:1:24: DT001 October 24, 2023 is a Tuesday, not a Monday.",
        "d.txt:1:32: DT101 AP style writes \"Oct.\" before a date, not \"October\".",
    ]
    # With the weekday right, the same fixes apply as before.
    (folder / "d.txt").write_text(text.replace("Monday", "Tuesday"), encoding="utf-8")
    run(capsys, monkeypatch, "check", "--no-config", "--date", "2023-09-01", "--fix", "d.txt")
    assert (folder / "d.txt").read_text(encoding="utf-8") == "The board will meet on Oct. 24, to vote.\n"


# -- conveniences ------------------------------------------------------------------------

def test_output_file_takes_the_report(folder, capsys, monkeypatch):
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001",
                                 "--format", "json", "--output-file", "report.json", "a.txt")
    assert (status, stdout, stderr) == (1, "", "")
    assert [r["rule"] for r in json.loads((folder / "report.json").read_text(encoding="utf-8"))] == ["BP001"]
    status, _, stderr = run(capsys, monkeypatch, "check", "--no-config", "-o", "no/such/dir/r.txt", "a.txt")
    assert status == 2
    assert stderr.startswith("copydesk: --output-file no/such/dir/r.txt: cannot write (")


def test_quiet_drops_the_summary_and_notices(folder, capsys, monkeypatch):
    (folder / "empty.txt").write_text("\n", encoding="utf-8")
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001", "-q",
                                 "clean.md", "empty.txt")
    assert (status, stdout, stderr) == (0, "", "")
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001", "-q", "a.txt")
    assert status == 1 and stdout.startswith("a.txt:3:1: BP001 [error] ") and "Found" not in stdout


def test_show_settings_names_the_config_files_and_every_value(folder, capsys, monkeypatch):
    (folder / "copydesk.toml").write_text('fail-on = "error"\nignore = ["BP009"]\n', encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "check", "--show-settings", "--ignore", "SP", "a.txt")
    assert status == 0
    lines = stdout.splitlines()
    assert lines[:2] == ["# settings for a.txt", f"# config file: {folder / 'copydesk.toml'}"]
    assert 'fail-on = "error"' in lines and 'ignore = ["BP009", "SP"]' in lines
    assert "# date is not set" in lines
    import tomllib

    parsed = tomllib.loads(stdout)  # the output is a config file one could use
    assert (parsed["fail-on"], parsed["select"], parsed["per-file-ignores"]) == ("error", ["ALL"], {})


def test_show_files_lists_what_a_check_would_read(folder, capsys, monkeypatch):
    (folder / "node_modules").mkdir()
    (folder / "node_modules" / "x.txt").write_text("x\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.md").write_text("x\n", encoding="utf-8")
    assert run(capsys, monkeypatch, "check", "--no-config", "--show-files", ".") == (
        0, "./a.txt\n./clean.md\n./sub/b.md\n", "")


def test_extend_layers_a_config_over_another(folder, capsys, monkeypatch):
    (folder / "desk").mkdir()
    (folder / "desk" / "words.txt").write_text("Brantville\n", encoding="utf-8")
    (folder / "copydesk.toml").write_text(
        'fail-on = "error"\nignore = ["BP009"]\naccept-files = ["desk/words.txt"]\n'
        '[rules.BP005]\nseverity = "info"\n', encoding="utf-8")
    (folder / "wire").mkdir()
    (folder / "wire" / "copydesk.toml").write_text(
        'extend = "../copydesk.toml"\nselect = ["BP", "SP"]\nignore = ["BP"]\n[rules.BP007]\nseverity = "info"\n', encoding="utf-8")
    (folder / "wire" / "w.txt").write_text(ARTICLE, encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "check", "--show-settings", "wire/w.txt")
    lines = stdout.splitlines()
    assert lines[1:3] == [f"# config file: {folder / 'copydesk.toml'}",
                          f"# config file: {folder / 'wire' / 'copydesk.toml'}"]
    assert 'fail-on = "error"' in lines  # inherited
    assert 'ignore = ["BP"]' in lines  # replaced
    assert f'accept-files = [{json.dumps(str(folder / "desk" / "words.txt"))}]' in lines  # still beside its file
    assert 'rules = { "BP005" = { "severity" = "info" }, "BP007" = { "severity" = "info" } }' in lines  # merged
    status, stdout, _ = run(capsys, monkeypatch, "check", "--format", "concise", "wire/w.txt")
    assert [line.split()[1] for line in stdout.splitlines()] == ["SP003"]


@pytest.mark.parametrize("extend, reason", [
    ('"missing.toml"', "extend: 'missing.toml' is not a file"),
    ('"copydesk.toml"', "extend: 'copydesk.toml' is this file itself (a cycle)"),
    ('"b.toml"', "extend: 'copydesk.toml' leads back to {folder}/copydesk.toml, which extends this file (a cycle)"),
    ("3", "extend: expected the path of another config file"),
])
def test_a_bad_extend_is_one_line(folder, capsys, monkeypatch, extend, reason):
    (folder / "copydesk.toml").write_text(f'fail-on = "error"\nextend = {extend}\n', encoding="utf-8")
    (folder / "b.toml").write_text('extend = "copydesk.toml"\n', encoding="utf-8")
    status, _, stderr = run(capsys, monkeypatch, "check", "a.txt")
    assert status == 2
    where = "b.toml:1" if extend == '"b.toml"' else "copydesk.toml:2"
    assert stderr.endswith(f"{where}: {reason.format(folder=folder)}\n"), stderr


def test_the_results_cache_gives_the_same_report_and_follows_changes(folder, capsys, monkeypatch, tmp_path_factory):
    cache_dir = tmp_path_factory.mktemp("results")
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(cache_dir))
    args = ("check", "--select", "BP001,SP003", "--format", "json", ".")
    first = run(capsys, monkeypatch, *args)
    assert [name for name in os.listdir(cache_dir) if name.startswith("results-")]
    assert run(capsys, monkeypatch, *args) == first
    assert run(capsys, monkeypatch, *args, "--no-cache") == first
    # A changed file, a changed config: linted again.
    (folder / "clean.md").write_text("The the council met.\n", encoding="utf-8")
    changed = run(capsys, monkeypatch, *args)
    assert [(r["path"], r["rule"]) for r in json.loads(changed[1])] == [
        ("./a.txt", "BP001"), ("./a.txt", "SP003"), ("./clean.md", "SP003")]
    (folder / "copydesk.toml").write_text('[rules.SP003]\nseverity = "info"\n', encoding="utf-8")
    assert [r["severity"] for r in json.loads(run(capsys, monkeypatch, *args)[1])] == ["error", "info", "info"]


def test_no_cache_writes_no_results(folder, capsys, monkeypatch, tmp_path_factory):
    cache_dir = tmp_path_factory.mktemp("results")
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(cache_dir))
    run(capsys, monkeypatch, "check", "--no-config", "--no-cache", ".")
    assert not [name for name in os.listdir(cache_dir) if name.startswith("results-")]


def test_a_baseline_hides_known_findings_and_reports_new_ones(folder, capsys, monkeypatch):
    args = ("check", "--no-config", "--select", "BP001,SP003", "--format", "concise")
    status, stdout, stderr = run(capsys, monkeypatch, *args, "--write-baseline", "baseline.json", "a.txt")
    assert (status, stdout, stderr) == (0, "", "copydesk: wrote 2 findings in 1 file to baseline.json\n")
    saved = json.loads((folder / "baseline.json").read_text(encoding="utf-8"))
    assert [(f["path"], f["rule"], f["count"]) for f in saved["findings"]] == [("a.txt", "BP001", 1),
                                                                                ("a.txt", "SP003", 1)]
    assert run(capsys, monkeypatch, *args, "--baseline", "baseline.json", "a.txt") == (
        0, "", "copydesk: 2 findings in the baseline not shown\n")
    # Copy added above a known finding does not revive it; a new finding is reported.
    (folder / "a.txt").write_text("SEE ALSO: Another story\n\n" + ARTICLE, encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, *args, "--baseline", "baseline.json", "a.txt")
    assert (status, stdout) == (1, "a.txt:1:1: BP001 Related-link line “SEE ALSO: Another story” is page "
                                   "furniture, not copy; remove it.\n")


def test_a_broken_baseline_is_one_line(folder, capsys, monkeypatch):
    (folder / "b.json").write_text("[]", encoding="utf-8")
    assert run(capsys, monkeypatch, "check", "--no-config", "--baseline", "b.json", "a.txt") == (
        2, "", "copydesk: b.json: not a copydesk baseline (write one with --write-baseline)\n")


def test_show_fixes_prints_what_fix_changed(folder, capsys, monkeypatch):
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP001,SP003",
                                 "--fix", "--show-fixes", "a.txt")
    assert (folder / "a.txt").read_text(encoding="utf-8") == FIXED
    assert stdout == ("--- a/a.txt\n+++ b/a.txt\n@@ -1,5 +1,3 @@\n The council met.\n \n"
                      "-SEE ALSO: Budget fight looms\n-\n-The the vote was close.\n+The vote was close.\n"
                      "All checked: no issues in 1 file.\n")
    assert (status, stderr) == (0, "copydesk: fixed 2 issues\n")


def test_watch_checks_again_after_a_change(folder):
    import selectors
    import signal
    import time

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.Popen([sys.executable, "-m", "lint", "check", "--no-config", "--select", "BP001",
                             "--format", "concise", "--watch", "clean.md"],
                            cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    selector.register(proc.stderr, selectors.EVENT_READ)
    seen = {proc.stdout: b"", proc.stderr: b""}

    def wait_for(stream, text: bytes) -> None:
        deadline = time.monotonic() + 60  # a safety net against a hang, not a measurement
        while text not in seen[stream]:
            assert time.monotonic() < deadline, seen
            for key, _ in selector.select(timeout=1):
                seen[key.fileobj] += os.read(key.fileobj.fileno(), 65536)

    try:
        wait_for(proc.stderr, b"copydesk: watching for changes (Ctrl-C to stop)\n")
        (folder / "clean.md").write_text("The council met.\n\nSEE ALSO: Budget fight looms\n", encoding="utf-8")
        wait_for(proc.stdout, b"clean.md:3:1: BP001 ")
        wait_for(proc.stderr, b"change detected; checking again\ncopydesk: watching for changes")
    finally:
        proc.send_signal(signal.SIGINT)
        status = proc.wait(timeout=60)
    assert seen[proc.stdout] == ("clean.md:3:1: BP001 Related-link line “SEE ALSO: Budget fight looms” is page "
                                 "furniture, not copy; remove it.\n").encode("utf-8")
    assert status == 1  # the last run's
