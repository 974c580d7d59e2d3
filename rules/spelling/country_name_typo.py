"""A country's name (or its people's) written one letter off.

## What it does
Checks the capitalised words of the copy against the names of the world's
countries and territories and the words for their peoples ("Ukraine",
"Ukrainian", "Afghanistan"), from the shipped vocabulary. A word of six
letters or more that is no known name, given name or dictionary word
("Bisque" is a soup, not "Basque"), but one
edit (a letter missing, extra, wrong or two swapped) from such a name is
reported at each place it occurs: "Ukriane", "Afganistan", "Russain".
A slip made once in a story that spells the name right elsewhere is
SP002's finding and is not reported twice; this rule catches the slip a
story repeats, or makes where the name appears nowhere else. A word after
a given name or an honorific is a person's surname and is left alone, and
so is a word one letter off a people's plural that stands before a
capitalised word ("Ameris Bank": a plural such as "Azeris" never modifies
a noun, so the word is a brand's name).

## Why is this bad?
A misspelled country in a foreign-affairs story is the error a reader
spots in the first paragraph, and a spell checker that skips capitalised
words never sees it.

## Example
```
The talks on Ukriane's grain exports resumed on Friday.
```

## Use instead
```
The talks on Ukraine's grain exports resumed on Friday.
```

## Fix safety
Safe: the only country name one edit away is written, with the case of
the original.
"""

from __future__ import annotations

import functools
import os
from collections import Counter

from lint.analysis.dictionary import edits
from lint.analysis.titles import HONORIFICS
from lint.engine.registry import rule
from lint.model import Edit, Fix
from lint.rules.spelling.lexicon import COUNTRIES_FILE, DATA_DIR, MIN_COUNTRY_LENGTH, country_words, lexicon_for
from lint.rules.spelling.name_variant import MIN_LENGTH, word_before
from lint.rules.spelling.words import copy_words

@rule(code="SP005", name="country-name-typo", severity="warning", fix="always",
      summary="A word one letter off a country's name or its people's (\"Ukriane\", \"Afganistan\")")
def check(doc, ctx):
    from lint.analysis.names import is_known_given_name

    lexicon = lexicon_for(ctx.config)
    words = doc.analysis(copy_words)
    counts = Counter(word.text for word in words)
    countries = None
    verdicts: dict[str, str | None] = {}
    surnames: dict[str, bool] = {}
    text = doc.text
    for word in words:
        form = word.text
        if len(form) < max(MIN_LENGTH, MIN_COUNTRY_LENGTH) or not form[0].isupper() or form.isupper():
            continue
        if form not in verdicts:
            verdicts[form] = None
            if not (lexicon.known_name(form) or is_known_given_name(form) or lexicon.known(form.lower())):
                countries = countries or country_words()
                near = {countries[c] for c in edits(form.lower()) if c in countries}
                near = {n for n in near if not (n.startswith(form) or form.startswith(n))}
                if len(near) == 1:
                    verdicts[form] = near.pop()
        wanted = verdicts[form]
        if wanted is None or (counts[form] == 1 and counts[wanted]):
            continue  # once, beside the right spelling: SP002's
        if form not in surnames:
            surnames[form] = any(_surname_at(text, w.start, is_known_given_name, lexicon)
                                 for w in words if w.text == form)
        if surnames[form]:
            continue  # "Mr. Franca", "Ana Franca", "Fumihiko Hazama" somewhere in the story: a surname
        if _plural_before_a_name(text, word, wanted):
            continue  # "Ameris Bank": a people's plural ("Azeris") never stands before a noun
        fix = Fix((Edit(word.span, wanted),), title=f"Write \"{wanted}\"")
        yield ctx.report(word.span, f"\"{form}\" is one letter off the name \"{wanted}\".", fix=fix)


@functools.cache
def _all_country_words() -> frozenset[str]:
    """Every country and people name of the vocabulary, short ones too ("Azeri")."""
    with open(os.path.join(DATA_DIR, COUNTRIES_FILE), encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def _plural_before_a_name(text: str, word, wanted: str) -> bool:
    """The nearest name is a people's plural ("Azeris": "Azeri" is a name
    too) and the word stands before a capitalised word ("Ameris Bank
    Amphitheatre"): a plural noun does not modify a noun, so the word is a
    brand's or a venue's name."""
    if not wanted.endswith("s") or wanted[:-1] not in _all_country_words():
        return False
    following = text[word.end:word.end + 30]
    return following[:1] == " " and following[1:2].isupper()


def _surname_at(text: str, start: int, is_known_given_name, lexicon) -> bool:
    """After an honorific, a given name, or a capitalised word that is no
    common word or title ("Geoffrey Berman", "Fumihiko Hazama"; not "The",
    "President")."""
    from lint.analysis.titles import TITLE_FIRST_WORDS, TITLE_LAST_WORDS

    before = word_before(text, start)
    if before in HONORIFICS or (before[:1].isupper() and is_known_given_name(before)):
        return True
    return (before.isalpha() and before[:1].isupper() and not before.isupper()
            and before not in TITLE_FIRST_WORDS and before not in TITLE_LAST_WORDS
            and not lexicon.known(before.lower()) and not lexicon.known_name(before))
