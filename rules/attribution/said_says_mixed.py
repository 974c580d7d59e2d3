"""Attributions that mix "said" and "says".

## What it does
Collects the attribution verbs whose subject is a named person or a
personal pronoun ("Mr. Peskov said", "said Ms. Okafor", "she says") and
reports those in the minority tense, naming the dominant one. Present
tense for unnamed groups ("officials say", "residents say") is left
alone: it describes a standing position. Option `tense`: `"dominant"`
(default), `"past"` or `"present"` to enforce one.

## Why is this bad?
News copy is written in the past tense ("said"); features often use
"says". Mixing them in one story reads as two drafts stitched together.

## Example
```
Mayor Ines Park opened the hearing. "We will rebuild," Ms. Park said. "The money is there," Ms. Park said later. "It will take years," Ms. Park says.
```

## Use instead
```
Mayor Ines Park opened the hearing. "We will rebuild," Ms. Park said. "The money is there," Ms. Park said later. "It will take years," Ms. Park said.
```

## Fix safety
No fix: the verb's form depends on the sentence ("says" → "said", "tells"
→ "told").
"""

from __future__ import annotations

from lint.attribution import PAST, PRESENT
from lint.model import Span
from lint.registry import rule
from lint.rules.titles.common import people

_PERSONAL = {"he", "she"}


def attribution_verbs(doc, ctx):
    """(verb span, verb, tense) of verbs next to a named person or pronoun."""
    from lint.people import _tokens, copy_blocks
    from lint.quotes import in_quotes

    quotes = in_quotes(doc)
    found = []
    text = doc.text
    mentions = [m for p in people(doc, ctx).persons for m in p.mentions if not m.in_quote]
    ends = {m.span.end + (2 if m.possessive else 0) for m in mentions}
    starts = {m.span.start for m in mentions}
    for block in doc.analysis(copy_blocks):
        for token in _tokens(doc, block):
            word = token.text.lower().rstrip(".")
            if word not in PAST and word not in PRESENT:
                continue
            word_start = token.start
            tense = "past" if word in PAST else "present"
            if word_start in quotes:
                continue
            before = text[max(block.start, word_start - 12):word_start].rstrip(" ")
            previous_word = before.split(" ")[-1].lower() if before else ""
            after = word_start + len(word) + 1
            subject_before = (word_start - 1) in ends or previous_word in _PERSONAL
            subject_after = after in starts or text[after:after + 3].rstrip(" .,") in _PERSONAL
            if subject_before or subject_after:
                found.append((Span(word_start, word_start + len(word)), word, tense))
    return found


@rule(code="AT003", name="said-says-mixed", severity="warning",
      summary="Attribution verbs mixing past (said) and present (says) tense",
      options={"tense": "dominant"})
def check(doc, ctx):
    verbs = doc.analysis(attribution_verbs, doc, ctx)
    wanted = ctx.options.get("tense", "dominant")
    past = sum(1 for _, _, tense in verbs if tense == "past")
    present = len(verbs) - past
    if wanted == "dominant":
        if not (past and present):
            return
        wanted = "past" if past >= present else "present"
    for span, word, tense in verbs:
        if tense != wanted:
            count = past if wanted == "past" else present
            yield ctx.report(span, f"\"{word}\" is {tense} tense; the story's attributions use the "
                             f"{wanted} tense ({count} of {len(verbs)}).")
