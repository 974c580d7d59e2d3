"""The command line: exit statuses, stdin, statistics, jobs, rule listing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import err, out, run_cli
from lint import __version__

ARTICLE = "The council met.\n\nSEE ALSO: Budget fight looms\n"
CLEAN = "The council met.\n\nIt adjourned late.\n"
LINE = "{path}:3:1: BP001 Related-link line “SEE ALSO: Budget fight looms” is page furniture, not copy; remove it.\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def check(folder, *args, stdin=None):
    return run_cli("check", "--no-config", "--select", "BP001", *args, cwd=folder, stdin=stdin)


def test_exit_statuses(folder):
    proc = check(folder, "--format", "concise", "clean.md")
    assert (proc.returncode, out(proc), err(proc)) == (0, "", "")
    proc = check(folder, "--format", "concise", "a.txt", "clean.md")
    assert (proc.returncode, out(proc), err(proc)) == (1, LINE.format(path="a.txt"), "")
    proc = check(folder, "--format", "concise", "a.txt", "nope.txt")
    assert proc.returncode == 2 and out(proc) == LINE.format(path="a.txt")


@pytest.mark.parametrize("level, status", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_levels_with_an_error(folder, level, status):
    assert check(folder, "--format", "concise", "--fail-on", level, "a.txt").returncode == status


def test_fail_on_with_a_demoted_severity(folder):
    (folder / "copydesk.toml").write_text('[rules.BP001]\nseverity = "info"\n', encoding="utf-8")
    results = {}
    for level in ("error", "warning", "info"):
        proc = run_cli("check", "--format", "concise", "--select", "BP001", "--fail-on", level, "a.txt", cwd=folder)
        results[level] = proc.returncode
    assert results == {"error": 0, "warning": 0, "info": 1}
    proc = run_cli("check", "--format", "concise", "--fail-on", "loud", "a.txt", cwd=folder)
    assert proc.returncode == 2


def test_stdin(folder):
    proc = check(folder, "--format", "concise", "-", stdin=ARTICLE.encode())
    assert (proc.returncode, out(proc)) == (1, LINE.format(path="-"))
    proc = check(folder, "--format", "json", "-", "--stdin-filename", "desk/story.md", stdin=ARTICLE.encode())
    record = json.loads(out(proc))[0]
    assert (record["path"], record["line"], record["rule"]) == ("desk/story.md", 3, "BP001")
    # The name decides the format: front matter in a .md name is not copy.
    text = b"---\ntitle: SEE ALSO\n---\nSEE ALSO: x\n\nCopy.\n"
    proc = check(folder, "--format", "concise", "-", "--stdin-filename", "s.md", stdin=text)
    assert out(proc) == "s.md:4:1: BP001 Related-link line “SEE ALSO: x” is page furniture, not copy; remove it.\n"
    proc = check(folder, "-", "a.txt")
    assert (proc.returncode, err(proc)) == (2, "copydesk: stdin (-) cannot be combined with other paths\n")


def test_stdin_filename_uses_config_for_that_path(folder):
    (folder / "wire").mkdir()
    (folder / "wire" / "copydesk.toml").write_text('[per-file-ignores]\n"x.txt" = ["BP001"]\n', encoding="utf-8")
    proc = run_cli("check", "--format", "concise", "--select", "BP001", "-", "--stdin-filename", "wire/x.txt", cwd=folder,
                   stdin=ARTICLE.encode())
    assert (proc.returncode, out(proc)) == (0, "")


def test_statistics(folder):
    (folder / "b.txt").write_text(ARTICLE + "\nSEE ALSO: Another one\n", encoding="utf-8")
    proc = check(folder, "--statistics", ".")
    assert (proc.returncode, out(proc)) == (1, "     3  BP001  related-link-line\n")
    proc = check(folder, "--statistics", "--format", "concise", ".")
    assert (proc.returncode, out(proc)) == (1, "BP001 3\n")
    proc = check(folder, "--statistics", "--format", "json", ".")
    assert json.loads(out(proc)) == [{"rule": "BP001", "name": "related-link-line", "count": 3}]
    proc = check(folder, "--statistics", "--format", "json", "clean.md")
    assert (proc.returncode, json.loads(out(proc))) == (0, [])


def test_jobs_two_gives_the_same_output_as_one(tmp_path):
    for i in range(40):
        body = ["Copy paragraph number %d." % i]
        if i % 3 == 0:
            body.append("SEE ALSO: Story %d" % i)
        if i % 7 == 0:
            body.append("Another paragraph.\r\n\r\nSEE ALSO: Crlf %d" % i)
        name = f"d{i % 4}/f{i:02d}.{'md' if i % 2 else 'txt'}"
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("\n\n".join(body) + "\n", encoding="utf-8")
    (tmp_path / "d1" / "broken.txt").write_bytes(b"\xff")
    for fmt in ("concise", "json"):
        one = check(tmp_path, "--format", fmt, "--jobs", "1", ".")
        two = check(tmp_path, "--format", fmt, "--jobs", "2", ".")
        auto = check(tmp_path, "--format", fmt, ".")  # the default: a process per core for 32+ files
        assert (one.returncode, one.stdout, one.stderr) == (two.returncode, two.stdout, two.stderr)
        assert (one.returncode, one.stdout, one.stderr) == (auto.returncode, auto.stdout, auto.stderr)
        assert one.returncode == 2
    lines = out(one if fmt == "concise" else check(tmp_path, "--format", "concise", "."))
    assert len(lines.splitlines()) == 14 + 6
    assert err(one) == "copydesk: ./d1/broken.txt: is not valid UTF-8 (byte 0xff at offset 0)\n"


def test_progress_never_on_a_pipe(tmp_path):
    for i in range(30):
        (tmp_path / f"f{i:02d}.txt").write_text(CLEAN, encoding="utf-8")
    proc = check(tmp_path, "--format", "concise", ".")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, b"", b"")


def test_version_and_no_command(folder):
    proc = run_cli("--version", cwd=folder)
    assert (proc.returncode, out(proc)) == (0, f"copydesk {__version__}\n")
    proc = run_cli(cwd=folder)
    assert proc.returncode == 2 and "usage: copydesk" in err(proc)


def test_console_script_and_module_agree(folder):
    module = run_cli("rule", cwd=folder)
    script = subprocess.run([sys.executable, "-c", "import sys; from lint.cli import main; sys.exit(main())",
                             "rule"], cwd=folder, capture_output=True)
    assert module.returncode == script.returncode == 0
    assert module.stdout == script.stdout


def test_rule_listing_and_docs(folder):
    proc = run_cli("rule", cwd=folder)
    lines = out(proc).splitlines()
    codes = [line.split()[0] for line in lines]
    assert codes == sorted(codes) and "BP001" in codes
    bp001 = lines[codes.index("BP001")]
    assert bp001.split()[:3] == ["BP001", "related-link-line", "error"]
    assert len({line.index(line.split()[2]) for line in lines}) == 1  # the severity column lines up
    proc = run_cli("rule", "BP001", cwd=folder)
    text = out(proc)
    assert text.startswith("BP001 related-link-line\n\n")
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Fix safety"):
        assert heading in text
    assert "Default severity: error. Fix: always. From: copydesk." in text
    proc = run_cli("rule", "related-link-line", "--format", "json", cwd=folder)
    record = json.loads(out(proc))
    assert (record["code"], record["severity"], record["plugin"]) == ("BP001", "error", "copydesk")
    proc = run_cli("rule", "XX123", cwd=folder)
    assert (proc.returncode, err(proc)) == (2, "copydesk: unknown rule 'XX123' (copydesk rule lists them)\n")


def test_unsafe_fixes_needs_fix(folder):
    proc = check(folder, "--unsafe-fixes", "a.txt")
    assert (proc.returncode, err(proc)) == (2, "copydesk: --unsafe-fixes needs --fix or --diff\n")


def test_without_fork_the_files_are_linted_in_one_process(tmp_path, monkeypatch):
    import multiprocessing

    from lint.commands import check as check_command

    paths = []
    for i in range(3):
        path = tmp_path / f"f{i}.txt"
        path.write_text(f"Copy paragraph {i}.\n\nSEE ALSO: Story {i}\n", encoding="utf-8")
        paths.append(str(path))
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: pytest.fail("a pool was started"))
    monkeypatch.setattr(check_command, "_lint_one", lambda path: path)
    seen = []
    assert list(check_command._run_files(None, paths, 2, lambda i, path: seen.append(i))) == paths
    assert seen == [1, 2, 3]
