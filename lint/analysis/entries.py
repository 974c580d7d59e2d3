"""A live page's entries: updates under their own titles, newest first.

A live page ("The Latest", a running file of a breaking story) stacks short
updates, each under a title in headline style. The entries run newest
first, so a person the top entry names by surname may be introduced in
full only in an older entry further down: the page's form, not a slip.
Ordinary stories with a few subheads are not live pages.
"""

from __future__ import annotations

import bisect

from lint.article.document import Document
from lint.article.parts import BODY, HEADING

# A live page has at least this many entry titles ...
MIN_ENTRIES = 5
# ... and this many paragraphs per entry at most, on average.
MAX_PARAGRAPHS_PER_ENTRY = 4


def is_entry_title(line: str) -> bool:
    """A subhead or an entry title: short, and not ended as a sentence
    ("Roe says the talks will go on", "Where did Roe grow up?")."""
    line = line.strip()
    words = len(line.split())
    return (0 < words <= 14 and line[-1:] not in ".!:;”’\"'") or (words <= 10 and line.endswith("?"))


def live_entries(doc: Document) -> tuple[int, ...] | None:
    """Where each entry of a live page starts (its title's offset), or None
    when ``doc`` is not a live page."""
    titles, paragraphs = [], 0
    for block in doc.blocks:
        if block.kind not in (BODY, HEADING):
            continue
        if is_entry_title(doc.slice(block.span)):
            titles.append(block.span.start)
        elif titles:
            paragraphs += 1
    if len(titles) < MIN_ENTRIES or paragraphs > MAX_PARAGRAPHS_PER_ENTRY * len(titles):
        return None
    return tuple(titles)


def same_entry(doc: Document, first: int, second: int) -> bool:
    """Whether two offsets fall in one entry; always true off a live page."""
    titles = doc.analysis(live_entries)
    if titles is None:
        return True
    return bisect.bisect_right(titles, first) == bisect.bisect_right(titles, second)
