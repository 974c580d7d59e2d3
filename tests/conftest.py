"""Shared fixtures: an isolated engine, a tiny test rule plugin, a CLI runner."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from lint.engine.core import Engine
from lint.engine.hookspecs import hookimpl
from lint.engine.plugins import Plugins
from lint.engine.registry import rule
from lint.model import Span


@rule(code="ZZ901", name="word-placeholder", severity="warning",
      summary="Flags the word 'placeholder'", docs="## What it does\nFlags 'placeholder'.")
def _placeholder(doc, ctx):
    for match in re.finditer(r"placeholder", doc.text):
        yield ctx.report(Span(match.start(), match.end()), "The word 'placeholder' is left in.")


class PlaceholderPlugin:
    """An in-test plugin with one rule, registered like a third party's."""

    @hookimpl
    def copydesk_rules(self):
        return [_placeholder]


def make_engine(*extra, **kwargs) -> Engine:
    kwargs.setdefault("isolated", True)
    return Engine(Plugins(autoload=False, extra=extra), **kwargs)


def pytest_configure(config):
    """Compiled data goes to a folder of the test session's own, not the
    user's cache, which tests with data files in temporary folders would
    otherwise fill. Set before collection, which already loads rules, and
    inherited by the fresh processes tests start."""
    import tempfile

    config.copydesk_cache = tempfile.TemporaryDirectory(prefix="copydesk-cache-")
    config.copydesk_cache_before = os.environ.get("COPYDESK_CACHE_DIR")
    os.environ["COPYDESK_CACHE_DIR"] = config.copydesk_cache.name


def pytest_unconfigure(config):
    before = getattr(config, "copydesk_cache_before", None)
    if before is None:
        os.environ.pop("COPYDESK_CACHE_DIR", None)
    else:
        os.environ["COPYDESK_CACHE_DIR"] = before
    if hasattr(config, "copydesk_cache"):
        config.copydesk_cache.cleanup()


@pytest.fixture(scope="session")
def engine() -> Engine:
    return make_engine()


# Other BP rules grow in parallel; these tests pin only the rules they own.
PINNED = ("BP001", "ZZ")


def found(engine: Engine, text: str, path: str = "article.txt") -> list[tuple[str, int, int]]:
    """(code, line, column) of every BP001 and test-plugin diagnostic for ``text``."""
    result = engine.lint_text(path, text, engine.settings_for(path))
    assert not result.problems, result.problems
    doc_lines = engine.load(path, text, engine.settings_for(path))
    return [(d.code, *doc_lines.line_col(d.span.start)) for d in result.diagnostics if d.code.startswith(PINNED)]


def run_cli(*args: str, cwd, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m lint`` in a fresh process (stderr is a pipe, not a TTY)."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COPYDESK_DISABLE_PLUGIN_AUTOLOAD")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "lint", *args], cwd=cwd, input=stdin if stdin is not None else b"",
        capture_output=True, env=full_env, timeout=120,
    )


def out(proc: subprocess.CompletedProcess) -> str:
    return proc.stdout.decode("utf-8")


def err(proc: subprocess.CompletedProcess) -> str:
    return proc.stderr.decode("utf-8")
