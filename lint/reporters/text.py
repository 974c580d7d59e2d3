"""The default, human-readable format: each diagnostic with its source line.

::

    article.txt:3:1: BP001 [error] Related-link line “…” is page furniture, not copy; remove it.
      |
    3 | SEE ALSO: Council approves budget
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      = help: Remove the related-link line (safe fix)

    Found 1 issue (1 error) in 1 file; 1 fixable with --fix.

The caret underline is measured in terminal cells, not code points: tabs
are expanded, East Asian wide characters take two cells and combining marks
none, so the carets sit under the span whatever the line holds. Control
characters from the article are shown as visible symbols, never sent to the
terminal. Very long lines (a paragraph is often one line) are cut to a
window around the span.
"""

from __future__ import annotations

import os
import unicodedata
from typing import TextIO

from lint.model import Applicability, Severity
from lint.reporters.base import FIX_NOTES, Reporter, line_index

TAB_WIDTH = 4
MAX_SOURCE_WIDTH = 100  # cells of source shown; longer lines get a window
WINDOW_LEAD = 30  # cells kept before the span when a line is cut
ELLIPSIS = "…"

RESET = "\x1b[0m"
BOLD = "\x1b[1m"
STYLES = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[1;33m",
    Severity.INFO: "\x1b[1;36m",
}
GUTTER = "\x1b[1;34m"
HELP = "\x1b[1;36m"

# Bidirectional controls can reorder what a terminal shows; display them.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def use_color(mode: str, stream: TextIO, environ=None) -> bool:
    """Whether to colour: ``always``/``never`` win; ``auto`` asks the environment.

    With ``auto``: ``NO_COLOR`` (any non-empty value) turns colour off,
    then ``FORCE_COLOR`` (non-empty) turns it on, then ``TERM=dumb`` turns
    it off, and otherwise colour follows whether the stream is a terminal.
    """
    if mode == "always":
        return True
    if mode == "never":
        return False
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):  # a closed or detached stream
        return False


