"""A body paragraph repeated word for word later in the article.

## What it does
Finds a body paragraph of at least eight words that appears again, word
for word (spacing aside), further down the article, and reports the later
copy. Lines that a BP line rule already reports (a repeated "Copyright …"
line, say) are left to that rule.

## Why is this bad?
Repeats come from pasting a take twice, a CMS merging two versions, or a
scraper reading a paragraph from both the page and its teaser. Readers see
a careless article, and counts of quotes and people are thrown off.

## Example
```
The county will open two cooling centers on Monday, officials said.

The centers will stay open until 9 p.m. each night.

The county will open two cooling centers on Monday, officials said.
```

## Use instead
```
The county will open two cooling centers on Monday, officials said.

The centers will stay open until 9 p.m. each night.
```

## Fix safety
Safe: the fix removes the later copy, which is identical to the first, and
the blank lines around it.
"""

from __future__ import annotations

import bisect

from lint.article.document import Document

from lint.article.parts import BODY

from lint.analysis.boilerplate import matched_spans
from lint.article.edits import remove_lines
from lint.engine.registry import rule
from lint.model import Fix, Span
from lint.support.lines import iter_lines

MIN_WORDS = 8


def _copy_words(doc: Document, span: Span, matched: list[Span], ends: list[int]) -> list[str]:
    """The paragraph's words, leaving out lines a BP line rule reports (a photo
    credit glued under one copy of a paragraph must not hide the repeat).
    ``matched`` is sorted and ``ends`` their greatest ends so far, so each
    line looks only at the reported lines near it."""
    words: list[str] = []
    for start, end in iter_lines(doc.slice(span)):
        line = Span(span.start + start, span.start + end)
        k = bisect.bisect_left(matched, Span(line.end, line.end)) - 1  # those starting before the line ends
        hidden = False
        while k >= 0 and ends[k] > line.start:
            if matched[k].overlaps(line):
                hidden = True
                break
            k -= 1
        if not hidden:
            words.extend(doc.slice(line).split())
    return words


def duplicated_paragraphs(doc: Document) -> list[tuple[Span, Span]]:
    """(repeat, first occurrence) for each repeated body paragraph."""
    matched = sorted(matched_spans(doc))
    ends, furthest = [], -1
    for span in matched:
        furthest = max(furthest, span.end)
        ends.append(furthest)
    first: dict[str, Span] = {}
    repeats: list[tuple[Span, Span]] = []
    for block in doc.blocks_of(BODY):
        words = _copy_words(doc, block.span, matched, ends)
        if len(words) < MIN_WORDS:
            continue
        key = " ".join(words)
        if key in first:
            repeats.append((block.span, first[key]))
        else:
            first[key] = block.span
    return repeats


@rule(code="BP008", name="duplicated-paragraph", severity="error", fix="always",
      summary="A body paragraph repeated word for word later in the article")
def check(doc: Document, ctx):
    for span, original in doc.analysis(duplicated_paragraphs):
        line, _ = doc.line_col(original.start)
        fix = Fix((remove_lines(doc, span),), title="Remove the repeated paragraph")
        yield ctx.report(span, f"This paragraph repeats the one on line {line} word for word; remove the repeat.",
                         fix=fix)


RULE = check
