"""Plugins: real entry points, selection like built-ins, failures that stop the run."""

from __future__ import annotations

import textwrap

import pytest

from conftest import PlaceholderPlugin, err, make_engine, out, run_cli
from lint.engine.hookspecs import hookimpl
from lint.engine.plugins import PluginError, Plugins, _parse_group, find_entry_points
from lint.engine.registry import RuleError

DEMO_MODULE = '''
"""A demo rule pack."""
import re

from lint.engine.hookspecs import hookimpl
from lint.engine.registry import rule
from lint.model import Span


@rule(code="ZZ001", name="word-banana", severity="warning", summary="Flags the word banana",
      docs="## What it does\\nFlags banana.")
def banana(doc, ctx):
    for match in re.finditer("banana", doc.text):
        yield ctx.report(Span(match.start(), match.end()), "The word banana is banned.")


@rule(code="ZZ002", name="explodes-on-boom", severity="error", summary="Raises on 'boom'")
def boom(doc, ctx):
    if "boom" in doc.text:
        raise RuntimeError("kaboom")
    return ()


@hookimpl
def copydesk_rules():
    return [banana, boom]
'''


def make_dist(site, dist, name, module, source):
    info = site / f"{dist}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "entry_points.txt").write_text(f"[console_scripts]\nx = y\n\n[copydesk]\n{name} = {module}\n",
                                           encoding="utf-8")
    (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")


@pytest.fixture
def site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    make_dist(site, "demo_pack", "demo", "demo_pack_module", DEMO_MODULE)
    (tmp_path / "a.txt").write_text("A banana here.\n\nSEE ALSO: More fruit\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("boom banana\n\nSEE ALSO: Other fruit\n", encoding="utf-8")
    return site


def cli(tmp_path, site, *args, env=None):
    if args and args[0] == "check" and "--select" not in args:
        args = (*args, "--select", "BP001,ZZ")  # other BP rules change in parallel
    return run_cli(*args, cwd=tmp_path, env={"PYTHONPATH": str(site), **(env or {})})


A_BANANA = "a.txt:1:3: ZZ001 The word banana is banned.\n"
A_BP001 = "a.txt:3:1: BP001 Related-link line “SEE ALSO: More fruit” is page furniture, not copy; remove it.\n"


def test_entry_point_rule_runs_and_is_selected_like_a_builtin(tmp_path, site):
    proc = cli(tmp_path, site, "check", "--format", "concise", "a.txt")
    assert (proc.returncode, out(proc), err(proc)) == (1, A_BANANA + A_BP001, "")
    proc = cli(tmp_path, site, "check", "--format", "concise", "--select", "ZZ001", "a.txt")
    assert out(proc) == A_BANANA
    proc = cli(tmp_path, site, "check", "--format", "concise", "--ignore", "ZZ", "a.txt")
    assert out(proc) == A_BP001
    (tmp_path / "copydesk.toml").write_text('[rules.word-banana]\nseverity = "info"\n', encoding="utf-8")
    proc = cli(tmp_path, site, "check", "--format", "json", "--select", "ZZ", "a.txt")
    assert '"severity": "info"' in out(proc) and proc.returncode == 0


def test_rule_command_lists_plugin_rules(tmp_path, site):
    proc = cli(tmp_path, site, "rule")
    lines = out(proc).splitlines()
    assert [line.split()[0] for line in lines if line.startswith("ZZ")] == ["ZZ001", "ZZ002"]
    banana = next(line for line in lines if line.startswith("ZZ001"))
    assert banana.split(None, 3) == ["ZZ001", "word-banana", "warning", "Flags the word banana"]
    proc = cli(tmp_path, site, "rule", "ZZ001")
    assert out(proc) == (
        "ZZ001 word-banana\n\nFlags the word banana\n\n"
        "Default severity: warning. Fix: none. From: 'demo' (distribution 'demo_pack').\n\n"
        "## What it does\nFlags banana.\n"
    )


def test_rule_that_raises_is_an_internal_error_naming_rule_plugin_file(tmp_path, site):
    proc = cli(tmp_path, site, "check", "--format", "concise", "a.txt", "b.txt")
    assert proc.returncode == 2
    assert out(proc) == A_BANANA + A_BP001 + (
        "b.txt:1:6: ZZ001 The word banana is banned.\n"
        "b.txt:3:1: BP001 Related-link line “SEE ALSO: Other fruit” is page furniture, not copy; remove it.\n"
    )
    assert err(proc) == ("copydesk: b.txt: internal error in rule ZZ002 (explodes-on-boom) from plugin "
                         "'demo' (distribution 'demo_pack'): RuntimeError: kaboom\n")


def test_blocking_and_disabling_autoload(tmp_path, site):
    for args, env in ((["-p", "no:demo"], None), ([], {"COPYDESK_DISABLE_PLUGIN_AUTOLOAD": "1"})):
        proc = cli(tmp_path, site, "check", "--format", "concise", "--select", "BP001", *args, "a.txt", env=env)
        assert (proc.returncode, out(proc)) == (1, A_BP001)
        # Its codes are unknown now, so selecting them is a usage error.
        proc = cli(tmp_path, site, "check", "--select", "ZZ001", *args, "a.txt", env=env)
        assert (proc.returncode, err(proc)) == (2, "copydesk: --select: unknown rule code or prefix 'ZZ001'\n")
    proc = cli(tmp_path, site, "check", "-p", "demo", "a.txt")
    assert (proc.returncode, err(proc)) == (2, "copydesk: -p expects no:NAME, got 'demo'\n")


def test_plugin_that_fails_to_import_stops_the_run(tmp_path, site):
    make_dist(site, "broken_pack", "broken", "broken_module", 'raise ImportError("needs frobnicator")\n')
    proc = cli(tmp_path, site, "check", "--format", "concise", "a.txt")
    assert (proc.returncode, out(proc)) == (2, "")
    assert err(proc) == ("copydesk: plugin 'broken' from distribution 'broken_pack' failed to load: "
                         "ImportError: needs frobnicator\n")
    # Blocked, it is never imported.
    proc = cli(tmp_path, site, "check", "--format", "concise", "--select", "BP001", "-p", "no:broken", "a.txt")
    assert proc.returncode == 1 and err(proc) == ""


def test_misspelt_hook_is_rejected(tmp_path, site):
    make_dist(site, "typo_pack", "typo", "typo_module",
              "from lint.engine.hookspecs import hookimpl\n\n@hookimpl\ndef copydesk_rulez():\n    return []\n")
    proc = cli(tmp_path, site, "check", "--format", "concise", "a.txt")
    assert (proc.returncode, out(proc)) == (2, "")
    assert err(proc).startswith("copydesk: plugin 'typo' (distribution 'typo_pack') implements an unknown hook: ")
    assert "copydesk_rulez" in err(proc)


def test_duplicate_codes_across_plugins(tmp_path, site):
    make_dist(site, "dup_pack", "dup", "dup_module",
              DEMO_MODULE.replace("word-banana", "other-banana").replace("explodes-on-boom", "other-boom"))
    proc = cli(tmp_path, site, "rule")
    assert (proc.returncode, out(proc)) == (2, "")
    assert err(proc) == ("copydesk: rule 'ZZ001' is defined twice (by 'demo' (distribution 'demo_pack') "
                         "and by 'dup' (distribution 'dup_pack'))\n")


# -- in-process --------------------------------------------------------------

def test_in_process_plugin_and_check_pending():
    engine = make_engine(PlaceholderPlugin())
    assert [r.code for r in engine.rules.matching("ZZ")] == ["ZZ901"]

    class Misspelt:
        @hookimpl
        def copydesk_rule(self):
            return []

    with pytest.raises(PluginError, match="unknown hook"):
        Plugins(autoload=False, extra=(Misspelt(),))


def test_duplicate_names_in_process():
    class Again:
        @hookimpl
        def copydesk_rules(self):
            return PlaceholderPlugin().copydesk_rules()

    with pytest.raises(RuleError, match="defined twice"):
        make_engine(PlaceholderPlugin(), Again())


def test_entry_point_parsing(tmp_path):
    text = "[console_scripts]\ncopydesk = lint.cli:main\n\n[copydesk]\n# note\nmine = pkg.mod:plugin [extra]\n"
    points = _parse_group(text, "pkg")
    assert [(p.name, p.value, p.distribution) for p in points] == [("mine", "pkg.mod:plugin", "pkg")]
    for base in ("one", "two"):  # the first distribution of a name on the path wins
        info = tmp_path / base / "pkg-1.0.dist-info"
        info.mkdir(parents=True)
        (info / "entry_points.txt").write_text(f"[copydesk]\n{base} = m\n", encoding="utf-8")
    assert [p.name for p in find_entry_points([str(tmp_path / "one"), str(tmp_path / "two")])] == ["one"]
