"""The words of an article's copy, as the spelling rules read them.

Body paragraphs and headings, without the lines the boilerplate rules
report, the format's non-copy regions (code, link targets) and the tokens
no dictionary should see: web addresses, e-mail addresses, @handles,
#hashtags, file and domain names, and letters glued to digits ("5km",
"COVID-19"). A word keeps its inner apostrophes and hyphens ("don't",
"well-known"); a possessive ending is not part of it ("Peskov's" is
"Peskov").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lint.document import HEADING
from lint.model import Span

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*")
_NOT_WORDS = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\w-]+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|io|co|uk|ru|ua|info|html?|pdf|jpe?g|png|gif|txt|md|toml|json|ya?ml|csv|xml|docx?|xlsx?)\b",
    re.IGNORECASE)
_POSSESSIVE = ("'s", "’s")


class Word(NamedTuple):
    text: str
    span: Span


def copy_spans(doc) -> list[Span]:
    """Body paragraphs (boilerplate lines left out) and headings, in order."""
    from lint.people import copy_blocks

    spans = list(doc.analysis(copy_blocks)) + [block.span for block in doc.blocks_of(HEADING)]
    return sorted(spans, key=lambda span: span.start)


def copy_words(doc) -> tuple[Word, ...]:
    """Every word of the copy that a dictionary should see, in order."""
    text = doc.text
    found: list[Word] = []
    for block in doc.analysis(copy_spans):
        skipped = [Span(m.start(), m.end()) for m in _NOT_WORDS.finditer(text, block.start, block.end)]
        for match in _WORD.finditer(text, block.start, block.end):
            start, end = match.span()
            before, after = text[max(start - 2, 0):start], text[end:end + 2]
            if before[-1:].isdigit() or after[:1].isdigit() or (after[:1] == "-" and after[1:].isdigit()) \
                    or (before[-1:] == "-" and before[:1].isdigit()):
                continue  # "5km", "G20", "COVID-19", "3-year-old"
            span = Span(start, end)
            if any(s.overlaps(span) for s in skipped) or (doc.regions and not doc.is_copy(span)):
                continue
            word = match.group()
            if word.endswith(_POSSESSIVE):
                word = word[:-2]
                span = Span(start, end - 2)
            elif word.endswith(("s'", "s’")) and len(word) > 3:
                word = word[:-1]
                span = Span(start, end - 1)
            found.append(Word(word, span))
    return tuple(found)
