"""Patterns compiled only when needed: the one way copydesk keeps
compiling out of its start-up.

Compiling regular expressions is the largest fixed cost of a cold run, and
most patterns find nothing in a given article. ``LazyPattern`` is compiled
by ``re`` the first time it is used, and its optional needles let a caller
skip it, compiling included, on text that cannot match. ``GatedPattern``
is the same for data patterns (rule files, desks' style packs): its gate is
the literal text every match must start with (``lint.support.prefixes``),
listed beside the shipped packs (``ShippedPatterns``) and worked out at run
time for a desk's own, and for a pattern that can start with anything, the
needles its rule file gives. Shipped patterns, vetted by the test suite, run
under ``re``; a desk's run under ``regex`` with a time limit, within one
budget per file (``TimeBudget``).
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from lint.support.prefixes import normalise

MATCH_TIMEOUT = 0.05  # seconds; patterns are data, so bound them
FILE_BUDGET = 1.0  # seconds for all of a file's searches with desk-written patterns


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


class LazyPattern:
    """A ``re`` pattern compiled the first time it is used.

    Used like the compiled pattern (``search``, ``finditer``, ``sub``…).
    ``needles``, when given, are lower-case texts every match contains: a
    caller that checks ``could_match`` first skips the pattern, and its
    compiling, on text that cannot match.
    """

    __slots__ = ("source", "flags", "needles", "_compiled")

    def __init__(self, source: str, flags: int = 0, needles: tuple[str, ...] = ()) -> None:
        self.source = source
        self.flags = flags
        self.needles = needles
        self._compiled = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self.source

    def could_match(self, lowered: str) -> bool:
        """False only when ``lowered`` (lower-cased text) contains no needle."""
        return not self.needles or any(needle in lowered for needle in self.needles)

    def search(self, *args):
        return self.compiled.search(*args)

    def match(self, *args):
        return self.compiled.match(*args)

    def fullmatch(self, *args):
        return self.compiled.fullmatch(*args)

    def finditer(self, *args):
        return self.compiled.finditer(*args)

    def findall(self, *args):
        return self.compiled.findall(*args)

    def split(self, *args):
        return self.compiled.split(*args)

    def sub(self, *args):
        return self.compiled.sub(*args)

    def subn(self, *args):
        return self.compiled.subn(*args)

    def __getattr__(self, name: str):  # groups, groupindex…
        if name.startswith("_"):  # an unset slot (a copy being built): never recurse
            raise AttributeError(name)
        return getattr(self.compiled, name)


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
            from lint.support.prefixes import literal_prefixes

            analysed = literal_prefixes(source)
            found = sorted(analysed) if analysed else None
        return tuple(found) if found else None


def write_shipped_patterns(path: str, sources) -> None:
    """Write the listing of a pack's ``sources`` (a development step, tested)."""
    import json

    from lint.support.prefixes import literal_prefixes

    table = {}
    for source in sorted(set(sources)):
        analysed = literal_prefixes(source)
        table[source] = sorted(analysed) if analysed else None
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(table, handle, ensure_ascii=False, indent=0, sort_keys=True)
        handle.write("\n")


class GatedPattern(LazyPattern):
    """A data pattern (a rule file's, a desk's): compiled on first need,
    behind a literal-prefix check on the ``normalise``d line."""

    __slots__ = ("ignore_case", "prefixes", "vetted")

    def __init__(self, source: str, ignore_case: bool = True, shipped: ShippedPatterns | None = None,
                 needles: tuple[str, ...] = ()) -> None:
        super().__init__(source, re.IGNORECASE if ignore_case else 0, needles)
        shipped = shipped or ShippedPatterns()
        self.ignore_case = ignore_case
        self.prefixes = shipped.prefixes(source)
        self.vetted = shipped.vetted(source)

    def could_match(self, normalised: str) -> bool:
        """Cheap necessary condition, given ``normalise(text)``: a listed
        prefix at the start, and one of the pattern's needles (texts in
        ``normalise``d form that every match contains) anywhere."""
        return ((self.prefixes is None or normalised.startswith(self.prefixes))
                and (not self.needles or any(needle in normalised for needle in self.needles)))

    @property
    def compiled(self):
        """The compiled ``regex`` pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            if self.vetted:
                self._compiled = re.compile(self.source, self.flags)
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
