"""Recall on real copy: inject known slips into the clean bodies and count the catches.

    python tests/corpus/mutations.py [--kind says] [--held-out|--tuning] [--misses] [--seed 0]

Each kind of mutation below puts one known error into each clean article
of the corpus (see ``pages.py``) where it can (an article without a place
for it is skipped), lints the article before and after, and counts the
mutation caught when a finding of the expected rule appears on the changed
line that the unchanged article did not have there. A finding of any
severity counts (loaded verbs are info by design); the share caught by a
loud finding is printed beside it. ``--misses`` prints each missed
mutation with its line, to read.

The kinds, and what each one does to the copy:

- ``weekday``: the weekday written with a date ("Monday, Nov. 4") moves to the next day (DT001);
- ``says``: one "…,” Roe said." of a story that hands on three quotations or more with
  "said" (and never "says") becomes "says" (AT003);
- ``says-group``: the same with a group subject, "…,” the ministry said." (AT003);
- ``drop-attribution``: a paragraph made of "“…,” Roe said." (or "said Roe", "Roe
  added") after a paragraph without speech loses its attribution (AT001);
- ``loaded-verb``: "…,” Roe said." becomes "…,” Roe admitted." (or claimed, insisted) (AT004);
- ``loaded-reported``: "officials said Monday the …" (or "Roe said that …") becomes "officials
  claimed Monday the …" (AT004);
- ``surname``: one later mention of a surname the story uses three times or more gets two
  letters swapped (SP002);
- ``strip-courtesy``: in a courtesy-title story, one later "Mr. Roe" loses its "Mr." (TT001);
- ``strip-courtesy-possessive``: the same on a possessive, "Ms. Roe’s plan" (TT001);
- ``age-twice``: a person given an age ("Roe, 41,") is given another later, as "the 44-year-old
  Roe", "Roe, who is 44," or "Roe, a 44-year-old resident," (FC002);
- ``doubled-word``: a "the" is written twice (SP003);
- ``misspelled-word``: a common word of six letters or more gets two letters swapped (SP001);
- ``country``: a country's name gets two letters swapped (SP005, or SP002 beside the right spelling);
- ``unclosed-quote``: the closing mark of a quotation that ends its paragraph is dropped (QT001).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

from pages import NOT_FOUND, Linter, find_corpus, loud, pages  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|"
          r"Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_WEEKDAY_DATE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),? (?:" + _MONTH + r" \d{1,2}\b|\d{1,2} " + _MONTH + r")")
_SAID_AFTER = re.compile(r"([,?!][”\"] )((?:[A-Z][\w.’'-]*)(?: [A-Z][\w’'-]+){0,2}|[Hh]e|[Ss]he) said([.,])")
_SAID_GROUP = re.compile(r"([,][”\"] )((?:the|a|an) (?:[a-zA-Z]+ ){0,3}?(?:ministry|company|police|department|agency|"
                         r"government|statement|report|office|union|council|board|spokesperson|spokesman|"
                         r"spokeswoman|group|officials|team|club|campaign|embassy|court|committee|authorities))"
                         r" said([.,])")
_NAMED = r"(?:[A-Z][\w.’'-]*)(?: [A-Z][\w’'-]+){0,2}"
_ATTRIBUTED_PARAGRAPH = re.compile(r"^([“\"][^”\"]{20,}),([”\"]) (?:(?:" + _NAMED + r"|[Hh]e|[Ss]he)"
                                   r" (?:said|says|added|adds)|(?:said|says|added) " + _NAMED + r")\.$")
_REPORTED = re.compile(r"\b(officials|police|authorities|prosecutors|[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+) "
                       r"said (?:on )?(?:" + "|".join(WEEKDAYS) + r"|that) (?:the|that|a|it|its|his|her|their|he|she|they)\b")
_COURTESY = re.compile(r"\b(Mr|Ms|Mrs|Dr)\.? ([A-Z][a-z’'-]{2,})(’s|'s)?")
_AGE = re.compile(r"\b([A-Z][a-z’'-]{2,}), (\d{2}), ")
_THE = re.compile(r"(?<=[a-z,] )the (?=[a-z])")
_COMMON = re.compile(r"(?<= )([a-z]{6,12})(?=[ ,.])")


def _speech():
    """Any speech verb copydesk knows, or a verb that reports a view or a
    speech act ("believes", "accused"): a paragraph with one hands its
    quotation on."""
    from lint.analysis.attribution import INTRODUCES_NEXT, SPEECH_VERBS

    verbs = sorted(SPEECH_VERBS | INTRODUCES_NEXT)
    return re.compile(r"\b(?:" + "|".join(verbs) + r"|according to)\b", re.IGNORECASE)


def _swap(word: str, rng: random.Random) -> str | None:
    """Two adjacent letters inside the word swapped (not the first letter)."""
    places = [i for i in range(1, len(word) - 2) if word[i] != word[i + 1] and word[i].isalpha()
              and word[i + 1].isalpha()]
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _replace(text: str, start: int, end: int, new: str):
    return text[:start] + new + text[end:], _line_of(text, start)


def _pick(matches, rng):
    matches = list(matches)
    return rng.choice(matches) if matches else None


def m_weekday(text, rng):
    body = text.index("\n") if text.startswith("- ") else 0  # not the header line
    m = _pick(_WEEKDAY_DATE.finditer(text, body), rng)
    if not m:
        return None
    day = WEEKDAYS[(WEEKDAYS.index(m.group(1)) + 1) % 7]
    return _replace(text, m.start(1), m.end(1), day)


def _said_story(text: str) -> bool:
    """Three quotations or more handed on with "said", and no "says"."""
    attributions = len(_SAID_AFTER.findall(text)) + len(_SAID_GROUP.findall(text))
    return attributions >= 3 and not re.search(r"\bsays?\b", text)


def _says(text, rng, pattern):
    """One "said" that ``pattern`` finds after a quotation, in a "said" story, made "says"."""
    if not _said_story(text):
        return None
    m = _pick(pattern.finditer(text), rng)
    if not m:
        return None
    at = m.end(2) + 1
    return _replace(text, at, at + 4, "says")


def m_says(text, rng):
    return _says(text, rng, _SAID_AFTER)


def m_says_group(text, rng):
    return _says(text, rng, _SAID_GROUP)


def _paragraphs(text: str):
    """(start offset, line text) of each non-blank line."""
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def m_drop_attribution(text, rng):
    lines = list(_paragraphs(text))
    sites = []
    for (_, before), (start, line) in zip(lines, lines[1:]):
        m = _ATTRIBUTED_PARAGRAPH.match(line)
        if m and not _speech().search(before) and not before.rstrip().endswith((":", "?")) \
                and not re.search(r"[“”\"]", before):
            sites.append((start, m))
    site = _pick(sites, rng)
    if not site:
        return None
    start, m = site
    close = m.group(2)
    return _replace(text, start + m.end(1), start + m.end(), "." + close)


def m_loaded_verb(text, rng):
    m = _pick(_SAID_AFTER.finditer(text), rng)
    if not m:
        return None
    at = m.end(2) + 1
    return _replace(text, at, at + 4, rng.choice(["admitted", "claimed", "insisted"]))


def m_loaded_reported(text, rng):
    m = _pick(_REPORTED.finditer(text), rng)
    if not m:
        return None
    at = m.end(1) + 1
    return _replace(text, at, at + 4, "claimed")


def _people(text: str):
    """The people copydesk finds in the copy (a full name and later mentions)."""
    from lint.article.document import Document
    from lint.analysis.people import find_people

    return find_people(Document("article.txt", text)).persons


def m_surname(text, rng):
    persons = [p for p in _people(text) if p.given and len(p.surname) >= 5 and p.surname.isalpha()
               and len([m for m in p.mentions if not m.in_quote]) >= 3]
    if not persons:
        return None
    person = rng.choice(sorted(persons, key=lambda p: p.surname))
    later = [m for m in person.mentions[1:] if not m.in_quote]
    m = _pick(later, rng)
    wrong = _swap(person.surname, rng)
    if not m or not wrong:
        return None
    at = text.index(person.surname, m.span.start)
    return _replace(text, at, at + len(person.surname), wrong)


def _strip(text, rng, possessive: bool):
    """A later "Mr. Roe" of a person every later reference calls so."""
    refs = list(_COURTESY.finditer(text))
    by_name = defaultdict(list)
    for m in refs:
        by_name[m.group(2)].append(m)
    sites = []
    for name, found in by_name.items():
        bare = len(re.findall(r"\b" + name + r"\b", text)) - len(found)
        if len(found) < 2 or bare > 1:  # one bare mention: the full-name introduction
            continue
        sites += [m for m in found[1:] if bool(m.group(3)) == possessive]
    m = _pick(sites, rng)
    if not m:
        return None
    return _replace(text, m.start(), m.start(2), "")


def m_strip_courtesy(text, rng):
    return _strip(text, rng, False)


def m_strip_courtesy_possessive(text, rng):
    return _strip(text, rng, True)


def m_age_twice(text, rng):
    m = _pick(_AGE.finditer(text), rng)
    if not m:
        return None
    name, age = m.group(1), int(m.group(2))
    # Not a paragraph that names someone else of that surname ("Fiona Roe"
    # below "Eloise Roe, 21,"): an age there may be the other person's.
    other = re.compile(r"\b[A-Z][\w’'-]+\)? " + re.escape(name) + r"\b")
    later = [(start, line) for start, line in _paragraphs(text) if start > m.end() and name in line
             and line.rstrip().endswith(".") and not other.search(line)]
    site = _pick(later, rng)
    if not site:
        return None
    start, line = site
    other = age + 3
    sentence = rng.choice([f" The {other}-year-old {name} did not comment further.",
                           f" {name}, who is {other}, did not comment further.",
                           f" {name}, a {other}-year-old resident, did not comment further."])
    end = start + len(line.rstrip())
    return _replace(text, end, end, sentence)


def m_doubled_word(text, rng):
    m = _pick(_THE.finditer(text), rng)
    if not m:
        return None
    return _replace(text, m.start(), m.start(), "the ")


def m_misspelled_word(text, rng):
    from lint.analysis.dictionary import english

    words = english()
    counts = Counter(re.findall(r"\b[a-z]+\b", text))
    sites = [m for m in _COMMON.finditer(text) if counts[m.group(1)] == 1 and m.group(1) in words
             and words.frequency(m.group(1)) >= 5000]
    m = _pick(sites, rng)
    if not m:
        return None
    wrong = _swap(m.group(1), rng)
    if not wrong or wrong in words:
        return None
    return _replace(text, m.start(1), m.end(1), wrong)


def m_country(text, rng):
    from lint.rules.spelling.lexicon import country_words

    names = set(country_words().values())
    sites = [m for m in re.finditer(r"\b[A-Z][a-z]{5,}\b", text) if m.group() in names]
    m = _pick(sites, rng)
    if not m:
        return None
    wrong = _swap(m.group(), rng)
    if not wrong:
        return None
    return _replace(text, m.start(), m.end(), wrong)


def m_unclosed_quote(text, rng):
    sites = [(start, line) for start, line in _paragraphs(text)
             if line.startswith("“") and line.endswith("”") and line.count("“") == 1 and line.count("”") == 1]
    site = _pick(sites, rng)
    if not site:
        return None
    start, line = site
    end = start + len(line)
    return _replace(text, end - 1, end, "")


KINDS = {
    "weekday": (m_weekday, {"DT001"}),
    "says": (m_says, {"AT003"}),
    "says-group": (m_says_group, {"AT003"}),
    "drop-attribution": (m_drop_attribution, {"AT001"}),
    "loaded-verb": (m_loaded_verb, {"AT004"}),
    "loaded-reported": (m_loaded_reported, {"AT004"}),
    "surname": (m_surname, {"SP002"}),
    "strip-courtesy": (m_strip_courtesy, {"TT001"}),
    "strip-courtesy-possessive": (m_strip_courtesy_possessive, {"TT001"}),
    "age-twice": (m_age_twice, {"FC002"}),
    "doubled-word": (m_doubled_word, {"SP003"}),
    "misspelled-word": (m_misspelled_word, {"SP001"}),
    "country": (m_country, {"SP005", "SP002"}),
    "unclosed-quote": (m_unclosed_quote, {"QT001"}),
}


def run(corpus: str, kinds=None, held=None, seed: int = 0, linter: Linter | None = None):
    """{kind: {"tuning"|"held-out": [tried, caught, caught loud]}} and the misses."""
    linter = linter or Linter()
    results: dict = defaultdict(lambda: {"tuning": [0, 0, 0], "held-out": [0, 0, 0]})
    misses = []
    for page in pages(corpus):
        if held is not None and page.held_out != held:
            continue
        text = page.clean()
        before = None
        for kind, (mutate, codes) in KINDS.items():
            if kinds and kind not in kinds:
                continue
            rng = random.Random(f"{seed}-{page.id}-{kind}")
            mutated = mutate(text, rng)
            if mutated is None:
                continue
            new_text, line = mutated
            if before is None:
                before = Counter((f.code, f.line) for f in linter.lint(text, page.published))
            found = [f for f in linter.lint(new_text, page.published) if f.code in codes and f.line == line]
            new = Counter((f.code, f.line) for f in found)
            caught = any(new[key] > before[key] for key in new)
            slot = results[kind]["held-out" if page.held_out else "tuning"]
            slot[0] += 1
            slot[1] += caught
            slot[2] += caught and any(loud(f) for f in found)
            if not caught:
                misses.append((kind, page, line, _changed(text, new_text)))
    return results, misses


def _changed(before: str, after: str) -> str:
    """The changed stretch of ``after``, with some context: "…[Cihnese]…"."""
    start = next((i for i, (a, b) in enumerate(zip(before, after)) if a != b), min(len(before), len(after)))
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b, end_a = end_b - 1, end_a - 1
    return f"…{after[max(0, start - 60):start]}[{after[start:end_a]}]{after[end_a:end_a + 60]}…".replace("\n", " ")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", action="append", default=[], choices=sorted(KINDS))
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--held-out", action="store_true")
    group.add_argument("--tuning", action="store_true")
    parser.add_argument("--misses", action="store_true", help="print each missed mutation with its line")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    corpus = find_corpus()
    if corpus is None:
        print(NOT_FOUND, file=sys.stderr)
        return 2
    held = True if args.held_out else False if args.tuning else None
    results, misses = run(corpus, args.kind, held, args.seed)
    if args.misses:
        for kind, page, line, text in misses:
            print(f"{kind} {page.id} [{page.outlet}] line {line}: {text[:220]}")
        print()
    print(f"{'kind':28} {'tuning':>16} {'held-out':>16} {'recall':>7} {'loud':>6}")
    for kind in KINDS:
        if kind not in results:
            continue
        t, h = results[kind]["tuning"], results[kind]["held-out"]
        tried, caught, caught_loud = t[0] + h[0], t[1] + h[1], t[2] + h[2]
        print(f"{kind:28} {t[1]:>7}/{t[0]:<8} {h[1]:>7}/{h[0]:<8} {caught / tried if tried else 0:7.2f} "
              f"{caught_loud / tried if tried else 0:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
