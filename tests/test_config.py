"""Config: discovery, layering, selection, severities, excludes, per-file ignores."""

from __future__ import annotations

import json

import pytest

from conftest import PINNED, PlaceholderPlugin, err, make_engine, out, run_cli
from lint.engine.config import ConfigError
from lint.engine.selection import Selection

SEE_ALSO = "Copy here.\n\nSEE ALSO: Budget fight looms\n\nThe placeholder stays.\n"


def codes(engine, path, text=SEE_ALSO):
    result = engine.lint_text(str(path), text)
    assert not result.problems, result.problems
    return [(d.code, str(d.severity)) for d in result.diagnostics if d.code.startswith(PINNED)]


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def plugin_engine(**kwargs):
    kwargs.setdefault("isolated", False)
    return make_engine(PlaceholderPlugin(), **kwargs)


# -- selection ---------------------------------------------------------------

@pytest.mark.parametrize("select, ignore, code, enabled", [
    (["ALL"], [], "BP001", True),
    (["BP"], ["BP001"], "BP001", False),
    (["BP"], ["BP001"], "BP002", True),
    (["BP001"], ["BP"], "BP001", True),   # longer prefix wins
    (["BP001"], ["BP"], "BP002", False),
    (["BP0"], ["BP0"], "BP001", False),   # a tie: ignore wins
    (["TT"], [], "BP001", False),
    ([], [], "BP001", False),
    (["all"], ["bp00"], "BP001", False),  # case-insensitive
])
def test_longest_prefix_wins(select, ignore, code, enabled):
    assert Selection(select, ignore).enabled(code) is enabled


def test_command_line_layer_overrides_config_layer():
    # Config selects BP001 precisely; --ignore BP on the command line still wins.
    assert not Selection(["BP001"], [], override_ignore=["BP"]).enabled("BP001")
    # Config ignores BP; --extend-select BP001 re-enables it.
    assert Selection(["ALL"], ["BP"], override_select=["BP001"]).enabled("BP001")
    # Per-file ignores win over everything.
    assert not Selection(["ALL"], [], override_select=["BP001"], always_ignore=["BP"]).enabled("BP001")


# -- discovery ---------------------------------------------------------------

def test_nearest_config_wins_per_file(tmp_path):
    write(tmp_path / "copydesk.toml", 'ignore = ["ZZ"]\n')
    write(tmp_path / "desk" / ".copydesk.toml", 'ignore = ["BP"]\n')
    engine = plugin_engine()
    assert codes(engine, tmp_path / "a.txt") == [("BP001", "error")]
    assert codes(engine, tmp_path / "desk" / "deeper" / "a.txt") == [("ZZ901", "warning")]


def test_dot_config_beats_plain_beats_pyproject(tmp_path):
    write(tmp_path / ".copydesk.toml", 'ignore = ["BP"]\n')
    write(tmp_path / "copydesk.toml", 'ignore = ["ZZ"]\n')
    write(tmp_path / "pyproject.toml", '[tool.copydesk]\nignore = ["ZZ", "BP"]\n')
    assert codes(plugin_engine(), tmp_path / "a.txt") == [("ZZ901", "warning")]
    (tmp_path / ".copydesk.toml").unlink()
    assert codes(plugin_engine(), tmp_path / "a.txt") == [("BP001", "error")]
    (tmp_path / "copydesk.toml").unlink()
    assert codes(plugin_engine(), tmp_path / "a.txt") == []


@pytest.mark.parametrize("pyproject", [
    '[project]\nname = "x"\n',
    '[project]\nname = "x"\n# see [tool.copydesk] in the parent folder\n',
])
def test_pyproject_without_table_is_skipped(tmp_path, pyproject):
    write(tmp_path / "pyproject.toml", '[tool.copydesk]\nignore = ["BP"]\n')
    write(tmp_path / "desk" / "pyproject.toml", pyproject)
    assert codes(plugin_engine(), tmp_path / "desk" / "a.txt") == [("ZZ901", "warning")]


