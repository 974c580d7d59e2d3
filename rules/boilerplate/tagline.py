"""A credit or contact tagline: legitimate, but not part of the story.

## What it does
Reports, at info level, the taglines the block analysis recognises: "This
article is based in part on wire service reports.", "Jane Doe can be
reached at …", "Sam Lee contributed to this report.", "(Reporting by …;
Editing by …)". Lines that a BP line rule reports as boilerplate are left
to that rule. Raise the severity in config (``[rules.BP009] severity =
"warning"``) to make a stray tagline fail a check.

## Why is this bad?
It is not bad: a tagline is correct where it is. It is reported so that
copy going somewhere taglines do not belong (a syndication feed, a word
count, a corpus of story text) can be checked, and so that editors see
what the other rules skipped as "not copy".

## Example
```
The ferry resumes its full schedule in May.

Jordan Ellis contributed to this report.
```

## Use instead
```
The ferry resumes its full schedule in May.
```

## Fix safety
No fix: whether a tagline stays depends on where the copy goes.
"""

from __future__ import annotations

from lint.article.document import Document

from lint.article.parts import TAGLINE

from lint.analysis.boilerplate import matched_spans, strip_marker
from lint.engine.registry import rule
from lint.model import Span
from lint.support.lines import iter_lines


def tagline_runs(doc: Document) -> list[Span]:
    """Runs of consecutive tagline lines that no BP line rule matched."""
    matched = matched_spans(doc)
    runs: list[Span] = []
    for block in doc.blocks_of(TAGLINE):
        current: Span | None = None
        for start, end in iter_lines(doc.slice(block.span)):
            line = Span(block.span.start + start, block.span.start + end)
            offset, content = strip_marker(doc.slice(line))
            if not content or any(m.overlaps(line) for m in matched):
                if current is not None:
                    runs.append(current)
                current = None
                continue
            span = Span(line.start + offset, line.start + offset + len(content))
            current = span if current is None else Span(current.start, span.end)
        if current is not None:
            runs.append(current)
    return runs


@rule(code="BP009", name="tagline", severity="info",
      summary="A credit or contact tagline, reported as not being story copy")
def check(doc: Document, ctx):
    for span in doc.analysis(tagline_runs):
        text = " ".join(doc.slice(span).split())
        excerpt = text if len(text) <= 70 else text[:69] + "…"
        yield ctx.report(span, f"“{excerpt}” is a tagline, not copy.")


RULE = check
