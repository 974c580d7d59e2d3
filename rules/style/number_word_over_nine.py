"""A number of 10 or more spelled out, where AP uses figures.

## What it does
Reports a spelled-out number from ten to ninety-nine followed by the thing
it counts ("fifteen people", "twenty-two stations") and offers the figure
("15 people").

## Why is this bad?
AP uses figures for 10 and above; words for large numbers slow the reader
down and make numbers hard to compare.

## Example
```
The storm damaged fifteen homes along the coast road.
```

## Use instead
```
The storm damaged 15 homes along the coast road.
```

## Exceptions
A number that starts a sentence (AP spells it out there: "Fifteen homes
were damaged"), capitalised names ("Ocean's Eleven", "the Big Ten"),
hundreds, thousands and money or percentages written in words (they need
a rewrite, not a swap), ranges and series next to small numbers ("nine or
ten"), idioms ("forty winks"), quotations and headlines. Part of the AP
pack: off when `style-packs` leaves out `ap`, and silent on copy in
British or Commonwealth style.

## Fix safety
Safe: the fix writes the number in figures.
"""

from __future__ import annotations

import re

from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.style.numbers import FUNCTION_WORDS, NUMBER_WORDS, word_value
from lint.rules.style.scan import ap_rules_apply, matches_in_copy, next_words, previous_word
from lint.support.patterns import LazyPattern

# Grouped by first letter, with the look-behind after that letter, so that
# the engine can skip to the next t, f, s, e or n instead of trying the
# look-behind at every position.
_WORD = LazyPattern(
    r"(?P<number>[tfsen](?<![\w’'-][tfsen])"
    r"(?:(?<=t)(?:wenty|hirty|en|welve|hirteen)|(?<=f)(?:orty|ifty|ourteen|ifteen)"
    r"|(?<=s)(?:ixty|eventy|ixteen|eventeen)|(?<=e)(?:ighty|leven|ighteen)|(?<=n)(?:inety|ineteen))"
    r"(?:(?<=ty)-(?:one|two|three|four|five|six|seven|eight|nine))?)(?![\w’'-])"
    r"[ \u00a0](?=[a-z])",
    needles=("ten", "eleven", "twelve", "teen", "ty"),
)
# Words after the number that need a rewrite rather than a figure, or make an idiom.
_NOT_COUNTED = frozenset("""
percent per cent cents dollars dollar euros pounds yen pesos bucks grand hundred hundreds thousand thousands
million millions billion billions trillion dozen dozens winks noon midnight
""".split())
_SERIES_LINKS = frozenset("or and to through in of out by".split())


@rule(code="ST005", name="number-word-over-nine", severity="info", fix="always",
      summary="A number from ten up spelled out, where AP uses figures (\"fifteen homes\" -> \"15 homes\")")
def check(doc, ctx):
    text = doc.text
    found = []
    for match, block in matches_in_copy(doc, _WORD):
        if _exception(text, match, block):
            continue
        found.append(Span(*match.span("number")))
    if not found or not ap_rules_apply(doc, ctx):
        return
    for span in found:
        written = doc.slice(span)
        figure = str(word_value(written))
        fix = Fix((Edit(span, figure),), title=f"Write \"{figure}\"")
        yield ctx.report(span, f"AP style uses figures for 10 and above: \"{figure}\", not \"{written}\".",
                         fix=fix)


def _exception(text: str, match, block) -> bool:
    words = next_words(text, match.end(), block.end, 1)
    word = re.split(r"[.,;:!?’'\"”)\-]", words[0].lower(), maxsplit=1)[0] if words else ""
    if not word or word in _NOT_COUNTED or word in NUMBER_WORDS or (word in FUNCTION_WORDS and word != "of"):
        return True  # "ten thousand", "twenty five", "ten to one"
    before, before_start = previous_word(text, match.start(), block.start)
    before = before.lower().strip(",;:\"“”‘’'()")
    if before in NUMBER_WORDS or before[:1].isdigit():
        return True  # part of a longer number or a series
    if before in _SERIES_LINKS:
        earlier, _ = previous_word(text, before_start, block.start)
        earlier = earlier.lower().strip(",;:\"“”‘’'()")
        if earlier in NUMBER_WORDS or earlier[:1].isdigit():
            return True  # "nine or ten", "one in ten", "5 to ten"
    return False
