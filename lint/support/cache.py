"""The user cache folder, where copydesk keeps what it compiles once.

Word lists and the shipped data are compiled on a machine's first run and read back by later ones
(``COPYDESK_CACHE_DIR``, else ``$XDG_CACHE_HOME/copydesk`` or
``~/.cache/copydesk``). A cache file's name
carries a stamp that changes with its sources; when a new one is written,
older files of the same family are removed, so upgrades do not pile up
stale copies. A file no run has read for ``MAX_AGE_DAYS`` (the copy of an
environment since deleted) is removed whenever a new file is written, and
the folder is kept under ``MAX_BYTES`` the same way, least recently used
first; ``copydesk cache clean`` empties it. Nothing here may fail a run: a folder that cannot be read or
written only costs speed.

What the folder holds decides results (a planted rule-data copy could make
``--fix`` write "lied" for "said"), so it is trusted only when it is safe:
a real folder (not a symlink) owned by the user and writable by nobody
else; otherwise it is not used at all, and the run says so once. Files in
it are opened without following symlinks and read only when they are
plain files of the user's, writable by nobody else; stale ones are removed
only when they are plain files. Every file carries a CRC-32 of its data
and the key of the installation that wrote it (``installation_key``), so
another copydesk's data, or data from anywhere else, is never taken for
this one's.
"""

from __future__ import annotations

import os
import stat
from typing import Any, Callable

_FORMAT = b"copydesk-built-3\n"
_KEY_FILES = ("rule_data.json", os.path.join("boilerplate", "shipped_patterns.json"))
_verdict: dict[str, str | None] = {}  # folder -> why it is not used (None: it is safe)
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


def usable_folder(create: bool = False) -> str | None:
    """The cache folder when it is safe to trust, else None.

    Safe: a folder, not a symlink, owned by this user, that neither the group
    nor others may write. With ``create``, a missing folder is made (mode
    0700). The first refusal is said on stderr, once per run.
    """
    place = folder()
    if place in _verdict:
        return place if _verdict[place] is None else None
    try:
        info = os.lstat(place)
    except FileNotFoundError:
        if not create:
            return None
        try:
            os.makedirs(place, mode=0o700, exist_ok=True)
            info = os.lstat(place)
        except OSError:
            return None
    except OSError:
        return None
    reason = _unsafe(info, folder=True)
    _verdict[place] = reason
    if reason is None:
        return place
    import sys

    sys.stderr.write(f"copydesk: cache folder {place} {reason}; not used (runs are slower)\n")
    return None


def _unsafe(info: os.stat_result, folder: bool = False) -> str | None:
    """Why a cache folder or file of this ``lstat`` is not to be trusted, or None."""
    if stat.S_ISLNK(info.st_mode):
        return "is a symlink"
    if not (stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)):
        return "is not a folder" if folder else "is not a plain file"
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        return "belongs to another user"
    if os.name == "posix" and info.st_mode & 0o022:  # Windows reports no such bits
        return "is writable by other users"
    return None


def installation_key() -> bytes:
    """16 bytes that name this installation's data: where the packages are and
    the size and time of the shipped data files. Written into every cache
    file and checked on reading, so data another installation (or anyone
    else) wrote never passes as this one's. Not a secret: other users are
    kept out by the folder's ownership, not by this key."""
    global _key
    if _key is None:
        try:
            from _blake2 import blake2b  # hashlib would load OpenSSL first: milliseconds
        except ImportError:
            from hashlib import blake2b

        here = os.path.dirname(os.path.abspath(__file__))
        try:
            rules = os.path.abspath(rules_root())
        except (ImportError, AttributeError, TypeError):
            rules = os.path.join(os.path.dirname(here), "rules")
        parts = [here, rules]
        for name in _KEY_FILES:
            try:
                info = os.stat(os.path.join(rules, name))
                parts.append(f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}")
            except OSError:
                parts.append("-")
        _key = blake2b(chr(0).join(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()
    return _key


_key: bytes | None = None


def location(*paths: str) -> str:
    """A short tag for where ``paths`` are installed."""
    import zlib

    return f"{zlib.crc32(chr(0).join(paths).encode('utf-8', 'surrogatepass')):08x}"


def _read(file_path: str) -> bytes | None:
    """A cache file's bytes, when the folder is safe and the file is a plain
    file of this user's that nobody else may write (never through a symlink).
    A file read a day or more after it was last marked gets its modification
    time renewed: it is in use, and pruning removes only files no run has
    read for ``MAX_AGE_DAYS``."""
    if usable_folder() is None or os.path.dirname(file_path) != folder():
        return None
    try:
        fd = os.open(file_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if _unsafe(info) is not None:
            return None
        if _now() - info.st_mtime > _DAY:
            try:
                os.utime(fd)
            except (OSError, NotImplementedError):
                pass
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def _now() -> float:
    import time

    return time.time()


def read_checked(file_path: str, header: bytes) -> bytes | None:
    """The data of a file written by ``write_checked`` with ``header``; None
    when it is missing, untrusted, of another format or installation, or
    damaged (its CRC-32 fails)."""
    import zlib

    raw = _read(file_path)
    lead = header + installation_key()
    if raw is None or not raw.startswith(lead):
        return None
    checksum, payload = raw[len(lead):len(lead) + 4], raw[len(lead) + 4:]
    return payload if zlib.crc32(payload).to_bytes(4, "little") == checksum else None


def write_checked(file_path: str, header: bytes, payload: bytes) -> bool:
    """``write`` ``header``, this installation's key, the CRC-32 of ``payload``,
    then ``payload``; the only way data goes into the cache."""
    import zlib

    return _write(file_path, header + installation_key() + zlib.crc32(payload).to_bytes(4, "little") + payload)


def _write(file_path: str, data: bytes) -> bool:
    """Write ``data`` atomically, then remove other stamps of its family.

    The family is the file name up to its last hyphen. Returns whether the
    file was written (never into a folder that is not safe to trust).
    """
    import tempfile

    directory, name = os.path.split(file_path)
    if directory != folder() or usable_folder(create=True) is None:
        return False
    temporary = None
    try:
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
            stale = os.path.join(directory, sibling)
            try:
                if stat.S_ISREG(os.lstat(stale).st_mode):  # a symlink or folder planted there stays
                    os.unlink(stale)
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


def rules_root() -> str:
    """The built-in rule packs' folder, found without importing them (this
    layer sits below the rules)."""
    import sys

    loaded = sys.modules.get("lint.rules")
    if loaded is not None:
        return os.path.dirname(loaded.__file__)
    from importlib.util import find_spec

    return os.path.dirname(find_spec("lint.rules").origin)
