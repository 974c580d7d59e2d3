"""Date and time expressions in body copy, resolved against the publication date.

Finds explicit dates ("June 4, 2023", "Sunday, June 4", "Jun. 4", "4 June
2023", "2023-06-04", "June 4th"), weekday names ("said Saturday"), relative
words ("yesterday", "last week", "over the weekend", "last fall", "next
year") and years. Each is resolved to a date or a range relative to the
publication date; for a bare weekday the tense of the nearby verb decides
the direction ("said Friday" looks back, "will meet Friday" looks ahead).
With no publication date, expressions are found but not resolved.
"""

from __future__ import annotations

import datetime as dt
import re

from lint.analysis.sentences import SENTENCE_REACH
from lint.article.calendar_words import MONTHS, WEEKDAYS
from lint.article.document import Document
from lint.model import Span
from lint.support.patterns import LazyPattern
from lint.support.records import record

_MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in _MONTH_NAMES) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(d.capitalize() for d in WEEKDAYS) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?P<ordinal>st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"

_EXPLICIT = LazyPattern(
    r"\b(?:" + _WEEKDAY + r",?\s+)?(?:"
    + _MONTH + r"\s+" + _DAY + r"(?![\d:])(?:,?\s+" + _YEAR + r")?"
    + r"|" + r"(?P<day2>[0-3]?\d)\s+(?P<month2>" + "|".join(m.capitalize() for m in _MONTH_NAMES) + r")\.?"
    + r"(?:\s+(?P<year2>1[89]\d\d|20\d\d))?"
    + r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    + r")\b"
)
# "the last Sunday of every month" names no particular day.
_BARE_WEEKDAY = LazyPattern(r"\b(?:(?P<which>last|this|next|on)\s+)?" + _WEEKDAY + r"\b(?!\s+of\b)(?!,?\s+(?:"
                           + "|".join(m.capitalize() for m in _MONTH_NAMES) + r")\b)")
_RELATIVE = LazyPattern(
    r"\b(?P<word>yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night"
    r"|over the weekend|this weekend|last weekend|next weekend"
    r"|(?:earlier|later) this (?:week|month|year)|(?:last|this|next) (?:week|month|year)"
    r"|(?:last|this|next) (?:spring|summer|fall|autumn|winter))\b",
    re.IGNORECASE,
)
PAST_HINT = LazyPattern(
    r"\b(?:said|told|was|were|had|did|met|began|took|went|came|gave|made|found|saw|left|won|lost|held|"
    r"ran|brought|sent|spent|paid|kept|broke|rose|fell|struck|wrote|spoke|sold|bought|chose|drew|grew|"
    r"knew|led|stood|thought|sought|taught|fought|began|[a-z]{3,}ed)\b", re.IGNORECASE)
# Words that put a clause in the future; "would" is also the past's future
# ("said it would meet Friday, June 2"): a date it speaks of may be past by
# publication, so a firm reading leaves it out.
_FIRM_FUTURE_WORDS = (r"will|shall|(?:is|are) (?:expected|scheduled|set|planned|due)|plans? to|"
                      r"set for|scheduled for|planned for|next|upcoming|going to")
_FUTURE_HINT = LazyPattern(r"\b(?:would|" + _FIRM_FUTURE_WORDS + r")\b", re.IGNORECASE)
_FIRM_FUTURE_HINT = LazyPattern(r"\b(?:" + _FIRM_FUTURE_WORDS + r")\b", re.IGNORECASE)
# A past-tense report of something still to come: "said the line would open
# in 2033", "was expected to finish in 2030", "pledged to cut it in 2030".
LOOKS_AHEAD = LazyPattern(
    r"\b(?:would|will|could|should|might|may|shall|going to|to be|due|expected|scheduled|set to|planned|plans?|"
    r"aims?|aimed|target(?:ed|s)?|goal|hope[sd]?|promised|pledged|vowed|projected|forecast|predicted|estimated|"
    r"intends?|intended|proposed|committed|deadline|before|next|future|upcoming)\b", re.IGNORECASE)
_DIGIT = LazyPattern(r"\d")
_RELATIVE_WORDS = ("yesterday", "today", "tonight", "tomorrow", "this ", "last ", "next ", "weekend",
                   "earlier", "later")
