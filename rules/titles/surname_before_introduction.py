"""A surname used before the story introduces the person by full name.

## What it does
Reports a bare surname ("Abara said") or a title with the surname
("Minister Abara") that comes before the person's full-name introduction
later in the story. A "surname" that is a country, place or organisation
in the shipped vocabulary ("China" before a headline-like "Will China …",
"Google" before "K. Google") is that, not a person, and is left alone; so
is a team named by its place ("the Cleveland Rams" after "Rams first
game"). A surname that names a thing after the person ("the Mueller
report", "the entire Steele dossier") and one in a subhead or a live
page's entry title ("Where did Roe grow up?", "Roe says talks will go
on"), which name people headline-style, are not early references. On a
live page (five or more entry titles over short entries, newest first) a
surname in an entry above the older one that introduces the person is
the page's form, and is left alone, as is one in a pull quote (a
paragraph whose quotation the story gives again further down).

## Why is this bad?
Readers meet a name they cannot place; the introduction arrives too late.
It usually means paragraphs were moved during editing.

## Example
```
Abara said the ferry would resume on Monday. Transport Minister Felix Abara made the announcement at the port.
```

## Use instead
```
Transport Minister Felix Abara said the ferry would resume on Monday. He made the announcement at the port.
```

## Fix safety
No fix: the full name has to move, which is an editor's call.
"""

from __future__ import annotations

import functools
import os

from lint.analysis.entries import is_entry_title, same_entry
from lint.analysis.people import BARE, TITLE
from lint.analysis.quotes import display_copy
from lint.engine.registry import rule
from lint.rules.titles.common import people


@functools.cache
def not_surnames() -> frozenset[str]:
    """One-word names of countries, peoples, places and organisations in the
    shipped vocabulary: an early "China" or "Google" is that, not a person
    met before their introduction."""
    from lint.rules.spelling.lexicon import DATA_DIR

    found = set()
    for name in ("countries.txt", "places.txt", "institutions.txt"):
        with open(os.path.join(DATA_DIR, name), encoding="utf-8") as handle:
            found.update(line.strip() for line in handle if line.strip() and " " not in line.strip()
                         and not line.startswith("#"))
    return frozenset(found)


@functools.cache
def _places() -> frozenset[str]:
    from lint.rules.spelling.lexicon import DATA_DIR

    with open(os.path.join(DATA_DIR, "places.txt"), encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def _a_team(text: str, person) -> bool:
    """"Cleveland Rams", "Los Angeles Chargers": a place and a plural, a
    team or a company, not a given name and a surname."""
    intro = person.introduction
    given = person.given or ""
    if not person.surname.endswith("s") or not given:
        return False
    before = text[max(0, intro.span.start - 30):intro.span.start].split()
    return given in _places() or (bool(before) and f"{before[-1]} {given}" in _places())


_ARTICLES = frozenset({"the", "a", "an"})


def _attributive(text: str, mention) -> bool:
    """"the Mueller report", "the entire Steele dossier": the surname names
    a thing after the person, not the person."""
    after = text[mention.span.end:mention.span.end + 20].split()[:1]
    if not after or not after[0][:1].islower():
        return False
    before = text[max(0, mention.span.start - 40):mention.span.start].split()[-3:]
    for word in reversed(before):
        if word.lower() in _ARTICLES:
            return True
        if not word.isalpha() or not word.islower():
            return False
    return False


def _in_heading(doc, offset: int) -> bool:
    """A subhead or a live page's entry title ("Where did Roe grow up?",
    "Roe says the talks will go on"): headline style names people by
    surname alone, and the copy below introduces them."""
    for block in doc.blocks:
        if block.span.start <= offset < block.span.end:
            return is_entry_title(doc.slice(block.span))
    return False


@rule(code="TT003", name="surname-before-introduction", severity="warning",
      summary="A surname used before the person's full-name introduction")
def check(doc, ctx):
    for person in people(doc, ctx).persons:
        intro = person.introduction
        if intro is None or person.surname in not_surnames():
            continue  # "China" before "Will China …?", "Google" before "K. Google": a place or a company
        if _a_team(doc.text, person):
            continue
        early = [m for m in person.mentions
                 if m.kind in (BARE, TITLE) and not m.in_quote and m.span.start < intro.span.start
                 and not _attributive(doc.text, m) and not _in_heading(doc, m.span.start)
                 and same_entry(doc, m.span.start, intro.span.start) and not display_copy(doc, m.span.start)]
        if early:
            line = doc.line_col(intro.span.start)[0]
            yield ctx.report(early[0].span, f"\"{doc.slice(early[0].span)}\" comes before {person.label} is "
                             f"introduced by full name on line {line}.")
