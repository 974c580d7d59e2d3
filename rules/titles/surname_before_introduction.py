"""A surname used before the story introduces the person by full name.

## What it does
Reports a bare surname ("Abara said") or a title with the surname
("Minister Abara") that comes before the person's full-name introduction
later in the story. A "surname" that is a country, place or organisation
in the shipped vocabulary ("China" before a headline-like "Will China …",
"Google" before "K. Google") is that, not a person, and is left alone.

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

from lint.analysis.people import BARE, TITLE
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


@rule(code="TT003", name="surname-before-introduction", severity="warning",
      summary="A surname used before the person's full-name introduction")
def check(doc, ctx):
    for person in people(doc, ctx).persons:
        intro = person.introduction
        if intro is None or person.surname in not_surnames():
            continue  # "China" before "Will China …?", "Google" before "K. Google": a place or a company
        early = [m for m in person.mentions
                 if m.kind in (BARE, TITLE) and not m.in_quote and m.span.start < intro.span.start]
        if early:
            line = doc.line_col(intro.span.start)[0]
            yield ctx.report(early[0].span, f"\"{doc.slice(early[0].span)}\" comes before {person.label} is "
                             f"introduced by full name on line {line}.")
