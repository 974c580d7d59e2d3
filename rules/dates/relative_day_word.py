""""Yesterday", "today", "tomorrow" or "tonight" in news copy.

## What it does
Reports yesterday, today, tomorrow, tonight, this morning and last night
outside quotations, naming the day each means for the story's publication
date. AP style uses the day of the week instead.

## Why is this bad?
Stories are read on other days than they are written, and republished
across time zones; "yesterday" is wrong the moment the story ages. The
weekday stays right.

## Example
```
- The Daily Ledger - Sunday, June 4, 2023

The council approved the budget yesterday after a long debate.
```

## Use instead
```
- The Daily Ledger - Sunday, June 4, 2023

The council approved the budget Saturday after a long debate.
```

## Exceptions
Quotations (a source's words); "today" in the sense of "nowadays" cannot
be told apart and is reported — suppress it where it is meant that way.
Nothing is reported when the publication date is unknown.

## Fix safety
Unsafe: the fix writes the weekday ("Saturday", "Sunday night"), which is
right for the date but may need "on" or a reworded sentence.
"""

from __future__ import annotations

from lint.analysis.dates import find_dates
from lint.analysis.quotes import in_quotes
from lint.article.calendar_words import WEEKDAYS
from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix

_DAY_WORDS = {"yesterday": "", "today": "", "tomorrow": "", "tonight": " night", "this morning": " morning",
              "last night": " night", "this afternoon": " afternoon", "this evening": " evening"}


@rule(code="DT002", name="relative-day-word", severity="info", fix="always",
      summary="yesterday/today/tomorrow/tonight, with the weekday it stands for")
def check(doc, ctx):
    quotes = in_quotes(doc)
    for item in doc.analysis(find_dates):
        word = item.text.lower()
        if item.kind != "relative" or word not in _DAY_WORDS or item.start is None or item.span.start in quotes:
            continue
        weekday = WEEKDAYS[item.start.weekday()].capitalize()
        replacement = weekday + _DAY_WORDS[word]
        fix = Fix((Edit(item.span, replacement),), Applicability.UNSAFE, f"Write \"{replacement}\"")
        yield ctx.report(item.span, f"\"{item.text}\" is {weekday}, {item.start:%B} {item.start.day} for a story "
                         f"dated {doc.publication_date:%A, %B} {doc.publication_date.day}; "
                         f"AP style uses the day of the week.", fix=fix)
