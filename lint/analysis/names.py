"""Given names and the sex they usually belong to, for telling people apart.

A statistical prior about a *name*, never a fact about a person: "Lindsey" is
female in nine cases out of ten, and the tenth may be the one in the story.
Callers that report on a person's gender should treat a result as a hint
and say so.

Data, in ``lint/data/``:

- ``given_names.tsv``: built from the 1990 U.S. Census name files
  ``dist.male.first`` and ``dist.female.first`` (U.S. Census Bureau, public
  domain) by ``tests/data_build/build_given_names.py``. One line per name,
  ``name<TAB>F|M<TAB>confidence``, where confidence is the estimated share of
  the dominant sex; only names at 0.9 or above are listed, so names used for
  both ("Jordan", "Taylor") have no entry.
- ``given_names_ungendered.txt``: the other names of those census lists, one
  per line: known given names, but with no sex given.
- ``given_names_extra.tsv``: a hand-written supplement, same format, of
  given names common in international news that the census lists lack or
  leave without a sex ("Dmitry", "Hanna"). Its entries win over the census.

Nothing is read at import: the files are parsed on the first call and kept
for the life of the process (about 5,000 names, a few milliseconds).
"""

from __future__ import annotations

import os

from lint.support.records import record

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
GENDERED_FILES = ("given_names.tsv", "given_names_extra.tsv")  # later files win
UNGENDERED_FILE = "given_names_ungendered.txt"
SEXES = {"F": "female", "M": "male"}
MIN_CONFIDENCE = 0.9

_HYPHENS = ("-", "\u2010", "\u2011")
_APOSTROPHES = ("'", "\u2019")
# Letters that Unicode decomposition leaves alone but names drop when written
# in ASCII ("Jarosław", "Jürgen" -> "jaroslaw", "jurgen").
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss",
                                 "æ": "ae", "œ": "oe", "þ": "th"})

# Filled by ``lexicon()`` on first use; empty until then.
_CACHE: dict[str, Lexicon] = {}


@record
class Lexicon:
    """The loaded data: lowercase ASCII name -> (sex, confidence), and all
    known given names, with or without a sex. Shared by every caller: read
    it, never modify it."""

    genders: dict[str, tuple[str, float]]
    known: frozenset[str]


def given_name_gender(name: str) -> tuple[str, float] | None:
    """The usual sex of a given name, as ``("female" | "male", confidence)``.

    Case-insensitive; periods and apostrophes are ignored and accents
    folded ("José" is "jose"). A hyphenated name is looked up whole, hyphen
    dropped ("Jo-Ann" as "joann"), then by its first part ("Mary-Kate" as
    "mary"). Returns None for a name used by
    both sexes, an unknown name, an initial ("J."), an empty string, or
    anything with a space or a character that is not a letter.
    """
    genders = lexicon().genders
    for key in _keys(name):
        found = genders.get(key)
        if found is not None:
            return found
    return None


def is_known_given_name(name: str) -> bool:
    """True when ``name`` is in the lexicon, with or without a sex.

    Normalised as in ``given_name_gender``; "Jordan" is known although it
    has no sex, "Peskov" is not.
    """
    known = lexicon().known
    return any(key in known for key in _keys(name))


def lexicon() -> Lexicon:
    """The lexicon, read from the data files on the first call."""
    cached = _CACHE.get("lexicon")
    if cached is None:
        cached = _CACHE["lexicon"] = _load()
    return cached


def parse_gendered(text: str, source: str = "<data>") -> dict[str, tuple[str, float]]:
    """Parse ``name<TAB>F|M<TAB>confidence`` lines ('#' lines are comments).

    Raises ValueError naming ``source`` and the line for a malformed line, a
    sex other than F or M, or a confidence outside [0.9, 1].
    """
    # Validated in bulk (C loops), line by line only to word an error: this
    # runs on the first lookup of every process.
    rows = [line.split("\t") for line in _data_lines(text)]
    try:
        names, sexes, numbers = zip(*rows) if rows else ((), (), ())
        confidences = [float(number) for number in numbers]
    except ValueError:
        confidences = []
        names = sexes = ()
    if (len(confidences) != len(rows) or sum(map(len, rows)) != 3 * len(rows)
            or not set(sexes) <= SEXES.keys()
            or not _all_keys(names)
            or (confidences and not MIN_CONFIDENCE <= min(confidences) <= max(confidences) <= 1.0)):
        _raise_first_error(text, source, _gendered_line_error)
    female, male = SEXES["F"], SEXES["M"]
    return {name: (female if sex == "F" else male, confidence)
            for name, sex, confidence in zip(names, sexes, confidences)}


