"""Titles standing in body copy, for the title-form rules (TT008, TT009)."""

from __future__ import annotations

from lint.analysis.people import _given_or_initial, _looks_like_person, _name_run, _strip_possessive, _tokens, copy_blocks
from lint.analysis.quotes import in_quotes
from lint.analysis.titles import FORMAL_TITLES, TITLE_LAST_WORDS, TITLE_WORD_COUNTS
from lint.model import Span
from lint.support.records import record

_MAX_TITLE_WORDS = 4  # longer titles are not matched here
_POSSESSIVE_ENDINGS = ("’s", "'s")
# The lowercase words a title can start with, each with the lengths (longest
# first) of the titles it opens; a one-word title may be possessive ("President’s").
_OPENERS = {**TITLE_WORD_COUNTS, **{title + ending: (1,) for title in FORMAL_TITLES if " " not in title
                                    for ending in _POSSESSIVE_ENDINGS}}


@record
class TitleUse:
    span: Span  # the title words
    words: str  # as written
    before_name: bool  # directly followed by a person's full name
    sentence_start: bool
    previous: str  # the word before the title ("" at a block start)
    next_capitalised: bool  # a capitalised word follows ("the King's Fund": a proper name)


def title_uses(doc) -> tuple[TitleUse, ...]:
    """Formal titles in body copy outside quotations (shared analysis)."""
    quotes = in_quotes(doc)
    found: list[TitleUse] = []
    for block in doc.analysis(copy_blocks):
        tokens = _tokens(doc, block)
        resume = 0  # the token after the last title read
        for i in _title_openers(tokens):
            if i < resume:
                continue  # inside the title just read
            width = _formal_title_width(doc, tokens, i)
            if not width:
                continue
            resume = i + width
            last = tokens[i + width - 1]
            span = Span(tokens[i].start, last.end - (2 if _strip_possessive(last.text)[1] else 0))
            if span.start in quotes:
                continue
            j = i + width
            run = _name_run(doc, tokens, j) if j < len(tokens) and doc.text[span.end:tokens[j].start] == " " else 0
            words = [t.text for t in tokens[j:j + run]]
            # A given name or initials must follow ("General Manager Paul Haddad" is a
            # job), or a name the story uses again ("president Ilse Marren … Marren").
            before_name = run >= 2 and (_looks_like_person(words, False) or (
                _looks_like_person(words, True) and doc.text.count(words[-1]) > 1
                and not _given_or_initial(words[1])))
            before = doc.text[block.start:span.start].rstrip()
            sentence_start = not before or before[-1] in ".!?:“\"‘(—"
            previous = tokens[i - 1].text if i else ""
            following = tokens[j].text if j < len(tokens) else ""
            found.append(TitleUse(span, doc.slice(span), before_name and not _strip_possessive(last.text)[1],
                                  sentence_start, previous, following[:1].isupper()))
    return tuple(found)


def _title_openers(tokens) -> list[int]:
    """Indices of the words a title can start at (few: the rest are passed over in one sweep)."""
    return [k for k, token in enumerate(tokens) if token.text.lower() in _OPENERS]


def _formal_title_width(doc, tokens, i: int) -> int:
    """Number of tokens of the longest formal title at ``i`` (0: none)."""
    longest = min(_MAX_TITLE_WORDS, len(tokens) - i)
    for width in _OPENERS.get(tokens[i].text.lower(), ()):
        if width > longest:
            continue
        words = tokens[i:i + width]
        last = _strip_possessive(words[-1].text)[0]
        if width > 1 and last.lower() not in TITLE_LAST_WORDS:
            continue  # most phrases a first word opens ("the council")
        if any(doc.text[a.end:b.start] != " " for a, b in zip(words, words[1:])):
            continue
        phrase = " ".join(t.text for t in words[:-1]) + " " + last
        if phrase.strip().lower() in FORMAL_TITLES:
            return width
    return 0
