"""Reading the files a desk writes: config, word lists, people files, style
packs. Each read is bounded in size, and every problem is one
``ConfigError`` line naming the file (and the line, when one is to blame)."""

from __future__ import annotations

import re


class ConfigError(Exception):
    """A config problem; ``str()`` is one line: ``path:line: what is wrong``."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.where = where
        self.detail = message


def line_of(text: str, token: str) -> int | None:
    """1-based line where ``token`` first appears as a key, name or string."""
    pattern = re.compile(r"(?<![\w-])[\"']?" + re.escape(token) + r"[\"']?(?![\w-])")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.search(line.split("#", 1)[0]):
            return number
    return None


CONFIG_MAX_BYTES = 4 * 1024 * 1024  # a config file, word list, people file or style pack


def read_config_bytes(path: str, what: str) -> bytes:
    """The bytes of a file the config names (or the config itself).

    Only a regular file of at most ``CONFIG_MAX_BYTES`` is read: a named
    pipe or ``/dev/zero`` named as a word list would otherwise hang the run
    or fill the memory. Any refusal is a ``ConfigError`` naming the file.
    """
    from lint.support.reading import InputError, read_regular

    try:
        return read_regular(path, CONFIG_MAX_BYTES)
    except InputError as exc:
        cause = exc.__cause__
        if isinstance(cause, OSError):
            raise ConfigError(path, f"cannot read {what} ({cause.strerror or cause})") from None
        raise ConfigError(path, f"{what} {exc}") from None
