"""The boilerplate catalogue: which copy lines the BP line rules' patterns
match (an analysis the rules and the people scan share).

Line rules are defined as data: one TOML file per rule, a list of patterns.

Each file gives the rule's code, name, severity, summary, message, fix
title, docs and ``[[patterns]]`` (a ``regex`` pattern, a label and
examples that a data test checks). A pattern is applied to one copy line
with its list bullet, Markdown quote or heading marker, emphasis markers,
a leading link bracket and surrounding space removed (``match = "line"``
applies it to the whole stripped line instead, for rules such as end marks
that are made of marker characters); lines longer than ``MAX_LINE`` are
running copy and never boilerplate. Patterns are case-insensitive unless
marked ``case-sensitive``, are anchored at the start of the line, and are
bounded by a match timeout. Editors can change a pattern without touching
Python.
"""

from __future__ import annotations

import bisect
import functools
import os

from lint.article.document import Document
from lint.article.parts import BODY, HEADING, TAGLINE
from lint.model import Span
from lint.support.cache import rules_root
from lint.support.lines import iter_lines
from lint.support.patterns import GatedPattern, LazyPattern, ShippedPatterns
from lint.support.prefixes import normalise
from lint.support.records import record
from lint.support.ruledata import RuleDataError, load_toml

MAX_LINE = 400
RELATED_LINKS = "BP001"
AD_MARKERS = "BP004"
HEADING_WORDS = 4  # "More on this story"
HEADLINE_WORDS = 14
GLUED_COPY_WORDS = 30  # a matched line longer than this runs on into copy: its fix is shown, not applied
_SENTENCE_ENDS = (".", "!", "?", ",", ";", ":", "\"", "”", "’")
_LINE_MARKER = LazyPattern(r"^[\s>•·▪*#]*(?:[-–—]\s+)?")
_REQUIRED = {"code", "name", "severity", "summary", "message", "fix-title", "docs", "patterns"}
_OPTIONAL = {"fix", "match", "year-note"}
_MATCH_MODES = ("content", "line")
# Markdown emphasis and a link's opening bracket around a furniture line:
# "**Advertisement**", "[Read more: ...](https://...)".
_WRAPPERS = "*_["


class CatalogueError(Exception):
    """A rule data file that is malformed."""


@record
class Pattern:
    label: str
    regex: str
    examples: tuple[str, ...]
    case_sensitive: bool = False
    # Texts every match contains, in ``normalise``d form (lower case, single
    # spaces): the gate of a pattern with no literal prefix.
    needles: tuple[str, ...] = ()


@record
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
    match: str = "content"
    # Appended to the message when the line's year is not the publication
    # year ("Copyright © 2024" on a 2023 story); {year} and {published}.
    year_note: str = ""

    def compiled(self):
        """The rule's patterns, each compiled only when a line could match it."""
        return compile_patterns(self.patterns)


# Code order: when two files match the same line, the first one wins.
LINE_RULE_FILES = (
    "related_link_line.toml",  # BP001
    "reprint_copyright_line.toml",  # BP002
    "reader_prompt.toml",  # BP003
    "ad_marker.toml",  # BP004
    "photo_credit_leftover.toml",  # BP005
    "end_mark.toml",  # BP007
    "timestamp_line.toml",  # BP010
    "interface_label.toml",  # BP014
)
DATA_FOLDER = os.path.join(rules_root(), "boilerplate")  # the BP pack's folder
SHIPPED_FILE = os.path.join(DATA_FOLDER, "shipped_patterns.json")


@functools.cache
def shipped_patterns() -> ShippedPatterns:
    return ShippedPatterns(SHIPPED_FILE)


@functools.cache
def line_rule_data():
    """The parsed line-rule files, in ``LINE_RULE_FILES`` order (read once)."""
    return tuple(load_line_rule(os.path.join(DATA_FOLDER, name)) for name in LINE_RULE_FILES)


@functools.lru_cache(maxsize=None)
def compile_patterns(patterns: tuple[Pattern, ...]) -> tuple[GatedPattern, ...]:
    """One gated pattern each, compiled on first need (cached per process)."""
    return tuple(
        GatedPattern(p.regex, ignore_case=not p.case_sensitive, shipped=shipped_patterns(), needles=p.needles)
        for p in patterns
    )


def compile_one(pattern: Pattern):
    """The compiled pattern as runs use it, ungated (for the data tests)."""
    return compile_patterns((pattern,))[0].compiled


def load_line_rule(path: str) -> LineRuleData:
    """Read and validate one rule data file."""
    try:
        data = load_toml(path)
    except RuleDataError as exc:
        raise CatalogueError(str(exc)) from None
    unknown = set(data) - _REQUIRED - _OPTIONAL
    missing = _REQUIRED - set(data)
    if unknown or missing:
        raise CatalogueError(f"{path}: unknown keys {sorted(unknown)} / missing keys {sorted(missing)}")
    if data.get("match", "content") not in _MATCH_MODES:
        raise CatalogueError(f"{path}: match must be one of {', '.join(_MATCH_MODES)}")
    patterns = []
    for entry in data["patterns"]:
        extra = set(entry) - {"label", "regex", "examples", "case-sensitive", "needles"}
        if extra or "regex" not in entry or "label" not in entry:
            raise CatalogueError(f"{path}: pattern {entry.get('label')!r} needs label and regex only")
        needles = entry.get("needles", [])
        if not isinstance(needles, list) or not all(isinstance(n, str) and n and n == normalise(n) for n in needles):
            raise CatalogueError(f"{path}: pattern {entry['label']!r}: needles must be lower-case texts "
                                 "with single spaces")
        if not entry["regex"].startswith("^"):
            raise CatalogueError(f"{path}: pattern {entry['label']!r} must be anchored with ^")
        patterns.append(Pattern(entry["label"], entry["regex"], tuple(entry.get("examples", ())),
                                bool(entry.get("case-sensitive", False)), tuple(needles)))
    return LineRuleData(path, data["code"], data["name"], data["severity"], data["summary"],
                        data["message"], data["fix-title"], data.get("fix", "always"), data["docs"],
                        tuple(patterns), data.get("match", "content"), data.get("year-note", ""))


