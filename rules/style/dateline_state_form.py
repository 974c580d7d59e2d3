"""A state in a dateline not written the AP way.

## What it does
Reads the dateline that opens the first paragraph ("SPRINGFIELD, IL (AP)
—") and checks the state against AP style: AP's own abbreviation ("Ill.",
"Calif.", "N.Y."), never the postal code; the full name for the eight
states AP never abbreviates (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio,
Texas, Utah); and no state at all after the U.S. cities that stand alone
in AP datelines (Chicago, Dallas, Los Angeles, Washington and about 25
more).

## Why is this bad?
Postal codes are for envelopes; AP datelines have their own forms, and a
state after "CHICAGO" is noise the reader does not need.

## Example
```
AUSTIN, TX — The state's power grid held up through the heat wave, officials said.
```

## Use instead
```
AUSTIN, Texas — The state's power grid held up through the heat wave, officials said.
```

## Exceptions
Only a dateline at the very start of the first body paragraph is read; a
place that is not a U.S. state ("KYIV, Ukraine —") is left alone, and so
is "Georgia" written out (the country's datelines use the name too). Part
of the AP pack: off when `style-packs` leaves out `ap`, and silent on copy
in British or Commonwealth style.

## Fix safety
Safe: the fix writes AP's form of the state, or removes the state after a
city that stands alone.
"""

from __future__ import annotations

from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.style.scan import ap_rules_apply
from lint.rules.style.states import (
    DISTRICT_FORMS, STANDALONE_CITIES, ap_dateline_form, find_dateline, state_named,
)


@rule(code="ST003", name="dateline-state-form", severity="info", fix="always",
      summary="A state in a dateline as a postal code or not in AP form, or after a city that stands alone")
def check(doc, ctx):
    dateline = find_dateline(doc)
    if dateline is None:
        return
    city = doc.slice(dateline.city)
    written = doc.slice(dateline.state)
    named = state_named(written)
    standalone = city.upper() in STANDALONE_CITIES
    if named is None and not (standalone and city.upper() == "WASHINGTON" and written in DISTRICT_FORMS):
        return
    if not ap_rules_apply(doc, ctx):
        return
    if standalone and (named is None or STANDALONE_CITIES[city.upper()] == named[0]):
        span = Span(dateline.city.end, dateline.state.end)
        fix = Fix((Edit(span, ""),), title=f"Remove \"{doc.slice(span)}\"")
        yield ctx.report(dateline.state, f"{city} stands alone in AP datelines; drop \"{written}\".", fix=fix)
        return
    if named is None:
        return
    name, kind = named
    wanted = ap_dateline_form(name)
    if written == wanted or (kind == "name" and name == "Georgia"):
        return
    if kind == "postal":
        what = f"the postal code \"{written}\""
    elif kind == "name":
        what = f"\"{written}\" written out"
    else:
        what = f"\"{written}\""
    if wanted == name:
        message = f"AP datelines spell out {name}, not {what}."
    else:
        message = f"AP datelines abbreviate {name} as \"{wanted}\", not {what}."
    fix = Fix((Edit(dateline.state, wanted),), title=f"Write \"{wanted}\"")
    yield ctx.report(dateline.state, message, fix=fix)
