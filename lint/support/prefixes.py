"""The literal texts every match of a pattern must start with, worked out
from the pattern's source: the cheap test that lets a data pattern
(``lint.support.patterns.GatedPattern``) stay uncompiled, and unmatched,
on lines that cannot match it.

``literal_prefixes`` reads just enough of regex syntax; whatever it does not
understand becomes "could start with anything" (None), so the test it gives
is never wrong, only vague.
"""

from __future__ import annotations

from typing import Optional

MAX_PREFIXES = 64

Prefixes = Optional[frozenset]  # None: could start with anything
_CLASS_ESCAPES = set("sSdDwWpPXNh")
_SPACE = frozenset({" "})
_DIGITS = frozenset("0123456789")
_ZERO_WIDTH_ESCAPES = set("bBAGZzm")


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
