"""The dateline header scraped articles carry on their first line.

Recognises ``- The Washington Times - Sunday, June 4, 2023`` and its common
variants: no leading dash, other separators (``|``, ``–``, ``—``, ``·``), a
byline segment (``By Jane Doe``), abbreviated months (``Jun. 4, 2023``),
day-first dates (``4 June 2023``), ISO dates and no outlet at all.
"""

from __future__ import annotations

import datetime as dt
import re

from lint.article.calendar_words import MONTHS, WEEKDAYS
from lint.support.patterns import LazyPattern
from lint.support.records import record

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
_DATE_FORMS = (
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})",
    _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})",
    _WEEKDAY + r"(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})",
)
_DATE_AT_END = [
    # ``|`` may touch the date: "The Harbor Post|2023-06-04".
    LazyPattern(r"(?:^|[\s|])(?P<date>" + form + r")\s*$", re.IGNORECASE) for form in _DATE_FORMS
]
_SEPARATOR = LazyPattern(r"\s+[-–—|·•]\s+|\s*\|\s*")
_BULLET = LazyPattern(r"^[\s\-–—•*·|]+")
MAX_HEADER_LENGTH = 160


@record
class Header:
    """What a dateline header says: outlet, byline, date and weekday as written."""

    outlet: str | None
    byline: str | None
    date: dt.date
    weekday: str | None  # as written, e.g. "Sunday"; None when absent
    date_start: int  # offset of the date (weekday included) within the line


def parse_date_at_end(line: str) -> tuple[dt.date, str | None, int] | None:
    """Parse a date ending ``line``: (date, weekday as written, start offset)."""
    for pattern in _DATE_AT_END:
        match = pattern.search(line)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("monthnum"):
            month = int(groups["monthnum"])
        else:
            month = MONTHS[groups["month"].lower()]
        try:
            date = dt.date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            return None
        return date, groups.get("weekday"), match.start("date")
    return None


_TIMESTAMP_LABEL = LazyPattern(r"(?:last\s+)?(?:updated|published|posted|modified)\b", re.IGNORECASE)


def parse_header(line: str) -> Header | None:
    """Parse one line as a dateline header, or return None."""
    if len(line) > MAX_HEADER_LENGTH or not line.strip():
        return None
    found = parse_date_at_end(line)
    if found is None:
        return None
    date, weekday, date_start = found
    prefix = _BULLET.sub("", line[:date_start]).strip()
    if prefix and prefix[-1] not in "-–—|·•,":
        return None  # "... it happened June 4, 2023" is a sentence
    prefix = prefix.rstrip("-–—|·•, ")
    outlet = byline = None
    for segment in filter(None, (s.strip() for s in _SEPARATOR.split(prefix))):
        if segment.lower().startswith("by "):
            byline = segment[3:].strip()
        elif outlet is None:
            outlet = segment
        else:
            return None  # too many segments: a sentence, not a header
    if outlet and (len(outlet.split()) > 8 or outlet.endswith((".", "?", "!"))):
        return None
    if outlet and _TIMESTAMP_LABEL.match(outlet):
        return None  # "Updated 6:42 PM PDT, Oct. 9, 2024": the page's timestamp, not a dateline
    return Header(outlet, byline, date, weekday, date_start)
