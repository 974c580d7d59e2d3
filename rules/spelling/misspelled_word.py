"""A lowercase word that is not in the dictionary and is one edit from one that is.

## What it does
Checks each lowercase word of the copy against pyspellchecker's English
dictionary, the newsroom vocabulary shipped with copydesk (news terms such
as "counteroffensive" and "livestream") and the desk's `accept` lists.
British spellings of known words ("colour", "organise", "paediatric"),
known words with a common prefix or suffix, contractions of known words
("could've") and known words written with accents ("rosé", "façade")
count as known, and so does a word the story writes the same way more than
once: a slip is made once, while a term of the story ("frunk", a brand in
lower case) comes back. A word that is still
unknown is reported when a common word (seen at least 1,000 times in
pyspellchecker's frequency list) lies one edit away (a letter missing,
extra, wrong or two swapped), with the most frequent such words as
suggestions; an unknown word whose only neighbours are rare ("dulce":
"dunce", "dulcet") is more often a loanword or a term of art than a slip.
An unknown word of four letters or fewer ("bam", "bruh", "json", "gzip"),
or its plural ("boops"), is more often slang, a sound, an abbreviation or a file format than a
slip, and lies one edit from many short words: it is reported only with a
slip's own signature, two letters of a common word swapped ("teh") or half
of a word split by a stray space ("unt il", "tre k"). Capitalised words, acronyms, web and e-mail addresses,
handles, hashtags, words glued to digits and name particles before a name
("von der Leyen") are not checked here (proper names are SP002's), nor are
quotations in another language.

## Why is this bad?
A misspelled common word is the error readers notice first and forgive
last.

## Example
```
The council will recieve the report next week.
```

## Use instead
```
The council will receive the report next week.
```

## Fix safety
Unsafe: the fix writes the most frequent suggestion, which is usually but
not always the word meant.
"""

from __future__ import annotations

import bisect
from collections import Counter

from lint.analysis.quotes import find_quotes
from lint.analysis.titles import PARTICLES
from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix, Span
from lint.rules.spelling.lexicon import lexicon_for
from lint.rules.spelling.words import copy_words

SUGGESTIONS = 3
# A slip is one edit from a common word ("recieve", "goverment"); an unknown
# word whose only neighbours are rare ones ("dulce": "dunce", "dulcet") is
# far more often a loanword, a name or a term of art.
COMMON_NEIGHBOUR = 1000
MIN_LENGTH = 3
# A word written the same way this often is the story's term, not a slip:
# a slip is made once.
CONSISTENT_USES = 2
# In a quotation where this share of the lowercase words is unknown, the
# speaker is talking another language.
FOREIGN_SHARE = 0.4


# A word this short that is unknown is more often slang, a sound, an
# abbreviation or a file format ("bruh", "bam", "json") than a slip, and
# one edit from a short word lands near many common words: it is reported
# only with a slip's own signature.
SHORT = 4


def _stem(part: str, lexicon) -> str:
    """The word without a plural "s" when that leaves an unknown word
    ("boops": "boop"); a known stem ("childs": "child") keeps the "s"."""
    if len(part) > 2 and part.endswith("s") and not part.endswith("ss") and not lexicon.known(part[:-1]):
        return part[:-1]
    return part


def _swapped(part: str, near) -> bool:
    """Two neighbouring letters of a common word swapped ("teh", "adn")."""
    for word, count in near:
        if count >= COMMON_NEIGHBOUR and len(word) == len(part):
            diff = [i for i in range(len(word)) if word[i] != part[i]]
            if len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == part[diff[1]] \
                    and word[diff[1]] == part[diff[0]]:
                return True
    return False


