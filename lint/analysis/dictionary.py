"""pyspellchecker's English dictionary, compiled once into a compact cache.

Loading pyspellchecker's word-frequency list takes a third of a second,
more than a whole copydesk run. The list is therefore compiled, the first
time it is needed, into two parallel arrays — sorted 64-bit keys of the
words and their frequencies — kept in the user's cache folder
(``COPYDESK_CACHE_DIR``, else ``$XDG_CACHE_HOME/copydesk`` or
``~/.cache/copydesk``) under a name that changes with the installed
dictionary file. Later runs read the arrays in about a millisecond and look
words up by binary search. A key is the CRC-32 and Adler-32 of the word
side by side: the chance that an unknown word shares the key of a known
one is below one in a billion.

Candidates one edit away (a letter deleted, inserted, replaced, or two
swapped) are generated and looked up the same way, so suggestions are
computed only for the words actually reported, without loading
pyspellchecker at all on a normal run.
"""

from __future__ import annotations

import bisect
import functools
import os
import zlib
from array import array
from typing import Callable

from lint.support import cache

LETTERS = "abcdefghijklmnopqrstuvwxyz"
_FORMAT = "copydesk-dictionary-3"


class DictionaryError(Exception):
    """pyspellchecker or its English dictionary cannot be found or read."""


def word_key(word: str) -> int:
    data = word.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


class Dictionary:
    """Known lowercase words and their frequencies."""

    __slots__ = ("keys", "counts")

    def __init__(self, keys: array, counts: array) -> None:
        self.keys = keys
        self.counts = counts

    def frequency(self, word: str) -> int:
        """How often pyspellchecker saw ``word`` (0: not a known word)."""
        key = word_key(word)
        at = bisect.bisect_left(self.keys, key)
        return self.counts[at] if at < len(self.keys) and self.keys[at] == key else 0

    def __contains__(self, word: str) -> bool:
        return self.frequency(word) > 0

    def near(self, word: str) -> list[tuple[str, int]]:
        """Known words one edit from ``word``, most frequent first.

        A word longer than ``NEAR_MAX_LENGTH`` has none: the edits of a word
        of n letters are about 54n strings of n letters each (a megabyte of
        "a" would need terabytes), and no English word is that long.
        """
        if len(word) > NEAR_MAX_LENGTH:
            return []
        found: dict[str, int] = {}
        for candidate in edits(word):
            if candidate not in found and candidate != word:
                count = self.frequency(candidate)
                if count:
                    found[candidate] = count
        return sorted(found.items(), key=lambda item: (-item[1], item[0]))


# Longer than "pneumonoultramicroscopicsilicovolcanoconiosis" (45 letters) plus
# the one letter an insertion would take away.
NEAR_MAX_LENGTH = 46


def edits(word: str):
    """Every string one deletion, swap, replacement or insertion from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
            if len(right) > 1:
                yield left + right[1] + right[0] + right[2:]
            for letter in LETTERS:
                if letter != right[0]:
                    yield left + letter + right[1:]
        for letter in LETTERS:
            yield left + letter + right


def source_file() -> str:
    """pyspellchecker's English word-frequency file, found without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("spellchecker")
    if spec is None or not spec.submodule_search_locations:
        raise DictionaryError("pyspellchecker is not installed (pip install pyspellchecker)")
    path = os.path.join(list(spec.submodule_search_locations)[0], "resources", "en.json.gz")
    if not os.path.isfile(path):
        raise DictionaryError(f"{path}: pyspellchecker's English dictionary is missing")
    return path


@functools.cache
def english() -> Dictionary:
    """The English dictionary, from the cache when it is there and current."""
    source = source_file()
    stat = os.stat(source)
    return compiled(f"en-{cache.location(source)}-{stat.st_size:x}x{stat.st_mtime_ns:x}",
                    lambda: _english_counts(source))


def compiled(name: str, counts: Callable[[], dict[str, int]]) -> Dictionary:
    """The word list cached as ``name`` (``family-stamp``, the stamp changing
    with its sources), made with ``counts()`` (word -> frequency) when the
    cache lacks it."""
    family, stamp = name.rsplit("-", 1)
    path = cache.path(family, stamp)
    found = _read(path)
    if found is not None:
        return found
    merged: dict[int, int] = {}
    for word, count in counts().items():
        key = word_key(word)
        merged[key] = min(merged.get(key, 0) + count, 0xFFFFFFFF)
    keys = array("Q", sorted(merged))
    made = Dictionary(keys, array("I", (merged[key] for key in keys)))
    _write(path, made)
    return made


def _read(path: str) -> Dictionary | None:
    raw = cache.read_checked(path, _FORMAT.encode() + b"\n")
    if raw is None:
        return None
    view = memoryview(raw)
    size = int.from_bytes(view[:8], "little")
    keys, counts = array("Q"), array("I")
    middle = 8 + size * keys.itemsize
    if len(view) != middle + size * counts.itemsize:
        return None  # a cache cut short: compile it again
    keys.frombytes(view[8:middle])
    counts.frombytes(view[middle:])
    return Dictionary(keys, counts)


def _english_counts(source: str) -> dict[str, int]:
    import gzip
    import json
    import unicodedata

    try:
        with gzip.open(source, "rt", encoding="utf-8") as handle:
            table = json.load(handle)
    except (OSError, ValueError) as exc:
        raise DictionaryError(f"{source}: cannot read pyspellchecker's dictionary ({exc})") from None
    counts: dict[str, int] = {}
    for word, count in table.items():
        word = word.lower()
        # "cafe" and "naive" are as right as "café" and "naïve".
        plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        for form in {word, plain} if plain and len(plain) == len(word) else {word}:
            counts[form] = counts.get(form, 0) + int(count)
    return counts


def _write(path: str, made: Dictionary) -> None:
    cache.write_checked(path, _FORMAT.encode() + b"\n", b"".join((
        len(made.keys).to_bytes(8, "little"), made.keys.tobytes(), made.counts.tobytes())))
