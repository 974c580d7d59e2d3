"""A quotation with no attribution.

## What it does
Reports a direct quotation whose paragraph names no speaker — no "said",
"told", "according to" in its sentence, no attributed quotation in the same
paragraph — and that does not continue an attributed quotation left open
at the end of the previous paragraph. Short partial quotes (three words or
fewer) inside a sentence are left alone, and so is a partial quote in the
lead when the next paragraph attributes a quotation (the lead's source).

## Why is this bad?
Readers must know who is speaking. An orphan quote usually means the
attribution was cut, or a new speaker's quote was pasted under the last
one.

## Example
```
Council member Rita Olsen backed the plan. "We need more buses," Ms. Olsen said.

"That plan is unaffordable."
```

## Use instead
```
Council member Rita Olsen backed the plan. "We need more buses," Ms. Olsen said.

"That plan is unaffordable," said Mayor Tom Haig, who opposes it.
```

## Fix safety
No fix: only the writer knows who said it.
"""

from __future__ import annotations

from lint.people import copy_blocks
from lint.quotes import PARTIAL_MAX_WORDS
from lint.registry import rule
from lint.rules.attribution.common import attributions


@rule(code="AT001", name="unattributed-quote", severity="warning",
      summary="A direct quotation with no speaker in its paragraph")
def check(doc, ctx):
    items = attributions(doc, ctx)
    lead_attributed_below = _lead_attributed_below(doc, items)
    for item in items:
        quote = item.quote
        if item.attributed or (quote.partial and quote.words <= PARTIAL_MAX_WORDS):
            continue
        if quote.partial and quote.block == lead_attributed_below:
            continue
        yield ctx.report(quote.span, "This quotation has no attribution in its paragraph; say who said it.")


def _lead_attributed_below(doc, items):
    """The lead paragraph, when the next one attributes a quotation: a
    lead's partial quote is usually sourced there ("Ministers have been
    accused of “sitting on their hands” …" above "X said the government
    had “failed …”")."""
    blocks = doc.analysis(copy_blocks)
    if len(blocks) < 2:
        return None
    lead, second = blocks[0], blocks[1]
    if any(item.quote.block == second and item.attributed for item in items):
        return lead
    return None
