"""What the spelling rules count as a word: dictionary, newsroom vocabulary
and the desk's own lists.

A lowercase word is known when pyspellchecker's dictionary, the shipped
newsroom vocabulary (``data/*.txt``) or the desk's ``accept`` lists have it,
or when it is the British form of a known word ("colour", "organisation",
"travelled"), or a known word with a common prefix or suffix ("reopened",
"counteroffensives"). ``news_terms.txt`` and ``units.txt`` list lowercase
words; the other data files (countries, places, institutions, public
figures) list the proper names the rules know are real, so two of them are
never taken for one name spelled two ways.
"""

from __future__ import annotations

import functools
import os
import unicodedata
import zlib

from lint.support.datafiles import ConfigError, read_config_bytes
from lint.support.patterns import LazyPattern
from lint.support.records import record

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")
WORD_FILES = ("news_terms.txt", "units.txt")  # lowercase words; the other data files list proper names
MIN_STEM = 5  # "runing" is not "run" + "ing": short stems are too easy to hit
PREFIXES = ("anti", "counter", "cyber", "de", "inter", "mega", "micro", "mid", "mini", "mis", "multi", "non", "over",
            "post", "pre", "pro", "re", "semi", "sub", "super", "trans", "ultra", "un", "under", "co", "ex")
# (suffix, what the stem may have ended with instead): "closures" -> "closure".
SUFFIXES = (("ings", ("", "e")), ("ing", ("", "e")), ("ers", ("", "e")), ("er", ("", "e")), ("ed", ("", "e")),
            ("es", ("",)), ("s", ("",)), ("ly", ("", "le")), ("ness", ("",)), ("ments", ("",)), ("ment", ("",)),
            ("ists", ("",)), ("ist", ("",)), ("ism", ("",)), ("able", ("", "e")), ("ization", ("ize",)))
