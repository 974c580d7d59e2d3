"""Read a file (or stdin) into text, refusing what is not a UTF-8 article.

Every refusal is an ``InputError`` whose message is one line naming the
reason; the caller adds the path.
"""

from __future__ import annotations

import codecs
import os

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


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str, bool]:
    """Read and decode a file; return (raw bytes, text, had_bom)."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(
                f"is too large ({size:,} bytes; the limit is {max_bytes:,}, set max-file-size to raise it)"
            )
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"is too large (over {max_bytes:,} bytes)")
    text, had_bom = decode(data)
    return data, text, had_bom