def parse_ungendered(text: str, source: str = "<data>") -> frozenset[str]:
    """Parse one-name-per-line text ('#' lines are comments)."""
    names = _data_lines(text)
    if not _all_keys(names):
        _raise_first_error(text, source, lambda line: None if _is_key(line) else "a lowercase name")
    return frozenset(names)


def _data_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _all_keys(names) -> bool:
    return not names or (all(names) and _is_key("".join(names)))


def _gendered_line_error(line: str) -> str | None:
    fields = line.split("\t")
    if len(fields) != 3 or fields[1] not in SEXES or not _is_key(fields[0]):
        return "name<TAB>F|M<TAB>confidence"
    try:
        confidence = float(fields[2])
    except ValueError:
        return "a number as confidence"
    if not MIN_CONFIDENCE <= confidence <= 1.0:
        return f"a confidence in [{MIN_CONFIDENCE}, 1]"
    return None


def _raise_first_error(text: str, source: str, check) -> None:
    for number, line in enumerate(text.splitlines(), 1):
        if line and not line.startswith("#"):
            expected = check(line)
            if expected is not None:
                raise ValueError(f"{source}:{number}: expected {expected}, got {line!r}")
    raise AssertionError("bulk validation failed but no line did")  # pragma: no cover


def _read(file_name: str) -> str:
    # A plain path beside this module: importlib.resources would cost more
    # to import than the whole lexicon costs to read.
    with open(os.path.join(DATA_DIR, file_name), encoding="utf-8") as handle:
        return handle.read()


def _load() -> Lexicon:
    # Parsed once per machine: later runs read the result from the user
    # cache (lint.support.cache), a few milliseconds faster than parsing it again.
    from lint.support import cache

    sources = [os.path.join(DATA_DIR, name) for name in (*GENDERED_FILES, UNGENDERED_FILE)]
    genders, known = cache.built("given-names", sources, _parse_data)
    return Lexicon(genders, known)


def _parse_data() -> tuple[dict[str, tuple[str, float]], frozenset[str]]:
    genders: dict[str, tuple[str, float]] = {}
    for file_name in GENDERED_FILES:
        genders.update(parse_gendered(_read(file_name), file_name))
    ungendered = parse_ungendered(_read(UNGENDERED_FILE), UNGENDERED_FILE)
    return genders, frozenset(genders) | ungendered


def _is_key(text: str) -> bool:
    return text.isascii() and text.isalpha() and text.islower()


def _keys(name: str) -> tuple[str, ...]:
    """Lookup keys for ``name``, best first: the whole name, then the first
    part of a hyphenated one. Empty when it cannot be a given name."""
    text = name.strip()
    if text.isascii() and text.isalpha():  # the usual case, "Mary"
        return (text.lower(),) if len(text) > 1 else ()
    for mark in (".", *_APOSTROPHES):
        text = text.replace(mark, "")
    text = _fold(text.casefold())
    for hyphen in _HYPHENS[1:]:
        text = text.replace(hyphen, "-")
    parts = text.split("-")
    if not all(_is_key(part) for part in parts):
        return ()
    keys = [part for part in ("".join(parts), parts[0]) if len(part) > 1]
    return tuple(dict.fromkeys(keys))


def _fold(text: str) -> str:
    """Drop accents, the way names are written in ASCII."""
    if text.isascii():
        return text
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def one_edit_apart(a: str, b: str) -> bool:
    """True when one deletion, insertion, substitution or swap turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[
            diffs[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1:]


# Common Chinese, Korean and Vietnamese family names, written first in news
# copy ("Yoon Suk Yeol", "Xi Jinping"): never a job word before a given name.
FAMILY_NAMES_FIRST = frozenset("""
Kim Lee Park Choi Jung Jeong Yoon Moon Han Yoo Shin Kang Cho Jang Lim Oh Seo Kwon Hwang Ahn Song Hong Jeon Ko
Baek Nam Roh Chun Ban Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Xi Deng
Jiang Wen Bo Tsai Lai Nguyen Tran Le Pham Vo Hun Lam Tam Leung Chan Cheung Wong
""".split())
