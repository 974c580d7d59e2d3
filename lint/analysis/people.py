"""Who is named in an article, and how each person is referred to.

Finds full-name references ("Russian President Vladimir Putin", "Kremlin
spokesman Dmitry Peskov", "Maria de la Cruz", "R.J. Mendel Jr."), courtesy
references ("Mr. Peskov"), title references ("President Putin", "Gen.
Smith") and bare surnames ("Peskov", "Putin’s"), groups them into people,
and gathers evidence of each person's gender: the honorifics the copy uses,
pronouns that refer back, the given-name lexicon and the people file.

Only body copy counts: headings, taglines, the header and lines the
boilerplate rules match are skipped. Mentions inside direct quotations are
kept but flagged, because the house style never applies to a source's
words and a name first given inside a quote is not an introduction.

Precision comes first. A capitalised run is a person only when something
says so: a known given name or initials, a title or job description
before it, an honorific, or (for a run of two or three words) the same
surname with a courtesy title elsewhere in the story ("Seabata Moeketsi"
before "Mr Moeketsi"). A bare word followed by "said" is not enough
("Boeing said").
"""

from __future__ import annotations

import bisect
import re

from lint.article.document import Document
from lint.article.parts import BODY
from lint.support.patterns import LazyPattern

from lint.analysis.names import FAMILY_NAMES_FIRST, given_name_gender, is_known_given_name, one_edit_apart  # data loads lazily
from lint.analysis.titles import (
    DESCRIPTORS, FORMAL_TITLES, HONORIFIC_GENDER, HONORIFICS, NON_PERSON_WORDS, PARTICLES,
    PRONOUN_GENDER, SUFFIXES, TITLE_FIRST_WORDS, TITLE_LAST_WORDS, TITLE_WORD_COUNTS,
)
from lint.model import Span
from lint.support.records import record

FULL, HONORIFIC, TITLE, BARE = "full", "honorific", "title", "bare"
UNSURE = "unsure"  # a full name only if the surname is given a courtesy title elsewhere
MAX_NAME_TOKENS = 5
MIN_VARIANT = 5  # shortest surname taken as a misspelling of another one letter off
PRONOUN_SENTENCES = 2

_TOKEN = LazyPattern(r"[^\W\d_]+(?:[’'\-.][^\W\d_]+)*\.?|[“”\"‘’',;:!?()—–]")
_POSSESSIVE = ("’s", "'s")
_INITIAL = LazyPattern(r"^(?:[A-Z]\.){1,3}$")
_FUNCTION_WORDS = frozenset("""
the a an and but or nor for so yet in on at to of by with from as after before since while when
where if though although because about into over under during this that these those its it
his her their our my your we they he she you i there here then now also still only even
elsewhere meanwhile however amid despite such some many most more several both each every
off up out down away
""".split())
# Lowercase words that can open a title or job description before a name.
_TITLE_OR_DESCRIPTOR = TITLE_FIRST_WORDS | DESCRIPTORS


@record
class Token:
    text: str
    start: int
    end: int


@record
class Mention:
    """One reference to a person."""

    kind: str  # FULL, HONORIFIC, TITLE or BARE
    span: Span  # from the honorific or title (if any) to the end of the name
    name_span: Span  # the name alone (given name and surname, or surname)
    surname: str
    given: str | None
    honorific: str | None
    title: str | None
    in_quote: bool
    possessive: bool


