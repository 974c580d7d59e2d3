"""A quotation with no attribution.

## What it does
Reports a direct quotation that no one is heard saying. A quotation is
attributed by a speech verb in its sentence ("said", "told", "wrote",
"continued", "recounted", "chanted", "according to", …), also past an
appositive ("“…,” Jane Roe, the chair of the board, said") or a question
mark ("“…?” Roe asked"), an auxiliary ("…,” Roe, a senior fellow, has
written"), a long description ("…,” lead engineer and county water
specialist Jane Roe said") or a clause the sentence runs on with ("“…”
before the vote, Roe said"); by an attributed quotation in the same paragraph;
by reported speech earlier in the paragraph ("The pump, Roe said, is always
running. “…”");
by a name or "he", "she", "they" earlier in its paragraph ("Roe was blunt.
“…”"); by a colon that introduces it ("Roe wrote in a letter:"); by a dash
after it ("“…” — Jane Roe"); and, when it opens a paragraph, by the
paragraph before when that one ends in speech — reported ("Roe says the
mine cracked her walls.", or anywhere in a paragraph that quotes no one),
a view its subject holds now ("Roe believes the landing should move.",
"Roe wants …"), a speech act reported without a speech verb ("Roe
accused the county of …"), quoted ("“…,” Roe said."), a text the copy names as its
source ("The county's budget papers show …") or an interviewer's question
— passing over a photo caption between them — or carries on its open
quotation; a
paragraph that is only a quotation the story quotes again elsewhere, with
its attribution there, is a pull quote; and in an
interview written as questions and answers (two or more of the writer's
questions as paragraphs), a paragraph of quotation is the answer. Not reported either:
partial quotations inside a sentence (a phrase whose clause sources it,
a scare-quoted term, or a lowercase phrase set off by commas: "Taking it
further, “night mode,” when it launches, …"), except in the lead when the next paragraph does
not source them; titles of works in title case ("Takin' It to the
Streets"), names and written words announced as such (the album “…”, a
sign that read “…”); and a short quoted heading alone on its line. A quotation that runs over
several paragraphs (each opening with a mark, only the last closing) is
reported once, on its first paragraph.

## Why is this bad?
Readers must know who is speaking. An orphan quote usually means the
attribution was cut, or a new speaker's quote was pasted under the last
one.

## Example
```
Council member Rita Olsen backed the plan. "We need more buses," Ms. Olsen said.

The council's budget is already stretched.

"That plan is unaffordable."
```

## Use instead
```
Council member Rita Olsen backed the plan. "We need more buses," Ms. Olsen said.

The council's budget is already stretched.

"That plan is unaffordable," said Mayor Tom Haig, who opposes it.
```

## Fix safety
No fix: only the writer knows who said it.
"""

from __future__ import annotations

from lint.analysis.people import copy_blocks
from lint.analysis.quotes import PARTIAL_MAX_WORDS, not_speech
from lint.engine.registry import rule
from lint.rules.attribution.common import attributions


@rule(code="AT001", name="unattributed-quote", severity="warning",
      summary="A direct quotation with no speaker in its paragraph")
def check(doc, ctx):
    items = attributions(doc, ctx)
    lead_attributed_below = _lead_attributed_below(doc, items)
    blocks = doc.analysis(copy_blocks)
    lead = blocks[0] if blocks else None
    reported_open = False  # the last quotation reported runs on into the next paragraph
    for item in items:
        quote = item.quote
        carried_on, reported_open = reported_open and quote.continues, False
        if carried_on:
            # One quotation over several paragraphs, its first one reported:
            # one finding for all of it.
            reported_open = not quote.closed
            continue
        if item.attributed or (quote.partial and quote.words <= PARTIAL_MAX_WORDS):
            continue
        if quote.partial and quote.block == lead_attributed_below:
            continue
        if quote.partial and quote.block != lead:
            continue  # a phrase inside a sentence whose own clause sources it
        if not_speech(doc, quote):
            continue
        reported_open = not quote.closed
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
