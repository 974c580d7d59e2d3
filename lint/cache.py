"""The user cache folder, where copydesk keeps what it compiles once.

Word lists, regular-expression programs and the shipped data are compiled
on a machine's first run and read back by later ones
(``COPYDESK_CACHE_DIR``, else ``$XDG_CACHE_HOME/copydesk`` or
``~/.cache/copydesk``). A cache file's name
carries a stamp that changes with its sources; when a new one is written,
older files of the same family are removed, so upgrades do not pile up
stale copies. A file no run has read for ``MAX_AGE_DAYS`` (the copy of an
environment since deleted) is removed whenever a new file is written, and
the folder is kept under ``MAX_BYTES`` the same way, least recently used
first; ``copydesk cache clean`` empties it. Nothing here may fail a run: a folder that cannot be read or
written only costs speed.
"""

from __future__ import annotations

import os
from typing import Any, Callable

_FORMAT = b"copydesk-built-2\n"
MAX_AGE_DAYS = 30
MAX_BYTES = 64 * 1024 * 1024
_DAY = 24 * 60 * 60
_SUFFIXES = (".bin", ".tmp")  # what ``clean`` and pruning treat as copydesk's


def folder() -> str:
    explicit = os.environ.get("COPYDESK_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "copydesk")


def path(family: str, stamp: str) -> str:
    """The file for ``family`` compiled from sources identified by ``stamp``.

    Writing it removes the family's other stamps, so a family must name
    one installation's data: two copies of copydesk (a project's virtual
    environment and pre-commit's) add their ``location`` to the family
    rather than evict each other's files on every run.
    """
    return os.path.join(folder(), f"{family}-{stamp}.bin")


def location(*paths: str) -> str:
    """A short tag for where ``paths`` are installed."""
    import zlib

    return f"{zlib.crc32(chr(0).join(paths).encode('utf-8', 'surrogatepass')):08x}"


def read(file_path: str) -> bytes | None:
    """The file's bytes, or None. A file read a day or more after it was last
    marked gets its modification time renewed: it is in use, and pruning
    removes only files no run has read for ``MAX_AGE_DAYS``."""
    try:
        with open(file_path, "rb") as handle:
            data = handle.read()
            if _now() - os.fstat(handle.fileno()).st_mtime > _DAY:
                try:
                    os.utime(handle.fileno())
                except (OSError, NotImplementedError):
                    pass
            return data
    except OSError:
        return None


def _now() -> float:
    import time

    return time.time()


def read_checked(file_path: str, header: bytes) -> bytes | None:
    """The data of a file written by ``write_checked`` with ``header``; None
    when it is missing, of another format, or damaged (its CRC-32 fails)."""
    import zlib

    raw = read(file_path)
    if raw is None or not raw.startswith(header):
        return None
    checksum, payload = raw[len(header):len(header) + 4], raw[len(header) + 4:]
    return payload if zlib.crc32(payload).to_bytes(4, "little") == checksum else None


def write_checked(file_path: str, header: bytes, payload: bytes) -> bool:
    """``write`` ``header``, the CRC-32 of ``payload``, then ``payload``."""
    import zlib

    return write(file_path, header + zlib.crc32(payload).to_bytes(4, "little") + payload)


def write(file_path: str, data: bytes) -> bool:
    """Write ``data`` atomically, then remove other stamps of its family.

    The family is the file name up to its last hyphen. Returns whether the
    file was written.
    """
    import tempfile

    directory, name = os.path.split(file_path)
    temporary = None
    try:
        os.makedirs(directory, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, file_path)
    except OSError:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
        return False
    _remove_stale(directory, name)
    prune(directory, keep=name)
    return True


def built(family: str, sources: list[str], build: Callable[[], Any]) -> Any:
    """What ``build()`` makes of the files ``sources``, kept in marshal form.

    Parsing a data file in Python costs milliseconds on every run;
    ``marshal`` is built into the interpreter and reads the result back many
    times faster. The copy is keyed on the sources' sizes and modification
    times and on the Python version (marshal's format may change between
    versions), and checked against its CRC-32 when read. ``build`` must return plain data: str, numbers, tuples,
    lists, dicts, sets and frozensets. Its exceptions pass through.
    """
    import marshal
    import sys
    import zlib

    stats = [os.stat(source) for source in sources]
    signature = ";".join(f"{st.st_size}:{st.st_mtime_ns}" for st in stats)
    copy = path(f"{family}-{location(*sources)}", f"{zlib.crc32(signature.encode()):08x}x{sys.hexversion:x}")
    payload = read_checked(copy, _FORMAT)
    if payload is not None:
        try:
            return marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            pass  # damaged: build it again
    made = build()
    try:
        payload = marshal.dumps(made)
    except ValueError:  # not plain data: nothing to keep, but the result stands
        return made
    write_checked(copy, _FORMAT, payload)
    return made


def json_file(file_path: str, family: str) -> Any:
    """The parsed contents of a shipped JSON file, without importing ``json``
    on later runs. Raises OSError or ValueError as ``json.load`` would."""
    def parse() -> Any:
        import json

        with open(file_path, encoding="utf-8") as handle:
            return json.load(handle)

    return built(family, [file_path], parse)


def _remove_stale(directory: str, name: str) -> None:
    family = name.rsplit("-", 1)[0] + "-"
    try:
        siblings = os.listdir(directory)
    except OSError:
        return
    for sibling in siblings:
        if sibling != name and sibling.startswith(family) and sibling.endswith(".bin") \
                and "-" not in sibling[len(family):]:
            try:
                os.unlink(os.path.join(directory, sibling))
            except OSError:
                pass


def _entries(directory: str) -> list[tuple[str, os.stat_result]]:
    """copydesk's files in ``directory`` (regular files only) with their stat."""
    import stat

    found = []
    try:
        names = os.listdir(directory)
    except OSError:
        return found
    for name in names:
        if not name.endswith(_SUFFIXES):
            continue
        full = os.path.join(directory, name)
        try:
            info = os.lstat(full)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            found.append((full, info))
    return found


def prune(directory: str | None = None, keep: str = "", max_age_days: float = MAX_AGE_DAYS,
          max_bytes: int = MAX_BYTES) -> int:
    """Remove files unused for ``max_age_days``, then the least recently used
    until the folder holds at most ``max_bytes``; return how many went."""
    directory = directory or folder()
    now = _now()
    kept, removed = [], 0
    for full, info in _entries(directory):
        if os.path.basename(full) != keep and now - info.st_mtime > max_age_days * _DAY:
            removed += _unlink(full)
        else:
            kept.append((full, info))
    total = sum(info.st_size for _, info in kept)
    for full, info in sorted(kept, key=lambda item: item[1].st_mtime):
        if total <= max_bytes:
            break
        if os.path.basename(full) != keep:
            removed += _unlink(full)
            total -= info.st_size
    return removed


def _unlink(full: str) -> int:
    try:
        os.unlink(full)
        return 1
    except OSError:
        return 0


def clean() -> tuple[int, int, list[tuple[str, str]]]:
    """Remove every copydesk file from the cache folder; return (files removed,
    bytes freed, [(path, reason)] for files that could not be removed)."""
    removed, size, failed = 0, 0, []
    for full, info in _entries(folder()):
        try:
            os.unlink(full)
        except OSError as exc:
            failed.append((full, exc.strerror or str(exc)))
            continue
        removed += 1
        size += info.st_size
    return removed, size, failed
