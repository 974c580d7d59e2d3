"""Inline suppression comments in article copy.

``<!-- copydesk: disable=BP001,BP003 -->`` switches codes (or prefixes) off
until ``<!-- copydesk: enable=BP001 -->`` or the end of the file;
``<!-- copydesk: disable-next-line=BP001 -->`` covers the next non-blank line
only. Codes are always named: there is no blanket switch. A rule's name
works as well as its code (``disable=related-link-line``).

A directive that cannot work (no code, a code or name no rule has, an
unknown verb) is reported as a warning naming the file and line
(``directive_warnings``); it switches nothing off.
"""

from __future__ import annotations

import re
from typing import Callable

from lint.engine.hookspecs import hookimpl
from lint.support.lines import iter_lines
from lint.support.patterns import LazyPattern
from lint.support.records import record

_DIRECTIVE = LazyPattern(
    r"<!--\s*copydesk:\s*(?P<verb>disable-next-line|disable|enable)\s*=\s*(?P<codes>[A-Za-z0-9,\s-]+?)\s*-->"
)
# Anything that looks like a directive, to warn about those that cannot work.
_ANY_DIRECTIVE = LazyPattern(r"<!--\s*copydesk\s*:(?P<body>.*?)-->", re.DOTALL)
_BODY = LazyPattern(r"\s*(?P<verb>[A-Za-z-]*)\s*(?:=(?P<codes>.*))?", re.DOTALL)
VERBS = ("disable", "enable", "disable-next-line")


@record
class Suppression:
    codes: tuple[str, ...]
    start: int  # first offset covered
    end: int  # offset where it stops

    def covers(self, code: str, offset: int, name: str = "") -> bool:
        """Whether a diagnostic of rule ``code`` (named ``name``) at ``offset``
        is switched off: a code, a prefix or the rule's name matches."""
        return self.start <= offset < self.end and any(
            code.startswith(c) or (name and c == name.upper()) for c in self.codes)


def find_suppressions(text: str) -> list[Suppression]:
    """Every suppressed range the directives in ``text`` describe."""
    found: list[Suppression] = []
    open_ranges: dict[str, int] = {}
    if "copydesk:" not in text:
        return found
    for match in _DIRECTIVE.finditer(text):
        codes = tuple(c.strip().upper() for c in match.group("codes").split(",") if c.strip())
        verb = match.group("verb")
        if verb == "disable":
            for code in codes:
                open_ranges.setdefault(code, match.end())
        elif verb == "enable":
            for code in codes:
                start = open_ranges.pop(code, None)
                if start is not None:
                    found.append(Suppression((code,), start, match.start()))
        else:
            line = _next_content_line(text, match.end())
            if line is not None:
                found.append(Suppression(codes, line[0], line[1] + 1))
    for code, start in open_ranges.items():
        found.append(Suppression((code,), start, len(text) + 1))
    return found


def _next_content_line(text: str, offset: int) -> tuple[int, int] | None:
    rest_of_line = text.find("\n", offset)
    for start, end in iter_lines(text[offset:]):
        absolute = (offset + start, offset + end)
        if start == 0 and rest_of_line != -1 and not text[offset:offset + end].strip():
            continue  # the directive's own line
        if text[absolute[0]:absolute[1]].strip():
            return absolute
    return None


@hookimpl
def copydesk_modify_diagnostics(document, diagnostics, config) -> None:
    """Drop diagnostics that an inline directive switches off."""
    page = document.html  # an HTML page's directives are comments in the file, not in its copy
    suppressions = document.analysis(find_suppressions, page.source if page is not None else document.text)
    if suppressions:
        def at(d) -> int:
            return page.source_offset(d.span.start) if page is not None else d.span.start

        diagnostics[:] = [
            d for d in diagnostics if not any(s.covers(d.code, at(d), d.name) for s in suppressions)
        ]


def directive_warnings(text: str, known: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(offset, reason) for each directive in ``text`` that cannot work.

    ``known(token)`` says whether a code, prefix or rule name exists.
    """
    warnings: list[tuple[int, str]] = []
    if "copydesk" not in text:
        return warnings
    for match in _ANY_DIRECTIVE.finditer(text):
        body = _BODY.match(match.group("body"))
        verb, codes = body.group("verb"), body.group("codes")
        shown = " ".join(match.group().split())
        if verb not in VERBS:
            warnings.append((match.start(), f"{shown} is not a copydesk directive "
                                             f"(use disable=, enable= or disable-next-line=); it is ignored"))
            continue
        tokens = [t.strip() for t in (codes or "").split(",") if t.strip()]
        if not tokens:
            warnings.append((match.start(), f"{shown} names no rule; there is no blanket switch, "
                                             f"so name the codes (e.g. {verb}=BP001); it is ignored"))
            continue
        for token in tokens:
            if not re.fullmatch(r"[A-Za-z0-9-]+", token) or not known(token):
                warnings.append((match.start(), f"{shown}: no rule has the code or name {token!r}; "
                                                 f"it switches nothing off"))
        if codes is not None and not _DIRECTIVE.fullmatch(match.group()):
            if all(re.fullmatch(r"[A-Za-z0-9-]+", t) and known(t) for t in tokens):
                warnings.append((match.start(), f"{shown} cannot be read; write it as "
                                                 f"<!-- copydesk: {verb}=CODE,CODE -->"))
    return warnings
