"""Apply fixes to text, and write fixed files without ever damaging them."""

from __future__ import annotations

import os
from typing import Iterable

from lint.model import Applicability, Diagnostic, Edit

# Passes of fix-and-lint-again: a fix can make room for another ("Mr. Mr. Smith"
# loses one title a pass), and ordinary copy settles in two or three.
MAX_FIX_PASSES = 100


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
    original, so a crash leaves either the old or the new file, never half
    of one. The new file keeps the old one's permission bits (and owner,
    where allowed). A symlink is followed: its target is replaced and the
    link stays a link. The on-disk bytes are compared with ``original``
    after the temporary file is written, just before the rename, to keep
    the window for a concurrent edit as small as possible; on a mismatch
    nothing changes and ``FileChanged`` is raised.
    """
    import tempfile  # only --fix writes; tempfile pulls in shutil and random

    path = os.path.realpath(path)
    folder = os.path.dirname(path)
    info = os.stat(path)
    fd, temporary = tempfile.mkstemp(prefix=".copydesk-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if hasattr(os, "chown") and (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
            try:
                os.chown(temporary, info.st_uid, info.st_gid)
            except OSError:
                pass  # not ours to give away; the permission bits still hold
        os.chmod(temporary, info.st_mode & 0o7777)  # after chown, which clears set-id bits
        with open(path, "rb") as handle:
            if handle.read() != original:
                raise FileChanged("changed on disk since it was read; not fixed")
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def _sync_folder(folder: str) -> None:
    """Make the rename durable; a best effort where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
