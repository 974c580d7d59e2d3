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

from lint.article.parts import HEADING
from lint.support.patterns import LazyPattern

from lint.model import Span
from lint.support.records import record

# Web and e-mail addresses, handles, hashtags and file names, looked for
# only in paragraphs that hold one of their marks. Each alternative starts
# only where a run of its characters starts, so that no input, however
# long, is scanned once per character.
_NOT_WORDS = LazyPattern(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\w-]+"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|io|co|uk|ru|ua|info|html?|pdf|jpe?g|png|gif"
    r"|txt|md|toml|json|ya?ml|csv|xml|docx?|xlsx?)\b", re.IGNORECASE)
_MARKS = LazyPattern(r"[@#]|://|www\.|\.[A-Za-z]")
# A word that no digit touches: "5km", "G20", "COVID-19" and "3-year-old"
# are not words. A hyphenated word is one word, taken whole (atomic group),
# and starts only where its run of letters and hyphens starts.
_WORD = LazyPattern(r"(?<![\w-])(?>[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*)"
                   r"(?![\w])(?!-\d)")
_POSSESSIVE = ("'s", "’s")


@record
class Word:
    text: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def copy_spans(doc) -> list[Span]:
    """Body paragraphs (boilerplate lines left out) and headings, in order."""
    from lint.analysis.people import copy_blocks

    spans = list(doc.analysis(copy_blocks)) + [block.span for block in doc.blocks_of(HEADING)]
    return sorted(spans, key=lambda span: span.start)


def copy_words(doc) -> tuple[Word, ...]:
    """Every word of the copy that a dictionary should see, in order."""
    text = doc.text
    regions = bool(doc.regions)
    found: list[Word] = []
    for block in doc.analysis(copy_spans):
        skipped = []
        if _MARKS.search(text, block.start, block.end):
            skipped = [m.span() for m in _NOT_WORDS.finditer(text, block.start, block.end)]
        for match in _WORD.finditer(text, block.start, block.end):
            word = match.group()
            start, end = match.span()
            if skipped and any(s < end and start < e for s, e in skipped):
                continue
            if word.endswith(_POSSESSIVE):
                word, end = word[:-2], end - 2
            elif word.endswith(("s'", "s’")) and len(word) > 3:
                word, end = word[:-1], end - 1
            if regions and not doc.is_copy(Span(start, end)):
                continue
            found.append(Word(word, start, end))
    return tuple(found)
