""""On" before a weekday or date where AP leaves it out.

## What it does
Reports "on Tuesday" and "on June 9" after a verb ("met on Tuesday"), where
AP style drops the "on". It is kept at the start of a sentence ("On
Tuesday, …") and where a weekday follows a proper name ("Smith on
Tuesday"), which the rule leaves alone. Part of the AP date-style group
(`DT1`). With the default option `mode = "auto"`, it reports only when most
of the story's weekdays go without "on" (a story written with "on" throughout
follows another style); `mode = "always"` reports every one.

## Why is this bad?
AP style: "on" is redundant in "the council met on Tuesday"; the shorter
form is the wire's and most papers' house style.

## Example
```
The council met on Tuesday to approve the budget. The mayor signed it Wednesday, and it takes effect Friday.
```

## Use instead
```
The council met Tuesday to approve the budget. The mayor signed it Wednesday, and it takes effect Friday.
```

## Fix safety
Safe: the fix deletes "on " and nothing else.
"""

from __future__ import annotations

from lint.analysis.house import ap_only
from lint.analysis.quotes import in_quotes
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.support.patterns import LazyPattern


_ON = LazyPattern(
    r"(?<=[a-z] )on (?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August"
    r"|September|October|November|December) [0-3]?\d\b)")


_WITHOUT_ON = LazyPattern(r"(?<=[a-z] )(?<!\bon )(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _word_before(text: str, floor: int, offset: int) -> str:
    """The word before the space at ``offset - 1`` (read back to the last
    white space only, not the whole paragraph: each match must stay cheap)."""
    end = start = offset - 1
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


@rule(code="DT103", name="on-before-date", severity="info", fix="always",
      summary="\"on\" before a weekday or date after a verb (AP: \"met Tuesday\")",
      options={"mode": "auto"})
@ap_only
def check(doc, ctx):
    from lint.analysis.people import copy_blocks

    quotes = in_quotes(doc)
    found = []
    without = 0
    for block in doc.analysis(copy_blocks):
        for match in _ON.finditer(doc.text, block.start, block.end):
            if match.start() in quotes or not _word_before(doc.text, block.start, match.start())[:1].islower():
                continue  # "Ana Ruiz on Thursday": after a name, "on" stays
            found.append(match)
        without += sum(1 for m in _WITHOUT_ON.finditer(doc.text, block.start, block.end) if m.start() not in quotes)
    # "auto": a story (or desk) that writes "on Tuesday" throughout is not
    # AP style; only a minority "on" among bare weekdays is reported.
    if ctx.options.get("mode", "auto") == "auto" and len(found) >= without:
        return
    for match in found:
        span = Span(match.start(), match.end())
        fix = Fix((Edit(span, ""),), title="Remove \"on\"")
        yield ctx.report(Span(match.start(), match.start() + 2), "AP style drops \"on\" before a weekday or "
                         "date here.", fix=fix)
