"""``--fix`` and ``--diff`` through the real command line, and the fixer's guarantees.

BP001 (related-link line, safe fix) is the built-in fixable rule; a small
in-test rule adds an unsafe fix and a display-only fix.
"""

from __future__ import annotations

import codecs
import functools
import os
import stat

import pytest

from lint.cli import main
from lint.engine.core import Engine
from lint.engine.fixer import FileChanged, apply_fixes, write_atomically
import lint.engine.plugins
from demo_rules import DemoRules

ARTICLE = (
    "Council backs library budget\n"
    "\n"
    "The council voted 6-1 on Tuesday to approve the budget.\n"
    "\n"
    "SEE ALSO: Parks department seeks more staff\n"
    "\n"
    "The branch on Elm Street will reopen in spring.\n"
)
FIXED = (
    "Council backs library budget\n"
    "\n"
    "The council voted 6-1 on Tuesday to approve the budget.\n"
    "\n"
    "The branch on Elm Street will reopen in spring.\n"
)




@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COPYDESK_DISABLE_PLUGIN_AUTOLOAD", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return tmp_path


@pytest.fixture
def demo_rules(monkeypatch):
    """Make the command line load the in-test rules as a plugin."""
    monkeypatch.setattr(lint.engine.plugins, "Plugins",
                        functools.partial(lint.engine.plugins.Plugins, extra=(DemoRules(),), autoload=False))


def check(*args: str, select: str = "BP001") -> int:
    """Run ``copydesk check`` with only the rules these tests are about."""
    return main(["check", "--no-config", "--select", select, *args])


DEMO_SELECT = "BP001,ST901,ST902"


def write(path, data: bytes, mode: int | None = None):
    path.write_bytes(data)
    if mode is not None:
        os.chmod(path, mode)
    return path


def lf_to(text: str, newline: str) -> bytes:
    return text.replace("\n", newline).encode("utf-8")


# -- --fix -----------------------------------------------------------------

def test_fix_removes_the_line_and_keeps_paragraph_spacing(workdir, capsys):
    path = write(workdir / "a.txt", ARTICLE.encode())
    assert check("--fix", "a.txt") == 0
    assert path.read_text(encoding="utf-8") == FIXED
    out, err = capsys.readouterr()
    assert out == "All checked: no issues in 1 file.\n"
    assert err == "copydesk: fixed 1 issue\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_fix_keeps_line_endings(workdir, newline):
    path = write(workdir / "a.txt", lf_to(ARTICLE, newline))
    assert check("--fix", "a.txt") == 0
    assert path.read_bytes() == lf_to(FIXED, newline)


def test_fix_keeps_bom(workdir):
    path = write(workdir / "a.txt", codecs.BOM_UTF8 + lf_to(ARTICLE, "\r\n"))
    assert check("--fix", "a.txt") == 0
    assert path.read_bytes() == codecs.BOM_UTF8 + lf_to(FIXED, "\r\n")


def test_fix_without_final_newline(workdir):
    text = "Budget passes\n\nThe vote was close.\n\nSEE ALSO: Other news"
    path = write(workdir / "a.txt", text.encode())
    assert check("--fix", "a.txt") == 0
    assert path.read_text(encoding="utf-8") == "Budget passes\n\nThe vote was close."


@pytest.mark.parametrize("mode", [0o640, 0o755, 0o600])
def test_fix_keeps_permissions_and_leaves_no_temporary_file(workdir, mode):
    path = write(workdir / "a.txt", ARTICLE.encode(), mode)
    assert check("--fix", "a.txt") == 0
    assert stat.S_IMODE(os.stat(path).st_mode) == mode
    assert path.read_text(encoding="utf-8") == FIXED
    assert sorted(os.listdir(workdir)) == ["a.txt"]


def test_fix_is_idempotent(workdir, capsys):
    path = write(workdir / "a.txt", lf_to(ARTICLE, "\r\n"))
    assert check("--fix", "a.txt") == 0
    first = path.read_bytes()
    before = os.stat(path)
    capsys.readouterr()
    assert check("--fix", "a.txt") == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("All checked: no issues in 1 file.\n", "")
    assert path.read_bytes() == first
    # not even rewritten: same inode, same modification time
    after = os.stat(path)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert check("--diff", "a.txt") == 0
    assert capsys.readouterr().out == "All checked: no issues in 1 file.\n"


