"""Reading the one article that ``inspect`` and ``claims`` work on."""

from __future__ import annotations

import os
import sys

from lint.reading import InputError, decode, read_path


def load_article(engine, args):
    """(document, settings) for ``args.path`` (``-`` is stdin, named by
    ``--stdin-filename``); an unreadable file is a usage error."""
    from lint.cli import UsageError

    path = args.path
    try:
        if path == "-":
            text, had_bom = decode(sys.stdin.buffer.read())
            path = args.stdin_filename or "-"
        else:
            _, text, had_bom = read_path(path)
    except InputError as exc:
        raise UsageError(f"{path}: {exc}") from None
    settings = engine.settings_for(path if path != "-" else os.getcwd())
    return engine.load(path, text, settings, had_bom), settings
