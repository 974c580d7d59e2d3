"""A title spelled out before a full name where AP abbreviates it.

## What it does
Before a full name, AP abbreviates Governor (Gov.), Lieutenant Governor
(Lt. Gov.), Senator (Sen.), Representative (Rep.), Doctor (Dr.) and the
military ranks (Gen., Adm., Col., Maj., Capt., Lt., Sgt., Cmdr., Cpl.).
Reports the spelled-out forms. President, Vice President, Secretary and
Attorney General are never abbreviated.

## Why is this bad?
It is a house-style slip, common in copy from press releases; abbreviated
titles keep first references short.

## Example
```
Governor Dana Pike signed the budget Friday after a long session.
```

## Use instead
```
Gov. Dana Pike signed the budget Friday after a long session.
```

## Exceptions
Quotations (a source's words), titles before a surname alone, titles that
do not stand before a name ("the governor"), and titles that follow the
name of a body ("Bank of England Governor Andrew Bailey").

## Fix safety
Safe: the fix replaces the title with its abbreviation.
"""

from __future__ import annotations

from lint.analysis.titles import AP_ABBREVIATIONS
from lint.engine.registry import rule
from lint.model import Edit, Fix
from lint.rules.titles.scan import title_uses


@rule(code="TT009", name="title-abbreviation", severity="info", fix="always",
      summary="Governor, Senator, General … spelled out before a full name (AP: Gov., Sen., Gen.)")
def check(doc, ctx):
    for use in doc.analysis(title_uses):
        short = AP_ABBREVIATIONS.get(use.words)
        if short is None or not use.before_name or short.startswith("the "):
            continue
        if use.previous[:1].isupper() and not use.sentence_start:
            continue  # "Bank of England Governor Andrew Bailey": part of an office's name
        fix = Fix((Edit(use.span, short),), title=f"Write \"{short}\"")
        yield ctx.report(use.span, f"Before a full name, \"{use.words}\" is abbreviated \"{short}\".", fix=fix)
