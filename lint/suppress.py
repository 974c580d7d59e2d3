"""Inline suppression comments in article copy.

``<!-- copydesk: disable=BP001,BP003 -->`` switches codes (or prefixes) off
until ``<!-- copydesk: enable=BP001 -->`` or the end of the file;
``<!-- copydesk: disable-next-line=BP001 -->`` covers the next non-blank line
only. Codes are always named: there is no blanket switch.
"""

from __future__ import annotations

from lint import regexcache
from lint.hookspecs import hookimpl
from lint.lines import iter_lines
from lint.records import record

_DIRECTIVE = regexcache.compile(
    r"<!--\s*copydesk:\s*(?P<verb>disable-next-line|disable|enable)\s*=\s*(?P<codes>[A-Za-z0-9,\s]+?)\s*-->"
)


@record
class Suppression:
    codes: tuple[str, ...]
    start: int  # first offset covered
    end: int  # offset where it stops

    def covers(self, code: str, offset: int) -> bool:
        return self.start <= offset < self.end and any(code.startswith(c) for c in self.codes)


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
    suppressions = document.analysis(find_suppressions, document.text)
    if suppressions:
        diagnostics[:] = [
            d for d in diagnostics if not any(s.covers(d.code, d.span.start) for s in suppressions)
        ]
