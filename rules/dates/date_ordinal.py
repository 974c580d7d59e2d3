"""An ordinal suffix on a date ("June 4th").

## What it does
Reports "June 4th", "Sept. 1st" and the like: AP, The New York Times and
Reuters write the day as a plain number. Part of the AP date-style group
(`DT1`).

## Why is this bad?
It is house style in almost every newsroom (The Economist is the
exception); the suffix adds nothing.

## Example
```
The vote is set for June 4th in the council chamber.
```

## Use instead
```
The vote is set for June 4 in the council chamber.
```

## Fix safety
Safe: the fix removes the suffix.
"""

from __future__ import annotations

from lint.analysis.house import american_only
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.dates.scan import copy_matches
from lint.support.patterns import LazyPattern

_ORDINAL_DATE = LazyPattern(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+[0-3]?\d(?P<suffix>st|nd|rd|th)\b")


@rule(code="DT102", name="date-ordinal", severity="info", fix="always",
      summary="An ordinal suffix on a date (June 4th)")
@american_only
def check(doc, ctx):
    for match in copy_matches(doc, _ORDINAL_DATE):
        suffix = Span(match.start("suffix"), match.end("suffix"))
        fix = Fix((Edit(suffix, ""),), title="Remove the suffix")
        yield ctx.report(Span(match.start(), match.end()),
                         f"\"{match.group()}\": dates take no ordinal suffix.", fix=fix)