HALF_YEAR = 183  # a weekday written with a date puts it this close to publication, at most
YEAR_BACK = 366  # ... or this far before it
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}


@record
class DateExpression:
    """One date or time expression and what it resolves to."""

    kind: str  # explicit, weekday, relative
    span: Span
    text: str
    weekday: str | None  # a weekday named in the expression ("Friday, June 4")
    start: dt.date | None  # resolved range (equal for one day); None when unresolved
    end: dt.date | None
    tense: str | None  # past, future or None, from the nearby verb
    year_given: bool = False


def tense_near(text: str, start: int, end: int, firm: bool = False) -> str | None:
    """Past or future from the words of the clause around an expression;
    with ``firm``, "would" does not make it future."""
    floor, ceiling = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    left = max(text.rfind(".", floor, start), text.rfind("\n", floor, start), text.rfind(";", floor, start), floor - 1) + 1
    right_candidates = [p for p in (text.find(".", end, ceiling), text.find(";", end, ceiling),
                                    text.find("\n", end, ceiling)) if p != -1]
    right = min(right_candidates) if right_candidates else ceiling
    # The verb the expression hangs on usually stands just before it
    # ("said Saturday", "will meet Friday"); failing that, the clause decides.
    near = " ".join(text[left:start].split()[-3:])
    future = _FIRM_FUTURE_HINT if firm else _FUTURE_HINT
    for part in (near, text[left:right]):
        if future.search(part):
            return "future"
        if PAST_HINT.search(part):
            return "past"
    return None


def _weekday_date(reference: dt.date, weekday: int, tense: str | None, which: str | None) -> dt.date:
    """The date a weekday name means in a story published on ``reference``:
    news looks back unless the verb looks ahead."""
    ahead = (weekday - reference.weekday()) % 7
    back = (reference.weekday() - weekday) % 7
    if which == "next":
        return reference + dt.timedelta(days=ahead or 7)
    if which == "last":
        return reference - dt.timedelta(days=back or 7)
    if tense == "future":
        return reference + dt.timedelta(days=ahead)
    return reference - dt.timedelta(days=back)


def find_dates(doc: Document) -> tuple[DateExpression, ...]:
    """Date expressions in body copy, resolved when the publication date is known."""
    from lint.analysis.people import copy_blocks

    reference = doc.publication_date
    found: list[DateExpression] = []
    text = doc.text
    for block in doc.analysis(copy_blocks):
        taken: list[Span] = []
        chunk = text[block.start:block.end]
        lowered = chunk.lower()
        # Cheap tests first: most paragraphs hold no date at all.
        explicit = _EXPLICIT.finditer(text, block.start, block.end) if _DIGIT.search(chunk) else ()
        for match in explicit:
            item = _explicit(text, match, reference)
            if item is not None:
                found.append(item)
                taken.append(item.span)
        weekdays = _BARE_WEEKDAY.finditer(text, block.start, block.end) if "day" in chunk else ()
        for match in weekdays:
            span = Span(match.start(), match.end())
            if any(t.overlaps(span) for t in taken):
                continue
            name = match.group("weekday")
            which = (match.group("which") or "").lower() or None
            tense = tense_near(text, match.start(), match.end())
            resolved = None
            if reference is not None:
                resolved = _weekday_date(reference, WEEKDAYS.index(name.lower()), tense,
                                         which if which in ("last", "next", "this") else None)
            found.append(DateExpression("weekday", span, match.group(), name, resolved, resolved, tense))
        relative = _RELATIVE.finditer(text, block.start, block.end) if any(
            word in lowered for word in _RELATIVE_WORDS) else ()
        for match in relative:
            span = Span(match.start(), match.end())
            start, end = _relative(match.group("word").lower(), reference)
            found.append(DateExpression("relative", span, match.group(), None, start, end,
                                        tense_near(text, match.start(), match.end())))
    found.sort(key=lambda d: d.span.start)
    return tuple(found)


