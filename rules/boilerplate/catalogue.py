"""Line rules defined as data: one TOML file per rule, a list of patterns.

Each file gives the rule's code, name, severity, summary, message, fix
title, docs and ``[[patterns]]`` (a ``regex`` pattern, a label and
examples that a data test checks). A pattern is applied to one copy line
with its list bullet, Markdown quote or heading marker and surrounding
space removed; lines longer than ``MAX_LINE`` are running copy and never
boilerplate. Editors can change a pattern without touching Python.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass

import regex

from lint.document import BODY, HEADING, TAGLINE, Document
from lint.edits import remove_lines
from lint.lines import iter_lines
from lint.model import Fix, Span
from lint.registry import Rule, rule

MAX_LINE = 400
MATCH_TIMEOUT = 0.05  # seconds; patterns are data, so bound them
_LINE_MARKER = regex.compile(r"^[\s>•·▪*#]*(?:[-–—]\s+)?")
_REQUIRED = {"code", "name", "severity", "summary", "message", "fix-title", "docs", "patterns"}
_OPTIONAL = {"fix"}


class CatalogueError(Exception):
    """A rule data file that is malformed."""


@dataclass(frozen=True)
class Pattern:
    label: str
    regex: str
    examples: tuple[str, ...]
    case_sensitive: bool = False


@dataclass(frozen=True)
class LineRuleData:
    path: str
    code: str
    name: str
    severity: str
    summary: str
    message: str
    fix_title: str
    fix: str
    docs: str
    patterns: tuple[Pattern, ...]

    def compiled(self):
        """One alternation per case mode: a single pass over each line."""
        groups = []
        for sensitive in (False, True):
            chosen = [p.regex for p in self.patterns if p.case_sensitive is sensitive]
            if chosen:
                flags = regex.VERSION1 if sensitive else regex.VERSION1 | regex.IGNORECASE
                groups.append(regex.compile("|".join(f"(?:{p})" for p in chosen), flags))
        return tuple(groups)


def load_line_rule(path: str) -> LineRuleData:
    """Read and validate one rule data file."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"{path}: {exc}") from None
    unknown = set(data) - _REQUIRED - _OPTIONAL
    missing = _REQUIRED - set(data)
    if unknown or missing:
        raise CatalogueError(f"{path}: unknown keys {sorted(unknown)} / missing keys {sorted(missing)}")
    patterns = []
    for entry in data["patterns"]:
        extra = set(entry) - {"label", "regex", "examples", "case-sensitive"}
        if extra or "regex" not in entry or "label" not in entry:
            raise CatalogueError(f"{path}: pattern {entry.get('label')!r} needs label and regex only")
        patterns.append(Pattern(entry["label"], entry["regex"], tuple(entry.get("examples", ())),
                                bool(entry.get("case-sensitive", False))))
    return LineRuleData(path, data["code"], data["name"], data["severity"], data["summary"],
                        data["message"], data["fix-title"], data.get("fix", "always"), data["docs"],
                        tuple(patterns))


def strip_marker(line: str) -> tuple[int, str]:
    """Remove a leading bullet/quote/heading marker; return (offset, rest)."""
    marker = _LINE_MARKER.match(line)
    offset = marker.end() if marker else 0
    return offset, line[offset:].rstrip()


def copy_lines(doc: Document):
    """(start, end) of every non-blank line in copy blocks (body, heading, tagline)."""
    for block in doc.blocks_of(BODY, HEADING, TAGLINE):
        base = block.span.start
        for start, end in iter_lines(doc.slice(block.span)):
            if doc.text[base + start:base + end].strip():
                yield base + start, base + end


def match_line(compiled, text: str) -> bool:
    for pattern in compiled:
        try:
            if pattern.search(text, timeout=MATCH_TIMEOUT):
                return True
        except TimeoutError:
            continue
    return False


def boilerplate_lines(doc: Document, data: tuple[LineRuleData, ...]) -> dict[str, list[Span]]:
    """Which copy lines each line rule matches, by rule code (shared analysis)."""
    compiled = [(item.code, item.compiled()) for item in data]
    found: dict[str, list[Span]] = {item.code: [] for item in data}
    for start, end in copy_lines(doc):
        if end - start > MAX_LINE:
            continue
        offset, content = strip_marker(doc.text[start:end])
        if not content or not doc.is_copy(Span(start + offset, start + offset + len(content))):
            continue
        for code, patterns in compiled:
            if match_line(patterns, content):
                found[code].append(Span(start + offset, start + offset + len(content)))
                break  # one line, one rule: the first file in code order wins
    return found


def make_line_rule(data: LineRuleData, all_data) -> Rule:
    """Build the Rule object for one data file."""

    def check(doc: Document, ctx):
        matches = doc.analysis(boilerplate_lines, doc, all_data())[data.code]
        for span in matches:
            line = doc.slice(span)
            excerpt = line if len(line) <= 70 else line[:69] + "…"
            fix = Fix((remove_lines(doc, span),), title=data.fix_title) if data.fix != "none" else None
            yield ctx.report(span, data.message.format(line=excerpt), fix=fix)

    return rule(code=data.code, name=data.name, severity=data.severity, summary=data.summary,
                fix=data.fix, docs=data.docs)(check)


def data_files(folder: str) -> list[str]:
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".toml"))
