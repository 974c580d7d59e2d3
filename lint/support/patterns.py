"""Data patterns compiled only when a line could match them.

Compiling the ``regex`` module's patterns is the largest fixed cost of a
run (tens of milliseconds for a rule pack), and most lines of an article
cannot match most patterns: a pattern anchored with ``^see\\s+also`` needs a
line that starts with "see". ``literal_prefixes`` reads a pattern's source
and works out, conservatively, the literal text every match must begin
with; ``GatedPattern`` checks that cheaply and compiles the pattern the
first time a line gets past the check. When the prefix cannot be worked out
the pattern is simply always tried, so the gate never changes a result.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator, Optional

from lint.support import regexcache

MAX_PREFIXES = 64
MATCH_TIMEOUT = 0.05  # seconds; patterns are data, so bound them
FILE_BUDGET = 1.0  # seconds for all of a file's searches with desk-written patterns

Prefixes = Optional[frozenset]  # None: could start with anything
_CLASS_ESCAPES = set("sSdDwWpPXNh")
_SPACE = frozenset({" "})
_DIGITS = frozenset("0123456789")
_ZERO_WIDTH_ESCAPES = set("bBAGZzm")


class TimeBudget:
    """The time a file's desk-written regular expressions may take, together.

    Each search is bounded by ``MATCH_TIMEOUT``, and all of one file's
    searches by the budget: a slow pattern over 2,000 paragraphs costs the
    budget once, not 2,000 time limits. A search that times out, and every
    search once the budget is spent, finds nothing; ``notice`` then says so.
    """

    __slots__ = ("seconds", "left", "timeouts", "skipped", "where")

    def __init__(self, seconds: float = FILE_BUDGET) -> None:
        self.seconds = seconds
        self.left = seconds
        self.timeouts = 0
        self.skipped = 0
        self.where: list[str] = []  # what timed out: "pack 'courier'", "line 12" ...

    def search(self, call, where: str):
        """``call(timeout)`` within the limits; None when it timed out or no time is left."""
        import time

        if self.left <= 0:
            self.skipped += 1
            return None
        began = time.perf_counter()
        try:
            return call(min(MATCH_TIMEOUT, self.left))
        except TimeoutError:
            self.timeouts += 1
            if where not in self.where:
                self.where.append(where)
            return None
        finally:
            self.left -= time.perf_counter() - began

    def notice(self) -> str | None:
        """One line for the report when matches were dropped, else None."""
        if not (self.timeouts or self.skipped):
            return None
        what = "with desk-written regular expressions"
        spent = f"were not run (the file's {self.seconds:g} s budget was spent)"
        if not self.timeouts:
            return f"{self.skipped} searches {what} {spent}; their matches are not reported"
        places = ", ".join(self.where[:3]) + (" …" if len(self.where) > 3 else "")
        said = f"{self.timeouts} search{'es' if self.timeouts != 1 else ''} {what} timed out ({places})"
        if self.skipped:
            said += f" and {self.skipped} more {spent}"
        return said + "; their matches are not reported"


_BUDGET: ContextVar[TimeBudget | None] = ContextVar("copydesk_regex_budget", default=None)


def budget() -> TimeBudget:
    """The budget of the file being linted (a fresh one outside a lint)."""
    found = _BUDGET.get()
    return found if found is not None else TimeBudget()


@contextmanager
def file_budget() -> Iterator[TimeBudget]:
    """Give the searches made while linting one file one shared budget."""
    token = _BUDGET.set(TimeBudget())
    try:
        yield _BUDGET.get()
    finally:
        _BUDGET.reset(token)


class _Element:
    __slots__ = ("prefixes", "exact", "optional", "repeated", "zero_width", "end")

    def __init__(self, prefixes: Prefixes = None, exact: bool = False, zero_width: bool = False,
                 end: bool = False) -> None:
        self.prefixes = prefixes
        self.exact = exact  # matches exactly one of ``prefixes``, nothing more
        self.optional = False
        self.repeated = False
        self.zero_width = zero_width
        self.end = end


class _Parser:
    """Just enough of regex syntax to find literal prefixes; anything it does
    not understand becomes "could be anything" (None), which is always safe."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0

    def alternatives(self) -> tuple[Prefixes, bool]:
        """Parse ``a|b|c`` up to a closing parenthesis or the end."""
        results = [self.sequence()]
        while self.pos < len(self.source) and self.source[self.pos] == "|":
            self.pos += 1
            results.append(self.sequence())
        if any(prefixes is None for prefixes, _ in results):
            return None, False
        merged = frozenset().union(*(prefixes for prefixes, _ in results))
        limited = _limit(merged)
        return limited, limited == merged and all(exact for _, exact in results)

    def sequence(self) -> tuple[Prefixes, bool]:
        elements: list[_Element] = []
        while self.pos < len(self.source) and self.source[self.pos] not in "|)":
            element = self.atom()
            self.quantifier(element)
            elements.append(element)
        return _sequence_prefixes(elements, 0)

    def atom(self) -> _Element:
        char = self.source[self.pos]
        self.pos += 1
        if char == "^":
            return _Element(zero_width=True)
        if char == "$":
            return _Element(end=True)
        if char == ".":
            return _Element()
        if char == "\\":
            escaped = self.source[self.pos] if self.pos < len(self.source) else ""
            self.pos += 1
            if escaped in _ZERO_WIDTH_ESCAPES:
                return _Element(zero_width=True)
            if escaped == "s":  # whitespace: one space in the normalised text
                return _Element(_SPACE, exact=True)
            if escaped == "d":
                return _Element(_DIGITS, exact=True)
            if escaped.isalnum() or escaped in _CLASS_ESCAPES:
                return _Element()  # a class, a back-reference, \n …: unknown
            return _Element(frozenset({escaped.casefold()}), exact=True)
        if char == "[":
            return self.char_class()
        if char == "(":
            return self.group()
        return _Element(frozenset({char.casefold()}), exact=True)

    def char_class(self) -> _Element:
        members: set[str] = set()
        simple = self.pos < len(self.source) and self.source[self.pos] != "^"
        first = True
        while self.pos < len(self.source):
            char = self.source[self.pos]
            self.pos += 1
            if char == "]" and not first:
                break
            first = False
            if char == "\\":
                escaped = self.source[self.pos] if self.pos < len(self.source) else ""
                self.pos += 1
                if escaped.isalnum():
                    simple = False
                members.add(escaped.casefold())
            elif char == "[" or (char == "-" and members and self.source[self.pos:self.pos + 1] not in ("]", "")):
                simple = False  # ranges and nested sets: give up
            else:
                members.add(char.casefold())
        if simple and members and len(members) <= MAX_PREFIXES:
            return _Element(frozenset(members), exact=True)
        return _Element()

    def group(self) -> _Element:
        source = self.source
        if source.startswith("?", self.pos):
            if source.startswith(("?=", "?!", "?<=", "?<!"), self.pos):
                self._skip_group()
                return _Element(zero_width=True)
            if source.startswith("?:", self.pos) or source.startswith("?P<", self.pos):
                self.pos = source.index(">", self.pos) + 1 if source.startswith("?P<", self.pos) else self.pos + 2
            else:  # inline flags such as (?i:…) or (?-f)
                end = self.pos + 1
                while end < len(source) and (source[end].isalpha() or source[end] == "-"):
                    end += 1
                if end < len(source) and source[end] == ")":
                    self.pos = end + 1
                    return _Element(zero_width=True)
                if end < len(source) and source[end] == ":":
                    self.pos = end + 1
                else:
                    self._skip_group()
                    return _Element()
        prefixes, exact = self.alternatives()
        if self.pos < len(source) and source[self.pos] == ")":
            self.pos += 1
        return _Element(prefixes, exact)

    def _skip_group(self) -> None:
        depth = 1
        while self.pos < len(self.source) and depth:
            char = self.source[self.pos]
            if char == "\\":
                self.pos += 1
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            self.pos += 1

    def quantifier(self, element: _Element) -> None:
        source = self.source
        if self.pos >= len(source):
            return
        char = source[self.pos]
        if char in "?*":
            element.optional = True
            element.repeated = char == "*"
            self.pos += 1
        elif char == "+":
            element.repeated = True
            self.pos += 1
        elif char == "{":
            close = source.find("}", self.pos)
            body = source[self.pos + 1:close] if close != -1 else ""
            low, _, high = body.partition(",")
            if close == -1 or not low.strip().isdigit() and low.strip():
                return  # a literal brace
            self.pos = close + 1
            element.optional = not low.strip() or int(low) == 0
            element.repeated = "," in body or (low.strip().isdigit() and int(low) > 1)
        else:
            return
        if self.pos < len(source) and source[self.pos] in "?+":  # lazy or possessive
            self.pos += 1
        if element.prefixes == _SPACE:
            element.repeated = False  # a run of spaces normalises to one


