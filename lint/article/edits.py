"""Edits that rules share: removing whole lines or blocks cleanly."""

from __future__ import annotations

import re
from collections import Counter

from lint.article.document import Document
from lint.model import Edit, Span
from lint.support.lines import dominant_newline
from lint.support.patterns import LazyPattern

_GAP = LazyPattern(r"(?:[ \t]*(?:\r\n|\r|\n)){2,}")


def paragraph_gap(doc: Document) -> str:
    """The blank-line run the article uses between paragraphs (most common)."""
    counts = Counter(match.group() for match in _GAP.finditer(doc.text))
    if counts:
        gap = max(counts, key=counts.__getitem__)  # most_common(1) would import heapq
        return re.sub(r"[ \t]+", "", gap)
    newline = doc.analysis(dominant_newline, doc.text)
    return newline * 2


def remove_lines(doc: Document, span: Span) -> Edit:
    """An edit deleting the whole lines ``span`` touches, blank lines around
    them included, so that the paragraphs around keep their normal spacing."""
    text = doc.text
    start = span.start
    while start > 0 and text[start - 1] not in "\r\n":
        start -= 1
    end = span.end
    while end < len(text) and text[end] not in "\r\n":
        end += 1
    before = start
    while before > 0 and text[before - 1] in " \t\r\n":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t\r\n":
        after += 1
    if before == 0:  # nothing before: drop everything up to the next line
        return Edit(Span(0, after), "")
    newline = doc.analysis(dominant_newline, text)  # once per document, not per edit
    if after == len(text):  # nothing after: keep the file's final newline, if any
        return Edit(Span(before, len(text)), newline if text.endswith(("\n", "\r")) else "")
    # A block between blank lines leaves one normal paragraph gap; a line
    # inside a paragraph leaves a single line ending.
    if _GAP.search(text[before:start]) or _GAP.search(text[end:after]):
        return Edit(Span(before, after), doc.analysis(paragraph_gap))
    return Edit(Span(before, after), newline)
