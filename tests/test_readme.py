"""The README's promises hold: its plugin and style-pack examples work as printed."""

from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys

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
