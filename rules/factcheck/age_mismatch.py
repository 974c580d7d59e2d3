"""One person given two different ages in the same story.

## What it does
Collects the ages the story gives each person — right after a name
("Dale Pruitt, 61,", "Pruitt, a 61-year-old welder,", "Pruitt, who is
61,"), before it ("the 61-year-old Pruitt"), or "the 61-year-old" alone
when only one person was named just before it — and reports an age that
differs from the first one given.

## Why is this bad?
One of them is wrong; both cannot be checked against the same birth date.

## Example
```
Dock worker Dale Pruitt, 61, said the port saved his job. The 63-year-old has worked there since 1990.
```

## Use instead
```
Dock worker Dale Pruitt, 61, said the port saved his job. The 61-year-old has worked there since 1990.
```

## Fix safety
No fix: only the reporter knows which age is right.
"""

from __future__ import annotations

from lint.analysis.quotes import in_quotes
from lint.engine.registry import rule
from lint.model import Span
from lint.rules.titles.common import people
from lint.support.patterns import LazyPattern

# Right after a name: "Roe, 41,", "Roe, a 41-year-old teacher,", "Roe, who is 41,".
_APPOSITIVE = LazyPattern(
    r",\s(?:(\d{1,3}),|(?:an?|the)\s(\d{1,3})-year-old\b|who\s(?:is|was|turned|turns)\s(\d{1,3})\b)")
_YEAR_OLD = LazyPattern(r"\b[Tt]he\s(\d{1,3})-year-old\b")


@rule(code="FC002", name="age-mismatch", severity="warning",
      summary="One person given two different ages")
def check(doc, ctx):
    text = doc.text
    quotes = in_quotes(doc)
    mentions = sorted(((m.span.end + (2 if m.possessive else 0), m.span.start, person)
                       for person in people(doc, ctx).persons for m in person.mentions if not m.in_quote),
                      key=lambda item: item[1])
    ages: list[tuple[object, int, Span]] = []
    for end, start, person in mentions:
        match = _APPOSITIVE.match(text, end)
        if match:
            group = next(i for i in (1, 2, 3) if match.group(i))
            ages.append((person, int(match.group(group)), Span(match.start(group), match.end(group))))
    starts = {start: person for _, start, person in mentions}
    for match in _YEAR_OLD.finditer(text):
        if match.start() in quotes:
            continue
        named = starts.get(match.end() + 1) if text[match.end():match.end() + 1] == " " else None
        if named is not None:
            # "the 41-year-old Roe": the name that follows is the one meant.
            ages.append((named, int(match.group(1)), Span(match.start(1), match.end(1))))
            continue
        # "The 61-year-old" means the last person named only when nobody else
        # was named just before: with two people in view it could be either.
        window = [item for item in mentions if match.start() - 400 < item[0] <= match.start()]
        if window and len({id(item[2]) for item in window}) == 1:
            ages.append((window[-1][2], int(match.group(1)), Span(match.start(1), match.end(1))))
    ages.sort(key=lambda item: item[2].start)
    first: dict[int, tuple[int, Span]] = {}
    for person, age, span in ages:
        if id(person) not in first:
            first[id(person)] = (age, span)
            continue
        known, where = first[id(person)]
        if age != known:
            line = doc.line_col(where.start)[0]
            yield ctx.report(span, f"{person.label} is {age} here but {known} on line {line}.")
