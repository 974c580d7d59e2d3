"""The reporter interface and the JSON record every format builds on."""

from __future__ import annotations

from typing import Any, TextIO

from lint.model import Applicability, Diagnostic, FileResult
from lint.support.lines import LineIndex

# How each applicability is named to readers (text help lines, SARIF fixes).
FIX_NOTES = {
    Applicability.SAFE: "safe fix",
    Applicability.UNSAFE: "unsafe fix",
    Applicability.DISPLAY: "suggestion",
}


class Summary:
    """Totals a reporter may print at the end of a run.

    ``files`` is every file a result came back for, ``checked`` those read
    and linted, ``problems`` the errors reported on stderr and ``unchecked``
    the distinct files (or config files) those errors name.
    """

    def __init__(self, files: int = 0, diagnostics: int = 0, fixed: int = 0, problems: int = 0,
                 checked: int | None = None, unchecked: int | None = None) -> None:
        self.files = files
        self._checked = checked
        self.diagnostics = diagnostics
        self.fixed = fixed
        self.problems = problems
        self._unchecked = unchecked
        self.baselined = 0  # findings a --baseline file held, not reported
        self.by_code: dict[str, int] = {}
        self.names: dict[str, str] = {}

    @property
    def checked(self) -> int:
        return self.files if self._checked is None else self._checked

    @checked.setter
    def checked(self, value: int) -> None:
        self._checked = value

    @property
    def unchecked(self) -> int:
        return self.problems if self._unchecked is None else self._unchecked

    @unchecked.setter
    def unchecked(self, value: int) -> None:
        self._unchecked = value


class Reporter:
    """Receives results file by file and writes one output format.

    ``start(rules)`` is called once before any file, ``file(result)`` once per
    file in path order, ``finish(summary)`` once at the end.
    """

    is_human_readable = False

    def __init__(self, stream: TextIO, config) -> None:
        self.stream = stream
        self.config = config

    def start(self, rules) -> None:
        self.rules = rules

    def file(self, result: FileResult) -> None:
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        pass


def line_index(result: FileResult) -> LineIndex:
    return LineIndex(result.text or "")


def position(index: LineIndex, start: int, end: int) -> dict[str, int]:
    line, column = index.line_col(start)
    end_line, end_column = index.line_col(end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def diagnostic_record(path: str, index: LineIndex, diagnostic: Diagnostic) -> dict[str, Any]:
    """The JSON contract of ARCHITECTURE.md for one diagnostic."""
    record: dict[str, Any] = {"path": path}
    record.update(position(index, diagnostic.span.start, diagnostic.span.end))
    record.update(
        rule=diagnostic.code,
        name=diagnostic.name,
        severity=str(diagnostic.severity),
        message=diagnostic.message,
        fix=None,
    )
    if diagnostic.fix is not None:
        record["fix"] = {
            "applicability": str(diagnostic.fix.applicability),
            "edits": [
                dict(position(index, edit.span.start, edit.span.end), replacement=edit.replacement)
                for edit in diagnostic.fix.edits
            ],
        }
    return record
