"""A courtesy title in AP (bare-surname) style.

## What it does
With `style = "ap"` (or `"bare"`), reports "Mr. Okafor" and "Ms. Reyes"
outside quotations: later references take the bare surname. With the
default `style = "auto"` it applies when most of the article's later
references are bare surnames.

## Why is this bad?
AP, Reuters and (since 2023) The Wall Street Journal dropped courtesy
titles; a stray "Mr." shows copy pasted from another house style.

## Example
```
<!-- options: {"style": "ap"} -->
Port Director Renata Okafor spoke Monday. Ms. Okafor said the dredging would start in the fall.
```

## Use instead
```
<!-- options: {"style": "ap"} -->
Port Director Renata Okafor spoke Monday. Okafor said the dredging would start in the fall.
```

## Exceptions
Quotations; "Dr." (a title, not a courtesy title); people the people file
pins with an honorific (AP allows a stated preference); two people who
share a surname ("Mr. Lassiter" and "Ms. Lassiter"), where AP allows the
courtesy titles that tell them apart; a head of state or government
("President Okafor") whom the story never calls by the bare surname:
some houses give the courtesy title to the president alone.

## Fix safety
Safe: the fix deletes the honorific and the space after it.
"""

from __future__ import annotations

from collections import Counter

from lint.analysis.people import BARE, HONORIFIC
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.titles.common import people, style
from lint.support.patterns import LazyPattern


_REPEATED = LazyPattern(r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+\Z")


@rule(code="TT006", name="courtesy-title-in-bare-style", severity="warning", fix="always",
      summary="Mr./Ms. on a later reference in AP (bare-surname) style")
def check(doc, ctx):
    chosen = style(doc, ctx)
    if chosen is None or chosen.later_reference != "bare":
        return
    found = people(doc, ctx).persons
    surnames = Counter(p.surname.lower() for p in found)
    for person in found:
        if person.entry is not None and person.entry.honorific not in (None, "none"):
            continue
        if surnames[person.surname.lower()] > 1:
            continue  # "Mr. Lassiter" and "Ms. Lassiter": AP lets the titles tell a couple apart
        if _titled_leader(person):
            continue
        for mention in person.mentions:
            if mention.kind != HONORIFIC or mention.in_quote or mention.honorific == "Dr.":
                continue
            start = mention.span.start
            while (found := _REPEATED.search(doc.text, max(0, start - 12), start)) is not None:
                start = found.start()  # "Mr. Mr. Smith": every title goes in one pass
            fix = Fix((Edit(Span(start, mention.name_span.start), ""),),
                      title=f"Write \"{person.surname}\"")
            yield ctx.report(mention.span, f"AP style uses the bare surname: \"{person.surname}\", "
                             f"not \"{mention.honorific} {person.surname}\".", fix=fix)


# Offices some bare-surname houses still honour with "Mr." or "Ms.".
_LEADERS = frozenset({"president", "prime minister", "premier", "chancellor"})


def _titled_leader(person) -> bool:
    """A president or prime minister the story calls "Mr. Roe" and never
    plain "Roe": the house's rule for that office, not a slip."""
    titles = [(m.title or "").lower() for m in person.mentions]
    return (any(t.endswith(office) and "vice" not in t for t in titles for office in _LEADERS)
            and not any(m.kind == BARE and not m.in_quote for m in person.mentions))
