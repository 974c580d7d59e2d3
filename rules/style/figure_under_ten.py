"""A figure from 1 to 9 counting things, where AP spells the number out.

## What it does
Reports a lone figure below 10 followed by the thing it counts ("3
people", "7 of the stations") and offers the word ("three people").

## Why is this bad?
AP spells out whole numbers below 10 and uses figures for 10 and above;
a stray figure in running copy reads as notes, not a story.

## Example
```
Officials said 3 people were taken to the hospital after the crash.
```

## Use instead
```
Officials said three people were taken to the hospital after the crash.
```

## Exceptions
Everything AP writes with figures: ages ("3 years old", "aged 4"),
percentages, money, times ("3 p.m."), dates, addresses and names ("3 Main
St.", "Route 9", "Category 4", "No. 2", "page 5"), scores and votes,
dimensions, weights, speeds and temperatures ("4 feet", "5 mph", "3
degrees"), millions ("2 million"), decimals, fractions and ranges, sports
statistics ("scored 3 goals"), a figure in a sentence that holds other
figures (a series or comparison is judged by hand), a figure at the start
of a sentence (ST006) or of a list line, quotations and headlines. Part
of the AP pack: off when `style-packs` leaves out `ap`, and silent on copy
in British or Commonwealth style.

## Fix safety
Safe: the fix writes the number in words.
"""

from __future__ import annotations

import re

from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.style.numbers import FIGURE_WORDS, FUNCTION_WORDS, ID_BEFORE, in_words
from lint.rules.style.scan import (
    OPENERS, ap_rules_apply, matches_in_copy, next_words, previous_word, sentence_start,
)
from lint.support.patterns import LazyPattern

# The character class comes first and the look-behind after it, so that the
# regular-expression engine can skip ahead to the next digit (several times
# faster than a leading look-behind, which is tried at every position).
_FIGURE = LazyPattern(r"(?P<figure>[1-9])(?<![\w$€£¥#.,:/+\-–—'’%&][1-9])[ \u00a0](?=[a-z])")
_OTHER_FIGURE = LazyPattern(r"\d(?<![\w.,]\d)[\d,.:/]*")
_MONTH = LazyPattern(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
_LIST_MARKERS = frozenset("- * • · ▪ – —".split())
_RATIO_LINKS = frozenset({"in", "of", "to", "out", "and", "or", "through"})
_SMALL_FIGURES = frozenset("123456789")


@rule(code="ST002", name="figure-under-ten", severity="info", fix="always",
      summary="A figure from 1 to 9 counting things, where AP spells it out (\"3 people\" -> \"three people\")")
def check(doc, ctx):
    text = doc.text
    found = []
    for match, block in matches_in_copy(doc, _FIGURE):
        if _exception(doc, text, match, block):
            continue
        found.append(Span(*match.span("figure")))
    if not found or not ap_rules_apply(doc, ctx):
        return
    for span in found:
        figure = doc.slice(span)
        word = in_words(int(figure))
        fix = Fix((Edit(span, word),), title=f"Write \"{word}\"")
        yield ctx.report(span, f"AP style spells out numbers below 10: \"{word}\", not \"{figure}\".", fix=fix)


def counted_word(words: list[str]) -> str | None:
    """The counted noun after a number, or None when the words after it
    mark an AP exception (a unit, an age, a time, a function word)."""
    if not words:
        return None
    word = words[0]
    if not word[:1].islower():
        return None
    core = re.split(r"[.,;:!?’'\"”)\-]", word.lower(), maxsplit=1)[0]
    if not core or core in FIGURE_WORDS or (core in FUNCTION_WORDS and core != "of") or "old" in word.lower():
        return None
    if len(words) > 1 and words[1].lower().strip(".,;:") == "old":
        return None  # "3 years old"
    return core


def _exception(doc, text: str, match, block) -> bool:
    start = match.start("figure")
    if counted_word(next_words(text, match.end(), block.end)) is None:
        return True
    before, before_start = previous_word(text, start, block.start)
    lowered = before.lower().lstrip("(\"“‘'")
    if lowered in ID_BEFORE or lowered.rstrip(".,:;") in ID_BEFORE or before in _LIST_MARKERS:
        return True
    if sentence_start(text, start, block.start) or _line_start(text, start, block.start):
        return True
    if before[:1].isupper() and not before.endswith((",", ";", ":")):
        opens = sentence_start(text, before_start, block.start)
        if not opens or lowered.strip(",") not in OPENERS:
            return True  # "Route 9 buses", "Channel 4 reporters", a date ("June 3 meeting")
    if before[:1].isdigit() or before.endswith(("-", "–", "/")):
        return True
    if lowered in _RATIO_LINKS:
        earlier, _ = previous_word(text, before_start, block.start)
        if earlier[:1].isdigit():
            return True  # "1 in 5", "2 out of 3", "4 to 6"
    return _other_figures(doc, text, start, block)


def _line_start(text: str, offset: int, block_start: int) -> bool:
    line = text.rfind("\n", block_start, offset) + 1 or block_start
    return not text[max(line, block_start):offset].strip(" \t-*•·▪")


def _other_figures(doc, text: str, offset: int, block) -> bool:
    """True when the sentence holds a figure of 10 or more (or a decimal, a
    time, a score) that is not a year or a day of the month: a series or a
    comparison with larger numbers, judged by hand."""
    start, end = _sentence_around(doc, offset, block)
    for other in _OTHER_FIGURE.finditer(text, start, end):
        if other.start() == offset:
            continue
        value = other.group().rstrip(".,:")
        if len(value) == 4 and value.isdigit() and 1000 <= int(value) <= 2099:
            continue  # a year
        if _MONTH.search(text, max(start, other.start() - 12), other.start()):
            continue  # "June 3"
        if value in _SMALL_FIGURES:
            continue  # another small count: AP spells out both ("3 cars and 2 vans")
        return True
    return False


def _sentence_around(doc, offset: int, block) -> tuple[int, int]:
    """The sentence holding ``offset`` (the paragraph when none is found)."""
    import bisect

    from lint.analysis.sentences import SENTENCE_REACH

    spans = sentence_bounds(doc)
    k = bisect.bisect_right(spans[0], offset) - 1
    start, end = (spans[0][k], spans[1][k]) if k >= 0 and offset < spans[1][k] else (block.start, block.end)
    return max(start, offset - SENTENCE_REACH), min(end, offset + SENTENCE_REACH)


def sentence_bounds(doc) -> tuple[list[int], list[int]]:
    """Starts and ends of the body's sentences (computed once per document)."""
    return doc.analysis(_sentence_bounds, doc)


def _sentence_bounds(doc) -> tuple[list[int], list[int]]:
    from lint.analysis.sentences import sentence_spans

    spans = doc.analysis(sentence_spans)
    return [span.start for span in spans], [span.end for span in spans]
