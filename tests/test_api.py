"""``lint.api`` is the plugin authors' one import: every name it lists
resolves, the README's plugin example imports from it alone, and importing
it loads nothing else."""

from __future__ import annotations

import ast
import subprocess
import sys

import lint.api
from test_readme import _block


def test_every_listed_name_resolves():
    missing = [name for name in lint.api.__all__ if getattr(lint.api, name, None) is None]
    assert missing == []


def test_an_unknown_name_is_an_attribute_error():
    try:
        lint.api.Nonexistent  # noqa: B018
    except AttributeError as exc:
        assert "'lint.api' has no attribute 'Nonexistent'" in str(exc)
    else:
        raise AssertionError("no error")


def test_the_readme_plugin_example_imports_only_from_lint_api():
    tree = ast.parse(_block("desk_rules.py"))
    modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    modules |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert sorted(m for m in modules if m.split(".")[0] == "lint") == ["lint.api"]
    used = {alias.name for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "lint.api" for alias in node.names}
    assert used == {"Edit", "Fix", "Span", "hookimpl", "rule"}
    assert used <= set(lint.api.__all__)


def test_importing_the_api_loads_no_other_module_of_copydesk():
    code = "import sys, lint.api; print(sorted(m for m in sys.modules if m.startswith('lint')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['lint', 'lint.api']"
