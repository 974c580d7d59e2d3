"""The user cache folder, where copydesk keeps what it compiles once.

Word lists, regular-expression programs and the shipped data are compiled
on a machine's first run and read back by later ones
(``COPYDESK_CACHE_DIR``, else ``$XDG_CACHE_HOME/copydesk`` or
``~/.cache/copydesk``). A cache file's name
carries a stamp that changes with its sources; when a new one is written,
older files of the same family are removed, so upgrades do not pile up
stale copies. Nothing here may fail a run: a folder that cannot be read or
written only costs speed.
"""

from __future__ import annotations

import os
from typing import Any, Callable

_FORMAT = b"copydesk-built-2\n"


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
    try:
        with open(file_path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


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