def test_fix_through_a_symlink_keeps_the_link(workdir):
    target = write(workdir / "real.txt", ARTICLE.encode(), 0o644)
    link = workdir / "link.txt"
    link.symlink_to("real.txt")
    assert check("--fix", "link.txt") == 0
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert target.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644
    assert sorted(os.listdir(workdir)) == ["link.txt", "real.txt"]


def test_adjacent_boilerplate_lines_at_the_end_are_all_removed(workdir, capsys):
    text = (
        "Budget passes\n"
        "\n"
        "The vote was close.\n"
        "\n"
        "SEE ALSO: Mayor defends cuts\n"
        "SEE ALSO: Transit fares rise\n"
        "\n"
        "SEE ALSO: School board meets\n"
    )
    path = write(workdir / "a.txt", text.encode())
    assert check("--fix", "a.txt") == 0
    assert path.read_text(encoding="utf-8") == "Budget passes\n\nThe vote was close.\n"
    assert capsys.readouterr().err == "copydesk: fixed 3 issues\n"


def test_adjacent_boilerplate_lines_between_paragraphs(workdir):
    text = (
        "Budget passes\n\nThe vote was close.\n\n"
        "SEE ALSO: Mayor defends cuts\nSEE ALSO: Transit fares rise\n\n"
        "The plan takes effect in July.\n"
    )
    path = write(workdir / "a.txt", lf_to(text, "\r\n"))
    assert check("--fix", "a.txt") == 0
    assert path.read_bytes() == lf_to("Budget passes\n\nThe vote was close.\n\nThe plan takes effect in July.\n",
                                      "\r\n")


def test_overlapping_fixes_wait_for_the_next_pass():
    text = "A\n\nSEE ALSO: x\nSEE ALSO: y\n"
    engine = Engine(lint.engine.plugins.Plugins(autoload=False), isolated=True, cli={"select": ["BP001"]})
    result = engine.lint_text("a.txt", text)
    assert [d.code for d in result.diagnostics] == ["BP001", "BP001"]
    once, count = apply_fixes(text, result.diagnostics)
    assert count == 1  # the two removals share the line break between them
    fixed, result = engine.fix_text("a.txt", text, engine.settings_for("a.txt"), unsafe=False)
    assert (fixed, result.fixed, result.diagnostics) == ("A\n", 2, [])


def test_file_changed_before_write_is_not_touched(workdir, capsys, monkeypatch):
    path = write(workdir / "a.txt", ARTICLE.encode())
    import lint.engine.core

    real = lint.engine.core.read_path

    def read_then_edit(name, limit):
        read = real(name, limit)
        path.write_text(ARTICLE + "\nA late correction.\n", encoding="utf-8")  # an editor saves meanwhile
        return read

    monkeypatch.setattr(lint.engine.core, "read_path", read_then_edit)
    assert check("--fix", "a.txt") == 2
    assert path.read_text(encoding="utf-8") == ARTICLE + "\nA late correction.\n"
    err = capsys.readouterr().err
    assert "a.txt: changed on disk since it was read; not fixed" in err
    assert "fixed 1" not in err
    assert sorted(os.listdir(workdir)) == ["a.txt"]


# -- write_atomically ------------------------------------------------------

def test_write_atomically_refuses_a_changed_file(tmp_path):
    path = write(tmp_path / "a.txt", b"original\n", 0o640)
    original = path.read_bytes()
    path.write_bytes(b"edited elsewhere\n")
    with pytest.raises(FileChanged):
        write_atomically(str(path), original, b"fixed\n")
    assert path.read_bytes() == b"edited elsewhere\n"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_write_atomically_replaces_and_keeps_mode(tmp_path):
    path = write(tmp_path / "a.txt", b"original\n", 0o604)
    inode = os.stat(path).st_ino
    write_atomically(str(path), b"original\n", b"fixed\n")
    assert path.read_bytes() == b"fixed\n"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o604
    assert os.stat(path).st_ino != inode  # a new file renamed into place, not rewritten
    assert os.listdir(tmp_path) == ["a.txt"]


