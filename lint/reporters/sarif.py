"""SARIF 2.1.0: the static-analysis interchange format code-scanning tools read.

One run; the driver lists every rule of the run (not only those that
fired), and each result points into it by ``ruleId`` and ``ruleIndex``.
Columns are code points, as everywhere in copydesk, and the run says so
(``columnKind: unicodeCodePoints``). Relative paths become relative URIs
against ``%SRCROOT%`` (the working directory, given in
``originalUriBaseIds``); absolute paths become ``file:`` URIs. Every fix,
whatever its applicability, is listed under ``fixes`` with the
applicability in its description: SARIF has no field for it.
"""

from __future__ import annotations

import json
import os
from typing import Any

from lint import __version__
from lint.model import Severity
from lint.reporters.base import FIX_NOTES, Reporter, line_index

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
VERSION = "2.1.0"
TOOL_NAME = "copydesk"
INFORMATION_URI = "https://pypi.org/project/copydesk/"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
STDIN = "-"


def artifact_location(path: str) -> dict[str, str]:
    """A SARIF artifactLocation for ``path`` as copydesk was given it."""
    from pathlib import Path, PurePosixPath
    from urllib.parse import quote

    if path == STDIN:
        return {"uri": "stdin"}
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    posix = PurePosixPath(*Path(os.path.normpath(path)).parts)
    return {"uri": quote(str(posix), safe="/"), "uriBaseId": SRCROOT}


def _region(index, start: int, end: int) -> dict[str, int]:
    line, column = index.line_col(start)
    end_line, end_column = index.line_col(end)
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _descriptor(rule) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }
    if rule.docs:
        descriptor["fullDescription"] = {"text": rule.docs}
        descriptor["help"] = {"text": rule.docs, "markdown": rule.docs}
    if rule.plugin:
        descriptor["properties"] = {"plugin": rule.plugin}
    return descriptor


class SarifReporter(Reporter):
    """Collects every result and writes one SARIF log at the end."""

    def start(self, rules) -> None:
        super().start(rules)
        self.descriptors = [_descriptor(rule) for rule in rules]
        self.rule_index = {rule.code: i for i, rule in enumerate(rules)}
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []

    def file(self, result) -> None:
        location = artifact_location(result.path)
        for problem in result.problems:
            self.notifications.append({
                "level": "error",
                "message": {"text": problem.message},
                "locations": [{"physicalLocation": {"artifactLocation": dict(location)}}],
            })
        if not result.diagnostics:
            return
        index = line_index(result)
        for diagnostic in result.diagnostics:
            item: dict[str, Any] = {"ruleId": diagnostic.code}
            if diagnostic.code in self.rule_index:
                item["ruleIndex"] = self.rule_index[diagnostic.code]
            item["level"] = LEVELS[diagnostic.severity]
            item["message"] = {"text": diagnostic.message}
            item["locations"] = [{
                "physicalLocation": {
                    "artifactLocation": dict(location),
                    "region": _region(index, diagnostic.span.start, diagnostic.span.end),
                },
            }]
            fix = diagnostic.fix
            if fix is not None:
                title = fix.title or diagnostic.help or "Apply the suggested edit"
                item["fixes"] = [{
                    "description": {"text": f"{title} ({FIX_NOTES[fix.applicability]})"},
                    "artifactChanges": [{
                        "artifactLocation": dict(location),
                        "replacements": [
                            {
                                "deletedRegion": _region(index, edit.span.start, edit.span.end),
                                "insertedContent": {"text": edit.replacement},
                            }
                            for edit in fix.edits
                        ],
                    }],
                    "properties": {"applicability": str(fix.applicability)},
                }]
            self.results.append(item)

    def finish(self, summary) -> None:
        from pathlib import Path

        invocation: dict[str, Any] = {"executionSuccessful": summary.problems == 0}
        if self.notifications:
            invocation["toolExecutionNotifications"] = self.notifications
        log = {
            "$schema": SCHEMA_URI,
            "version": VERSION,
            "runs": [{
                "tool": {"driver": {
                    "name": TOOL_NAME,
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": INFORMATION_URI,
                    "rules": self.descriptors,
                }},
                "invocations": [invocation],
                "originalUriBaseIds": {SRCROOT: {"uri": Path(os.getcwd()).as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": self.results,
            }],
        }
        json.dump(log, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")
