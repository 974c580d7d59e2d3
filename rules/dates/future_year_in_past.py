"""A year after the publication date in a past-tense statement.

## What it does
Reports a year later than the publication year in a statement in the past
tense ("the plant closed in 2025" in a 2023 story), and a full date after
the publication date is left to DT004. Deadlines and terms ("by 2033",
"until 2040") and past-tense reports of what is still to come ("said the
line would open in 2033", "was expected to finish in 2030") are left
alone, and so are an amount after a noun that takes one ("a total score of
2072") and a cohort's name ("the Class of 2028").

## Why is this bad?
It is almost always a typo for an earlier year, or a story re-dated without
its facts being checked.

## Example
```
- The Daily Ledger - Sunday, June 4, 2023

The mill closed in 2025 after a century of operation.
```

## Use instead
```
- The Daily Ledger - Sunday, June 4, 2023

The mill closed in 2015 after a century of operation.
```

## Fix safety
No fix: the right year has to be looked up.
"""

from __future__ import annotations

from lint.analysis.dates import LOOKS_AHEAD as _LOOKS_AHEAD, PAST_HINT as _PAST
from lint.analysis.quotes import in_quotes
from lint.analysis.sentences import SENTENCE_REACH
from lint.engine.registry import rule
from lint.model import Span
from lint.support.patterns import LazyPattern

# "by 2033" and "until 2040" name deadlines and terms, about the future
# even in a past-tense sentence, so only these prepositions count.
_YEAR = LazyPattern(r"\b(?:in|since|during|of|from)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\d)")


# Nouns whose "of" takes an amount, not a year: "a total score of 2072".
_AMOUNTS = frozenset("""
score scores total sum count tally rating ratings price cost average maximum minimum population
budget value balance height depth length distance speed capacity number figure amount reading
""".split()) | {"class"}  # "the Class of 2020": a cohort's name, whatever the tense around it


def _a_quantity(text: str, match) -> bool:
    """"a total score of 2072", "a population of 2,050": an amount after
    "of", not a year."""
    if not match.group().lower().startswith("of"):
        return False
    before = text[max(0, match.start() - 30):match.start()].split()
    return bool(before) and before[-1].lower().strip(",") in _AMOUNTS


@rule(code="DT005", name="future-year-in-past", severity="warning",
      summary="A year after the publication year in a past-tense statement")
def check(doc, ctx):
    published = doc.publication_date
    if published is None:
        return
    from lint.analysis.people import copy_blocks

    quotes = in_quotes(doc)
    text = doc.text
    for block in doc.analysis(copy_blocks):
        for match in _YEAR.finditer(text, block.start, block.end):
            year = int(match.group("year"))
            if year <= published.year or match.start() in quotes or _a_quantity(text, match):
                continue
            # Only the words since the last comma count: "signed in 2019, runs
            # until 2040" is about the present.
            lead_floor = max(block.start, match.start() - 60)
            lead_start = max(text.rfind(",", lead_floor, match.start()), text.rfind(".", lead_floor, match.start()),
                             lead_floor)
            floor = max(block.start, match.start() - SENTENCE_REACH)  # a runaway paragraph stays linear
            sentence_start = max(text.rfind(".", floor, match.start()) + 1, floor)
            if not _PAST.search(text, lead_start, match.start()) or _LOOKS_AHEAD.search(
                    text, sentence_start, match.start()):
                continue
            span = Span(match.start("year"), match.end("year"))
            yield ctx.report(span, f"{year} is after the publication year ({published.year}) in a statement "
                             f"in the past tense.")
