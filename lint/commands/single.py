"""Reading the articles that ``inspect`` and ``claims`` work on."""

from __future__ import annotations

import os
import sys
from typing import Iterator

from lint.support.reading import InputError, decode, read_path


def articles(engine, args) -> Iterator[tuple[object, object]]:
    """(document, settings) for each of ``args.paths`` (``-`` is stdin, named
    by ``--stdin-filename``). A file that cannot be read is reported on
    stderr with its reason and skipped; ``args.failed`` counts them."""
    from lint.commands.options import UsageError
    from lint.engine.config import ConfigError

    args.failed = 0
    if "-" in args.paths and len(args.paths) > 1:
        raise UsageError("stdin (-) cannot be combined with other paths")
    for path in args.paths:
        try:
            if path == "-":
                text, had_bom = decode(sys.stdin.buffer.read())
                path = args.stdin_filename or "-"
                settings = engine.settings_for(args.stdin_filename or os.getcwd())
            else:
                settings = engine.settings_for(path)
                _, text, had_bom = read_path(path, settings["max-file-size"])
        except (InputError, ConfigError) as exc:
            sys.stderr.write(f"copydesk: {exc if isinstance(exc, ConfigError) else f'{path}: {exc}'}\n")
            args.failed += 1
            continue
        try:
            doc = engine.load(path, text, settings, had_bom)
        except InputError as exc:  # named as HTML, holds none
            sys.stderr.write(f"copydesk: {path}: {exc}\n")
            args.failed += 1
            continue
        yield doc, settings
