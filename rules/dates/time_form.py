"""A time of day not in AP form.

## What it does
Reports "10 AM", "10am", "10:00 a.m.", "10 o'clock", "12 noon" and "12
midnight"; AP writes "10 a.m.", "noon" and "midnight". Part of the AP
date-style group (`DT1`).

## Why is this bad?
It is house style; mixed forms in one story look careless.

## Example
```
The hearing starts at 10:00 AM in the council chamber.
```

## Use instead
```
The hearing starts at 10 a.m. in the council chamber.
```

## Fix safety
Safe: the fix writes the AP form.
"""

from __future__ import annotations

from lint.analysis.house import american_only
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.dates.scan import copy_matches
from lint.support.patterns import LazyPattern

# A time may follow another's "AM" with no space ("1:00AM1:00AM"): all are
# found at once, not one more on each pass of --fix.
_TIME = LazyPattern(
    r"(?:\b|(?<=[AaPp][Mm]))(?P<hour>1[0-2]|0?[1-9])(?::(?P<minutes>[0-5]\d))?\s?"
    r"(?P<suffix>a\.m\.|p\.m\.|AM|PM|A\.M\.|P\.M\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|\b12\s(?P<noon>noon|midnight)\b")


def ap_time(match) -> str | None:
    """The AP form of a matched time, or None when it already is one."""
    if match.group("noon"):
        return match.group("noon")
    hour, minutes, suffix = match.group("hour"), match.group("minutes"), match.group("suffix")
    period = "a.m." if suffix.lower().startswith("a") else "p.m."
    wanted = hour.lstrip("0") + (f":{minutes}" if minutes and minutes != "00" else "") + " " + period
    return None if match.group() == wanted else wanted


@rule(code="DT104", name="time-form", severity="info", fix="always",
      summary="A time of day not in AP form (10 a.m., noon, midnight)")
@american_only
def check(doc, ctx):
    for match in copy_matches(doc, _TIME):
        wanted = ap_time(match)
        if wanted is None:
            continue
        span = Span(match.start(), match.end())
        # "10:00 AM." ends a sentence: the full stop of "a.m." serves as its end.
        written = wanted[:-1] if wanted.endswith(".") and doc.text[span.end:span.end + 1] == "." else wanted
        yield ctx.report(span, f"AP style writes \"{wanted}\", not \"{match.group()}\".",
                         fix=Fix((Edit(span, written),), title=f"Write \"{wanted}\""))