class Person:
    """Everything the article says about one person."""

    __slots__ = ("surname", "given", "full_name", "mentions", "evidence", "entry", "_introduction")

    def __init__(self, surname: str, given: str | None, full_name: str | None) -> None:
        self.surname = surname
        self.given = given
        self.full_name = full_name
        self.mentions: list[Mention] = []
        self.evidence: list[tuple[str, str, str]] = []  # (source, gender, detail)
        self.entry = None  # a PersonEntry from the people file, when there is one
        self._introduction: tuple[int, Mention | None] | None = None  # (mentions seen, result)

    @property
    def label(self) -> str:
        return self.full_name or self.surname

    @property
    def introduction(self) -> Mention | None:
        """The first full-name mention outside quotations (remembered while
        the mentions do not change: rules ask once per mention)."""
        cached = self._introduction
        if cached is not None and cached[0] == len(self.mentions):
            return cached[1]
        found = next((m for m in self.mentions if m.kind == FULL and not m.in_quote), None)
        self._introduction = (len(self.mentions), found)
        return found

    def gender_from(self, *sources: str) -> str | None:
        """The gender the given kinds of evidence agree on, or None."""
        found = {gender for source, gender, _ in self.evidence if source in sources}
        return found.pop() if len(found) == 1 else None

    @property
    def gender(self) -> str | None:
        """Best evidence first: people file, honorifics, given name, pronouns
        (pronouns last: which person one refers to is only a guess)."""
        for source in ("people file", "honorific", "given name", "pronoun"):
            gender = self.gender_from(source)
            if gender:
                return gender
        return None

    def __repr__(self) -> str:
        return f"Person({self.label!r}, {len(self.mentions)} mentions)"


@record
class People:
    persons: tuple[Person, ...]
    ambiguous: tuple[tuple[Mention, tuple[Person, ...]], ...]  # mentions that fit several people

    def person_of(self, mention: Mention) -> Person | None:
        for person in self.persons:
            if mention in person.mentions:
                return person
        return None


# -- scanning -----------------------------------------------------------------

def copy_blocks(doc: Document) -> list[Span]:
    """Body blocks minus the lines the boilerplate rules report. A block
    that mixes copy and furniture ("By Jane Doe" over "Updated 6:42 PM …",
    or "Share", "Tweet", "Email" on three lines) keeps only its copy lines."""
    from lint.analysis.boilerplate import matched_spans

    furniture = matched_spans(doc)
    text = doc.text
    spans = []
    for block in doc.blocks_of(BODY):
        start = block.span.start
        for cut in (f for f in furniture if f.overlaps(block.span)):
            spans.append(Span(start, max(start, cut.start)))
            start = max(start, cut.end)
        spans.append(Span(start, block.span.end))
    # Keep the pieces with words in them, without the space around them.
    kept = []
    for span in spans:
        piece = text[span.start:span.end]
        if any(char.isalnum() for char in piece):
            lead = len(piece) - len(piece.lstrip())
            kept.append(Span(span.start + lead, span.start + len(piece.rstrip())))
    return kept


def _tokens(doc: Document, span: Span) -> list[Token]:
    """Word and punctuation tokens of a block (computed once per block)."""
    return doc.analysis(_tokenise, doc.text, span.start, span.end)


# Builds a Token without the named tuple's Python-level __new__: one call
# fewer for every word of every block.
_new_token = tuple.__new__


