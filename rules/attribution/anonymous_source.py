"""An anonymous source with no reason given for the anonymity.

## What it does
Finds attribution to unnamed sources — "sources said", "a source
familiar with the talks", "people familiar with the matter", "officials
who spoke on condition of anonymity" — and reports it when neither its
sentence nor the next one says why the source was not named ("because
they were not authorized to discuss …", "to discuss private talks").

## Why is this bad?
AP, Reuters and The New York Times allow anonymous sources only when the
story tells readers why the source could not be named; without a reason,
the reader cannot weigh the claim.

## Example
```
The deal is dead, sources said on Tuesday.
```

## Use instead
```
The deal is dead, said two officials who spoke on condition of anonymity because the talks were private.
```

## Fix safety
No fix: the reason is reporting, not editing.
"""

from __future__ import annotations

import re

from lint.engine.registry import rule
from lint.model import Span
from lint.support.patterns import LazyPattern

_SOURCE = LazyPattern(
    r"\b(?:(?:a|an|one|two|three|four|several|multiple|some)\s+(?:[\w-]+\s+){0,3}?sources?"
    r"|sources\s+(?:said|say|says|told|close|familiar)"
    r"|(?:people|persons?|officials?|sources?|aides?|diplomats?|someone|a\s+person)\s+"
    r"(?:familiar|close|briefed|knowledgeable)\s+(?:with|to|on|about)"
    r"|(?:spoke|speaking|talked)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified))\b",
    re.IGNORECASE,
    ("source", "familiar", "close to", "briefed", "knowledgeable", "anonymity", "not to be"),
)
_REASON = LazyPattern(
    r"\bbecause\b|\bnot\s+authori[sz]ed\b|\bnot\s+permitted\b|\bnot\s+allowed\b|\bfor\s+fear\b"
    r"|\bcondition\s+of\s+anonymity\s+(?:to|because|as|since)\b|\bto\s+(?:discuss|describe|speak\s+about|talk\s+about)\b",
    re.IGNORECASE,
)


@rule(code="AT005", name="anonymous-source", severity="info",
      summary="An unnamed source with no reason given for the anonymity")
def check(doc, ctx):
    from lint.analysis.people import copy_blocks
    from lint.analysis.quotes import in_quotes
    from lint.analysis.sentences import sentence_spans

    quotes = in_quotes(doc)
    sentences = doc.analysis(sentence_spans)
    if not _SOURCE.could_match(doc.text.lower()):
        return
    for block in doc.analysis(copy_blocks):
        reported_in: set[int] = set()
        for match in _SOURCE.finditer(doc.text, block.start, block.end):
            if match.start() in quotes:
                continue
            k = next((i for i, s in enumerate(sentences) if s.start <= match.start() < s.end + 1), None)
            if k is None or k in reported_in:
                continue
            nearby = doc.text[sentences[k].start:sentences[k + 1].end if k + 1 < len(sentences) else sentences[k].end]
            if _REASON.search(nearby):
                continue
            reported_in.add(k)
            yield ctx.report(Span(match.start(), match.end()), f"\"{match.group()}\": an unnamed source with no "
                             f"reason given for the anonymity in this or the next sentence.")
