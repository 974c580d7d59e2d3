"""Titles standing in body copy, for the title-form rules (TT008, TT009)."""

from __future__ import annotations

from typing import NamedTuple

from lint.model import Span
from lint.people import _given_or_initial, _looks_like_person, _name_run, _strip_possessive, _tokens, copy_blocks
from lint.quotes import in_quotes
from lint.titles import FORMAL_TITLES, TITLE_FIRST_WORDS


class TitleUse(NamedTuple):
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
        i = 0
        while i < len(tokens):
            width = _formal_title_width(doc, tokens, i)
            if not width:
                i += 1
                continue
            last = tokens[i + width - 1]
            span = Span(tokens[i].start, last.end - (2 if _strip_possessive(last.text)[1] else 0))
            if span.start in quotes:
                i += width
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
            i += width
    return tuple(found)


def _could_start_title(word: str) -> bool:
    low = word.lower()
    return low in TITLE_FIRST_WORDS or (low[-2:] in ("’s", "'s") and low[:-2] in TITLE_FIRST_WORDS)


def _formal_title_width(doc, tokens, i: int) -> int:
    if not _could_start_title(tokens[i].text):
        return 0
    for width in range(min(4, len(tokens) - i), 0, -1):
        words = tokens[i:i + width]
        if any(doc.text[a.end:b.start] != " " for a, b in zip(words, words[1:])):
            continue
        phrase = " ".join(t.text for t in words[:-1]) + " " + _strip_possessive(words[-1].text)[0]
        if phrase.strip().lower() in FORMAL_TITLES:
            return width
    return 0
