"""An inverted attribution ("said Mr. Peskov") where plain order reads better.

## What it does
After a quotation, reports "said Mr. Peskov." and "said he." — the verb
before a plain name or pronoun. The inversion is left alone when a long
title or an appositive follows the name ("said Leo Novak, an economist at
the central bank").

## Why is this bad?
AP style puts the speaker first ("Mr. Peskov said"); the inverted order
sounds archaic, and "said he" always does.

## Example
```
Port spokesman Dale Pruitt spoke to reporters. "The talks will continue," said Mr. Pruitt.
```

## Use instead
```
Port spokesman Dale Pruitt spoke to reporters. "The talks will continue," Mr. Pruitt said.
```

## Fix safety
Safe: the fix swaps the verb and the subject and changes nothing else.
"""

from __future__ import annotations

from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.attribution.common import attributions


@rule(code="AT006", name="attribution-order", severity="info", fix="always",
      summary="\"said Mr. Peskov\" after a quotation, where \"Mr. Peskov said\" is the house order")
def check(doc, ctx):
    text = doc.text
    for item in attributions(doc, ctx):
        if item.kind != "inverted" or item.subject_span is None or item.verb_span is None:
            continue
        subject = item.subject_span
        if len(text[subject.start:subject.end].split()) > 3:
            continue  # a title with the name: the inversion is deliberate
        following = text[subject.end:subject.end + 1]
        if following not in (".", "") and text[subject.end:subject.end + 2] not in ("\n", "\r"):
            continue  # an appositive or a clause follows
        span = Span(item.verb_span.start, subject.end)
        who = doc.slice(subject)
        swapped = f"{who} {item.verb}"
        fix = Fix((Edit(span, swapped),), title=f"Write \"{swapped}\"")
        yield ctx.report(span, f"\"{doc.slice(span)}\": the speaker comes before the verb (\"{swapped}\").",
                         fix=fix)