def _tokenise(text: str, start: int, end: int) -> list[Token]:
    return [_new_token(Token, (m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text, start, end)]


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[:1].isalpha()


def _adjacent(doc: Document, left: Token, right: Token) -> bool:
    return doc.text[left.end:right.start] == " "


def _title_at(doc: Document, tokens: list[Token], i: int) -> int:
    """Number of tokens of the longest title phrase starting at ``i`` (0: none)."""
    first = tokens[i].text.lower()
    for width in TITLE_WORD_COUNTS.get(first, ()):  # the lengths of the titles it can open
        if 1 < width <= len(tokens) - i and _is_title_phrase(doc, tokens[i:i + width]):
            return width
    return 1 if first in FORMAL_TITLES or first in DESCRIPTORS else 0


def _is_title_phrase(doc: Document, words: list[Token]) -> bool:
    """Do these words, one space apart, make a formal title?"""
    return (words[-1].text.lower() in TITLE_LAST_WORDS
            and all(_adjacent(doc, a, b) for a, b in zip(words, words[1:]))
            and " ".join(t.text for t in words).lower() in FORMAL_TITLES)


def _name_run(doc: Document, tokens: list[Token], i: int) -> int:
    """Number of tokens of the name starting at ``i``: capitalised words,
    initials, particles inside the name, a suffix at the end."""
    j = i
    while j < len(tokens) and j - i < MAX_NAME_TOKENS:
        token = tokens[j]
        if j > i and not _adjacent(doc, tokens[j - 1], token):
            if not (token.text in SUFFIXES and doc.text[tokens[j - 1].end:token.start] == ", "):
                break
        if j > i and _ends_sentence(tokens[j - 1].text):
            break  # "… in August. The mayor …"
        if j > i and _strip_possessive(tokens[j - 1].text)[1]:
            break  # "President Trump's July call": what follows is the name's owner's
        word = token.text
        if j > i and _nickname_at(tokens, j):
            j += 3  # Margaret “Peggy” Alvarez: the nickname is part of the name
            continue
        if word in SUFFIXES and j > i:
            j += 1
            break
        if word.lower() in PARTICLES and not _capitalised(token):
            k = j
            while k < len(tokens) and tokens[k].text.lower() in PARTICLES and not _capitalised(tokens[k]):
                k += 1
            if k < len(tokens) and _capitalised(tokens[k]):  # "de la Cruz"
                j = k
                continue
            break
        if not _capitalised(token) or word in HONORIFICS:
            break
        if j > i and _title_at(doc, tokens, j) and word.lower() not in PARTICLES:
            break
        j += 1
    return j - i


_OPENING_QUOTES = ("“", '"', "‘", "'")
_CLOSING_QUOTES = ("”", '"', "’", "'")


def _nickname_at(tokens: list[Token], j: int) -> bool:
    """A quoted nickname between a given name and a surname starts at ``j``."""
    return (j + 3 < len(tokens) and tokens[j].text in _OPENING_QUOTES and tokens[j + 2].text in _CLOSING_QUOTES
            and _capitalised(tokens[j + 1]) and _capitalised(tokens[j + 3])
            and tokens[j].end == tokens[j + 1].start and tokens[j + 1].end == tokens[j + 2].start)


def _name_words(run: list[Token]) -> list[str]:
    """The words of a name run without a quoted nickname."""
    words, k = [], 0
    while k < len(run):
        if k > 0 and _nickname_at(run, k):
            k += 3
            continue
        words.append(run[k].text)
        k += 1
    return words


def _ends_sentence(word: str) -> bool:
    """A word with a full stop that is not an initial, suffix or honorific."""
    return word.endswith(".") and not _INITIAL.match(word) and word not in SUFFIXES and word not in HONORIFICS


def split_name(words: list[str]) -> tuple[str | None, str]:
    """(given name, surname) of a run of name words."""
    words = words[:1] + [w for w in words[1:] if w not in SUFFIXES]  # "V" alone is a name
    if len(words) == 1:
        return None, _strip_possessive(words[0])[0]
    if all(w.lower() in PARTICLES for w in words[:-1]):
        return None, _strip_possessive(" ".join(words))[0]  # "Van Dorn", "De la Cruz" alone
    if _family_name_first(words):
        return " ".join(_strip_possessive(w)[0] for w in words[1:]), words[0]  # "Yoon Suk Yeol" is Yoon
    # The surname is the last word and any lowercase particles before it.
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in PARTICLES:
        k -= 1
    return words[0], _strip_possessive(" ".join(words[k:]))[0]


# Short given names that follow "Lee" or "Kim" in Western names ("Lee Ann Ross").
_SHORT_WESTERN_GIVEN = frozenset("Ann Anne Sue Joy Kay Lynn Mae May Jo Ray Lou Rae Jean Jane Beth Rose Dee Jon John "
                                 "Paul Mark Tom Jim Joe Bob".split())


def _family_name_first(words: list[str]) -> bool:
    """An East Asian name written family name first: a family name of the
    list, then a given name of two syllables, as two short words ("Yoon
    Suk Yeol", "Kim Jong Un") or hyphenated with the second in lower case
    ("Moon Jae-in", "Lee Sang-min"). "Lee Anne Roper", "Kim Smith-Jones"
    and "Kim Kardashian" keep their last word."""
    if words[0] not in FAMILY_NAMES_FIRST or any(_strip_possessive(w)[1] for w in words[:-1]):
        return False
    rest = [_strip_possessive(w)[0] for w in words[1:]]
    if len(rest) == 2:
        return all(2 <= len(w) <= 4 and w.isalpha() for w in rest) and rest[0] not in _SHORT_WESTERN_GIVEN
    if len(rest) == 1 and rest[0].count("-") == 1:
        first, second = rest[0].split("-")
        return 2 <= len(first) <= 4 and 2 <= len(second) <= 5 and second.isalpha() and second.islower()
    return False


def _strip_possessive(word: str) -> tuple[str, bool]:
    for ending in _POSSESSIVE:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)], True
    return word, False


