"""A courtesy title on a first reference, or before a full name.

## What it does
Reports "Mr. Peskov said" when the story has not yet introduced the person
by full name, and "Mr. Tomas Reyes" (an honorific directly before a full
name) anywhere. "Dr." before a full name is a title, not a courtesy title,
and is not reported. In British and Commonwealth copy (see "House style"
in the README) many papers introduce people as "Mr Deogratius Temba" or
only as "Mr Moeketsi"; there neither is reported, and only an early
"Mr Abara" before a later full-name introduction is.

## Why is this bad?
A first reference gives the full name, often with a title or job
description; the courtesy title belongs to later references. A reader who
meets "Mr. Peskov" first does not know who he is.

## Example
```
Mr. Abara said the ferry would resume on Monday. Transport Minister Felix Abara made the announcement at the port.
```

## Use instead
```
Transport Minister Felix Abara said the ferry would resume on Monday. Mr. Abara made the announcement at the port.
```

## Fix safety
For an honorific before a full name, the safe fix removes the honorific.
An early "Mr. X" has no fix: the sentence needs the full name, which an
editor writes.
"""

from __future__ import annotations

from lint.analysis.house import house
from lint.analysis.people import FULL, HONORIFIC
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.titles.common import people


@rule(code="TT002", name="courtesy-title-on-first-reference", severity="warning", fix="sometimes",
      summary="Mr./Ms. before the person has been introduced by full name, or before a full name")
def check(doc, ctx):
    british = None
    for person in people(doc, ctx).persons:
        intro = person.introduction
        narrative = [m for m in person.mentions if not m.in_quote]
        if intro is None or any(m.kind == FULL and m.honorific for m in narrative):
            if british is None:
                british = house(doc, ctx.config) == "british"
            if british:
                continue  # "Mr Deogratius Temba", "Mr Moeketsi said": how Commonwealth papers introduce people
        for mention in narrative:
            if mention.kind == FULL and mention.honorific and mention.honorific != "Dr.":  # Dr. is a title
                end = mention.name_span.start
                fix = Fix((Edit(Span(mention.span.start, end), ""),), title=f"Remove \"{mention.honorific}\"")
                yield ctx.report(mention.span, f"First reference to {person.label} takes no courtesy "
                                 f"title; use the full name alone.", fix=fix)
        first = narrative[0] if narrative else None
        if first is not None and first.kind == HONORIFIC and (intro is None or first.span.start < intro.span.start):
            later = f"; the full name comes only on line {doc.line_col(intro.span.start)[0]}" if intro else ""
            yield ctx.report(first.span, f"\"{first.honorific} {person.surname}\" is the first reference to this "
                             f"person; introduce them by full name first{later}.")