# British spellings written the American way: colour, centre, organise.
BRITISH = (("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"),
           ("tre", "ter"), ("tres", "ters"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
           ("isation", "ization"), ("isations", "izations"), ("yse", "yze"), ("ysed", "yzed"), ("ence", "ense"),
           ("ogue", "og"), ("ogues", "ogs"), ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"),
           ("mme", "m"), ("mmes", "ms"))
CONTRACTIONS = frozenset({"ve", "ll", "d", "re", "s", "m"})
# ... and -our- before a suffix: "neighbourhoods", "favourable".
OUR_SUFFIXES = frozenset({"hood", "hoods", "ful", "fully", "able", "ably", "ite", "ites", "itism", "less", "ism",
                          "ist", "ists", "er", "ers", "ed", "ing", "s", "ly", "some", "ous"})


@record
class Rejected:
    word: str
    replacement: str | None


@record
class Vocabulary:
    words: object  # lowercase words (a compiled word list: ``in`` tests membership)
    names: object  # proper names as written, and each capitalised word of them


@functools.cache
def vocabulary() -> Vocabulary:
    """The shipped newsroom vocabulary, compiled into the cache like the
    dictionary (read once per process; recompiled when a data file changes)."""
    from lint.support import cache
    from lint.analysis.dictionary import compiled

    try:
        files = sorted(f for f in os.listdir(DATA_DIR) if f.endswith(".txt"))
    except OSError:
        files = []
    stamps = [os.stat(os.path.join(DATA_DIR, name)) for name in files]
    stamp = zlib.crc32(repr([(n, s.st_size, s.st_mtime_ns) for n, s in zip(files, stamps)]).encode())
    place = cache.location(DATA_DIR)
    return Vocabulary(
        compiled(f"vocabulary-words-{place}-{stamp:08x}", lambda: dict.fromkeys(_entries(files, True), 1)),
        compiled(f"vocabulary-names-{place}-{stamp:08x}", lambda: dict.fromkeys(_entries(files, False), 1)))


def _entries(files: list[str], words: bool) -> set[str]:
    found: set[str] = set()
    for name in files:
        if (name in WORD_FILES) != words:
            continue
        with open(os.path.join(DATA_DIR, name), encoding="utf-8") as handle:
            entries = [line for line in handle.read().splitlines() if line and line[0] != "#"]
        found.update(entries)
        if not words:
            # "Hanna Maliar" makes "Maliar" known; "of" and "the" stay out.
            found.update(part.rstrip(",") for entry in entries if " " in entry for part in entry.split()
                         if part[0].isupper())
    return found


class Lexicon:
    """Known words for one run's settings: the shared data plus the desk's lists."""

    def __init__(self, accepted: frozenset[str], rejected: dict[str, Rejected]) -> None:
        from lint.analysis.dictionary import english

        self.english = english()
        self.shared = vocabulary()
        self.accepted_words = frozenset(w.lower() for w in accepted if w[:1].islower())
        self.accepted_names = frozenset(w for w in accepted if not w[:1].islower())
        self.rejected = rejected

    def known(self, word: str) -> bool:
        """A lowercase word is spelled right (by any of the lists, or by rule)."""
        if self._listed(word):
            return True
        if self._british(word) or self._derived(word):
            return True
        base, _, ending = word.rpartition("'")
        if base and ending in CONTRACTIONS:
            return self.known(base)  # "could've", "she'll"
        if not word.isascii():
            # A loanword written with its accents ("rosé", "façade", "naïve").
            folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
            return folded != word and folded.isascii() and self.known(folded)
        return False

    def _listed(self, word: str) -> bool:
        return word in self.english or word in self.shared.words or word in self.accepted_words

    def known_name(self, name: str) -> bool:
        return name in self.accepted_names or name in self.shared.names

    def british(self, word: str) -> bool:
        """A British spelling of a word the dictionary has in American form."""
        return self._british(word)

    def _british(self, word: str) -> bool:
        for ending, american in BRITISH:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                if word[:-len(ending)] + american in self.english:
                    return True
        # ae and oe for e: "paediatric", "anaemia", "oestrogen", "manoeuvre".
        for digraph in ("ae", "oe"):
            at = word.find(digraph, 1)
            if at != -1 and len(word) >= 6:
                plain = word[:at] + "e" + word[at + 2:]
                if plain in self.english or self._british(plain):
                    return True
        # "neighbourhoods", "colourful", "favourable": -our- before a suffix.
        at = word.find("our", 2)  # not "fourty", a slip for "forty"
        if at != -1 and word[at + 3:] in OUR_SUFFIXES:
            return word[:at] + "or" + word[at + 3:] in self.english
        return False

    def _derived(self, word: str) -> bool:
        for prefix in PREFIXES:
            rest = word[len(prefix):].lstrip("-")
            if word.startswith(prefix) and len(rest) >= MIN_STEM and self._listed(rest):
                return True
        for suffix, endings in SUFFIXES:
            if word.endswith(suffix):
                stem = word[:-len(suffix)]
                for ending in endings:
                    base = stem + ending
                    if len(base) >= MIN_STEM and self._listed(base):
                        return True
        return False


def lexicon_for(settings) -> Lexicon:
    """The lexicon of a file's settings (one per distinct set of desk lists)."""
    root = getattr(settings, "root", None) or os.getcwd()
    return _lexicon(getattr(settings, "source", None) or "config",
                    tuple(settings.get("accept") or ()), tuple(settings.get("reject") or ()),
                    tuple(_absolute(root, p) for p in settings.get("accept-files") or ()),
                    tuple(_absolute(root, p) for p in settings.get("reject-files") or ()))


def _absolute(root: str, path: str) -> str:
    return os.path.normpath(path if os.path.isabs(path) else os.path.join(root, path))


@functools.lru_cache(maxsize=8)
def _lexicon(config: str, accept: tuple[str, ...], reject: tuple[str, ...], accept_files: tuple[str, ...],
             reject_files: tuple[str, ...]) -> Lexicon:
    accepted = set(accept)
    for path in accept_files:
        accepted.update(entry for entry, _ in _read_list(path))
    rejected: dict[str, Rejected] = {}
    entries = [(entry, (config, 0)) for entry in reject]
    for path in reject_files:
        entries.extend(_read_list(path))
    for entry, (path, line) in entries:
        word, _, replacement = entry.partition("->")
        word, replacement = word.strip(), replacement.strip() or None
        if not word or " " in word:
            raise ConfigError(path, f"rejected word {entry!r} must be one word, optionally \"-> replacement\"",
                              line or None)
        rejected[word] = Rejected(word, replacement)
    return Lexicon(frozenset(accepted), rejected)


# What a word-list line can hold before any "->": words, not markup or paths.
_LIST_WORD = LazyPattern(r"[^\W_][\w'’.& -]*\Z")


def _read_list(path: str) -> list[tuple[str, tuple[str, int]]]:
    """(entry, (path, line)) for each word of a word-list file; ``#`` starts a comment."""
    raw = read_config_bytes(path, "word list")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(path, f"word list is not valid UTF-8 (byte offset {exc.start})") from None
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        entry = line.split("#", 1)[0].strip()
        if entry:
            # Not echoed back: a file that is not a word list may hold anything.
            if not _LIST_WORD.match(entry.partition("->")[0].strip()):
                raise ConfigError(path, f"is not a word list: line {number} holds more than a word "
                                        "(or \"word -> replacement\")", number)
            found.append((entry, (path, number)))
    return found


COUNTRIES_FILE = "countries.txt"
MIN_COUNTRY_LENGTH = 6  # "Peru"/"Pery", "Chad"/"Chat": short names sit a letter from too much


@functools.cache
def country_words() -> dict[str, str]:
    """Single-word country and people names, by lower case."""
    with open(os.path.join(DATA_DIR, COUNTRIES_FILE), encoding="utf-8") as handle:
        names = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    return {name.lower(): name for name in names if " " not in name and len(name) >= MIN_COUNTRY_LENGTH}