def _given_or_initial(word: str) -> bool:
    return bool(_INITIAL.match(word)) or is_known_given_name(word)


_HEADLINE_WORD = 20_000  # "calls", "wins", "says": a verb this common inside a long capitalised run


def _headline_words(words: list[str]) -> bool:
    """A common verb in the third person ("Calls", "Wins") inside the run,
    not a given name: headlines have them, names do not."""
    from lint.analysis.dictionary import english

    dictionary = english()
    return any(w.isalpha() and w.endswith("s") and not is_known_given_name(w)
               and dictionary.frequency(w.lower()) >= _HEADLINE_WORD and w[:-1].lower() in dictionary
               for w in words)


def _looks_like_person(words: list[str], introduced: bool) -> bool:
    """Is a run of two or more capitalised words a person's full name?"""
    lowered = [w.lower().rstrip(".") for w in words]
    if any(w in NON_PERSON_WORDS or w + "." in NON_PERSON_WORDS for w in lowered):
        return False
    if lowered[0] in _FUNCTION_WORDS or lowered[-1] in _FUNCTION_WORDS:
        return False  # "The …", and "… M. The" where a sentence ends with an initial
    if len(words) >= 4 and _headline_words(words[1:-1]):
        return False  # "Donna Kelce Calls Taylor Swift": a headline in title case
    # A particle inside the run ("Tariq bin Suleiman", "Ana de la Cruz") marks a personal name.
    return introduced or _given_or_initial(words[0]) or any(w.lower() in PARTICLES for w in words[1:-1]) \
        or _family_name_first(words)


@record
class _Candidate:
    kind: str
    span: Span
    name_span: Span
    surname: str
    given: str | None
    honorific: str | None
    title: str | None
    possessive: bool


def _scan_block(doc: Document, span: Span) -> list[_Candidate]:
    tokens = _tokens(doc, span)
    found: list[_Candidate] = []
    i = 0  # the first token not read yet
    for start in _possible_starts(tokens):
        if start >= i:
            i = _read_mention(doc, tokens, start, found)
    return found


def _possible_starts(tokens: list[Token]) -> list[int]:
    """Where a mention can start: capitalised words and title or job words
    (most words are neither, and are passed over in one sweep)."""
    return [k for k, token in enumerate(tokens)
            if token.text[0].isupper() or token.text.lower() in _TITLE_OR_DESCRIPTOR]


