"""Offset to (line, column) conversion: the one place that knows line endings.

LF, CRLF and lone CR all end a line. Columns count code points (Python
string indices); a BOM is not part of the decoded text, so it never shifts
columns.
"""

from __future__ import annotations

import bisect

from lint.support.patterns import LazyPattern

_LINE_END = LazyPattern(r"\r\n|\r|\n")


class LineIndex:
    """Line-start offsets of a text, for 1-based line/column lookups."""

    __slots__ = ("starts", "length")

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.starts.extend(m.end() for m in _LINE_END.finditer(text))
        self.length = len(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a character offset."""
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_span(self, line: int, text: str) -> tuple[int, int]:
        """Return (start, end) offsets of 1-based ``line`` without its ending."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else self.length
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        return start, end

    @property
    def line_count(self) -> int:
        return len(self.starts)


def iter_lines(text: str):
    """Yield (start, end) offsets of each line's content, endings excluded."""
    start = 0
    for match in _LINE_END.finditer(text):
        yield start, match.start()
        start = match.end()
    if start < len(text) or not text:
        yield start, len(text)


def dominant_newline(text: str) -> str:
    """The line ending used most often in ``text`` (LF when there is none)."""
    counts = {"\r\n": 0, "\r": 0, "\n": 0}
    for match in _LINE_END.finditer(text):
        counts[match.group()] += 1
    best = max(counts, key=lambda k: (counts[k], k == "\n"))
    return best if counts[best] else "\n"
