"""A verb's tense that contradicts the date it is about.

## What it does
Reports a future-tense statement about a date before the publication date
("will meet Friday, June 2" in a June 4 story) and a past-tense statement
about a date after it ("met on Friday, June 9"). A past-tense report of
what is still to come is left alone: a deadline ("ordered elections held by
Sept. 30"), an order, plan or promise ("directed staff to publish the plan
on June 20", "was expected to open on June 12"); so is a correction or
editor's note added after the story ran ("Correction added June 9, 2023:").

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

import re

from lint.analysis.dates import LOOKS_AHEAD, find_dates, tense_near
from lint.analysis.quotes import in_quotes
from lint.analysis.sentences import SENTENCE_REACH
from lint.engine.registry import rule
from lint.rules.dates.timestamp_year import timestamp_lines
from lint.support.patterns import LazyPattern


# "ordered elections held by 30 September 2024": a deadline, not a past event.
_DEADLINE = LazyPattern(r"\b(?:by|until|till|before|no later than|ahead of|through)\s+(?:the\s+end\s+of\s+)?$",
                       re.IGNORECASE)
_INFINITIVE = LazyPattern(
    r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)[a-z]+\b")


# A note added to the story after it ran: "Correction added March 3, 2025:",
# "Editor's note: This article was updated on …".
_LATER_NOTE = LazyPattern(
    r"(?:^|\n)[ \t*_]*(?:Correction|Clarification|Update|Updated|Editor[’']s [Nn]ote|"
    r"This (?:story|article|report) (?:was|has been) (?:updated|corrected|amended|changed))\b")


def _a_later_note(text: str, start: int) -> bool:
    """The date is in a correction or editor's note, written after the
    story ran: its past tense about a later date is right."""
    floor = max(0, start - SENTENCE_REACH)
    line = max(text.rfind("\n", floor, start), floor - 1) + 1
    return _LATER_NOTE.match(text, max(0, line - 1), start) is not None


def _reports_what_is_to_come(text: str, start: int) -> bool:
    """A past-tense sentence about a later date that is still a plan, order,
    promise or deadline ("directed it to hold elections by 30 September")."""
    floor = max(0, start - SENTENCE_REACH)
    sentence = max(text.rfind(". ", floor, start), text.rfind("\n", floor, start), floor - 1) + 1
    before = text[sentence:start]
    return bool(_DEADLINE.search(before) or LOOKS_AHEAD.search(before) or _INFINITIVE.search(before))


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
        if item.tense == "future" and item.end < published and tense_near(
                doc.text, item.span.start, item.span.end, firm=True) == "future":
            yield ctx.report(item.span, f"Future tense about {item.start:%B} {item.start.day}, {item.start.year}, "
                             f"which is before the publication date ({published:%B} {published.day}).")
        elif item.tense == "past" and item.start > published and not _reports_what_is_to_come(
                doc.text, item.span.start) and not _a_later_note(doc.text, item.span.start):
            yield ctx.report(item.span, f"Past tense about {item.start:%B} {item.start.day}, {item.start.year}, "
                             f"which is after the publication date ({published:%B} {published.day}).")