def strip_marker(line: str) -> tuple[int, str]:
    """Remove a leading bullet/quote/heading marker; return (offset, rest)."""
    marker = _LINE_MARKER.match(line)
    offset = marker.end() if marker else 0
    return offset, line[offset:].rstrip()


def match_text(content: str) -> str:
    """What content patterns see: the line without emphasis or link bracket."""
    return content.strip(_WRAPPERS).rstrip("*_ ").strip()


def copy_lines(doc: Document):
    """(start, end, block start) of every non-blank line in copy blocks (body, heading, tagline)."""
    for block in doc.blocks_of(BODY, HEADING, TAGLINE):
        base = block.span.start
        for start, end in iter_lines(doc.slice(block.span)):
            if doc.text[base + start:base + end].strip():
                yield base + start, base + end, base


def match_line(compiled, text: str) -> bool:
    normalised = normalise(text)
    candidates = _by_first_character(compiled)
    return any(pattern.match(text, normalised)
               for pattern in candidates.get(normalised[:1], ()) + candidates.get(None, ()))


@functools.lru_cache(maxsize=None)
def _by_first_character(compiled: tuple[GatedPattern, ...]) -> dict:
    """Patterns grouped by the first character their prefixes allow (None:
    could start with anything), so a line is tried only against its group."""
    groups: dict = {}
    for pattern in compiled:
        keys = {p[:1] for p in pattern.prefixes} if pattern.prefixes else {None}
        for key in keys:
            groups.setdefault(key, []).append(pattern)
    return {key: tuple(patterns) for key, patterns in groups.items()}


def _outside_blocks(doc: Document, span: Span) -> bool:
    # Inline regions (link targets, inline comments) may sit on a furniture
    # line; only whole non-copy blocks rule a line out.
    return not any(r.kind != "inline" and r.span.overlaps(span) for r in doc.regions)


def bare_heading(content: str) -> bool:
    """A list's heading alone on its line: "Related topics", "Most Popular"."""
    text = match_text(content)
    return ":" not in text and 0 < len(text.split()) <= HEADING_WORDS


def _headline_like(line: str) -> bool:
    """A short line with no sentence punctuation at its end: a linked
    headline or topic, not a sentence of copy."""
    return len(line.split()) <= HEADLINE_WORDS and not line.rstrip("*_ ").endswith(_SENTENCE_ENDS)


def boilerplate_lines(doc: Document, data: tuple[LineRuleData, ...]) -> dict[str, list[Span]]:
    """Which copy lines each line rule matches, by rule code (shared analysis)."""
    compiled = [(item.code, item.match, item.compiled()) for item in data]
    found: dict[str, list[Span]] = {item.code: [] for item in data}
    label: tuple[str, int] | None = None  # (code, block) of a list's label: "Read more:", "Related topics"
    markup = sorted(r.span for r in doc.regions if r.kind == "inline" and doc.text[r.span.start] == "<")
    markup_starts = [span.start for span in markup]
    for start, end, block in copy_lines(doc):
        if end - start > MAX_LINE:
            continue
        raw = doc.text[start:end]
        if not raw.strip() or not _outside_blocks(doc, Span(start, end)):
            continue
        first = bisect.bisect_left(markup_starts, start)
        tags = [span for span in markup[first:bisect.bisect_left(markup_starts, end)] if span.end <= end]
        if tags:
            # "<figure>…<figcaption>Photo: …</figcaption>": the line is read
            # without its tags, and a finding covers the whole line.
            line = Span(start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip()))
            for span in reversed(tags):
                raw = raw[:span.start - start] + raw[span.end - start:]
        offset, content = strip_marker(raw)
        lead = len(raw) - len(raw.lstrip())
        whole = raw.strip()
        if not whole:
            continue
        if label is not None and label[1] == block and (offset > lead or _headline_like(whole)):
            # The list under "Read more:" or "More on this story" — items or
            # bare headlines, up to the next blank line — is the same
            # furniture as its label.
            code = label[0]
            found[code][-1] = Span(found[code][-1].start, line.end if tags else start + offset + len(content))
            continue
        label = None
        text = match_text(content)
        for code, mode, patterns in compiled:
            if mode == "line":
                if match_line(patterns, whole):
                    found[code].append(line if tags else Span(start + lead, start + lead + len(whole)))
                    break
            elif text and match_line(patterns, text):
                found[code].append(line if tags else Span(start + offset, start + offset + len(content)))
                if content.endswith(":") or (code == RELATED_LINKS and bare_heading(content)):
                    label = (code, block)
                break  # one line, one rule: the first file in code order wins
    return found


def matched_spans(doc: Document) -> list[Span]:
    """Every copy line a BP line rule matched, in text order (for BP008/BP009)."""
    found = doc.analysis(boilerplate_lines, doc, line_rule_data())
    return sorted(span for spans in found.values() for span in spans)
