"""Apply fixes to text, and write fixed files without ever damaging them."""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from typing import Iterable, Iterator

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


TEMPORARY_PREFIX, TEMPORARY_SUFFIX = ".copydesk-", ".tmp"
STALE_AFTER_SECONDS = 3600


def remove_stale_temporaries(folder: str) -> int:
    """Delete the temporary files a killed ``--fix`` left in ``folder``; return how many.

    A temporary file is ``.copydesk-<pid>-<random>.tmp``. It is stale when it
    is ours (same owner), a plain file (a symlink is never followed or
    removed), and either the process that wrote it is gone or it is over an
    hour old (a name without a process number, or a process on another
    machine sharing the folder).
    """
    try:
        names = [n for n in os.listdir(folder) if n.startswith(TEMPORARY_PREFIX) and n.endswith(TEMPORARY_SUFFIX)]
    except OSError:
        return 0
    import time

    removed = 0
    for name in names:
        path = os.path.join(folder, name)
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or (hasattr(os, "geteuid") and info.st_uid != os.geteuid()):
            continue
        pid = name[len(TEMPORARY_PREFIX):].split("-", 1)[0]
        if not (time.time() - info.st_mtime > STALE_AFTER_SECONDS or (pid.isdigit() and not _alive(int(pid)))):
            continue
        try:
            os.unlink(path)
            removed += 1
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process, or no way to ask: assume it runs
        return True
    return True


LOCK_WAIT_SECONDS = 60.0


class FileBusy(Exception):
    """Another process held the file's lock for too long; it is left untouched."""


@contextmanager
def locked(path: str, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path`` while it is read, fixed and written.

    Two ``--fix`` runs on one folder then take turns on each file: the
    second waits, reads the first one's result and finds little or nothing
    left to fix, instead of reporting the file as changed on disk. The lock
    is taken on the file itself (``flock``); since ``--fix`` replaces the
    file by a rename, a lock won on a file that has meanwhile been replaced
    is let go and taken again on the new one. Where there is no ``flock``
    (Windows), or the file cannot be opened (the read that follows reports
    why), nothing is locked and the changed-on-disk check still protects
    the file. Raises ``FileBusy`` after ``wait`` seconds.
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    import time

    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        except OSError:
            yield
            return
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                yield  # the read that follows refuses it
                return
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                if time.monotonic() > deadline:
                    raise FileBusy(f"is being fixed by another process (waited {wait:.0f} s); not fixed") from None
                os.close(fd)
                fd = -1
                time.sleep(0.02)
                continue
            try:
                now = os.stat(path)
            except OSError:
                now = None
            if now is None or (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
                continue  # replaced while we waited: lock the new file instead
            yield
            return
        finally:
            if fd >= 0:
                os.close(fd)  # closing the descriptor releases the lock


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
    fd, temporary = tempfile.mkstemp(prefix=f"{TEMPORARY_PREFIX}{os.getpid()}-", suffix=TEMPORARY_SUFFIX,
                                     dir=folder)
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
