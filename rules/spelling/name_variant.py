"""A name spelled once one letter away from the way the story spells it elsewhere.

## What it does
Counts the capitalised words of the copy — people, places, organisations
— as written. A spelling that occurs once and is one edit (a letter
missing, extra, wrong, or two swapped) from another spelling of the story
is reported when the other spelling recurs or is a name the newsroom
vocabulary knows: "Peskob" in a story that says "Peskov" elsewhere. Left
alone: a spelling that is itself a known name, given name or common word
("Iran" beside "Iraq", "Mary" beside "Mark", "Then" beside "When"),
inflections ("Russia" beside "Russian"), all-capital words, a spelling
one letter from a common word ("Walt" beside "Wall"), two words the
dictionary lists however rarely ("Hindi" beside "Hindu") when neither
is a surname in the story, the British and
American forms of a word (two venues' names: "Amphitheatre",
"Amphitheater"), and two surnames that follow different given names
(known or not: "Hage", "Fumihiko") or honorifics (two people).

## Why is this bad?
A name spelled two ways in one story is the mistake readers and the
people named notice first; one spelling must be wrong.

## Example
```
Dmitry Peskov, the Kremlin's spokesman, spoke on Friday. Mr. Peskov said the talks would go on. Mr. Peskob did not say where.
```

## Use instead
```
Dmitry Peskov, the Kremlin's spokesman, spoke on Friday. Mr. Peskov said the talks would go on. Mr. Peskov did not say where.
```

## Fix safety
Safe: the fix writes the spelling the story uses elsewhere, which the
vocabulary knows or the story repeats.
"""

from __future__ import annotations

from collections import Counter

from lint.analysis.names import one_edit_apart
from lint.analysis.titles import HONORIFICS
from lint.engine.registry import rule
from lint.model import Edit, Fix
from lint.rules.spelling.lexicon import lexicon_for
from lint.rules.spelling.words import copy_words

MIN_LENGTH = 4
# pyspellchecker lists some surnames in lower case, rarely: "austen" 88 times
# against "stern" 4,375 and "then" three million.
COMMON = 1000


def word_before(text: str, start: int) -> str:
    before = text[max(0, start - 30):start].split()
    return before[-1] if before else ""


def _names(doc):
    """Capitalised words of the copy: form -> the spans it occurs at."""
    found: dict[str, list] = {}
    for word in doc.analysis(copy_words):
        text = word.text.replace("’", "'")
        if len(text) >= MIN_LENGTH and text[0].isupper() and not text.isupper():
            found.setdefault(text, []).append(word.span)
    return found


@rule(code="SP002", name="name-variant", severity="warning", fix="always",
      summary="A name spelled once one letter away from the story's usual spelling (\"Peskob\" for \"Peskov\")")
def check(doc, ctx):
    from lint.analysis.names import is_known_given_name

    lexicon = lexicon_for(ctx.config)
    names = doc.analysis(_names)
    counts = Counter({form: len(spans) for form, spans in names.items()})
    text = doc.text
    for rare, spans in names.items():
        if len(spans) != 1 or lexicon.known_name(rare) or is_known_given_name(rare) or ordinary_word(rare, lexicon):
            continue
        usual = _usual_spelling(rare, counts, lexicon)
        if usual is None or _two_people(text, spans[0].start, names[usual]):
            continue
        if (ordinary_word(usual, lexicon) and not _a_surname(text, names[usual]) and not _country(usual)) \
                or _spelling_variants(rare.lower(), usual.lower(), lexicon) \
                or (_two_words(rare, usual, lexicon) and not _a_surname(text, names[usual] + spans)):
            # "Walt" beside "Wall", "Instituto" beside "Institute": another
            # word (unless the story makes it a surname: "Lloyd Austin");
            # "Amphitheater" beside "Amphitheatre": two venues' names;
            # "Hindi" beside "Hindu": two words.
            continue
        first_line, _ = doc.line_col(names[usual][0].start)
        times = f"{counts[usual]} times" if counts[usual] > 1 else "once"
        fix = Fix((Edit(spans[0], usual),), title=f"Write \"{usual}\"")
        yield ctx.report(spans[0], f"\"{rare}\" is spelled \"{usual}\" elsewhere in the story ({times}, first at "
                                   f"line {first_line}).", fix=fix)


