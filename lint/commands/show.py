"""``copydesk check --show-settings`` and ``--show-files``: what a run would use."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any, TextIO

from lint.engine.config import ConfigError


def show_settings(engine, path: str, stdout: TextIO, stdin_filename: str | None = None) -> int:
    """Print the settings for ``path`` as TOML, after the config files they came from."""
    import os

    if path == "-":
        path = stdin_filename or "-"
        target = stdin_filename or os.path.join(os.getcwd(), "stdin")
    else:
        target = path
    try:
        settings = engine.settings_for(target)
    except ConfigError as exc:
        sys.stderr.write(f"copydesk: {exc}\n")
        return 2
    stdout.write(f"# settings for {path}\n")
    sources = settings.sources or ()
    if not sources:
        stdout.write("# config file: none (defaults and command line)\n")
    for source in sources:
        stdout.write(f"# config file: {source}\n")
    for key in sorted(settings.values):
        value = settings.values[key]
        if value is None:
            stdout.write(f"# {key} is not set\n")
        else:
            stdout.write(f"{key} = {toml_value(value)}\n")
    return 0


def toml_value(value: Any) -> str:
    """``value`` written as a TOML value (inline tables for tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {toml_value(v)}"
                                for k, v in value.items()) + " }"
    return json.dumps(str(value))


def show_files(files: list[str], problems: list, stdout: TextIO) -> int:
    """Print the files a check would read, one a line; problems on stderr."""
    for path in files:
        stdout.write(f"{path}\n")
    for problem in problems:
        sys.stderr.write(f"copydesk: {problem}\n")
    return 2 if problems else 0
