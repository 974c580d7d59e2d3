"""Sentence boundaries in body copy, aware of news abbreviations.

A sentence ends at ``.``, ``!`` or ``?`` (and any closing quotes or
brackets after it) followed by white space and a capital, a digit or an
opening quote — unless the word before the stop is an abbreviation
("Mr.", "Gen.", "U.S.", "Jan.") or an initial ("R.J.").
"""

from __future__ import annotations

from lint.article.document import Document
from lint.article.parts import BODY
from lint.support.patterns import LazyPattern

from lint.model import Span

ABBREVIATIONS = frozenset("""
mr mrs ms mx dr prof sen rep gov lt gen col capt maj sgt adm cmdr cpl pvt rev msgr fr sr sra jr
st ave blvd rd mt ft no vs etc inc corp co ltd bros dept univ assn
jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n e.u d.c a.m p.m
""".split())

# How far from a word the rules look for the ends of its sentence: real
# sentences are shorter, and a bound keeps a runaway paragraph linear.
SENTENCE_REACH = 300
# Never starting inside a run of stops: a run that ends no sentence ("....."
# ×5000) would otherwise be tried from each of its stops, a quadratic cost.
_END = LazyPattern(r"(?<![.!?])[.!?]+[\"”’')\]]*(?=\s+[\"“‘(]?[A-Z0-9])")
_WORD_BEFORE = LazyPattern(r"([\w.]+)$")


def sentence_spans(doc: Document) -> tuple[Span, ...]:
    """Sentences of every body block, in text order."""
    found: list[Span] = []
    for block in doc.blocks_of(BODY):
        text = doc.slice(block.span)
        base = block.span.start
        start = 0
        for match in _END.finditer(text):
            # The word before the stop is all that matters (and looking at
            # the whole paragraph each time would make a long one quadratic).
            if text[match.start()] == "." and _is_abbreviation(text[max(0, match.start() - 40):match.start()]):
                continue
            found.append(_trimmed(text, base, start, match.end()))
            start = match.end()
        if text[start:].strip():
            found.append(_trimmed(text, base, start, len(text)))
    return tuple(found)


def _is_abbreviation(before: str) -> bool:
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # An initial ("R." in "R. Mendel") or a dotted abbreviation ("U.S").
    return len(word) == 1 and word.isalpha() or ("." in word and len(word) <= 6)


def _trimmed(text: str, base: int, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(base + start, base + end)
