"""One person given two forms of a gendered job title.

## What it does
Reports a person introduced as "spokesman" in one place and "spokeswoman"
in another (or chairman/chairwoman, congressman/congresswoman, …), naming
the form used first.

## Why is this bad?
One of the two is wrong about the person, and a reader notices.

## Example
```
Port spokesman Dana Ortiz said the channel would reopen. Later, port spokeswoman Dana Ortiz said the work was done.
```

## Use instead
```
Port spokeswoman Dana Ortiz said the channel would reopen. Later, Ms. Ortiz said the work was done.
```

## Fix safety
No fix: only the reporter knows which is right.
"""

from __future__ import annotations

from lint.analysis.people import FULL
from lint.engine.registry import rule
from lint.rules.titles.common import people

_PAIRS = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "chairman": "chair", "chairwoman": "chair",
    "congressman": "member of Congress", "congresswoman": "member of Congress",
    "councilman": "council member", "councilwoman": "council member",
    "businessman": "business person", "businesswoman": "business person",
}


@rule(code="FC003", name="title-variants", severity="warning",
      summary="One person called both spokesman and spokeswoman (chairman/chairwoman, …)")
def check(doc, ctx):
    for person in people(doc, ctx).persons:
        first: str | None = None
        for mention in person.mentions:
            if mention.kind != FULL or mention.in_quote or not mention.title:
                continue
            word = mention.title.lower()
            if word not in _PAIRS:
                continue
            if first is None:
                first = word
            elif word != first and _PAIRS[word] == _PAIRS[first]:
                yield ctx.report(mention.span, f"{person.label} is \"{word}\" here but \"{first}\" earlier.")