def _split(text: str, words, index: int, lexicon) -> bool:
    """The word is half of one split by a stray space: "tre k" (trek), "m
    oon" (moon), "isn ‘t" (isn't)."""
    word = words[index]
    for left, right in ((index - 1, index), (index, index + 1)):
        if left < 0 or right >= len(words):
            continue
        gap = text[words[left].end:words[right].start]
        if gap.strip(" ") not in ("", "‘", "’", "'") or len(gap) > 2:
            continue
        joined = (words[left].text + gap.strip(" ").replace("‘", "'").replace("’", "'") + words[right].text)
        joined = joined.replace("’", "'")
        if joined.islower() and lexicon.known(joined):
            return True
        if right == index + 1 and text[word.end:word.end + 3] in (" ‘t", " ’t", " 't"):
            return lexicon.known(word.text + "'t")
    return False


def _opens_a_name(words, index: int) -> bool:
    """The particles from ``index`` on lead to a capitalised name."""
    for word in words[index:index + 4]:
        if word.text[:1].isupper():
            return True
        if word.text not in PARTICLES:
            return False
    return False


def _foreign_quotes(doc, lexicon, words) -> list:
    spans = []
    starts = [w.start for w in words]
    for quote in doc.analysis(find_quotes):
        # The quotation's own words only (bisection: a long story has thousands of quotations).
        first, last = bisect.bisect_left(starts, quote.span.start), bisect.bisect_left(starts, quote.span.end)
        inside = [w.text for w in words[first:last] if w.text.islower()]
        unknown = [w for w in inside if not lexicon.known(w.replace("’", "'"))]
        if len(unknown) >= 2 and len(unknown) >= FOREIGN_SHARE * len(inside):
            spans.append(quote.span)
    return spans


@rule(code="SP001", name="misspelled-word", severity="warning", fix="sometimes",
      summary="A lowercase word not in the dictionary, one edit from a word that is")
def check(doc, ctx):
    lexicon = lexicon_for(ctx.config)
    words = doc.analysis(copy_words)
    foreign = None
    seen: dict[str, list[tuple[str, int]]] = {}
    unknown_parts: dict[str, list[str]] = {}  # a story repeats its words: judge each once
    uses = Counter(word.text for word in words)
    for index, word in enumerate(words):
        text = word.text
        if not text.islower() or len(text) < MIN_LENGTH or text in lexicon.rejected:
            continue
        if uses[text] >= CONSISTENT_USES:
            continue  # the story's own term ("e-tron", "frunk"), spelled alike each time
        if text in PARTICLES and _opens_a_name(words, index):
            continue  # "von der Leyen", "bin Salman"
        plain = text.replace("’", "'")
        parts = plain.split("-")
        unknown = unknown_parts.get(plain)
        if unknown is None:
            unknown = [p for p in parts if len(p) >= MIN_LENGTH and not lexicon.known(p)]
            if unknown and len(parts) > 1 and lexicon.known(plain.replace("-", "")):
                unknown = []
            unknown_parts[plain] = unknown
        if not unknown:
            continue
        if foreign is None:
            foreign = _foreign_quotes(doc, lexicon, words)  # quotations never overlap: sorted, disjoint
            foreign_starts = [span.start for span in foreign]
        k = bisect.bisect_right(foreign_starts, word.start) - 1
        if k >= 0 and word.start < foreign[k].end:
            continue
        for part in unknown:
            if part not in seen:
                seen[part] = lexicon.english.near(part)[:SUGGESTIONS]
            near = seen[part]
            if not near or near[0][1] < COMMON_NEIGHBOUR:
                continue  # nothing common close by: a rare word, a name or a coinage, not a slip
            if len(_stem(part, lexicon)) <= SHORT and not _swapped(part, near) \
                    and not _split(doc.text, words, index, lexicon):
                continue  # "bam", "bruh", "gzip", "boops": slang, a sound or a term, more often than a slip
            offset = word.start + plain.index(part) if len(parts) > 1 else word.start
            span = Span(offset, offset + len(part))
            options = ", ".join(f"\"{w}\"" for w, _ in near)
            fix = Fix((Edit(span, near[0][0]),), Applicability.UNSAFE, f"Write \"{near[0][0]}\"")
            yield ctx.report(span, f"\"{part}\" is not in the dictionary; did you mean {options}?", fix=fix)
