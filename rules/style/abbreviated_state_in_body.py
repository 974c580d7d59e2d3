"""A state abbreviated after a city in body text.

## What it does
Reports a state abbreviation or postal code that follows a city in body
text ("Springfield, Ill., officials", "Austin, TX, officials") and offers
the full name. AP has spelled out state names in stories since 2014; the
abbreviations stay in datelines (ST003).

## Why is this bad?
Readers outside the United States, and many inside it, do not know what
"Neb." or "MS" stands for; the full name costs a few letters.

## Example
```
Officials in Springfield, Ill., approved the levy in a late-night vote.
```

## Use instead
```
Officials in Springfield, Illinois, approved the levy in a late-night vote.
```

## Exceptions
The dateline itself, party affiliations ("D-Calif."), "Washington, D.C.",
quotations, and the postal codes that are also English words in capitals
(OK, HI, OH). Part of the AP pack: off when `style-packs` leaves out `ap`,
and silent on copy in British or Commonwealth style.

## Fix safety
Safe: the fix writes the state's name, keeping a full stop that also ends
the sentence.
"""

from __future__ import annotations

import re

from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.style.packs import ends_sentence
from lint.rules.style.scan import ap_rules_apply, matches_in_copy
from lint.rules.style.states import BY_AP, BY_POSTAL, OTHER_FORMS, find_dateline
from lint.support.patterns import LazyPattern

_INTERJECTIONS = {"OK", "HI", "OH"}
_NOT_PLACES = frozenset("yes no well oh sure okay right fine please thanks so now then".split())
_DOTTED = sorted([form for form in BY_AP] + [form for form in OTHER_FORMS if form.endswith(".")],
                 key=len, reverse=True)
_POSTAL = sorted(code for code in BY_POSTAL if code not in _INTERJECTIONS)
_STATE_AFTER_CITY = LazyPattern(
    r"(?P<city>[A-Z](?<![\w.-][A-Z])[a-z]+(?:[ -][A-Z][a-z]+){0,2}),[ \u00a0]"
    r"(?P<state>(?:" + "|".join(re.escape(form) for form in _DOTTED) + r")(?=[,;:)]|\s|$)"
    r"|(?:" + "|".join(_POSTAL) + r")(?=[,;:)]|\.(?:\s|$)|$))"
)


@rule(code="ST007", name="abbreviated-state-in-body", severity="info", fix="always",
      summary="A state abbreviation or postal code after a city in body text (AP spells state names out)")
def check(doc, ctx):
    dateline = find_dateline(doc)
    skip_before = dateline.end if dateline else -1
    text = doc.text
    found = []
    for match, block in matches_in_copy(doc, _STATE_AFTER_CITY):
        if match.start() < skip_before or match.group("city").split()[0].lower() in _NOT_PLACES:
            continue
        written = match.group("state")
        name = BY_POSTAL.get(written) or BY_AP.get(written) or OTHER_FORMS[written]
        span = Span(*match.span("state"))
        replacement = name
        if written.endswith(".") and ends_sentence(text, span.end, block.end):
            replacement += "."
        found.append((span, written, name, replacement))
    if not found or not ap_rules_apply(doc, ctx):
        return
    for span, written, name, replacement in found:
        fix = Fix((Edit(span, replacement),), title=f"Write \"{name}\"")
        yield ctx.report(span, f"AP style spells out state names in stories: \"{name}\", not \"{written}\".",
                         fix=fix)
