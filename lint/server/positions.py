"""Character offsets <-> LSP positions in the negotiated encoding.

copydesk keeps positions as offsets into the text (code points) until
output; an editor counts a line's columns in UTF-16 code units unless it
offers UTF-8 or UTF-32. A curly quote is one unit in UTF-16 and three bytes
in UTF-8; an emoji or a rare CJK name character is two UTF-16 units.

Lines end at CRLF, CR or LF, as in the protocol and in ``lint.support.lines`` —
not at the other characters ``str.splitlines`` breaks on (U+2028, form
feed, NEL), which editors show inside a line. That is also why the server
applies incremental changes itself (``apply_change``) rather than relying
on a line list built with ``splitlines``.
"""

from __future__ import annotations

from lint.support.lines import LineIndex

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def units(text: str, encoding: str) -> int:
    """Length of ``text`` in the encoding's code units."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class PositionMap:
    """Converts between offsets into ``text`` and (line, character) positions."""

    __slots__ = ("text", "encoding", "index")

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.index = LineIndex(text)

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, character) of a character offset."""
        line, column = self.index.line_col(offset)
        start = self.index.starts[line - 1]
        return line - 1, units(self.text[start:start + column - 1], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The character offset of an LSP position; a position past the end of
        its line (or past the last line) is clamped, as the protocol asks."""
        if line < 0:
            return 0
        if line >= self.index.line_count:
            return len(self.text)
        start, end = self.index.line_span(line + 1, self.text)
        content = self.text[start:end]
        if self.encoding == UTF32 or content.isascii():
            return start + min(max(character, 0), len(content))
        counted = 0
        for i, char in enumerate(content):
            if counted >= character:
                return start + i
            counted += units(char, self.encoding)
        return end


def apply_change(text: str, change_range, new_text: str, encoding: str) -> str:
    """``text`` with one incremental change applied (``change_range`` is an
    LSP range, or None for the whole text)."""
    if change_range is None:
        return new_text
    positions = PositionMap(text, encoding)
    start = positions.offset(change_range.start.line, change_range.start.character)
    end = positions.offset(change_range.end.line, change_range.end.character)
    if end < start:
        start, end = end, start
    return text[:start] + new_text + text[end:]


def minimal_edit(before: str, after: str) -> tuple[int, int, str]:
    """(start, end, replacement) turning ``before`` into ``after`` by
    replacing one stretch: what differs between their common prefix and
    common suffix. An editor then keeps the cursor and folds elsewhere."""
    limit = min(len(before), len(after))
    prefix = 0
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    # Never split a CRLF pair between the kept and the replaced text.
    if 0 < prefix < len(before) and before[prefix - 1] == "\r" and before[prefix] == "\n":
        prefix -= 1
    return prefix, len(before) - suffix, after[prefix:len(after) - suffix]