def _read_mention(doc: Document, tokens: list[Token], i: int, found: list[_Candidate]) -> int:
    """Add the mention starting at token ``i`` (if any) to ``found``; return
    the token to read on from."""
    token = tokens[i]
    lead_start, honorific, title, introduced = token.start, None, None, False
    if token.text in HONORIFICS and i + 1 < len(tokens) and _adjacent(doc, token, tokens[i + 1]):
        honorific = token.text
        i += 1
    else:
        width = _title_at(doc, tokens, i)
        if width and i + width < len(tokens) and _adjacent(doc, tokens[i + width - 1], tokens[i + width]):
            title = doc.text[token.start:tokens[i + width - 1].end]
            introduced = True
            i += width
    run = _name_run(doc, tokens, i) if i < len(tokens) else 0
    if run == 0:
        return i if (honorific or title) else i + 1
    if run == 1 and not (honorific or title):
        return i + 1  # a lone capitalised word ("The", "Tuesday"); bare surnames are found later
    words = _name_words(tokens[i:i + run])
    # "General Manager Paul Haddad": a capitalised job word before the given name.
    while (len(words) > 2 and not _given_or_initial(words[0]) and _given_or_initial(words[1])
           and words[1].lower() not in PARTICLES and words[0] not in FAMILY_NAMES_FIRST):
        words, i, run = words[1:], i + 1, run - 1
    name_span = Span(tokens[i].start, tokens[i + run - 1].end)
    if _ends_sentence(words[-1]):  # "… said Mr. Peskov." — the stop is not the name's
        words[-1] = words[-1][:-1]
        name_span = Span(name_span.start, name_span.end - 1)
    given, surname = split_name(words)
    possessive = _strip_possessive(words[-1])[1]
    if possessive:
        name_span = Span(name_span.start, name_span.end - 2)
    if surname.lower() in FORMAL_TITLES or surname.lower() in DESCRIPTORS:
        return i + run  # "Mr. Speaker", "Madam President": forms of address
    start = lead_start if (honorific or title) else name_span.start
    if given is not None:
        if _looks_like_person(words, introduced or honorific is not None):
            found.append(_Candidate(FULL, Span(start, name_span.end), name_span, surname, given,
                                    honorific, title, possessive))
        elif len(words) <= 3 and _looks_like_person(words, True):
            # "Seabata Moeketsi": no given name the lexicon knows; a person
            # if the story gives the surname a courtesy title somewhere.
            found.append(_Candidate(UNSURE, Span(start, name_span.end), name_span, surname, given,
                                    honorific, title, possessive))
    elif honorific:
        found.append(_Candidate(HONORIFIC, Span(start, name_span.end), name_span, surname, None,
                                honorific, None, possessive))
    elif title and title[:1].isupper():
        found.append(_Candidate(TITLE, Span(start, name_span.end), name_span, surname, None,
                                None, title, possessive))
    return i + run


# -- grouping -------------------------------------------------------------------

