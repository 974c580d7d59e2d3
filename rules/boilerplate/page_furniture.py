"""Page furniture found by the page's layout: menus, related headlines, footers.

## What it does
Reads a scraped page's layout (see ``layout.py``): the story is the run of
lines where sentences of copy outweigh everything else, with the headline,
byline and standfirst above it. Reports, as one finding per run of lines:

- lines above the headline (site navigation, section menus, sign-in and
  edition links, tickers);
- lines after the story once the page's furniture has begun there (a
  "Share this" or "Related" line, a copyright line …): related headlines
  and their summaries, tag lists, author boxes, footers;
- after the story, a comment thread or a list of other stories whose
  lines carry time stamps ("jdoe says:", "3 hours ago", "May 14, 2024 at
  7:02 am") every few lines.

Lines a phrase rule (BP001–BP011, BP014) reports are left to that rule.
A page that shows no sign of being scraped (no phrase-rule match, and no
run of menu items above its headline) gets no finding.

## Why is this bad?
It is not the story. Left in, it is read as copy: a word count, a
spelling check, a people list or a training corpus takes "Home", "Sign
in" and six other stories' headlines for part of the article.

## Example
```
Home
News
Sport
Weather

Harbor board votes to dredge the east channel

The harbor board voted 5-2 on Tuesday to dredge the east channel before the autumn shipping season, ending a two-year dispute over who pays for it.

The work is expected to take 11 weeks, and the channel will stay open to ferries while it goes on.
```

## Use instead
```
Harbor board votes to dredge the east channel

The harbor board voted 5-2 on Tuesday to dredge the east channel before the autumn shipping season, ending a two-year dispute over who pays for it.

The work is expected to take 11 weeks, and the channel will stay open to ferries while it goes on.
```

## Fix safety
Safe: a line above the headline, or past the furniture that ends the
story, is never the story's own. The fix removes the lines and the blank
lines between them.
"""

from __future__ import annotations

from lint.article.document import Document
from lint.article.edits import remove_lines
from lint.engine.registry import rule
from lint.model import Fix, Span
from lint.rules.boilerplate.layout import FURNITURE, find_layout

EXCERPT = 60


def furniture_runs(doc: Document, role: str) -> list[tuple[Span, list[str], int]]:
    """(span, reasons, line count) of each run of consecutive lines with ``role``."""
    runs: list[tuple[Span, list[str], int]] = []
    previous = None
    for line in doc.analysis(find_layout, doc).lines:
        if line.role == role and previous is not None and previous.role == role and previous.zone == line.zone:
            span, reasons, count = runs[-1]
            runs[-1] = (Span(span.start, line.span.end), reasons + [line.reason], count + 1)
        elif line.role == role:
            runs.append((line.span, [line.reason], 1))
        previous = line
    return runs


def describe_run(doc: Document, span: Span, reasons: list[str], count: int, hedge: str = "") -> str:
    """The message's opening: the run's first line and why it was taken for
    furniture (``hedge``: "probably " for a likely run)."""
    first = " ".join(doc.slice(span).split("\n")[0].split())
    excerpt = first if len(first) <= EXCERPT else first[:EXCERPT - 1] + "…"
    if count == 1:
        return f"“{excerpt}” is {hedge}page furniture ({reasons[0]}), not copy"
    where = reasons[0].split(",")[0]
    return f"{count} lines from “{excerpt}” are {hedge}page furniture ({where}), not copy"


@rule(code="BP012", name="page-furniture", severity="error", fix="always",
      summary="Site navigation, related headlines and footers around a scraped story")
def check(doc: Document, ctx):
    for span, reasons, count in furniture_runs(doc, FURNITURE):
        fix = Fix((remove_lines(doc, span),), title="Remove the page furniture")
        yield ctx.report(span, describe_run(doc, span, reasons, count) + "; remove it.", fix=fix)


RULE = check
