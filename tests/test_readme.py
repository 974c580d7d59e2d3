"""The README's promises hold: its examples work as printed and its option list is complete."""

from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block(marker: str) -> str:
    match = re.search(r"^(`{3,4})(?:python|toml)\n# " + re.escape(marker) + r"\n(.*?)\n\1\n", README, re.S | re.M)
    assert match, f"README has no block starting with '# {marker}'"
    return match.group(2)


def test_readme_plugin_example_runs_as_a_third_party_plugin(tmp_path):
    (tmp_path / "desk_rules.py").write_text(_block("desk_rules.py"), encoding="utf-8")
    project = _block("pyproject.toml of your package")
    entry = re.search(r"\[project\.entry-points\.copydesk\]\n(\w+) = \"(\w+)\"", project)
    info = tmp_path / "copydesk_desk_rules-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(f"[copydesk]\n{entry.group(1)} = {entry.group(2)}\n", encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text("The city will utilize the grant.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    env.pop("COPYDESK_DISABLE_PLUGIN_AUTOLOAD", None)

    def copydesk(*args):
        return subprocess.run([sys.executable, "-m", "lint", *args], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=60)

    listed = copydesk("rule", "XD001")
    assert listed.returncode == 0, listed.stderr
    assert "utilize" in listed.stdout and "'desk' (distribution 'copydesk_desk_rules')" in listed.stdout
    found = copydesk("check", "--format", "concise", "story.txt")
    assert found.stdout == "story.txt:1:15: XD001 'utilize' can be 'use'.\n"
    assert found.returncode == 1
    assert copydesk("check", "--ignore", "XD", "story.txt").returncode == 0
    assert copydesk("check", "--fix", "story.txt").returncode == 0
    assert article.read_text(encoding="utf-8") == "The city will use the grant.\n"


