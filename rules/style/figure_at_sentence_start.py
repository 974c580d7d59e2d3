"""A sentence that starts with a figure, where AP spells the number out.

## What it does
Reports a figure that opens a sentence ("15 people were hurt.") and, for
numbers below 100, offers the words ("Fifteen people were hurt."). A
larger number needs the sentence recast ("Police counted 1,500
marchers."), so it gets no fix.

## Why is this bad?
AP spells out a number at the start of a sentence (years excepted): a
figure after a full stop is easy to misread as part of the sentence before.

## Example
```
The ferry left late. 12 passengers missed their connection in the city.
```

## Use instead
```
The ferry left late. Twelve passengers missed their connection in the city.
```

## Exceptions
Years ("2023 was a dry year"), times ("10:30 a.m."), decimals, figures
joined to a unit or age by a hyphen ("15-year-old"), a figure followed by a
capitalised word or a function word ("1 in 5"), list lines, quotations
and headlines. Part of the AP pack: off when `style-packs` leaves out `ap`,
and silent on copy in British or Commonwealth style.

## Fix safety
Safe for 1 to 99: the fix writes the number in words with a capital. No
fix for larger numbers.
"""

from __future__ import annotations

import re

from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.style.numbers import FUNCTION_WORDS, in_words
from lint.rules.style.scan import ap_rules_apply, matches_in_copy, next_words, sentence_start
from lint.support.patterns import LazyPattern

# First digit, then the look-behind: see figure_under_ten._FIGURE.
_FIGURE = LazyPattern(
    r"(?P<figure>\d(?<![\w$€£¥#.,:/+\-–—'’%&]\d)(?:\d{0,2}(?:,\d{3})+|\d*))[ \u00a0](?=[a-z])")
_TIME_WORDS = frozenset({"p", "a", "am", "pm", "o'clock", "o’clock", "noon", "midnight"})
_MIN_WORDS = 4


@rule(code="ST006", name="figure-at-sentence-start", severity="info", fix="sometimes",
      summary="A sentence starting with a figure, where AP spells the number out (years excepted)")
def check(doc, ctx):
    text = doc.text
    found = []
    for match, block in matches_in_copy(doc, _FIGURE):
        start = match.start("figure")
        figure = match.group("figure")
        if len(figure) == 4 and figure.isdigit():
            continue  # a year, or a number that is written like one
        if not sentence_start(text, start, block.start):
            continue
        words = next_words(text, match.end(), block.end, 1)
        word = re.split(r"[.,;:!?’'\"”)\-]", words[0].lower(), maxsplit=1)[0] if words else ""
        if not word or word in _TIME_WORDS or (word in FUNCTION_WORDS and word != "of"):
            continue
        if not _full_sentence(text, match.end(), block.end):
            continue
        found.append(Span(*match.span("figure")))
    if not found or not ap_rules_apply(doc, ctx):
        return
    for span in found:
        figure = doc.slice(span)
        words = in_words(int(figure.replace(",", "")))
        if words is None:
            yield ctx.report(span, f"AP style spells out a number that starts a sentence; recast the sentence "
                             f"so that \"{figure}\" does not come first.")
            continue
        words = words[0].upper() + words[1:]
        fix = Fix((Edit(span, words),), title=f"Write \"{words}\"")
        yield ctx.report(span, f"AP style spells out a number that starts a sentence: \"{words}\", "
                         f"not \"{figure}\".", fix=fix)


def _full_sentence(text: str, offset: int, limit: int) -> bool:
    """True when a full sentence of a few words follows (not a table row or a recipe line)."""
    rest = text[offset:limit]
    stop = re.search(r"[.!?](?:[\"”’)]*)(?:\s|$)", rest)
    return stop is not None and len(rest[:stop.start()].split()) >= _MIN_WORDS - 1
