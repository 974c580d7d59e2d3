"""A baseline of known findings, for adopting copydesk on an existing archive.

``copydesk check --write-baseline FILE PATHS`` records every finding of a
run; ``copydesk check --baseline FILE PATHS`` then reports only findings
the baseline does not hold, so a desk can gate new copy without first
editing ten years of archive. A finding is matched by its file, rule and
message (not its line, so copy added above it does not revive it), as many
times as the baseline counts it.

The file is JSON::

    {"copydesk-baseline": 1, "findings": [
      {"path": "archive/2019/budget.txt", "rule": "BP001", "message": "…", "count": 1}]}

Paths are relative to the folder the run starts in, with ``/``.
"""

from __future__ import annotations

import json
import os
from typing import Iterable

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read; one line naming the file."""


def _path(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def _key(path: str, diagnostic) -> tuple[str, str, str]:
    return (_path(path), diagnostic.code, diagnostic.message)


def load(file: str) -> dict[tuple[str, str, str], int]:
    """The counts a baseline file holds, by (path, rule, message)."""
    try:
        with open(file, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as exc:
        raise BaselineError(f"{file}: cannot read baseline ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise BaselineError(f"{file}: baseline is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("copydesk-baseline") != VERSION \
            or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{file}: not a copydesk baseline (write one with --write-baseline)")
    counts: dict[tuple[str, str, str], int] = {}
    for number, item in enumerate(data["findings"], 1):
        try:
            key = (_path(str(item["path"])), str(item["rule"]), str(item["message"]))
            count = int(item.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"{file}: finding {number} needs path, rule and message") from None
        counts[key] = counts.get(key, 0) + count
    return counts


def subtract(counts: dict[tuple[str, str, str], int], result) -> int:
    """Drop ``result``'s diagnostics the baseline holds; return how many went."""
    kept, dropped = [], 0
    for diagnostic in result.diagnostics:
        key = _key(result.path, diagnostic)
        if counts.get(key, 0) > 0:
            counts[key] -= 1
            dropped += 1
        else:
            kept.append(diagnostic)
    result.diagnostics = kept
    return dropped


def write(file: str, results: Iterable) -> int:
    """Write every diagnostic of ``results`` as a baseline; return how many."""
    counts: dict[tuple[str, str, str], int] = {}
    for result in results:
        for diagnostic in result.diagnostics:
            key = _key(result.path, diagnostic)
            counts[key] = counts.get(key, 0) + 1
    findings = [{"path": p, "rule": r, "message": m, "count": c} for (p, r, m), c in sorted(counts.items())]
    text = json.dumps({"copydesk-baseline": VERSION, "findings": findings}, indent=2, ensure_ascii=False) + "\n"
    temporary = f"{file}.tmp{os.getpid()}"
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temporary, file)
    except OSError as exc:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise BaselineError(f"{file}: cannot write baseline ({exc.strerror or exc})") from None
    return sum(counts.values())
