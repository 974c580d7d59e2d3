"""The quotation marks and apostrophes of body copy, classified.

Both QT rules read this one pass (``doc.analysis(quote_marks)``): every
double mark (“ ” "), single mark (‘ ’ ') and apostrophe in the copy blocks
of the body (boilerplate lines and non-copy regions left out), grouped by
paragraph, each with the role its glyph and its neighbours give it.

An apostrophe is never a quotation mark: ’ or ' between two letters
(don’t, Peskov’s), before a two-digit year or decade (’90s, '24), in
"rock ’n’ roll", at the start of a common elision (’em, ’til), or after an
s that ends a word (the players’ union). Feet-and-inches primes (6'2") are
neither.
"""

from __future__ import annotations

import re

from lint.article.document import Document
from lint.model import Span
from lint.support.patterns import LazyPattern
from lint.support.records import record

DOUBLE = "double"
SINGLE = "single"
APOSTROPHE = "apostrophe"

OPEN = "open"
CLOSE = "close"
EITHER = "either"

STRAIGHT = "\"'"
CURLY = "“”‘’"

_MARK = LazyPattern(r"[“”\"‘’']")
_DECADE = LazyPattern(r"[0-9]{2}(?:s\b|(?![0-9]))")
_PRIMES = LazyPattern(r"[0-9]'[0-9]{1,2}(?:\.[0-9])?\"")
_ELISIONS = frozenset({"em", "til", "tis", "twas", "cause", "bout", "cept", "round", "n"})
# A mark after one of these (or at the start) opens; before one of these it closes.
_OPENING_BEFORE = set(" \t\r\n([{—–-/“‘\u00a0")
_CLOSING_AFTER = set(" \t\r\n.,;:!?)]}—–-/…\u00a0”’\"'")


@record
class Mark:
    """One quotation mark or apostrophe in body copy."""

    offset: int
    char: str
    kind: str  # DOUBLE, SINGLE or APOSTROPHE
    role: str  # OPEN, CLOSE or EITHER (what glyph and context say); APOSTROPHE

    @property
    def straight(self) -> bool:
        return self.char in STRAIGHT

    @property
    def span(self) -> Span:
        return Span(self.offset, self.offset + 1)


@record
class Paragraph:
    """A copy paragraph's marks and whether it opens with a quotation mark."""

    span: Span
    marks: tuple[Mark, ...]
    opens_with_quote: bool

    @property
    def doubles(self) -> tuple[Mark, ...]:
        return tuple(m for m in self.marks if m.kind == DOUBLE)


def opening_context(text: str, offset: int, start: int = 0) -> bool:
    """True when a mark at ``offset`` follows the start, a space, a bracket or a dash."""
    return offset <= start or text[offset - 1] in _OPENING_BEFORE


def closing_context(text: str, offset: int, end: int) -> bool:
    """True when a mark at ``offset`` follows a word and ends one."""
    return offset + 1 >= end or text[offset + 1] in _CLOSING_AFTER


def is_apostrophe(text: str, i: int, start: int, end: int) -> bool:
    """True when the single mark at ``i`` is an apostrophe, not a quotation mark."""
    before = text[i - 1] if i > start else ""
    after = text[i + 1] if i + 1 < end else ""
    if before.isalpha() and after.isalpha():  # don’t, Peskov’s, O’Brien
        return True
    if not before.isalnum() and _DECADE.match(text, i + 1, end):  # ’90s, '24
        return True
    if before == "n" and i >= start + 2 and text[i - 2] in "’'‘" and not after.isalpha():
        return True  # the second mark of ’n’
    if not before.isalpha() and after.isalpha():
        word = re.match(r"[^\W\d_]+", text[i + 1:end])
        if word and word.group().lower() in _ELISIONS:  # ’em, ’til, rock ’n’ roll
            return True
    return False


def possessive_s(text: str, i: int, start: int, end: int) -> bool:
    """True for the mark of a plural possessive (the players’ union).

    A closing single quote after a word in s looks the same; the caller
    decides by whether a single quotation is open.
    """
    after = text[i + 1] if i + 1 < end else ""
    return i >= start + 2 and text[i - 1] in "sS" and text[i - 2].isalpha() and not after.isalpha()


def _role(text: str, i: int, start: int, end: int) -> str:
    char = text[i]
    opening = opening_context(text, i, start) and not closing_context(text, i, end)
    closing = closing_context(text, i, end) and not opening_context(text, i, start)
    if char in "“‘":
        return EITHER if closing else OPEN  # a curly opener where a closer belongs
    if char in "”’":
        return EITHER if opening else CLOSE
    return EITHER


def _primes(text: str, span: Span) -> set[int]:
    found: set[int] = set()
    for match in _PRIMES.finditer(text, span.start, span.end):
        found.add(match.start() + 1)
        found.add(match.end() - 1)
    return found


def _inside(offset: int, spans: list[Span]) -> bool:
    return any(s.start <= offset < s.end for s in spans)


def quote_marks(doc: Document) -> tuple[Paragraph, ...]:
    """Every copy paragraph of the body with its classified marks, in text order."""
    from lint.analysis.people import copy_blocks
    from lint.analysis.boilerplate import matched_spans

    text = doc.text
    furniture = matched_spans(doc)
    paragraphs = []
    for span in copy_blocks(doc):
        inner = [f for f in furniture if f.overlaps(span)]
        primes = _primes(text, span)
        marks = []
        single_open = False
        for match in _MARK.finditer(text, span.start, span.end):
            i = match.start()
            if i in primes or _inside(i, inner) or not doc.is_copy(Span(i, i + 1)):
                continue
            char = text[i]
            if char in "“”\"":
                marks.append(Mark(i, char, DOUBLE, _role(text, i, span.start, span.end)))
            elif is_apostrophe(text, i, span.start, span.end) or (
                    not single_open and possessive_s(text, i, span.start, span.end)):
                marks.append(Mark(i, char, APOSTROPHE, APOSTROPHE))
            else:
                role = _role(text, i, span.start, span.end)
                single_open = role == OPEN or (role == EITHER and not single_open)
                marks.append(Mark(i, char, SINGLE, role))
        paragraphs.append(Paragraph(span, tuple(marks), _opens_with_quote(text, span, inner)))
    return tuple(paragraphs)


def _opens_with_quote(text: str, span: Span, furniture: list[Span]) -> bool:
    """True when the paragraph's first copy character is an opening double mark.

    A Markdown blockquote marker before it does not count as copy.
    """
    i = span.start
    while i < span.end and (text[i].isspace() or text[i] == ">" or _inside(i, furniture)):
        i += 1
    return i < span.end and text[i] in "“\""
