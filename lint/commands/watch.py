"""``copydesk check --watch``: check again whenever a file or config changes.

The files the paths name (folders walked again on each look, so a new
article is picked up) and the config files that govern them are looked at
every ``INTERVAL`` seconds by size and modification time; a change starts a
fresh run with a fresh engine (so an edited config counts). Ctrl-C stops
watching; the exit status is the last run's.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Callable, TextIO

INTERVAL = 0.5


def snapshot(engine, paths: list[str]) -> dict[str, tuple[int, int]]:
    """(size, mtime) of every article and config file a run would read."""
    from lint.commands.files import collect
    from lint.engine.config import ConfigError

    files, problems, _ = collect(engine, paths)
    watched = set(files) | {problem.path for problem in problems}
    for path in files:
        try:
            watched.update(engine.settings_for(path).sources)
        except ConfigError:
            pass
    state = {}
    for path in watched:
        try:
            info = os.stat(path)
        except OSError:
            continue
        state[path] = (info.st_size, info.st_mtime_ns)
    return state


def watch(engine, args, stdout: TextIO, paths: list[str], check_once: Callable[..., int]) -> int:
    from lint.commands.options import make_engine
    from lint.engine.config import ConfigError

    status = check_once(engine, args, stdout, paths)
    state = snapshot(engine, paths)
    try:
        while True:
            stdout.flush()
            sys.stderr.write("copydesk: watching for changes (Ctrl-C to stop)\n")
            sys.stderr.flush()
            while True:
                time.sleep(INTERVAL)
                try:
                    now = snapshot(engine, paths)
                except ConfigError:
                    now = None
                if now != state:
                    break
            sys.stderr.write("copydesk: change detected; checking again\n")
            try:
                engine = make_engine(args)
                status = check_once(engine, args, stdout, paths)
            except ConfigError as exc:  # a config being edited: say so, keep watching
                sys.stderr.write(f"copydesk: {exc}\n")
                status = 2
            state = snapshot(engine, paths)  # after --fix rewrote files
    except KeyboardInterrupt:
        stdout.flush()
        return status
