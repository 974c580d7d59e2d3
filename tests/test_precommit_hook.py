"""The pre-commit hook definitions are valid and their entries run."""

from __future__ import annotations

import pathlib
import shlex
import shutil
import subprocess
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
REQUIRED = {"id", "name", "entry", "language"}
IDENTIFY_TAGS = {"markdown", "plain-text", "text"}


def load_hooks():
    return yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_hooks_have_the_fields_pre_commit_requires():
    hooks = load_hooks()
    assert [hook["id"] for hook in hooks] == ["copydesk", "copydesk-fix"]
    for hook in hooks:
        assert REQUIRED <= set(hook), hook
        assert hook["language"] == "python"
        assert set(hook["types_or"]) <= IDENTIFY_TAGS
        assert hook["entry"].split()[0] == "copydesk"
        # One process for all staged files, so one report and one summary.
        assert hook["require_serial"] is True


def _run_entry(entry: str, path: pathlib.Path) -> subprocess.CompletedProcess:
    argv = shlex.split(entry)
    executable = shutil.which(argv[0])
    command = [executable] if executable else [sys.executable, "-m", "lint"]
    return subprocess.run(command + argv[1:] + [str(path)], capture_output=True, text=True, timeout=60)


def test_lint_hook_fails_on_leftovers_and_passes_clean_copy(tmp_path):
    hook = load_hooks()[0]
    dirty = tmp_path / "story.txt"
    dirty.write_text("The board met Monday.\n\nSEE ALSO: Board delays vote\n\nIt adjourned.\n", encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("The board met Monday.\n\nIt adjourned.\n", encoding="utf-8")
    failed = _run_entry(hook["entry"], dirty)
    assert failed.returncode == 1
    assert "BP001" in failed.stdout
    assert _run_entry(hook["entry"], clean).returncode == 0


def test_fix_hook_rewrites_the_file(tmp_path):
    hook = load_hooks()[1]
    dirty = tmp_path / "story.txt"
    dirty.write_text("The board met Monday.\n\nSEE ALSO: Board delays vote\n\nIt adjourned.\n", encoding="utf-8")
    result = _run_entry(hook["entry"], dirty)
    assert result.returncode == 0, result.stdout + result.stderr
    assert dirty.read_text(encoding="utf-8") == "The board met Monday.\n\nIt adjourned.\n"
