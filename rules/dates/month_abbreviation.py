"""A month in the wrong form for AP style.

## What it does
With a specific date, AP abbreviates January, February, August,
September, October, November and December (Jan., Feb., Aug., Sept., Oct.,
Nov., Dec.) and spells out March, April, May, June and July. Reports
"January 5", "Sep. 5", "Sept 5" and "Jun. 4". Part of the AP date-style
group (`DT1`): `ignore = ["DT1"]` switches the group off.

## Why is this bad?
It is house style; mixed forms in one story look careless.

## Example
```
The talks began January 9 in the capital.
```

## Use instead
```
The talks began Jan. 9 in the capital.
```

## Fix safety
Safe: the fix writes the AP form of the month.
"""

from __future__ import annotations

from lint.analysis.house import american_only
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.dates.scan import copy_matches
from lint.support.patterns import LazyPattern

AP_FORMS = {1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug.",
            9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
_MONTH_DAY = LazyPattern(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?P<dot>\.?)\s+(?=[0-3]?\d(?:st|nd|rd|th)?\b(?![:\d]))")


@rule(code="DT101", name="month-abbreviation", severity="info", fix="always",
      summary="A month with a date not in AP form (Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March-July in full)")
@american_only
def check(doc, ctx):
    from lint.article.calendar_words import MONTHS

    for match in copy_matches(doc, _MONTH_DAY):
        written = match.group("month") + match.group("dot")
        wanted = AP_FORMS[MONTHS[match.group("month").lower()]]
        if written == wanted:
            continue
        span = Span(match.start(), match.start() + len(written))
        fix = Fix((Edit(span, wanted),), title=f"Write \"{wanted}\"")
        yield ctx.report(span, f"AP style writes \"{wanted}\" before a date, not \"{written}\".", fix=fix)