def _sequence_prefixes(elements: list[_Element], start: int,
                       memo: dict[int, tuple[Prefixes, bool]] | None = None) -> tuple[Prefixes, bool]:
    """Literal prefixes of ``elements[start:]`` and whether they are exact.

    Memoised by position: each optional element branches in two, and
    without the memo a run of them would cost 2**n.
    """
    memo = {} if memo is None else memo
    if start in memo:
        return memo[start]
    if start == len(elements):
        result: tuple[Prefixes, bool] = (frozenset({""}), True)
    else:
        element = elements[start]
        if element.end:
            result = (frozenset({""}), False)
        elif element.zero_width:
            result = _sequence_prefixes(elements, start + 1, memo)
        elif element.optional:
            taken, _ = _taken(elements, start, memo)
            skipped, _ = _sequence_prefixes(elements, start + 1, memo)
            if taken is None or skipped is None:
                result = (None, False)
            else:
                result = (_limit(taken | skipped), False)
        else:
            result = _taken(elements, start, memo)
    memo[start] = result
    return result


def _taken(elements: list[_Element], start: int, memo) -> tuple[Prefixes, bool]:
    """Prefixes when ``elements[start]`` matches (at least once)."""
    element = elements[start]
    if element.prefixes is None:
        return None, False
    if not element.exact or element.repeated:
        return element.prefixes, False
    rest, rest_exact = _sequence_prefixes(elements, start + 1, memo)
    if rest is None:
        return element.prefixes, False
    combined = frozenset(a + b for a in element.prefixes for b in rest)
    if len(combined) > MAX_PREFIXES:
        return _limit(combined), False
    return combined, rest_exact


