"""One person given two different honorifics.

## What it does
Reports a person called "Ms. Reyes" in some places and "Mrs. Reyes" in
others (or "Dr." and "Mr."), once per mention in the minority form, naming
the form the story uses most.

## Why is this bad?
Readers wonder whether two people are meant; the desk should settle on the
form the person prefers.

## Example
```
Council member Ana Reyes voted no. Ms. Reyes said the plan was rushed. Mrs. Reyes later left the meeting. Ms. Reyes did not return.
```

## Use instead
```
Council member Ana Reyes voted no. Ms. Reyes said the plan was rushed. Ms. Reyes later left the meeting. Ms. Reyes did not return.
```

## Fix safety
Unsafe: the fix writes the dominant honorific, which may not be the one
the person prefers.
"""

from __future__ import annotations

from collections import Counter

from lint.analysis.people import HONORIFIC
from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix, Span
from lint.rules.titles.common import people
from lint.rules.titles.honorific_gender_mismatch import conflict


def _normal(honorific: str) -> str:
    return honorific if honorific.endswith(".") or honorific == "Miss" else honorific + "."


@rule(code="TT005", name="mixed-honorifics", severity="warning", fix="sometimes",
      summary="One person called both Ms. and Mrs. (or Mr. and Dr.)")
def check(doc, ctx):
    for person in people(doc, ctx).persons:
        titled = [m for m in person.mentions if m.kind == HONORIFIC and not m.in_quote]
        counts = Counter(_normal(m.honorific) for m in titled)
        if len(counts) < 2:
            continue
        dominant, _ = max(counts.items(), key=lambda item: (item[1], -titled[0].span.start))
        for mention in titled:
            if _normal(mention.honorific) == dominant or conflict(person, mention):
                continue
            span = Span(mention.span.start, mention.span.start + len(mention.honorific))
            fix = Fix((Edit(span, dominant),), Applicability.UNSAFE, f"Write \"{dominant}\"")
            yield ctx.report(mention.span, f"\"{mention.honorific} {person.surname}\" differs from "
                             f"\"{dominant} {person.surname}\", used {counts[dominant]} times for "
                             f"{person.label}.", fix=fix)