def test_config_path_and_no_config(tmp_path):
    write(tmp_path / "copydesk.toml", 'ignore = ["BP"]\n')
    other = write(tmp_path / "elsewhere" / "house.toml", 'ignore = ["ZZ"]\n')
    assert codes(plugin_engine(config_path=str(other)), tmp_path / "a.txt") == [("BP001", "error")]
    assert codes(plugin_engine(isolated=True), tmp_path / "a.txt") == [("BP001", "error"), ("ZZ901", "warning")]
    pyproject = write(tmp_path / "p" / "pyproject.toml", "[project]\n")
    with pytest.raises(ConfigError, match="has no \\[tool.copydesk\\] table"):
        plugin_engine(config_path=str(pyproject)).settings_for(str(tmp_path / "a.txt"))


def test_cli_config_flags(tmp_path):
    write(tmp_path / "copydesk.toml", 'select = ["BP001"]\nignore = ["BP001"]\n')  # a tie: ignored
    write(tmp_path / "a.txt", SEE_ALSO)
    write(tmp_path / "house.toml", 'select = ["BP001"]\nfail-on = "never"\n')
    proc = run_cli("check", "--format", "concise", "a.txt", cwd=tmp_path)
    assert (proc.returncode, out(proc)) == (0, "")
    proc = run_cli("check", "--format", "concise", "--select", "BP001", "--no-config", "a.txt", cwd=tmp_path)
    assert (proc.returncode, out(proc).count("BP001")) == (1, 1)
    proc = run_cli("check", "--format", "concise", "--config", "house.toml", "a.txt", cwd=tmp_path)
    assert (proc.returncode, out(proc).count("BP001")) == (0, 1)
    # The command line wins over the file: --select BP001 beats its ignore.
    proc = run_cli("check", "--format", "concise", "--select", "BP001", "a.txt", cwd=tmp_path)
    assert (proc.returncode, out(proc).count("BP001")) == (1, 1)


# -- select / ignore / severity / fail-on ------------------------------------

def test_select_ignore_extend_select_from_config(tmp_path):
    write(tmp_path / "copydesk.toml", 'select = ["ZZ"]\n')
    assert codes(plugin_engine(), tmp_path / "a.txt") == [("ZZ901", "warning")]
    write(tmp_path / "copydesk.toml", 'select = ["ZZ"]\nextend-select = ["BP001"]\n')
    assert codes(plugin_engine(), tmp_path / "a.txt") == [("BP001", "error"), ("ZZ901", "warning")]
    write(tmp_path / "copydesk.toml", 'select = ["BP001"]\nignore = ["BP", "ZZ"]\n')
    assert codes(plugin_engine(), tmp_path / "a.txt") == [("BP001", "error")]


def test_cli_overrides_config_selection(tmp_path):
    write(tmp_path / "copydesk.toml", 'select = ["BP001"]\n')
    assert codes(plugin_engine(cli={"ignore": ["BP"]}), tmp_path / "a.txt") == []
    assert codes(plugin_engine(cli={"select": ["ZZ"]}), tmp_path / "a.txt") == [("ZZ901", "warning")]
    write(tmp_path / "copydesk.toml", 'ignore = ["BP"]\n')
    assert codes(plugin_engine(cli={"extend-select": ["BP001"]}), tmp_path / "a.txt") == [
        ("BP001", "error"), ("ZZ901", "warning")]


@pytest.mark.parametrize("key", ["BP001", "bp001", "related-link-line"])
def test_rule_severity_by_code_or_name(tmp_path, key):
    write(tmp_path / "copydesk.toml", f'[rules.{key}]\nseverity = "info"\n')
    assert codes(plugin_engine(), tmp_path / "a.txt") == [("BP001", "info"), ("ZZ901", "warning")]


