"""A weekday that does not fall on the date it is written with.

## What it does
Reports "Friday, June 4, 2023" when June 4, 2023 was a Sunday — in the copy
and in the dateline header. A date written without a year is taken in the
year nearest the publication date, or in the year its weekday fits: up to
half a year ahead, and up to a year back unless the verb looks ahead (a
November story's "Saturday, May 18" is May of that year).

## Why is this bad?
One of the two is wrong, and readers cannot tell which; it is among the
most common errors in copy written ahead of time or reused from an earlier
story.

## Example
```
- The Daily Ledger - Sunday, June 4, 2023

The hearing is set for Thursday, June 9, 2023, at the county courthouse.
```

## Use instead
```
- The Daily Ledger - Sunday, June 4, 2023

The hearing is set for Friday, June 9, at the county courthouse.
```

## Fix safety
Display only: the suggestion writes the weekday the date falls on, but
the weekday may be the right half and the date the slip, so only the
reporter can settle it. No other fix (the weekday dropped as too far off,
the month abbreviated) is applied to a date whose weekday disagrees with
it either: a chain of safe fixes must not choose for the reporter.
"""

from __future__ import annotations

from lint.analysis.dates import find_dates
from lint.article.calendar_words import WEEKDAYS
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span


def _mismatch(ctx, span: Span, written: str, date):
    actual = WEEKDAYS[date.weekday()].capitalize()
    if written.lower().rstrip(".") == actual.lower():
        return None
    fix = Fix((Edit(span, actual if written[0].isupper() else actual.lower()),), title=f"Write \"{actual}\"")
    return ctx.report(span, f"{date:%B} {date.day}, {date.year} is a {actual}, not a {written}.", fix=fix)


@rule(code="DT001", name="weekday-date-mismatch", severity="error", fix="always",
      summary="A weekday that does not match the date it is written with")
def check(doc, ctx):
    header = doc.header
    if header is not None and header.weekday and len(header.weekday) > 3:
        line_start = doc.analysis(_header_start)
        if line_start is not None:
            start = line_start + header.date_start
            span = Span(start, start + len(header.weekday))
            found = _mismatch(ctx, span, header.weekday, header.date)
            if found:
                yield found
    for item in doc.analysis(find_dates):
        if item.kind != "explicit" or not item.weekday or item.start is None:
            continue
        span = Span(item.span.start, item.span.start + len(item.weekday))
        found = _mismatch(ctx, span, item.weekday, item.start)
        if found:
            yield found


def _header_start(doc):
    from lint.article.blocks import find_header

    span, _ = doc.analysis(find_header)
    return span.start if span else None