def find_people(doc: Document, people_file=None) -> People:
    """The people of ``doc`` (computed once per document and people file)."""
    from lint.analysis.quotes import in_quotes

    quotes = in_quotes(doc)
    in_quote = quotes.__contains__

    blocks = doc.analysis(copy_blocks)
    candidates = [c for span in blocks for c in _scan_block(doc, span)]
    honoured = {c.surname for c in candidates if c.kind == HONORIFIC}
    candidates = [c._replace(kind=FULL) if c.kind == UNSURE else c
                  for c in candidates if c.kind != UNSURE or c.surname in honoured]
    persons: list[Person] = []

    def mention(c: _Candidate, kind: str | None = None) -> Mention:
        return Mention(kind or c.kind, c.span, c.name_span, c.surname, c.given, c.honorific, c.title,
                       in_quote(c.span.start), c.possessive)

    # People introduced by full name, one per (given name, surname).
    by_key: dict[tuple[str, str], Person] = {}
    for c in candidates:
        if c.kind == FULL:
            key = (c.given, c.surname)
            if key not in by_key and c.honorific:
                # "Mr. López Obrador" after "Andrés Manuel López Obrador": a
                # two-part surname with a courtesy title, not a new person.
                same = [p for p in persons if p.surname == c.surname and p.full_name
                        and c.given in p.full_name.split()[1:-1]]
                if len(same) == 1:
                    same[0].mentions.append(mention(c, HONORIFIC))
                    continue
            if key not in by_key:
                by_key[key] = Person(c.surname, c.given, doc.text[c.name_span.start:c.name_span.end])
                persons.append(by_key[key])
            by_key[key].mentions.append(mention(c))
    for person in persons:
        _lexicon_evidence(person)
        _file_evidence(person, people_file)

    ambiguous: list[tuple[Mention, tuple[Person, ...]]] = []
    breaks = [b.end() for b in _PARAGRAPH_BREAK.finditer(doc.text)]

    def assign(m: Mention, matches: list[Person]) -> None:
        _assign(m, _moved_on(m, matches, lambda at: bisect.bisect_right(breaks, at)), ambiguous)

    covered = sorted(c.span for c in candidates)  # candidates do not overlap
    covered_starts = [span.start for span in covered]
    later = [c for c in candidates if c.kind in (HONORIFIC, TITLE)]
    for c in later:
        matches = [p for p in persons if p.surname.lower() == c.surname.lower()]
        if not matches and len(c.surname) >= MIN_VARIANT:
            # "Mr. Peskob" after "Dmitry Peskov": a slip of the spelling rules'
            # concern, not a new person.
            near = [p for p in persons if p.given and one_edit_apart(p.surname, c.surname)]
            matches = near if len(near) == 1 else []
        if not matches:
            # Family name first: "Mr. Xi" after "Xi Jinping", "Mr. Yoon" after
            # "Yoon Suk Yeol" (and the Thai usage, "Mr. Thaksin").
            named = [p for p in persons if p.full_name and c.surname in p.full_name.split()[:-1]]
            matches = named if len(named) == 1 else []
        if not matches and (c.kind == HONORIFIC or c.kind == TITLE):
            # "Mr. Biden", or "President Biden" in papers that name a head of
            # state so on first reference: someone named by surname only.
            person = Person(c.surname, None, None)
            _file_evidence(person, people_file)
            persons.append(person)
            matches = [person]
        assign(mention(c), matches)
    # Bare surnames of the people found so far.
    for surname in sorted({p.surname for p in persons}):
        matches = [p for p in persons if p.surname == surname]
        spellings = {surname, surname[:1].upper() + surname[1:]}  # "De la Cruz" opening a sentence
        occurrences = sorted(o for span in blocks for spelling in spellings
                             for o in _word_occurrences(doc.text, spelling, span))
        for start, possessive in occurrences:
            at = bisect.bisect_right(covered_starts, start) - 1
            if (at >= 0 and start < covered[at].end) or _inside_other_name(doc.text, start, surname):
                continue
            name = Span(start, start + len(surname))
            bare = Mention(BARE, name, name, surname, None, None, None, in_quote(start), possessive)
            fitting = _subject_over_relatives(doc.text, bare, _named_in_paragraph(doc.text, start, matches))
            assign(bare, fitting)
    for person in persons:
        person.mentions.sort(key=lambda m: m.span.start)
        person._introduction = None  # the order changed
        for m in person.mentions:
            if m.honorific and HONORIFIC_GENDER.get(m.honorific) and not m.in_quote:
                evidence = ("honorific", HONORIFIC_GENDER[m.honorific], m.honorific)
                if evidence not in person.evidence:  # once per honorific, not once per mention
                    person.evidence.append(evidence)
    _pronoun_evidence(doc, persons, in_quote)
    persons.sort(key=lambda p: p.mentions[0].span.start if p.mentions else 0)
    return People(tuple(persons), tuple(ambiguous))


def _word_occurrences(text: str, word: str, span: Span):
    """(start, possessive) of ``word`` as a whole word (or with "'s") in ``span``."""
    start = text.find(word, span.start, span.end)
    while start != -1:
        end = start + len(word)
        before = text[start - 1] if start > 0 else " "
        possessive = text[end:end + 2] in _POSSESSIVE
        after_at = end + 2 if possessive else end
        after = text[after_at] if after_at < len(text) else " "
        if not (before.isalnum() or before in "’'.-_") and not (after.isalnum() or after in "’'-_"):
            yield start, possessive
        start = text.find(word, end, span.end)


def _inside_other_name(text: str, start: int, surname: str) -> bool:
    """"Lincoln County", "Ruiz Bakery": the surname inside another capitalised name."""
    after = text[start + len(surname):start + len(surname) + 2]
    before = text[max(0, start - 2):start]
    follows = len(after) == 2 and after[0] == " " and after[1].isupper()
    precedes = len(before) == 2 and before[1] == " " and before[0].isalpha() and _word_before(text, start)[:1].isupper()
    return follows or precedes


def _word_before(text: str, start: int) -> str:
    end = start - 1
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "’'-"):
        begin -= 1
    word = text[begin:end]
    return "" if word in HONORIFICS or word.lower() in _FUNCTION_WORDS else word


