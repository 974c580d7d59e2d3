"""A word the desk's style dictionary rejects.

## What it does
Reports each word listed in the `reject` config key or a `reject-files`
word list, written `word` or `word -> replacement`. An entry in lowercase
matches the word in any case ("irregardless", "Irregardless"); an entry
with capitals matches exactly ("Zelensky -> Zelenskyy"). With a
replacement the message names it and the fix writes it, keeping a capital
first letter.

## Why is this bad?
Desks keep lists of spellings they do not use — a transliteration the
paper has settled, a brand's old name, a word the stylebook bans — and
a list no one checks is not kept.

## Example
```
<!-- options: {"reject": ["irregardless -> regardless"]} -->
The bridge will close irregardless of the weather.
```

## Use instead
```
<!-- options: {"reject": ["irregardless -> regardless"]} -->
The bridge will close regardless of the weather.
```

## Fix safety
Safe when the list gives a replacement: the desk chose it.
"""

from __future__ import annotations

from lint.engine.registry import rule
from lint.model import Edit, Fix
from lint.rules.spelling.lexicon import lexicon_for
from lint.rules.spelling.words import copy_words


@rule(code="SP004", name="rejected-word", severity="warning", fix="sometimes",
      summary="A word the desk's reject list names (config reject, reject-files)")
def check(doc, ctx):
    rejected = lexicon_for(ctx.config).rejected
    if not rejected:
        return
    for word in doc.analysis(copy_words):
        entry = rejected.get(word.text) or (rejected.get(word.text.lower()) if word.text[1:].islower() else None)
        if entry is None or (entry.word != word.text and not entry.word.islower()):
            continue
        if entry.replacement is None:
            yield ctx.report(word.span, f"\"{word.text}\" is on the desk's list of rejected words.")
            continue
        wanted = entry.replacement
        if word.text[0].isupper() and entry.word.islower():
            wanted = wanted[0].upper() + wanted[1:]
        fix = Fix((Edit(word.span, wanted),), title=f"Write \"{wanted}\"")
        yield ctx.report(word.span, f"The desk writes \"{wanted}\", not \"{word.text}\".", fix=fix)
