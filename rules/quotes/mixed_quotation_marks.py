"""Straight and curly quotation marks mixed in one article.

## What it does
Counts the double quotation marks of the body copy, straight (") against
curly (“ ”), and separately the apostrophes and single quotation marks,
straight (') against curly (‘ ’). When an article uses both styles of one
kind, the first mark of the minority style is reported, once per kind and
article, with a fix for all of them; on a tie, curly wins. The severity is
info: mixed marks are a CMS or paste artefact that `--fix` mends, not a
slip that misleads a reader.

## Why is this bad?
Mixed marks show copy pasted from several sources (a wire story, an email,
a CMS field) without a final read. They look sloppy in print, and
straight marks defeat the typographic pairing readers use to see where a
quotation starts and ends.

## Example
```
Port Director Renata Okafor said the dredging would start in the fall. “The harbor will be deeper by spring,” she said. “Ships will not wait,” she added. She called the delay "costly."
```

## Use instead
```
Port Director Renata Okafor said the dredging would start in the fall. “The harbor will be deeper by spring,” she said. “Ships will not wait,” she added. She called the delay “costly.”
```

## Exceptions
Feet-and-inches marks (6'2") are not quotation marks. Headings, taglines,
boilerplate lines and non-copy regions (code, comments) are not counted.
Double marks and single marks are counted apart: curly double quotes with
straight apostrophes throughout is one consistent style per kind.

## Fix safety
Safe: the fix swaps every minority mark for the dominant style. Curly to straight is
one-to-one; straight to curly takes “ (or ‘) after the start of the
paragraph, a space, an opening bracket or a dash, and ” (or ’) otherwise;
an apostrophe always becomes ’. Swapping one mark for another changes no
source's words, so the marks of direct quotations are mended too.
"""

from __future__ import annotations

from lint.engine.registry import rule
from lint.model import Edit, Fix
from lint.rules.quotes.marks import APOSTROPHE, DOUBLE, opening_context, quote_marks

_KINDS = {DOUBLE: "quotation mark", "single": "single quotation mark", APOSTROPHE: "apostrophe"}


@rule(code="QT002", name="mixed-quotation-marks", severity="info", fix="always",
      summary="Straight and curly quotation marks (or apostrophes) mixed in one article")
def check(doc, ctx):
    paragraphs = doc.analysis(quote_marks)
    doubles = [(p, m) for p in paragraphs for m in p.marks if m.kind == DOUBLE]
    singles = [(p, m) for p in paragraphs for m in p.marks if m.kind != DOUBLE]
    for group, noun in ((doubles, "quotation marks"), (singles, "apostrophes and single quotation marks")):
        straight = sum(1 for _, m in group if m.straight)
        curly = len(group) - straight
        if not straight or not curly:
            continue
        minority_straight = straight <= curly
        dominant, count, other = ("curly", curly, straight) if minority_straight else ("straight", straight, curly)
        minority = [(paragraph, mark) for paragraph, mark in group if mark.straight == minority_straight]
        edits = tuple(Edit(mark.span, _replacement(doc.text, paragraph.span.start, mark))
                      for paragraph, mark in minority)
        first = minority[0][1]
        what = f"{'Straight' if first.straight else 'Curly'} {_KINDS[first.kind]} {first.char}"
        others = f"; {other - 1} more below" if other > 1 else ""
        message = (f"{what} in an article whose {noun} are otherwise {dominant} "
                   f"({count} {dominant}, {other} {'straight' if minority_straight else 'curly'}{others}).")
        style = "straight" if minority_straight else "curly"
        title = (f"Make the {style} {_KINDS[first.kind]} {dominant}" if other == 1
                 else f"Make all {other} {style} {noun} {dominant}")
        yield ctx.report(first.span, message, fix=Fix(edits, title=title))


def _replacement(text: str, start: int, mark) -> str:
    """The dominant-style form of ``mark`` (straight to curly by context)."""
    if not mark.straight:
        return '"' if mark.kind == DOUBLE else "'"
    if mark.kind == APOSTROPHE:
        return "’"
    before = mark.offset - 1
    # Right after another straight mark ("'Enough," …), open when that one opens.
    opening = opening_context(text, mark.offset, start) or (
        before >= start and text[before] in "\"'" and opening_context(text, before, start))
    if mark.kind == DOUBLE:
        return "“" if opening else "”"
    return "‘" if opening else "’"
