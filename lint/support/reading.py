"""Read a file (or stdin) into text, refusing what is not a UTF-8 article.

Every refusal is an ``InputError`` whose message is one line naming the
reason; the caller adds the path.
"""

from __future__ import annotations

import codecs
import os
import stat

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


class InputError(Exception):
    """A file that cannot be linted; the message says why in one line."""


class EmptyInput(InputError):
    """A file with nothing to lint; reported as a notice, not an error."""


def decode(data: bytes) -> tuple[str, bool]:
    """Decode article bytes as UTF-8; return (text, had_bom)."""
    if data.startswith(_UTF16_BOMS) and not data.startswith(codecs.BOM_UTF8):
        raise InputError("is UTF-16 or UTF-32 encoded; copydesk reads UTF-8 only")
    had_bom = data.startswith(codecs.BOM_UTF8)
    if had_bom:
        data = data[len(codecs.BOM_UTF8):]
    nul = data.find(b"\0", 0, 8192)
    if nul != -1:
        raise InputError(f"looks like a binary file (NUL byte at offset {nul + (3 if had_bom else 0)})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if had_bom else 0)
        raise InputError(f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {offset})") from None
    if "\0" in text:
        nul = data.find(b"\0") + (3 if had_bom else 0)
        raise InputError(f"looks like a binary file (NUL byte at offset {nul})")
    if not text.strip():
        raise EmptyInput("is empty; nothing to check")
    return text, had_bom


_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def not_regular(mode: int) -> str | None:
    """Why a file of this mode cannot be read as text, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return "is a directory" if kind == "a directory" else f"is not a regular file ({kind})"


def read_regular(path: str, max_bytes: int, raise_hint: str = "") -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; ``InputError`` otherwise.

    The file is opened without blocking and checked to be a regular file
    before anything is read from it: a named pipe or a device (``/dev/zero``)
    would otherwise wait for a writer forever or never end. ``raise_hint``
    ends the too-large message (how to raise the limit). When the system
    refused the file, the ``OSError`` is the error's ``__cause__``.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError as exc:
        raise InputError("no such file or directory") from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory") from exc
    except PermissionError as exc:
        raise InputError("permission denied") from exc
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})") from exc
    try:
        info = os.fstat(fd)
        reason = not_regular(info.st_mode)
        if reason:
            raise InputError(reason)
        if info.st_size > max_bytes:
            raise InputError(f"is too large ({info.st_size:,} bytes; the limit is {max_bytes:,}{raise_hint})")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except IsADirectoryError as exc:
        raise InputError("is a directory") from exc
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise InputError(f"is too large (over {max_bytes:,} bytes)")
    return data


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str, bool]:
    """Read and decode an article; return (raw bytes, text, had_bom).

    Anything but a regular file (a named pipe, a device, a socket) is
    refused before it is read, with "skipped": the run goes on.
    """
    try:
        data = read_regular(path, max_bytes, ", set max-file-size to raise it")
    except InputError as exc:
        message = str(exc)
        raise InputError(message + "; skipped" if message.startswith("is not a regular file") else message) from None
    text, had_bom = decode(data)
    return data, text, had_bom