def _cell(char: str) -> tuple[str, int]:
    """What one code point shows as, and how many terminal cells it takes."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code), 1  # control pictures: ␀ … ␟
    if code == 0x7F:
        return "\u2421", 1
    category = unicodedata.category(char)
    if 0x80 <= code < 0xA0 or char in _BIDI or category in ("Zl", "Zp"):
        return "\ufffd", 1
    if category in ("Cf", "Mn", "Me"):
        return char, 0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return char, 2
    return char, 1


def printable(text: str) -> str:
    """``text`` with control characters replaced by visible symbols (one line)."""
    if text.isprintable():
        return text
    return "".join(_cell(c)[0] if not c.isprintable() and c != " " else c for c in text)


def render_cells(line: str) -> list[tuple[str, int]]:
    """One (shown text, width) cell per code point of ``line``; tabs expanded."""
    cells: list[tuple[str, int]] = []
    column = 0
    for char in line:
        if char == "\t":
            width = TAB_WIDTH - column % TAB_WIDTH
            cells.append((" " * width, width))
        else:
            shown, width = _cell(char) if not char.isprintable() or ord(char) > 0x7E else (char, 1)
            cells.append((shown, width))
        column += cells[-1][1]
    return cells


def excerpt(line: str, start: int, end: int, max_width: int = MAX_SOURCE_WIDTH) -> tuple[str, int, int]:
    """Render ``line`` and place a caret under code points ``start:end``.

    Returns (shown line, caret indent, caret width), both in cells. The
    caret is at least one cell wide, so an empty span is still pointed at.
    A line wider than ``max_width`` is cut to a window around the span,
    with an ellipsis at each cut.
    """
    cells = render_cells(line)
    offsets = [0]
    for _, width in cells:
        offsets.append(offsets[-1] + width)
    total = offsets[-1]
    start = max(0, min(start, len(cells)))
    end = max(start, min(end, len(cells)))
    caret_start = offsets[start]
    caret_end = offsets[end]
    first, last = 0, len(cells)
    prefix = suffix = ""
    if total > max_width:
        window_start = max(0, caret_start - WINDOW_LEAD)
        window_start = min(window_start, max(0, total - max_width))
        window_end = window_start + max_width
        while first < len(cells) and offsets[first] < window_start:
            first += 1
        while last > first and offsets[last] > window_end:
            last -= 1
        prefix = ELLIPSIS if first > 0 else ""
        suffix = ELLIPSIS if last < len(cells) else ""
    shown = prefix + "".join(text for text, _ in cells[first:last]) + suffix
    shift = offsets[first] - len(prefix)
    visible_end = offsets[last] + len(suffix)  # a span running past the cut underlines the "…"
    indent = max(caret_start, offsets[first]) - shift
    width = max(1, min(caret_end, visible_end) - max(caret_start, offsets[first]))
    return shown, indent, width


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 or word == 'info' else 's'}"


class TextReporter(Reporter):
    """The default format: location, severity, message, source and help."""

    is_human_readable = True

    def __init__(self, stream: TextIO, config) -> None:
        super().__init__(stream, config)
        self.color = False
        self.set_color("auto")
        self.counts = {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
        self.files_with_issues = 0
        self.safe_fixes = 0
        self.unsafe_fixes = 0
        self.would_fix = 0  # with --diff: fixes shown in the diff, not applied

    def set_color(self, mode: str) -> None:
        """Choose colour for ``--color auto|always|never`` (see ``use_color``)."""
        self.color = use_color(mode, self.stream)

    def _style(self, text: str, style: str) -> str:
        return f"{style}{text}{RESET}" if self.color else text

    def file(self, result) -> None:
        if result.diff and result.fixed:
            self.would_fix += result.fixed
        if not result.diagnostics:
            return
        self.files_with_issues += 1
        text = result.text or ""
        index = line_index(result)
        write = self.stream.write
        for diagnostic in result.diagnostics:
            self.counts[diagnostic.severity] = self.counts.get(diagnostic.severity, 0) + 1
            fix = diagnostic.fix
            if fix is not None and fix.applicability is Applicability.SAFE:
                self.safe_fixes += 1
            elif fix is not None and fix.applicability is Applicability.UNSAFE:
                self.unsafe_fixes += 1
            line, column = index.line_col(diagnostic.span.start)
            style = STYLES.get(diagnostic.severity, BOLD)
            write(
                f"{self._style(result.path, BOLD)}:{line}:{column}: "
                f"{self._style(diagnostic.code, style)} "
                f"{self._style(f'[{diagnostic.severity}]', style)} {printable(diagnostic.message)}\n"
            )
            line_start, line_end = index.line_span(line, text)
            start = diagnostic.span.start - line_start
            end = min(diagnostic.span.end, line_end) - line_start
            shown, indent, width = excerpt(text[line_start:line_end], start, end)
            number = str(line)
            pad = " " * len(number)
            bar = self._style("|", GUTTER)
            write(f"{pad} {bar}\n")
            write(f"{self._style(number, GUTTER)} {bar} {shown}\n")
            write(f"{pad} {bar} {' ' * indent}{self._style('^' * width, style)}\n")
            help_line = self._help(diagnostic)
            if help_line:
                write(f"{pad} {self._style('=', GUTTER)} {self._style('help', HELP)}: {help_line}\n")
            write("\n")

    @staticmethod
    def _help(diagnostic) -> str:
        fix = diagnostic.fix
        if fix is None:
            return printable(diagnostic.help or "")
        title = printable(fix.title or diagnostic.help or "Apply the suggested edit")
        return f"{title} ({FIX_NOTES[fix.applicability]})"

    def finish(self, summary) -> None:
        total = sum(self.counts.values())
        # With --diff the diagnostics received are those the fixes leave.
        lead = f"Would fix {_plural(self.would_fix, 'issue')} (diff above). " if self.would_fix else ""
        checked = _plural(summary.checked, "file")
        if total == 0 and not summary.problems:
            line = lead + ("No other issues" if lead else "All checked: no issues") + f" in {checked}."
        elif total == 0:
            line = lead + ("No other issues" if lead else "No issues") + f" in {checked} checked."
        else:
            parts = [_plural(self.counts[s], word) for s, word in
                     ((Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "info"))
                     if self.counts[s]]
            issues = _plural(total, "more issue" if lead else "issue")
            where = (_plural(self.files_with_issues, "file") if self.files_with_issues == summary.checked
                     else f"{self.files_with_issues} of {checked} checked")
            line = f"{lead}Found {issues} ({', '.join(parts)}) in {where}"
            if self.safe_fixes and self.unsafe_fixes:
                line += (f"; {self.safe_fixes} fixable with --fix, "
                         f"{self.unsafe_fixes} more with --fix --unsafe-fixes.")
            elif self.safe_fixes:
                line += f"; {self.safe_fixes} fixable with --fix."
            elif self.unsafe_fixes:
                line += f"; {self.unsafe_fixes} fixable with --fix --unsafe-fixes."
            else:
                line += "."
        if summary.problems:
            line += f" Not checked: {_plural(summary.unchecked, 'file')} (reasons on stderr)."
        self.stream.write(self._style(line, BOLD) + "\n")
