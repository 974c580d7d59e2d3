"""The user cache folder, where copydesk keeps what it compiles once.

Word lists and regular-expression programs are compiled on a machine's
first run and read back by later ones (``COPYDESK_CACHE_DIR``, else
``$XDG_CACHE_HOME/copydesk`` or ``~/.cache/copydesk``). A cache file's name
carries a stamp that changes with its sources; when a new one is written,
older files of the same family are removed, so upgrades do not pile up
stale copies. Nothing here may fail a run: a folder that cannot be read or
written only costs speed.
"""

from __future__ import annotations

import os


def folder() -> str:
    explicit = os.environ.get("COPYDESK_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "copydesk")


def path(family: str, stamp: str) -> str:
    """The file for ``family`` compiled from sources identified by ``stamp``."""
    return os.path.join(folder(), f"{family}-{stamp}.bin")


def read(file_path: str) -> bytes | None:
    try:
        with open(file_path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


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