def _named_in_paragraph(text: str, start: int, matches: list[Person]) -> list[Person]:
    """Of several people with one surname, the only one the paragraph names
    in full (or with a title) before the bare surname at ``start``: "Greg
    Roe, the governor, … — Roe was then the richest man in the house".
    When the paragraph names two of them, the surname stays ambiguous."""
    if len(matches) < 2:
        return matches
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, max(0, start - 4000), start)]
    paragraph = breaks[-1] if breaks else max(0, start - 4000)
    named = {id(person): person for person in matches for m in person.mentions
             if m.kind != BARE and not m.in_quote and paragraph <= m.span.start < start}
    return list(named.values()) if len(named) == 1 else matches


_PARAGRAPH_BREAK = LazyPattern(r"\n[ \t]*\n")

# Words that name someone by their tie to another person.
KIN = frozenset("""
father mother dad mom mum son sons daughter daughters brother brothers sister sisters wife husband
widow widower spouse uncle aunt niece nephew cousin grandfather grandmother grandson granddaughter
stepfather stepmother stepson stepdaughter fiance fiancé fiancee fiancée parents children child
""".split())
_SENTENCE_END = LazyPattern(r"[.!?][”’\"]?\s+[“\"A-Z]|\n")
_SPEECH = frozenset("said says told tells added adds recalled recalls wrote writes".split())


def _subject_over_relatives(text: str, m: Mention, matches: list[Person]) -> list[Person]:
    """Of several people with one surname, the story's subject, when every
    other one was named once, in passing, by their tie to someone ("the
    older of two daughters to Donald Harris", "Travis Kelce's mom") in a
    sentence after the subject's introduction, and never speaks: a later
    bare "Harris" is the subject. A relative who is quoted, or named again,
    or introduced in the subject's own sentence ("Ana Ruiz and her brother,
    Marco Ruiz, …") leaves the surname ambiguous."""
    if len(matches) < 2:
        return matches
    introduced = [p for p in matches if p.introduction and p.introduction.span.start < m.span.start]
    if len(introduced) < 2:
        return matches
    passing = [p for p in introduced if _named_in_passing(text, p)]
    rest = [p for p in introduced if all(p is not q for q in passing)]
    if len(rest) != 1 or not passing:
        return matches
    after = rest[0].introduction.span.end
    if all(p.introduction.span.start > after and _SENTENCE_END.search(text, after, p.introduction.span.start + 1)
           for p in passing):
        return rest
    return matches


def _named_in_passing(text: str, person: Person) -> bool:
    """Named once, by a tie to someone else, and not quoted."""
    mentions = [e for e in person.mentions if not e.in_quote]
    if len(mentions) != 1 or mentions[0].kind != FULL:
        return False
    intro = mentions[0].span
    following = text[intro.end:intro.end + 30]
    if following[:2] in _POSSESSIVE or following[:2] == "‘s":
        return following[2:].split()[:1] != [] and following[2:].split()[0].strip(",.;:").lower() in KIN
    words = [w.strip(",.;:()").lower() for w in text[max(0, intro.start - 40):intro.start].split()[-3:]]
    if not any(w in KIN for w in words):
        return False
    end = _SENTENCE_END.search(text, intro.end)
    rest = text[intro.end:end.start() if end else len(text)]
    return not any(w.strip(",.;:").lower() in _SPEECH for w in rest.split())


# Paragraphs between the last mention of the people a story has left and
# the first of the one it moved on to.
MOVED_ON = 3


def _moved_on(m: Mention, matches: list[Person], paragraph_of) -> list[Person]:
    """Of several people with one surname, the one the story moved on to:
    a resident quoted near the top, then the minister of that surname
    named paragraphs later — the later "Kim" is the minister. Only when
    the one named last before the reference was named again at least
    ``MOVED_ON`` paragraphs after every other one was last mentioned, and
    their given names are not one spelling apart (then they may be one
    person spelt two ways)."""
    if len(matches) < 2:
        return matches
    before = {id(p): [e.span.start for e in p.mentions if e.span.start < m.span.start] for p in matches}
    named = [p for p in matches if before[id(p)]]
    if len(named) < 2:
        return matches
    latest = max(named, key=lambda p: max(before[id(p)]))
    others = [p for p in named if p is not latest]
    left = max(paragraph_of(max(before[id(p)])) for p in others)
    if paragraph_of(max(before[id(latest)])) < left + MOVED_ON:
        return matches
    if latest.given and any(p.given and one_edit_apart(p.given, latest.given) for p in others):
        return matches
    return [latest]