def test_readme_style_pack_example_works_as_printed(tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "courier-style.toml").write_text(_block("desk/courier-style.toml"), encoding="utf-8")
    (tmp_path / "copydesk.toml").write_text('style-packs = ["ap", "desk/courier-style.toml"]\nselect = ["ST001"]\n',
                                            encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text("The water front reopened towards noon, and the harbor master was slammed for it.\n",
                       encoding="utf-8")

    def copydesk(*args):
        return subprocess.run([sys.executable, "-m", "lint", *args], capture_output=True, text=True,
                              cwd=tmp_path, timeout=60)

    found = copydesk("check", "--format", "concise", "story.txt")
    assert found.stdout.splitlines() == [
        'story.txt:1:5: ST001 The Courier writes "waterfront", not "water front".',
        'story.txt:1:26: ST001 AP style uses "toward", not "towards".',
        'story.txt:1:48: ST001 The Courier writes "harbormaster", not "harbor master".',
        'story.txt:1:66: ST001 Avoid "slammed" in news copy; say who criticized whom and how.',
    ]
    assert copydesk("check", "--fix", "story.txt").returncode == 1  # "slammed" has no fix
    assert article.read_text(encoding="utf-8") == (
        "The waterfront reopened toward noon, and the harbormaster was slammed for it.\n")


# -- examples checked against real output -------------------------------------------

def _story() -> str:
    match = re.search(r"^```text\n# story\.txt\n(.*?)```\n", README, re.S | re.M)
    assert match, "README has no '# story.txt' block"
    return match.group(1)


def _copydesk(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COPYDESK_DISABLE_PLUGIN_AUTOLOAD")}
    return subprocess.run([sys.executable, "-m", "lint", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=120)


def test_readme_opening_example_is_real_concise_output():
    block = re.search(r"`copydesk check --format concise samples/`\):\n\n```\n(.*?)```\n", README, re.S)
    assert block, "the opening example must say which command it comes from"
    actual = _copydesk("check", "--no-config", "--format", "concise", "samples/", cwd=ROOT).stdout.splitlines()
    for line in block.group(1).splitlines():
        assert line in actual, line


def test_readme_json_example_is_a_real_record(tmp_path):
    (tmp_path / "story.txt").write_text(_story(), encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", README, re.S).group(1)
    example = json.loads(block)
    records = json.loads(_copydesk("check", "--no-config", "--format", "json", "story.txt", cwd=tmp_path).stdout)
    assert example in records


def _console_blocks() -> list[list[tuple[str, str]]]:
    """Each ``console`` block as [(command, expected output)]."""
    blocks = []
    for body in re.findall(r"^```console\n(.*?)^```\n", README, re.S | re.M):
        steps: list[tuple[str, list[str]]] = []
        for line in body.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            else:
                steps[-1][1].append(line)
        blocks.append([(command, "".join(f"{line}\n" for line in output)) for command, output in steps])
    return blocks


@pytest.mark.parametrize("block", _console_blocks(), ids=lambda block: block[0][0])
def test_readme_console_examples_print_what_they_show(block, tmp_path):
    """Each block runs in a fresh folder holding the README's story.txt; the
    output shown is stdout followed by stderr."""
    (tmp_path / "story.txt").write_text(_story(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COPYDESK_DISABLE_PLUGIN_AUTOLOAD")}
    env.update(NO_COLOR="1", PYTHON=sys.executable)
    for command, expected in block:
        assert command.startswith("copydesk ")
        script = 'copydesk() { "$PYTHON" -m lint "$@"; }\n' + command
        proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env,
                              timeout=120)
        assert proc.stdout + proc.stderr == expected, command
        (tmp_path / "story.txt").write_text(_story(), encoding="utf-8")  # undo --fix for the next step


def test_every_check_option_is_in_the_readme():
    from lint.commands.options import build_parser

    parser = build_parser()
    check = parser._subparsers._group_actions[0].choices["check"]
    for action in check._actions:
        for flag in action.option_strings:
            if flag.startswith("--") and flag not in ("--help", "--isolated"):
                assert f"`{flag}" in README, flag


def test_readme_editor_settings_use_character_columns():
    assert "errorformat=%f:%l:%v:" in README and "%l:%c" not in README


@pytest.mark.skipif(not shutil.which("vim"), reason="needs vim")
def test_the_readme_vim_errorformat_puts_the_cursor_on_the_problem(tmp_path):
    """Vim's quickfix, fed concise output, lands on the reported word with
    the README's ``%v``; with ``%c`` (bytes) it lands short of it."""
    (tmp_path / "q.txt").write_text("“Yes,” she said — the the vote.\n", encoding="utf-8")
    errors = _copydesk("check", "--no-config", "--select", "SP003", "--format", "concise", "q.txt", cwd=tmp_path)
    (tmp_path / "errors.txt").write_text(errors.stdout, encoding="utf-8")
    setting = re.search(r"`set (errorformat=%f:%l:%v:\\ %m)`", README).group(1)

    def cursor_text(errorformat: str) -> str:
        subprocess.run(["vim", "-es", "-u", "NONE", "-i", "NONE", "-N", "-c", f"set {errorformat}",
                        "-c", "cgetfile errors.txt", "-c", "cfirst",
                        "-c", "call writefile([strpart(getline('.'), col('.') - 1)], 'at.txt')", "-c", "qa!"],
                       cwd=tmp_path, timeout=60, capture_output=True)
        return (tmp_path / "at.txt").read_bytes().decode("utf-8", "replace").rstrip("\n")

    assert cursor_text(setting) == "the vote."
    assert cursor_text(setting.replace("%v", "%c")) != "the vote."


def test_readme_pre_commit_rev_exists_and_hooks_agree():
    import yaml

    from lint import __version__

    snippet = re.search(r"## Using it in pre-commit\n\n```yaml\n(.*?)```", README, re.S).group(1)
    config = yaml.safe_load(snippet)
    repo = config["repos"][0]
    hooks = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert {hook["id"] for hook in repo["hooks"]} <= hooks
    commented = set(re.findall(r"#\s*- id: ([\w-]+)", snippet))
    assert commented <= hooks
    rev = str(repo["rev"])
    # No release is tagged: a branch or a full SHA; a tag must be this version's.
    assert rev == "main" or re.fullmatch(r"[0-9a-f]{40}", rev) or rev == f"v{__version__}"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'\nversion = "{__version__}"\n' in pyproject
