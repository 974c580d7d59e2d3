"""The same word twice in a row ("the the").

## What it does
Reports a word repeated straight after itself within a paragraph, with
only space between, ignoring case ("The the"). Left alone: doublings that
are good English ("had had", "that that", "is is"), place names written
that way ("Walla Walla", "Bora Bora": both capitalised, unlike "The The"),
and repetitions
separated by punctuation ("no, no").

## Why is this bad?
It is an editing slip — usually a sentence rewritten in place — that the
eye skips and the reader trips on.

## Example
```
The mayor said the the budget would pass.
```

## Use instead
```
The mayor said the budget would pass.
```

## Fix safety
Safe: the fix deletes the second word and the space before it.
"""

from __future__ import annotations

from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.rules.spelling.words import copy_words

GOOD_DOUBLES = frozenset({"had", "that", "is", "bye", "ha", "ho", "no", "tsk", "knock", "blah", "yada", "chop",
                          "tut", "pooh", "aye", "now", "there", "very", "so"})
# Capitalised twice is a place name ("Walla Walla") unless it is a word
# no place is named by.
FUNCTION_WORDS = frozenset("the a an of to in on at by for from with and but or as is was are were be it he she "
                           "we they this that his her its their our".split())


@rule(code="SP003", name="doubled-word", severity="warning", fix="always",
      summary="A word written twice in a row (\"the the\")")
def check(doc, ctx):
    text = doc.text
    words = doc.analysis(copy_words)
    for first, second in zip(words, words[1:]):
        if first.text.lower() != second.text.lower():
            continue
        gap = text[first.end:second.start]
        if gap.strip() or gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 1 or not gap:
            continue  # punctuation between ("no, no"), or another paragraph
        if first.text.lower() in GOOD_DOUBLES or (
                first.text[0].isupper() and second.text[0].isupper() and first.text.lower() not in FUNCTION_WORDS):
            continue
        fix = Fix((Edit(Span(first.end, second.end), ""),), title=f"Delete the second \"{second.text}\"")
        yield ctx.report(second.span, f"\"{second.text}\" is written twice in a row.", fix=fix)
