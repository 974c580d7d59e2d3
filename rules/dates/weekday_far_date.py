"""A weekday written with a date more than a week from publication.

## What it does
Reports the weekday in "Friday, June 30" when that date lies more than
seven days before or after the publication date. AP uses the weekday for
dates within a week and the month and day alone beyond that. The weekday
must match the date (a mismatch is DT001's finding); quotations are left
alone. Part of the AP
date-style group (`DT1`).

## Why is this bad?
Far from the publication date the weekday adds nothing a reader needs,
and it is one more fact that can be wrong when the date is edited.

## Example
```
- The Harbor Courier - Sunday, June 4, 2023

The board votes on the budget Friday, June 30.
```

## Use instead
```
- The Harbor Courier - Sunday, June 4, 2023

The board votes on the budget June 30.
```

## Fix safety
Safe: the fix deletes the weekday and its comma, leaving the date.
"""

from __future__ import annotations

from lint.analysis.dates import find_dates
from lint.analysis.house import american_only
from lint.analysis.quotes import in_quotes
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.support.patterns import LazyPattern


WEEK = 7
_WEEKDAY_PREFIX = LazyPattern(r"[A-Za-z]+\.?,?\s+")


@rule(code="DT105", name="weekday-far-date", severity="info", fix="always",
      summary="A weekday with a date more than a week from the publication date (AP: date alone)")
@american_only
def check(doc, ctx):
    published = doc.publication_date
    if published is None:
        return
    quotes = in_quotes(doc)
    for item in doc.analysis(find_dates):
        if item.kind != "explicit" or not item.weekday or item.start is None or item.span.start in quotes:
            continue  # quotations are a source's words
        if item.weekday.lower() != f"{item.start:%A}".lower():
            continue  # DT001 reports the wrong weekday
        days = (item.start - published).days
        if abs(days) <= WEEK:
            continue
        prefix = _WEEKDAY_PREFIX.match(item.text)
        span = Span(item.span.start, item.span.start + prefix.end())
        when = "after" if days > 0 else "before"
        date = f"{item.start:%B} {item.start.day}"
        fix = Fix((Edit(span, ""),), title=f"Write \"{date}\" without the weekday")
        yield ctx.report(Span(item.span.start, item.span.start + len(item.weekday)),
                         f"{date}, {item.start.year} is {abs(days)} days {when} publication; AP writes the "
                         f"date without \"{item.weekday}\" beyond a week.", fix=fix)