# Bare references that make a surname one person's: the story's subject
# keeps "Ford" after "his brother, Mike Ford," appears; one earlier "Kim"
# does not settle which of two brothers a later "Kim" is.
OWNED_SURNAME = 2


def _assign(m: Mention, matches: list[Person], ambiguous: list) -> None:
    """Attach a later reference to its person, or record it as ambiguous."""
    if len(matches) > 1:
        # Only people introduced before the reference can be meant by it.
        introduced = [p for p in matches if p.introduction and p.introduction.span.start < m.span.start]
        matches = introduced or matches
    if len(matches) > 1 and (m.honorific or m.title):
        # The same honorific or title as one of them used before ("Dr.", "Sen.").
        word = (m.honorific or m.title).lower()
        alike = [p for p in matches if any((e.honorific or e.title or "").lower().endswith(word)
                                           for e in p.mentions if e.span.start < m.span.start)]
        if len(alike) == 1:
            matches = alike
    if len(matches) > 1 and len({tuple((p.label or "").split()[-2:]) for p in matches}) == 1:
        # "Aaron Bushnell" and "U.S. Airman Aaron Bushnell": one person read twice.
        matches = matches[:1]
    if len(matches) > 1 and m.kind == BARE:
        # The bare surname stays with the person it already named.
        owners = [p for p in matches if sum(1 for e in p.mentions if e.kind == BARE and not e.in_quote
                                            and e.span.start < m.span.start) >= OWNED_SURNAME]
        if len(owners) == 1:
            matches = owners
    if len(matches) > 1 and m.honorific and HONORIFIC_GENDER.get(m.honorific):
        fitting = [p for p in matches if p.gender in (None, HONORIFIC_GENDER[m.honorific])]
        known = [p for p in fitting if p.gender is not None]
        matches = known if len(known) == 1 else fitting
    if len(matches) == 1:
        matches[0].mentions.append(m)
    elif matches:
        ambiguous.append((m, tuple(matches)))


def _lexicon_evidence(person: Person) -> None:
    if not person.given:
        return
    found = given_name_gender(person.given)
    if found:
        person.evidence.append(("given name", found[0], f"{person.given} ({found[1]:.0%})"))


def _file_evidence(person: Person, people_file) -> None:
    if people_file is None:
        return
    entry = people_file.find(person.surname, person.given)
    if entry is None:
        return
    person.entry = entry
    if entry.gender in ("female", "male"):
        person.evidence.append(("people file", entry.gender, people_file.path))
    if person.full_name is None:
        person.full_name = entry.name


_PRONOUN = LazyPattern(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)


def _pronoun_evidence(doc: Document, persons: list[Person], in_quote) -> None:
    """A pronoun within two sentences after a mention, with no other person
    mentioned in between, refers back to that mention's person."""
    from lint.analysis.sentences import sentence_spans

    sentences = doc.analysis(sentence_spans)
    sentence_starts = [s.start for s in sentences]
    events = sorted((m.span.start, m.span.end, person) for person in persons for m in person.mentions
                    if not m.in_quote)
    starts = [e[0] for e in events]
    for match in _PRONOUN.finditer(doc.text):
        offset = match.start()
        if in_quote(offset) or not doc.is_copy(Span(offset, match.end())):
            continue
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0:
            continue
        start, end, person = events[k]
        if end > offset:
            continue
        here = bisect.bisect_right(sentence_starts, offset) - 1
        there = bisect.bisect_right(sentence_starts, start) - 1
        if here < 0 or here - there >= PRONOUN_SENTENCES:
            continue
        # A different person mentioned earlier in the same stretch makes it unclear.
        if any(events[j][2] is not person for j in range(max(0, k - 3), k)
               if events[j][0] >= (sentences[there].start if there >= 0 else 0)):
            continue
        word = match.group().lower()
        line, column = doc.line_col(offset)
        person.evidence.append(("pronoun", PRONOUN_GENDER[word], f"{match.group()} on line {line}:{column}"))
