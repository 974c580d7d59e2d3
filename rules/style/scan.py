"""What the ST rules share: the copy they read and when the AP rules apply.

Body paragraphs only (headlines follow their own style: figures for all
numbers, abbreviations), without the lines the boilerplate rules report,
and never inside a direct quotation: a source's words are not edited to
house style.
"""

from __future__ import annotations

from lint.article.document import Document
from lint.model import Span

# Words that may open a sentence before a figure without making it a name
# or an identifier ("About 3 people", but not "Route 3", "Category 4").
OPENERS = frozenset("""
a about after again all almost also although and another any around as at because before both but by
each even every exactly fewer for from he her his however if in its just last less many more most
nearly no nor of on once only or our over perhaps roughly she since so some still than that
the their then there these they this those though through to under until up when where which while
who with within yet
""".split())


def copy_spans(doc: Document) -> list[Span]:
    """Body paragraphs that are copy (no boilerplate lines), in text order."""
    from lint.analysis.people import copy_blocks

    return doc.analysis(copy_blocks)


def lowered_copy(doc: Document) -> str:
    """The copy, case-folded and with white space collapsed to single
    spaces, for cheap "could anything match?" substring tests."""
    return doc.analysis(_lowered, doc)


def _lowered(doc: Document) -> str:
    # The same form as ``lint.support.patterns.normalise``, made by C string methods.
    return " ".join(" ".join(doc.text[span.start:span.end] for span in copy_spans(doc)).casefold().split())


def matches_in_copy(doc: Document, pattern):
    """(match, block span) for matches of ``pattern`` (a ``LazyPattern``) in
    copy, outside quotations and outside inline non-copy regions (code,
    link targets)."""
    from lint.analysis.quotes import in_quotes

    if not pattern.could_match(lowered_copy(doc)):
        return  # nothing to find: the pattern is not even compiled
    quotes = in_quotes(doc)
    for block in copy_spans(doc):
        for match in pattern.finditer(doc.text, block.start, block.end):
            if match.start() in quotes or not doc.is_copy(Span(match.start(), match.end())):
                continue
            yield match, block


def in_copy(doc: Document, start: int, end: int) -> bool:
    """True when ``start..end`` is outside quotations and non-copy regions."""
    from lint.analysis.quotes import in_quotes

    return start not in in_quotes(doc) and doc.is_copy(Span(start, end))


def ap_rules_apply(doc: Document, ctx) -> bool:
    """The AP rules speak when the ``ap`` pack is active and the copy is not
    British or Commonwealth style. Call it only once there is a finding:
    the style guess is then made at most once per document."""
    from lint.analysis.house import house
    from lint.rules.style.packs import ap_active

    return ap_active(ctx.config) and house(doc, ctx.config) != "british"


def sentence_start(text: str, offset: int, block_start: int) -> bool:
    """True when ``offset`` opens a sentence: the start of the paragraph or
    after a full stop, question or exclamation mark (with any closing
    quotes or brackets and an opening one between)."""
    i = offset
    while i > block_start and text[i - 1] in "\"“‘'(":
        i -= 1
    if i == block_start:
        return True
    if not text[i - 1].isspace():
        return False
    while i > block_start and text[i - 1].isspace():
        i -= 1
    if i == block_start:
        return True
    while i > block_start and text[i - 1] in "\"”’')]":
        i -= 1
    return i > block_start and text[i - 1] in ".!?" and not _abbreviation_before(text, i - 1, block_start)


def _abbreviation_before(text: str, stop: int, block_start: int) -> bool:
    """True when the full stop at ``stop`` ends an abbreviation ("Gov.", "U.S.", "R.")."""
    if text[stop] != ".":
        return False
    from lint.analysis.sentences import ABBREVIATIONS

    word = text[max(block_start, stop - 12):stop].split()[-1:] or [""]
    word = word[0].lstrip("\"“‘'(").lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word


def previous_word(text: str, offset: int, block_start: int) -> tuple[str, int]:
    """The word before ``offset`` (punctuation kept) and where it starts."""
    i = offset
    while i > block_start and text[i - 1] in " \u00a0":
        i -= 1
    end = i
    while i > block_start and not text[i - 1].isspace():
        i -= 1
    return text[i:end], i


def next_words(text: str, offset: int, limit: int, count: int = 2) -> list[str]:
    """Up to ``count`` words after ``offset`` within the block, punctuation kept."""
    return text[offset:min(limit, offset + 80)].split()[:count]
