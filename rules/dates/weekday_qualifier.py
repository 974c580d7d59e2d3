""""Last Tuesday", "this Tuesday", "next Tuesday": a weekday with a qualifier.

## What it does
Reports a weekday with "last", "this" or "next", naming the date it most
likely means for the publication date.

## Why is this bad?
AP calls "last Tuesday" redundant (the past tense already says which
Tuesday) and "this Tuesday" ambiguous; "next Tuesday" is read by some as
the coming Tuesday and by others as the one after. A weekday alone (within
a week) or the date (beyond it) says it once.

AP copy only (see "House style" in the README): British and courtesy
desks write "last Tuesday" by their own books.

## Example
```
- The Daily Ledger - Sunday, June 4, 2023

The board voted last Wednesday to close the pool.
```

## Use instead
```
- The Daily Ledger - Sunday, June 4, 2023

The board voted Wednesday to close the pool.
```

## Fix safety
No fix: whether to drop the qualifier or write the date depends on how far
away the day is.
"""

from __future__ import annotations

from lint.analysis.dates import find_dates
from lint.analysis.house import ap_only
from lint.analysis.quotes import in_quotes
from lint.engine.registry import rule


@rule(code="DT003", name="weekday-qualifier", severity="warning",
      summary="\"last/this/next\" with a weekday, with the date it means")
@ap_only
def check(doc, ctx):
    quotes = in_quotes(doc)
    for item in doc.analysis(find_dates):
        if item.kind != "weekday" or item.start is None or item.span.start in quotes:
            continue
        qualifier = item.text.split()[0].lower()
        if qualifier not in ("last", "this", "next"):
            continue
        distance = abs((item.start - doc.publication_date).days)
        advice = "drop the qualifier" if distance < 7 else "give the date"
        yield ctx.report(item.span, f"\"{item.text}\" most likely means {item.start:%A, %B} {item.start.day}; "
                         f"{advice}.")
