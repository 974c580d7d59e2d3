"""One person given two different ages in the same story.

## What it does
Collects the ages the story gives each person — right after a name
("Dale Pruitt, 61,", "Pruitt, a 61-year-old welder,", "Pruitt, who is
61,"), before it ("the 61-year-old Pruitt"), or "the 61-year-old" alone
when only one person was named just before it — and reports an age that
differs from the first one given. A bare surname that fits several people
("Vance" after Dora and Eli Vance) still names someone: an age given with
it that none of them has is reported too.

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
_YEAR_OLD_BEFORE = LazyPattern(r"\b[Tt]he\s(\d{1,3})-year-old\s")


@rule(code="FC002", name="age-mismatch", severity="warning",
      summary="One person given two different ages")
def check(doc, ctx):
    text = doc.text
    quotes = in_quotes(doc)
    found = people(doc, ctx)
    mentions = sorted(((m.span.end + (2 if m.possessive else 0), m.span.start, person)
                       for person in found.persons for m in person.mentions if not m.in_quote),
                      key=lambda item: item[1])
    # A bare surname that fits several people ("Roe" after Jane and Tom Roe)
    # still names someone: an age given with it that none of them has
    # contradicts the story.
    shared = sorted(((m.span.end + (2 if m.possessive else 0), m.span.start, candidates)
                     for m, candidates in found.ambiguous if not m.in_quote), key=lambda item: item[1])
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
    for end, start, candidates in shared:
        match = _APPOSITIVE.match(text, end)
        before = _YEAR_OLD_BEFORE.search(text, max(0, start - 24), start)
        if match:
            group = next(i for i in (1, 2, 3) if match.group(i))
            age, span = int(match.group(group)), Span(match.start(group), match.end(group))
        elif before and before.end() == start:
            age, span = int(before.group(1)), Span(before.start(1), before.end(1))
        else:
            continue
        ages.append((candidates, age, span))
    ages.sort(key=lambda item: item[2].start)
    first: dict[int, tuple[int, Span]] = {}
    for person, age, span in ages:
        if isinstance(person, tuple):
            known = [(p, first[id(p)]) for p in person if id(p) in first]
            if known and all(given != age for _, (given, _) in known):
                p, (given, where) = known[0]
                line = doc.line_col(where.start)[0]
                names = " or ".join(q.label for q in person)
                yield ctx.report(span, f"{names} is {age} here, but {p.label} is {given} on line {line}.")
            continue
        if id(person) not in first:
            first[id(person)] = (age, span)
            continue
        known, where = first[id(person)]
        if age != known:
            line = doc.line_col(where.start)[0]
            yield ctx.report(span, f"{person.label} is {age} here but {known} on line {line}.")