def _limit(prefixes: frozenset | None) -> Prefixes:
    """Shorten prefixes until there are at most MAX_PREFIXES of them: a
    shorter prefix of a required prefix is still required."""
    while prefixes is not None and len(prefixes) > MAX_PREFIXES:
        longest = max(len(p) for p in prefixes)
        if longest <= 1:
            return None
        prefixes = frozenset(p[:longest - 1] for p in prefixes)
    return prefixes


def literal_prefixes(source: str) -> Prefixes:
    """Literal texts (in ``normalise``d form) one of which every match of
    ``source`` must start with, or None when that cannot be told. Never
    wrong, only vague."""
    try:
        parser = _Parser(source)
        prefixes, _ = parser.alternatives()
        if parser.pos != len(source):
            return None  # an unbalanced ")" or something unexpected
    except (ValueError, IndexError):
        return None
    if prefixes is None:
        return None
    prefixes = frozenset(normalise(p) for p in prefixes)
    if "" in prefixes:
        return None
    return prefixes


def normalise(text: str) -> str:
    """Case-fold and collapse whitespace runs to one space: the form both
    prefixes and gated text take, so that ``\\s+`` is one literal space."""
    folded = text.casefold()
    if "  " not in folded and folded.isprintable():  # the common case: nothing to collapse
        return folded
    return _collapse(folded)


def _collapse(text: str) -> str:
    out: list[str] = []
    in_space = False
    for char in text:
        if char.isspace():
            if not in_space:
                out.append(" ")
            in_space = True
        else:
            out.append(char)
            in_space = False
    return "".join(out)


class ShippedPatterns:
    """The patterns that ship with a rule pack, listed in a JSON file beside
    it with their literal prefixes (``source -> [prefix, …] | null``).

    Being listed means two things. The prefixes need not be worked out on
    each run. And the pattern has passed the test suite's backtracking check
    (the listing test makes sure the file holds exactly the pack's patterns),
    so the standard library's ``re`` may run it: it imports and compiles far
    faster than ``regex``. A pattern that is not listed — a newsroom's own
    edit — is analysed at run time and runs under ``regex`` with a timeout,
    so a stale file costs speed, never safety or correctness.
    """

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self.known: dict[str, list[str] | None] = {}
        if path is not None:
            from lint.support import cache

            try:
                pack = os.path.basename(os.path.dirname(os.path.abspath(path)))
                self.known = cache.json_file(path, f"patterns-{pack}")
            except (OSError, ValueError):
                self.known = {}

    def vetted(self, source: str) -> bool:
        return source in self.known

    def prefixes(self, source: str) -> tuple[str, ...] | None:
        if source in self.known:
            found = self.known[source]
        else:
            analysed = literal_prefixes(source)
            found = sorted(analysed) if analysed else None
        return tuple(found) if found else None


def write_shipped_patterns(path: str, sources) -> None:
    """Write the listing of a pack's ``sources`` (a development step, tested)."""
    import json

    table = {}
    for source in sorted(set(sources)):
        analysed = literal_prefixes(source)
        table[source] = sorted(analysed) if analysed else None
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(table, handle, ensure_ascii=False, indent=0, sort_keys=True)
        handle.write("\n")


class GatedPattern:
    """A pattern compiled on first need, behind a literal-prefix check."""

    __slots__ = ("source", "ignore_case", "prefixes", "vetted", "_compiled")

    def __init__(self, source: str, ignore_case: bool = True, shipped: ShippedPatterns | None = None) -> None:
        shipped = shipped or ShippedPatterns()
        self.source = source
        self.ignore_case = ignore_case
        self.prefixes = shipped.prefixes(source)
        self.vetted = shipped.vetted(source)
        self._compiled = None

    def could_match(self, normalised: str) -> bool:
        """Cheap necessary condition, given ``normalise(text)``."""
        return self.prefixes is None or normalised.startswith(self.prefixes)

    @property
    def compiled(self):
        """The compiled ``regex`` pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            if self.vetted:
                import re

                self._compiled = regexcache.compile(self.source, re.IGNORECASE if self.ignore_case else 0)
            else:
                import regex  # only for patterns the test suite has not vetted

                # VERSION0: simple case folding; full folding (VERSION1) is far slower to compile.
                flags = regex.VERSION0 | (regex.IGNORECASE if self.ignore_case else 0)
                self._compiled = regex.compile(self.source, flags)
        return self._compiled

    def match(self, text: str, normalised: str | None = None):
        """Match at the start of ``text`` (an unvetted pattern: None past the time limit)."""
        if not self.could_match(normalise(text) if normalised is None else normalised):
            return None
        if self.vetted:
            return self.compiled.match(text)
        compiled = self.compiled
        return budget().search(lambda timeout: compiled.match(text, timeout=timeout), f"pattern {self.source!r}")