def test_fail_on_from_config_and_cli(tmp_path):
    write(tmp_path / "a.txt", "The placeholder stays.\n")  # one warning only
    assert run_cli("check", "--format", "concise", "--select", "BP001", "a.txt", cwd=tmp_path).returncode == 0  # no plugin: clean
    write(tmp_path / "a.txt", SEE_ALSO)
    write(tmp_path / "copydesk.toml", '[rules.BP001]\nseverity = "warning"\nfail-on = "error"\n')
    # A key after [rules.BP001] belongs to that table: an unknown option.
    proc = run_cli("check", "--format", "concise", "--select", "BP001", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "rule BP001 has no option 'fail-on'" in err(proc)
    write(tmp_path / "copydesk.toml", 'fail-on = "error"\n[rules.BP001]\nseverity = "warning"\n')
    assert run_cli("check", "--format", "concise", "--select", "BP001", "a.txt", cwd=tmp_path).returncode == 0
    assert run_cli("check", "--format", "concise", "--select", "BP001", "--fail-on", "warning", "a.txt", cwd=tmp_path).returncode == 1
    proc = run_cli("check", "--format", "json", "--select", "BP001", "--fail-on", "info", "a.txt", cwd=tmp_path)
    assert [r["severity"] for r in json.loads(out(proc))] == ["warning"]


# -- walking folders ---------------------------------------------------------

def test_exclude_extend_exclude_and_extensions(tmp_path):
    for name in ("a.txt", "b.md", "c.text", "drafts/d.txt", "node_modules/e.txt", "archive/old/f.md"):
        write(tmp_path / name, SEE_ALSO)
    def listed(*args):
        proc = run_cli("check", "--format", "concise", "--select", "BP001", *args, ".", cwd=tmp_path)
        return sorted({line.split(":")[0] for line in out(proc).splitlines()})
    assert listed() == ["./a.txt", "./archive/old/f.md", "./b.md", "./drafts/d.txt"]
    write(tmp_path / "copydesk.toml", 'extend-exclude = ["drafts", "archive/old"]\nextensions = [".txt", ".text"]\n')
    assert listed() == ["./a.txt", "./c.text"]
    write(tmp_path / "copydesk.toml", 'exclude = ["a.txt"]\n')  # replaces the defaults
    assert listed() == ["./archive/old/f.md", "./b.md", "./drafts/d.txt", "./node_modules/e.txt"]
    # An excluded file named on the command line is skipped too (pre-commit passes names).
    proc = run_cli("check", "--format", "concise", "--select", "BP001", "a.txt", cwd=tmp_path)
    assert (proc.returncode, out(proc)) == (0, "")


def test_per_file_ignores(tmp_path):
    write(tmp_path / "copydesk.toml", '[per-file-ignores]\n"wire/*.txt" = ["BP"]\n"*.md" = ["ZZ901"]\n')
    engine = plugin_engine(cli={"select": ["BP001", "ZZ"]})
    assert codes(engine, tmp_path / "wire" / "a.txt") == [("ZZ901", "warning")]
    assert codes(engine, tmp_path / "local" / "a.txt") == [("BP001", "error"), ("ZZ901", "warning")]
    assert codes(engine, tmp_path / "local" / "b.md") == [("BP001", "error")]


def test_pyproject_table_must_be_a_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool]\ncopydesk = 3\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml:2: \[tool.copydesk\] must be a table"):
        plugin_engine().settings_for(str(tmp_path / "a.txt"))


def test_a_broken_people_file_is_one_line_naming_it(tmp_path):
    write(tmp_path / "copydesk.toml", 'people = "people.toml"\n')
    write(tmp_path / "people.toml", '[[person]]\nname = 3\n')
    write(tmp_path / "a.txt", "- The Daily Ledger - Sunday, June 4, 2023\n\nMayor Jo Bell opened the pier.\n")
    proc = run_cli("check", "--format", "concise", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert err(proc).splitlines() == [f"copydesk: {tmp_path / 'people.toml'}:1: every [[person]] needs a name"]