def ordinary_word(name: str, lexicon) -> bool:
    """A capitalised common word ("Then", "Stern"), not a rare name the
    dictionary happens to list in lower case ("austen", "jensen")."""
    lowered = name.lower()
    return lexicon.english.frequency(lowered) >= COMMON or lowered in lexicon.shared.words


def _two_words(rare: str, usual: str, lexicon) -> bool:
    """Both forms are words the dictionary lists, however rare ("Hindi"
    beside "Hindu"): two words, not one name spelt two ways, unless the
    story makes either a surname ("Lloyd Austin" … "Mr. Austen")."""
    return rare.lower() in lexicon.english and usual.lower() in lexicon.english


def _usual_spelling(rare: str, counts: Counter, lexicon) -> str | None:
    """The story's spelling of a name that ``rare`` is one slip away from."""
    best, best_rank = None, (False, 0)
    for form, count in counts.items():
        if len(form) < MIN_LENGTH or form.isupper() or not one_edit_apart(rare, form):
            continue
        if form.startswith(rare) or rare.startswith(form) or form.lower() == rare.lower():
            continue  # "Russia" and "Russian", "Peskov" and "Peskova"
        if lexicon.known_name(form) or count >= 2:
            # A name the vocabulary knows beats one the story merely repeats
            # (a slip made twice is still a slip).
            rank = (lexicon.known_name(form), count)
            if rank > best_rank:
                best, best_rank = form, rank
    return best


def _two_people(text: str, start: int, usual_spans) -> bool:
    """The two spellings follow different given names, or honorifics of
    different gender ("Mr. Jensen", "Ms. Jenson"): two people, not a slip."""
    from lint.analysis.names import is_known_given_name
    from lint.analysis.titles import HONORIFIC_GENDER

    def marker(word: str):
        if word in HONORIFICS:
            return ("honorific", HONORIFIC_GENDER[word])
        if word[:1].isupper() and (is_known_given_name(word) or _unknown_given_name(word)):
            return ("given", word)  # "Monica Geingos" beside "Hage Geingob"
        return None

    mine = marker(word_before(text, start))
    if mine is None:
        return False
    theirs = {marker(word_before(text, span.start)) for span in usual_spans} - {None}
    same_kind = {m for m in theirs if m[0] == mine[0]}
    return bool(same_kind) and mine not in same_kind


def _unknown_given_name(word: str) -> bool:
    """A capitalised word before a surname that is no title and no common
    word: a given name the lists do not know ("Hage", "Fumihiko")."""
    from lint.analysis.dictionary import english
    from lint.analysis.titles import TITLE_FIRST_WORDS, TITLE_LAST_WORDS

    return (word.isalpha() and not word.isupper() and word not in TITLE_FIRST_WORDS
            and word not in TITLE_LAST_WORDS and word.lower() not in english())


def _a_surname(text: str, spans) -> bool:
    """The form follows an honorific or a known given name somewhere."""
    from lint.analysis.names import is_known_given_name

    for span in spans:
        before = word_before(text, span.start)
        if before in HONORIFICS or (before[:1].isupper() and is_known_given_name(before)):
            return True
    return False


def _spelling_variants(one: str, other: str, lexicon) -> bool:
    """The British and the American spelling of one word ("amphitheatre")."""
    return (other in lexicon.english and lexicon.british(one)) or (one in lexicon.english and lexicon.british(other))


def _country(word: str) -> bool:
    from lint.rules.spelling.lexicon import country_words

    return word.lower() in country_words()
