"""Apply fixes to text, and write fixed files without ever damaging them."""

from __future__ import annotations

import os
import tempfile
from typing import Iterable

from lint.model import Applicability, Diagnostic, Edit

MAX_FIX_PASSES = 10


def applicable(diagnostics: Iterable[Diagnostic], unsafe: bool) -> list[Diagnostic]:
    allowed = {Applicability.SAFE} | ({Applicability.UNSAFE} if unsafe else set())
    return [d for d in diagnostics if d.fix is not None and d.fix.applicability in allowed]


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """Apply every fix that does not overlap an earlier one; return (text, count).

    Fixes that overlap are left for the next pass: the caller re-lints the
    new text and repeats until nothing applies (see ``MAX_FIX_PASSES``).
    """
    chosen: list[Edit] = []
    taken: list[tuple[int, int]] = []
    count = 0
    for diagnostic in sorted(diagnostics, key=lambda d: (d.fix.span.start, d.fix.span.end, d.code)):
        edits = diagnostic.fix.edits
        if any(e.span.start < end and start < e.span.end or (e.span.start == start == end)
               for e in edits for start, end in taken):
            continue
        if any(e.span.end > len(text) for e in edits):
            continue
        chosen.extend(edits)
        taken.extend((e.span.start, e.span.end) for e in edits)
        count += 1
    pieces, cursor = [], 0
    for edit in sorted(chosen, key=lambda e: (e.span.start, e.span.end)):
        pieces.append(text[cursor:edit.span.start])
        pieces.append(edit.replacement)
        cursor = edit.span.end
    pieces.append(text[cursor:])
    return "".join(pieces), count


class FileChanged(Exception):
    """The file changed on disk after it was read; it is left untouched."""


def write_atomically(path: str, original: bytes, data: bytes) -> None:
    """Replace ``path`` with ``data`` unless its bytes are no longer ``original``.

    Writes a temporary file in the same folder and renames it over the
    original, keeping its permission bits, so a crash leaves either the old
    or the new file, never half of one.
    """
    path = os.path.realpath(path)  # replace a symlink's target, not the link
    with open(path, "rb") as handle:
        if handle.read() != original:
            raise FileChanged("changed on disk since it was read; not fixed")
    folder = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o7777
    fd, temporary = tempfile.mkstemp(prefix=".copydesk-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
