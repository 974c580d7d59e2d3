"""A quotation mark with no partner in its paragraph.

## What it does
Pairs the double quotation marks of each body paragraph and reports an
opening mark that is never closed, and a closing mark that was never
opened. With straight quotes, an odd number of " in a paragraph means one
of them has no partner; the report points at the one whose neighbours
show it is the odd one out (or the last one).

A quotation may run over several paragraphs: by newsroom convention the
paragraphs before the last one have no closing mark, and the next
paragraph opens with a fresh opening mark. A paragraph left open is
therefore fine when the next paragraph opens with a quotation mark. A box
label ("Club statement": four words at most, with no closing
punctuation) or a photo caption or related headline (six words or more
ending without a full stop, or in a credit's bracket: "… (Image:
Agency)") that the page set between two such paragraphs is passed over.

## Why is this bad?
Readers cannot tell where the source's words end and the reporter's
begin: an unclosed quote puts words in the source's mouth, an unopened
one takes them away. It is also the most common scar left by cutting a
paragraph in half.

## Example
```
Port Director Renata Okafor said the dredging would start in the fall. The harbor will be deeper by spring,” she said.
```

## Use instead
```
Port Director Renata Okafor said the dredging would start in the fall. “The harbor will be deeper by spring,” she said.
```

## Exceptions
Apostrophes (don’t, ’90s, rock ’n’ roll, the players’ union) and
feet-and-inches marks (6'2") are not quotation marks. Headings, taglines,
boilerplate lines and non-copy regions (code, comments) are not checked.
Single quotation marks are not paired: too many of them double as
apostrophes for a report to be trusted.

## Fix safety
No fix: only the writer knows where the quotation should start or end.
"""

from __future__ import annotations

from lint.analysis.quotes import set_inside
from lint.engine.registry import rule
from lint.rules.quotes.marks import (
    CLOSE, EITHER, OPEN, Mark, closing_context, opening_context, quote_marks,
)


@rule(code="QT001", name="unbalanced-quotation-marks", severity="error",
      summary="An opening quotation mark never closed, or a closing mark never opened")
def check(doc, ctx):
    paragraphs = doc.analysis(quote_marks)
    next_copy = _next_copy(doc, paragraphs)
    for index, paragraph in enumerate(paragraphs):
        # A box label or a photo caption between two paragraphs of one
        # quotation is passed over.
        following = next_copy[index + 1] if index + 1 < len(paragraphs) else index + 1
        continued = following < len(paragraphs) and paragraphs[following].opens_with_quote
        for mark, problem in unmatched(doc.text, paragraph, continued):
            yield ctx.report(mark.span, MESSAGES[problem].format(mark=mark.char))


def _next_copy(doc, paragraphs) -> list[int]:
    """For each paragraph, the first one from it on that is not a label or
    caption set inside a quotation (the last paragraph counts whatever it
    is): one pass from the end, not one per paragraph."""
    found = [0] * len(paragraphs)
    last = len(paragraphs) - 1
    for index in range(last, -1, -1):
        inside = index < last and set_inside(doc.slice(paragraphs[index].span))
        found[index] = found[index + 1] if inside else index
    return found


# Problems: a closing mark never opened; an opening mark cut short by the
# next opening mark; an opening mark still open at the end of the paragraph.
UNOPENED, INTERRUPTED, UNCLOSED = "unopened", "interrupted", "unclosed"
MESSAGES = {
    UNOPENED: "Closing quotation mark {mark} has no opening mark in its paragraph.",
    INTERRUPTED: "Opening quotation mark {mark} is never closed: another quotation opens before it ends.",
    UNCLOSED: "Opening quotation mark {mark} is never closed, and the next paragraph does not open "
              "with a quotation mark to continue it.",
}


def unmatched(text: str, paragraph, continued: bool) -> list[tuple[Mark, str]]:
    """The marks of a paragraph that have no partner, each with its problem.

    Curly marks in their proper place are strong (“ opens, ” closes); a
    straight mark, or a curly one on the wrong side of its word, closes
    what is open and opens otherwise. A mark left over whose neighbours
    show it closes a quotation is reported as a closing mark.
    """
    span = paragraph.span
    found: list[tuple[Mark, str]] = []
    pending: Mark | None = None

    def orphan(mark: Mark, problem: str) -> None:
        found.append((mark, UNOPENED if _context(text, span, mark) == CLOSE else problem))

    doubles = paragraph.doubles
    run = 0  # the straight (or misplaced) marks after the last strong one start here
    for index, mark in enumerate(doubles):
        if mark.role == OPEN:
            if pending is not None:
                orphan(pending, INTERRUPTED)
            pending = mark
            run = index + 1
        elif mark.role == CLOSE:
            if pending is None:
                found.append((mark, UNOPENED))
            pending = None
            run = index + 1
        else:
            pending = mark if pending is None else None
    if pending is not None and not continued:
        tail = doubles[run:]
        if pending in tail and len(tail) % 2:
            pending = _odd_one_out(text, span, tail) or pending
        orphan(pending, UNCLOSED)
    return sorted(found)


def _context(text: str, span, mark: Mark) -> str:
    opening = opening_context(text, mark.offset, span.start)
    closing = closing_context(text, mark.offset, span.end)
    if opening and not closing:
        return OPEN
    if closing and not opening:
        return CLOSE
    return EITHER


def _odd_one_out(text: str, span, marks: tuple[Mark, ...]) -> Mark | None:
    """The first straight mark whose removal lets the others pair up by context."""
    contexts = [_context(text, span, m) for m in marks]
    for skip in range(len(marks)):
        rest = contexts[:skip] + contexts[skip + 1:]
        if all(c != (CLOSE if j % 2 == 0 else OPEN) for j, c in enumerate(rest)):
            return marks[skip]
    return None
