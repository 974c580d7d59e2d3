"""A verb's tense that contradicts the date it is about.

## What it does
Reports a future-tense statement about a date before the publication date
("will meet Friday, June 2" in a June 4 story) and a past-tense statement
about a date after it ("met on Friday, June 9").

## Why is this bad?
Either the tense or the date is stale — usually copy written ahead of an
event and published after it, or the reverse.

## Example
```
- The Daily Ledger - Sunday, June 4, 2023

The board will meet Friday, June 2, 2023, to vote on the budget.
```

## Use instead
```
- The Daily Ledger - Sunday, June 4, 2023

The board met Friday, June 2, 2023, and voted on the budget.
```

## Fix safety
No fix: only the writer knows which is wrong.
"""

from __future__ import annotations

from lint.dates import find_dates
from lint.quotes import in_quotes
from lint.registry import rule
from lint.rules.dates.timestamp_year import timestamp_lines


@rule(code="DT004", name="tense-date-conflict", severity="warning",
      summary="Future tense about a past date, or past tense about a future one")
def check(doc, ctx):
    published = doc.publication_date
    if published is None:
        return
    quotes = in_quotes(doc)
    stamps = doc.analysis(timestamp_lines)  # "Updated Oct. 9, 2024" is DT006's
    for item in doc.analysis(find_dates):
        if item.kind != "explicit" or not item.year_given or item.start is None or item.span.start in quotes:
            continue
        if any(s.start <= item.span.start <= s.end + 20 for s in stamps):
            continue
        if item.tense == "future" and item.end < published:
            yield ctx.report(item.span, f"Future tense about {item.start:%B} {item.start.day}, {item.start.year}, "
                             f"which is before the publication date ({published:%B} {published.day}).")
        elif item.tense == "past" and item.start > published:
            yield ctx.report(item.span, f"Past tense about {item.start:%B} {item.start.day}, {item.start.year}, "
                             f"which is after the publication date ({published:%B} {published.day}).")
