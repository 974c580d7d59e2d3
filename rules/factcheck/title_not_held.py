"""A title the person did not hold on the publication date.

## What it does
For each person named with a formal title ("Secretary of State Mike
Pompeo", "President Putin"), looks the person up in the newsroom's people
file and in the shipped list of well-known office holders
(`rules/factcheck/office_holders.toml`). When the file knows the person
held that title, but not on the story's publication date, the title is
reported with what the file says they held then. "Former" and "then-"
titles are left alone, and so are titles the file does not list for the
person, a title held in the past in a sentence about that time (a year
within the term, or "when", "while", "at the time" before it: "In 2014,
when Vice President Joe Biden took over …"), and a name whose initials
differ from the file's ("George H.W. Bush" is not "George W. Bush").

When two or more people's titles are all wrong on the publication date,
all fit one other stretch of time, and no title in the story fits the
date, the date is more likely wrong than every title (a page re-dated by
its CMS or its scraper): one finding names them and asks whether the
publication date is right.

## Why is this bad?
A title out of date is the fact error that embarrasses a paper most, and
the easiest to make when copy is reused or written from memory.

## Example
```
- The Daily Ledger - Sunday, June 4, 2023

Secretary of State Mike Pompeo arrived in Kyiv on Saturday.
```

## Use instead
```
- The Daily Ledger - Sunday, June 4, 2023

Former Secretary of State Mike Pompeo arrived in Kyiv on Saturday.
```

## Fix safety
No fix; the message says what the file records, and the editor decides.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re

from lint.analysis.people import FULL, TITLE
from lint.analysis.peoplefile import load_people_file, people_file_for
from lint.engine.registry import rule
from lint.rules.titles.common import people
from lint.support.patterns import LazyPattern

OFFICE_HOLDERS = os.path.join(os.path.dirname(__file__), "office_holders.toml")
_QUALIFIERS = ("former ", "ex-", "then-", "late ", "onetime ", "one-time ", "outgoing ", "incoming ",
               "acting ", "interim ", "future ", "president-elect", "-elect")


@functools.cache
def office_holders():
    return load_people_file(OFFICE_HOLDERS)


def _norm(title: str) -> str:
    return " ".join(title.lower().replace("-", " ").split())


# "Defense Secretary" is how copy writes the office the file calls
# "Secretary of Defense".
_SHORT_FORMS = {"health secretary": "secretary of health and human services",
                "housing secretary": "secretary of housing and urban development",
                "hhs secretary": "secretary of health and human services",
                "hud secretary": "secretary of housing and urban development"}


def _forms(title: str) -> set[str]:
    said = _norm(title)
    forms = {said}
    if said in _SHORT_FORMS:
        forms.add(_SHORT_FORMS[said])
    elif said.endswith(" secretary") and said != "secretary":
        department = said[:-len(" secretary")]
        forms.update({f"secretary of {department}", f"secretary of the {department}"})
    return forms


def _entry(person, own, shipped: bool):
    for source in (own, office_holders() if shipped else None):
        if source is None:
            continue
        entry = source.find(person.surname, person.given)
        if entry is not None and entry.roles:
            return entry
    return None


@rule(code="FC001", name="title-not-held", severity="warning",
      summary="A formal title the people file says the person did not hold on the publication date",
      options={"office-holders": True})
def check(doc, ctx):
    published = doc.publication_date
    if published is None:
        return
    own = people_file_for(ctx.config)
    titles = list(_titles_checked(doc, ctx, own, published))
    slips = [(mention, entry, roles) for mention, entry, roles, held in titles if not held]
    window = None if any(held for *_, held in titles) else _common_term(slips, published)
    if window is not None:
        # Several people, each titled as they were only in one later (or
        # earlier) stretch, and no title that fits the date: the date is
        # more likely wrong than every title.
        first = min(slips, key=lambda slip: slip[0].span.start)[0]
        names = sorted({entry.name for _, entry, _ in slips})
        yield ctx.report(first.span, f"None of {len(names)} titled people ({', '.join(names)}) held their title "
                         f"on {published:%B} {published.day}, {published.year}, and all did {window}: "
                         f"is the publication date right?")
        return
    for mention, entry, roles in slips:
        terms = "; ".join(f"{r.start or '?'} to {r.end or 'now'}" for r in roles)
        current = [r for r in entry.roles if _held(r, published)]
        then = (", and on that date was " + "; ".join(
            f"{r.title}{' (' + r.organisation + ')' if r.organisation else ''}" for r in current)) if current else ""
        yield ctx.report(mention.span, f"{entry.name} was not {roles[0].title} on {published:%B} {published.day}, "
                         f"{published.year} (held it {terms}){then}.")


def _titles_checked(doc, ctx, own, published):
    """(mention, entry, roles, held) of each title the files know for the
    person it is given to, ``held`` saying whether they held it on
    ``published``."""
    text = doc.text
    for person in people(doc, ctx).persons:
        entry = _entry(person, own, ctx.options.get("office-holders", True))
        if entry is None:
            continue
        for mention in person.mentions:
            if mention.in_quote or not mention.title or mention.kind not in (FULL, TITLE):
                continue
            before = text[max(0, mention.span.start - 12):mention.span.start].lower()
            after = text[mention.span.end:mention.span.end + 6].lower()
            if before.endswith(_QUALIFIERS) or after.startswith("-elect"):
                continue
            said = _forms(mention.title)
            roles = [r for r in entry.roles if _norm(r.title) in said]  # "Vice President" is not "President"
            if not roles:
                continue
            if any(_held(r, published) for r in roles):
                yield mention, entry, roles, True
                continue
            if _other_initials(doc.slice(mention.name_span), " ".join((entry.name, *entry.aliases))):
                continue  # "George H.W. Bush" is not "George W. Bush"
            if all(r.end is not None and r.end <= published for r in roles) and _back_then(text, mention, roles):
                continue  # "In 2014, when Vice President Joe Biden …": the title at the time
            yield mention, entry, roles, False


# People whose titles, all wrong on the publication date, must fit one
# other stretch of time before the date itself is doubted.
DOUBT_DATE = 2


def _common_term(slips, published) -> str | None:
    """"from 2025-01-20 on": a stretch, wholly after or wholly before
    ``published``, in which every person of ``slips`` held a title they
    are given; None when there are too few people or no such stretch."""
    terms: dict[str, list] = {}
    for _, entry, roles in slips:
        terms.setdefault(entry.name, []).extend((r.start or dt.date.min, r.end or dt.date.max) for r in roles)
    if len(terms) < DOUBT_DATE:
        return None
    shared = [(dt.date.min, dt.date.max)]
    for spans in terms.values():
        shared = [(max(a, c), min(b, d)) for a, b in shared for c, d in spans if max(a, c) < min(b, d)]
    for start, end in shared:
        if start > published or end <= published:
            since = "" if start == dt.date.min else f"from {start} "
            return since + ("on" if end == dt.date.max else f"to {end}")
    return None


_INITIALS = LazyPattern(r"\b(?:[A-Z]\.){1,3}")
_BACK_THEN = LazyPattern(r"\b(?:when|while|at the time|back then|in those days)\b", re.IGNORECASE)
_YEAR = LazyPattern(r"\b(?:19|20)\d\d\b")


def _other_initials(written: str, name: str) -> bool:
    mine = {m.group() for m in _INITIALS.finditer(written)}
    return bool(mine) and not mine <= {m.group() for m in _INITIALS.finditer(name)}


def _back_then(text: str, mention, roles) -> bool:
    """The sentence is about the time the title was held: a year within the
    term, or "when" / "at the time" before the title."""
    start = max(text.rfind(". ", 0, mention.span.start), text.rfind("\n", 0, mention.span.start), 0)
    ends = [p for p in (text.find(". ", mention.span.end), text.find("\n", mention.span.end)) if p != -1]
    end = min(ends) if ends else len(text)
    if _BACK_THEN.search(text, start, mention.span.start):
        return True
    for match in _YEAR.finditer(text, start, end):
        year = int(match.group())
        if any((r.start is None or r.start.year <= year) and year <= r.end.year for r in roles):
            return True
    return False


def _held(role, day) -> bool:
    return (role.start is None or role.start <= day) and (role.end is None or day < role.end)
