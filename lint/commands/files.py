"""The article files a run's paths name: folders walked under each folder's
settings (extensions, excludes), ``-`` for stdin."""

from __future__ import annotations

import os
from typing import Iterator

from lint.engine.config import ConfigError
from lint.engine.core import config_problem
from lint.model import FileProblem

STDIN = "-"


def collect(engine, paths: list[str]) -> tuple[list[str], list[FileProblem], list[str]]:
    """Expand folders into article files; return (files, problems, notices).

    A path that does not exist is a problem; a folder holding no article is
    a notice (like an empty file: nothing to check is not an error). A
    broken config file is a problem for the files under it only.
    """
    files: list[str] = []
    problems: list[FileProblem] = []
    notices: list[str] = []
    for path in paths:
        if path == STDIN:
            files.append(path)
        elif os.path.isdir(path):
            before = len(problems)
            found = list(_walk(engine, path, problems))
            if not found and len(problems) == before:
                notices.append(f"{path}: no article files found (extensions "
                               f"{', '.join(engine.settings_for(path)['extensions'])})")
            files.extend(found)
        elif os.path.exists(path) or os.path.islink(path):
            try:
                excluded = engine.settings_for(path).is_excluded(path)
            except ConfigError as exc:
                problems.append(config_problem(exc))
                continue
            if not excluded:
                files.append(path)
        else:
            problems.append(FileProblem(path, "no such file or directory"))
    seen: set[str] = set()
    unique = [f for f in files if not (f in seen or seen.add(f))]
    return unique, problems, notices


def _walk(engine, top: str, problems: list[FileProblem]) -> Iterator[str]:
    def unreadable(exc: OSError) -> None:  # os.walk would skip such a folder in silence
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        problems.append(FileProblem(exc.filename or top, f"folder cannot be read ({reason})"))

    for folder, dirs, names in os.walk(top, onerror=unreadable):
        try:
            settings = engine.settings_for(folder)
        except ConfigError as exc:
            problems.append(config_problem(exc))
            dirs[:] = []  # the broken config governs everything below
            continue
        dirs[:] = sorted(d for d in dirs if not settings.is_excluded(os.path.join(folder, d)))
        suffixes = tuple(s.lower() for s in settings["extensions"])
        for name in sorted(names):
            path = os.path.join(folder, name)
            if name.lower().endswith(suffixes) and not settings.is_excluded(path):
                yield path
