"""An "Updated" or "Published" timestamp whose year is not the publication year.

## What it does
Reports a timestamp line left in the copy by the web page — "Updated 6:42
PM, Oct. 9, 2024", "Published March 3, 2022" — whose year differs from the
story's publication date.

## Why is this bad?
It shows a re-dated or re-scraped page: either the timestamp or the
publication date is wrong, and date checks resolved against the wrong one
are wrong too.

## Example
```
- The Daily Ledger - Sunday, June 4, 2023

Updated Oct. 9, 2024

The council approved the budget Saturday.
```

## Use instead
```
- The Daily Ledger - Sunday, June 4, 2023

The council approved the budget Saturday.
```

## Fix safety
No fix: which date is right has to be checked.
"""

from __future__ import annotations

import re

from lint.model import Span
from lint.registry import rule
from lint.rules.dates.scan import copy_matches

_STAMP = re.compile(r"(?im)^[ \t]*(?:last\s+)?(?:updated|published|posted|modified)\b[^\n\r]{0,60}?\b(?P<year>(?:19|20)\d\d)\b")


def timestamp_lines(doc) -> list[Span]:
    """Spans of "Updated …"/"Published …" timestamp lines in body copy."""
    return [Span(m.start(), m.end()) for m in copy_matches(doc, _STAMP)]


@rule(code="DT006", name="timestamp-year", severity="warning",
      summary="An Updated/Published timestamp line with another year than the publication date")
def check(doc, ctx):
    published = doc.publication_date
    if published is None:
        return
    for match in copy_matches(doc, _STAMP):
        year = int(match.group("year"))
        if year != published.year:
            yield ctx.report(Span(match.start("year"), match.end("year")),
                             f"The timestamp's year, {year}, is not the publication year, {published.year}.")
