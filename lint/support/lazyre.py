"""Regular expressions compiled on first use, behind a cheap substring test.

Compiling is the largest part of copydesk's start-up: a run compiles more
than a hundred patterns, most of which never find anything in a given
article. ``LazyPattern`` compiles only when first used, and its optional
``needles`` (lower-case substrings every match must contain) let a caller
skip the pattern — and its compilation — for text that cannot match.
"""

from __future__ import annotations

import re

from lint.support import regexcache


class LazyPattern:
    """A ``re`` pattern compiled the first time it is needed."""

    __slots__ = ("source", "flags", "needles", "_compiled")

    def __init__(self, source: str, flags: int = 0, needles: tuple[str, ...] = ()) -> None:
        self.source = source
        self.flags = flags
        self.needles = needles  # lower-case; a match contains at least one
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = regexcache.compile(self.source, self.flags)
        return self._compiled

    def could_match(self, lowered: str) -> bool:
        """False only when ``lowered`` (lower-cased text) contains no needle."""
        return not self.needles or any(needle in lowered for needle in self.needles)

    def search(self, text: str, *args):
        return self.compiled.search(text, *args)

    def match(self, text: str, *args):
        return self.compiled.match(text, *args)

    def finditer(self, text: str, *args):
        return self.compiled.finditer(text, *args)

    def sub(self, repl, text: str, count: int = 0):
        return self.compiled.sub(repl, text, count)
