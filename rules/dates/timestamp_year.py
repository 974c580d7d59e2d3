"""An "Updated" or "Published" note in the copy whose year is not the publication year.

## What it does
Reports a timestamp note that opens a line of copy — "Updated Oct. 9,
2024, to add the mayor's comment", "Published March 3, 2022, in the
print edition" — when its year differs from the story's publication date.
A line that holds nothing but the timestamp is page furniture, BP010's
finding (whose message notes a stale year), and is not reported twice.

## Why is this bad?
It shows a re-dated or re-scraped page: either the timestamp or the
publication date is wrong, and date checks resolved against the wrong one
are wrong too.

## Example
```
- The Daily Ledger - Sunday, June 4, 2023

Updated Oct. 9, 2024, to add the mayor's comment.

The council approved the budget Saturday.
```

## Use instead
```
- The Daily Ledger - Sunday, June 4, 2023

Updated June 4, 2023, to add the mayor's comment.

The council approved the budget Saturday.
```

## Fix safety
No fix: which date is right has to be checked.
"""

from __future__ import annotations

from lint.engine.registry import rule
from lint.model import Span
from lint.rules.dates.scan import copy_matches
from lint.support.patterns import LazyPattern

# Between the label and the year only date and time words may stand, so
# "Published in 2019, the survey found …" is a sentence, not a timestamp.
_DATE_WORD = (r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
              r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|\d{1,2}(?:st|nd|rd|th)?\b,?"
              r"|\d{1,2}[:.]\d\d\b|[ap]\.?m\.?|(?:[ecmp][sd]?t|gmt|bst|utc|cet|cest)\b|at\b|on\b|[|•·/,–—-])")
_STAMP = LazyPattern(r"(?im)^[ \t]*(?:last\s+)?(?:updated|published|posted|modified)\b(?:\s+on)?\s*:?"
                     r"(?:\s*" + _DATE_WORD + r"){0,12}?\s*\b(?P<year>(?:19|20)\d\d)\b",
                     needles=("updated", "published", "posted", "modified"))


def _stamps(doc):
    """Timestamp matches in copy; most stories hold none of the labels, and
    then the pattern is never compiled."""
    if not _STAMP.could_match(doc.text.lower()):
        return []
    return list(copy_matches(doc, _STAMP))


def timestamp_lines(doc) -> list[Span]:
    """Spans of "Updated …"/"Published …" timestamp lines in body copy."""
    return [Span(m.start(), m.end()) for m in doc.analysis(_stamps)]


@rule(code="DT006", name="timestamp-year", severity="warning",
      summary="An Updated/Published note in the copy with another year than the publication date")
def check(doc, ctx):
    published = doc.publication_date
    if published is None:
        return
    for match in doc.analysis(_stamps):
        year = int(match.group("year"))
        if year != published.year:
            yield ctx.report(Span(match.start("year"), match.end("year")),
                             f"The timestamp's year, {year}, is not the publication year, {published.year}.")