def _explicit(text: str, match, reference: dt.date | None) -> DateExpression | None:
    groups = match.groupdict()
    try:
        if groups.get("iso"):
            date = dt.date.fromisoformat(groups["iso"])
            year_given = True
        else:
            month_name = groups.get("month") or groups.get("month2")
            day = int(groups.get("day") or groups.get("day2"))
            month = MONTHS[month_name.lower().rstrip(".")]
            year_text = groups.get("year") or groups.get("year2")
            year_given = year_text is not None
            if year_given:
                year = int(year_text)
            elif reference is not None:
                year = reference.year
            else:
                year = 2000  # a leap year, so that February 29 still parses
            date = dt.date(year, month, day)
            if not year_given and reference is not None:
                weekday = groups.get("weekday")
                date = _nearest_year(date, reference, tense_near(text, match.start(), match.end()),
                                     WEEKDAYS.index(weekday.lower()) if weekday else None)
    except (ValueError, KeyError):
        return None
    resolved = date if (year_given or reference is not None) else None
    return DateExpression("explicit", Span(match.start(), match.end()), match.group(), groups.get("weekday"),
                          resolved, resolved, tense_near(text, match.start(), match.end()), year_given)


def _nearest_year(date: dt.date, reference: dt.date, tense: str | None, weekday: int | None = None) -> dt.date:
    """A date written without a year is the one nearest the publication date,
    in the direction the tense points; a weekday written with it picks the
    year it fits ("Friday, June 30, the mayor said" looks ahead, though
    "said" is past)."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date.replace(year=year))
        except ValueError:
            continue
    # News looks back further than it looks ahead: a trial story in November
    # gives "Saturday, May 18" for an attack that year, six months and more
    # before; unless the verb looks ahead, a weekday that fits the date up
    # to a year back is right.
    back = HALF_YEAR if tense == "future" else YEAR_BACK
    fitting = [c for c in candidates if c.weekday() == weekday and -back <= (c - reference).days <= HALF_YEAR]
    if fitting:
        return min(fitting, key=lambda c: abs((c - reference).days))
    if tense == "past":
        before = [c for c in candidates if c <= reference]
        if before:
            return max(before)
    if tense == "future":
        after = [c for c in candidates if c >= reference]
        if after:
            return min(after)
    return min(candidates, key=lambda c: abs((c - reference).days))


def _relative(word: str, reference: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    if reference is None:
        return None, None
    day = dt.timedelta(days=1)
    simple = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
              "this afternoon": 0, "this evening": 0, "tomorrow": 1}
    if word in simple:
        date = reference + simple[word] * day
        return date, date
    monday = reference - reference.weekday() * day
    if word.endswith("weekend"):
        # The Saturday of the weekend meant: the latest one on or before the
        # story for "over the weekend"/"last weekend", the coming one otherwise.
        saturday = reference - ((reference.weekday() - 5) % 7) * day
        if word in ("this weekend", "next weekend") and reference.weekday() < 5:
            saturday += 7 * day
        if word == "next weekend":
            saturday += 7 * day
        return saturday, saturday + day
    if word.endswith("week"):
        shift = {"last": -7, "next": 7}.get(word.split()[0], 0)
        start = monday + shift * day
        if word.startswith("earlier"):
            return monday, reference
        if word.startswith("later"):
            return reference, monday + 6 * day
        return start, start + 6 * day
    if word.endswith("month"):
        first = reference.replace(day=1)
        if word.startswith("earlier"):
            return first, reference
        shift = {"last": -1, "next": 1}.get(word.split()[0], 0)
        month_index = reference.month - 1 + shift
        first = dt.date(reference.year + month_index // 12, month_index % 12 + 1, 1)
        next_first = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        if word.startswith("later"):
            return reference, next_first - day
        return first, next_first - day
    if word.endswith("year"):
        shift = {"last": -1, "next": 1}.get(word.split()[0], 0)
        year = reference.year + shift
        if word.startswith("earlier"):
            return dt.date(year, 1, 1), reference
        if word.startswith("later"):
            return reference, dt.date(year, 12, 31)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    which, season = word.split()
    first_month, last_month = SEASONS[season]
    year = reference.year
    start = dt.date(year, first_month, 1)
    if which == "last" and start >= reference.replace(day=1):
        year -= 1
    elif which == "next" and start <= reference:
        year += 1
    start = dt.date(year, first_month, 1)
    end_year = year + (1 if last_month < first_month else 0)
    end = dt.date(end_year + (last_month // 12), last_month % 12 + 1, 1) - day
    return start, end
