"""A quotation attributed to someone the story has not yet introduced.

## What it does
Reports a quotation whose speaker is named by surname ("Mr. Abara",
"Abara") before the person's full-name introduction, when the name itself
appeared earlier (a first mention is reported by TT002 or TT003 instead)
and the full-name introduction comes later in the story. A speaker read
from a pronoun ("he said") or from the paragraph around the quotation is
not reported, and neither is a name the story never introduces in full (a
name readers know, or one the headline gives), nor, on a live page (five
or more entry titles over short entries, newest first), a quotation in an
entry above the older one that introduces its speaker.

## Why is this bad?
A reader meets a quote from someone they cannot place; the introduction
should come at or before the first quote. (The early name itself is
reported by TT002 or TT003; the example switches those off to show this
rule alone.)

## Example
```
<!-- options: {"ignore": ["TT"]} -->
Abara, who has run the ferry line for a decade, met workers on Monday.

"We are ready," Abara said.

Transport Minister Felix Abara later visited the port.
```

## Use instead
```
<!-- options: {"ignore": ["TT"]} -->
Transport Minister Felix Abara met workers on Monday.

"We are ready," Mr. Abara said.
```

## Fix safety
No fix: the introduction has to move.
"""

from __future__ import annotations

from lint.analysis.entries import same_entry
from lint.analysis.people import BARE, HONORIFIC, TITLE
from lint.engine.registry import rule
from lint.rules.attribution.common import attributions


# Attributions that name their speaker in the quotation's own sentence.
_NAMED = frozenset({"after", "inverted", "before"})


@rule(code="AT002", name="speaker-not-introduced", severity="warning",
      summary="A quotation attributed to a surname before the full-name introduction")
def check(doc, ctx):
    for item in attributions(doc, ctx):
        person, mention = item.speaker, item.mention
        if person is None or mention is None or mention.kind not in (BARE, HONORIFIC, TITLE):
            continue
        if item.kind not in _NAMED or item.subject_span is None or item.subject_span.start != mention.span.start:
            continue  # a speaker read from a pronoun or from the context: too unsure to report
        intro = person.introduction
        if intro is None or intro.span.start < item.quote.span.start:
            continue  # never introduced: a name the readers know, or one given in the headline
        if not same_entry(doc, item.quote.span.start, intro.span.start):
            continue  # a live page's newer entry, above the older one that introduced them
        first = next((m for m in person.mentions if not m.in_quote), None)
        if first == mention:
            continue  # the name's own first mention: TT002/TT003 report it
        where = f" on line {doc.line_col(intro.span.start)[0]}"
        yield ctx.report(item.quote.span, f"This quotation is attributed to \"{doc.slice(mention.span)}\", "
                         f"who is introduced by full name only{where}.")