def test_write_atomically_cleans_up_when_the_write_fails(tmp_path, monkeypatch):
    path = write(tmp_path / "a.txt", b"original\n")

    def broken(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomically(str(path), b"original\n", b"fixed\n")
    assert path.read_bytes() == b"original\n"
    assert os.listdir(tmp_path) == ["a.txt"]


# -- --diff ----------------------------------------------------------------

def test_diff_prints_a_unified_diff_and_changes_nothing(workdir, capsys):
    path = write(workdir / "a.txt", ARTICLE.encode())
    assert check("--diff", "a.txt") == 1
    assert path.read_text(encoding="utf-8") == ARTICLE
    out, err = capsys.readouterr()
    assert out == (
        "--- a/a.txt\n"
        "+++ b/a.txt\n"
        "@@ -2,6 +2,4 @@\n"
        " \n"
        " The council voted 6-1 on Tuesday to approve the budget.\n"
        " \n"
        "-SEE ALSO: Parks department seeks more staff\n"
        "-\n"
        " The branch on Elm Street will reopen in spring.\n"
        "Would fix 1 issue (diff above). No other issues in 1 file.\n"
    )
    assert err == ""
    assert sorted(os.listdir(workdir)) == ["a.txt"]


def test_diff_exit_status_zero_when_nothing_to_fix(workdir, capsys):
    write(workdir / "a.txt", FIXED.encode())
    assert check("--diff", "a.txt") == 0
    assert capsys.readouterr().out == "All checked: no issues in 1 file.\n"


def test_unsafe_fixes_alone_is_a_usage_error(workdir, capsys):
    path = write(workdir / "a.txt", ARTICLE.encode())
    assert check("--unsafe-fixes", "a.txt") == 2
    assert capsys.readouterr().err == "copydesk: --unsafe-fixes needs --fix or --diff\n"
    assert path.read_text(encoding="utf-8") == ARTICLE


# -- applicability ---------------------------------------------------------

DEMO = (
    "Council backs library budget\n"
    "\n"
    "The council will utilise the reserve, irregardless of the cost.\n"
    "\n"
    "SEE ALSO: Parks department seeks more staff\n"
    "\n"
    "The branch will reopen in spring.\n"
)


def test_unsafe_fixes_only_with_the_flag_and_display_fixes_never(workdir, capsys, demo_rules):
    path = write(workdir / "a.txt", DEMO.encode())
    assert check("--fix", "a.txt", select=DEMO_SELECT) == 1  # the unsafe and display-only findings remain
    assert path.read_text(encoding="utf-8") == DEMO.replace("SEE ALSO: Parks department seeks more staff\n\n", "")
    out = capsys.readouterr().out
    assert "= help: Replace with “use” (unsafe fix)" in out
    assert "= help: Replace with “regardless” (suggestion)" in out
    assert out.endswith("Found 2 issues (2 warnings) in 1 file; 1 fixable with --fix --unsafe-fixes.\n")

    assert check("--fix", "--unsafe-fixes", "a.txt", select=DEMO_SELECT) == 1
    assert path.read_text(encoding="utf-8") == (
        "Council backs library budget\n\nThe council will use the reserve, irregardless of the cost.\n\n"
        "The branch will reopen in spring.\n"
    )
    out = capsys.readouterr().out
    assert out.startswith("a.txt:3:35: ST902 [warning] “Irregardless” is not standard")
    assert out.endswith("Found 1 issue (1 warning) in 1 file.\n")

    # the display-only fix stays a suggestion however often --fix runs
    before = path.read_bytes()
    assert check("--fix", "--unsafe-fixes", "a.txt", select=DEMO_SELECT) == 1
    assert path.read_bytes() == before


def test_diff_with_unsafe_fixes_shows_them(workdir, capsys, demo_rules):
    write(workdir / "a.txt", DEMO.encode())
    assert check("--diff", "--unsafe-fixes", "a.txt", select="ST901,ST902") == 1
    out = capsys.readouterr().out
    assert "-The council will utilise the reserve, irregardless of the cost.\n" in out
    assert "+The council will use the reserve, irregardless of the cost.\n" in out
    assert "Would fix 1 issue (diff above). Found 1 more issue (1 warning) in 1 file.\n" in out
    assert check("--diff", "a.txt", select="ST901,ST902") == 0  # nothing safe to apply
    assert "---" not in capsys.readouterr().out
