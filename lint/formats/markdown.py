"""Markdown articles: front matter is metadata; code, HTML comments, HTML
tags and link targets are not copy.

Only the parts of Markdown that matter for copy are understood; the text is
never rewritten, so offsets stay those of the file.
"""

from __future__ import annotations

import re

from lint.article.document import Document
from lint.article.parts import CODE, COMMENT, FRONT_MATTER, HTML, TABLE, Region
from lint.formats import configured_format
from lint.support.patterns import LazyPattern

from lint.engine.hookspecs import hookimpl
from lint.model import Span
from lint.support.lines import iter_lines

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_FRONT_MATTER = LazyPattern(
    r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.DOTALL)
_META_LINE = LazyPattern(r"([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*")
# Hugo's TOML front matter, between ``+++`` lines: ``date = 2024-03-12``.
_TOML_FRONT_MATTER = LazyPattern(
    r"\A\+\+\+[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)\+\+\+[ \t]*(?:\r\n|\r|\n|\Z)", re.DOTALL)
_TOML_META_LINE = LazyPattern(r"([A-Za-z][\w-]*)[ \t]*=[ \t]*(.*?)[ \t]*(?:#[^\"']*)?")
# Applied to one line at a time (``iter_lines``), so CRLF and lone CR files
# are read like LF ones: ``$`` with MULTILINE only knows ``\n``.
_FENCE = LazyPattern(r" {0,3}(`{3,}|~{3,})[^\n\r]*")
_COMMENT = LazyPattern(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_LINK_TARGET = LazyPattern(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_AUTOLINK = LazyPattern(r"<(?:https?|mailto):[^>\s]+>")
_INLINE_CODE = LazyPattern(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)")
# An opening or closing tag, its attributes included (a scraped page's
# <div class="…">, <img alt="…">); quoted attribute values may hold ">".
_HTML_TAG = LazyPattern(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+(?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)?\s*/?>")


@hookimpl
def copydesk_load_document(path: str, text: str, config) -> Document | None:
    """Claim Markdown files by suffix."""
    configured = configured_format(path, config)
    if configured != "markdown" and (configured is not None or not path.lower().endswith(MARKDOWN_SUFFIXES)):
        return None
    meta, regions = parse_markdown(text)
    return Document(path=path, text=text, format="markdown", meta=meta, regions=regions)


_TABLE_RULE = LazyPattern(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def parse_markdown(text: str) -> tuple[dict[str, str], tuple[Region, ...]]:
    """Return front-matter metadata and the non-copy regions of ``text``."""
    regions: list[Region] = []
    meta: dict[str, str] = {}
    body_start = 0
    front = _FRONT_MATTER.match(text)
    line_pattern = _META_LINE
    if not front and text.startswith("+++"):
        front, line_pattern = _TOML_FRONT_MATTER.match(text), _TOML_META_LINE
    if front:
        block = front.group(1)
        for start, end in iter_lines(block):
            line = line_pattern.fullmatch(block, start, end)
            if line:
                meta[line.group(1).lower()] = line.group(2).strip().strip("'\"")
        regions.append(Region(FRONT_MATTER, Span(0, front.end())))
        body_start = front.end()
    regions.extend(_fenced_code(text, body_start))
    regions.extend(t for t in _tables(text, body_start) if not any(r.span.overlaps(t.span) for r in regions))
    blocked = [r.span for r in regions]
    for match in _COMMENT.finditer(text, body_start):
        span = Span(match.start(), match.end())
        if any(b.overlaps(span) for b in blocked):
            continue
        kind = COMMENT if _alone_on_lines(text, span) else "inline"
        regions.append(Region(kind, span))
    regions.extend(_html_tags(text, body_start, regions))
    for pattern in (_LINK_TARGET, _AUTOLINK, _INLINE_CODE):
        for match in pattern.finditer(text, body_start):
            start = match.start() + (1 if pattern is _LINK_TARGET else 0)
            span = Span(start, match.end())
            if not any(r.span.overlaps(span) for r in regions):
                regions.append(Region("inline", span))
    regions.sort(key=lambda r: r.span.start)
    return meta, tuple(regions)


def _html_tags(text: str, start: int, regions: list[Region]) -> list[Region]:
    """HTML tags outside code and comments: a line made only of tags is an
    HTML block, a tag within a line of copy an inline region."""
    found = []
    for line_start, line_end in iter_lines(text[start:]):
        line_start, line_end = start + line_start, start + line_end
        if "<" not in text[line_start:line_end]:
            continue
        tags = [m for m in _HTML_TAG.finditer(text, line_start, line_end)
                if not any(r.span.overlaps(Span(m.start(), m.end())) for r in regions)]
        if not tags:
            continue
        between = [text[a.end():b.start()] for a, b in zip(tags, tags[1:])]
        rest = text[line_start:tags[0].start()] + "".join(between) + text[tags[-1].end():line_end]
        if not rest.strip():
            found.append(Region(HTML, Span(line_start, line_end)))
        else:
            found.extend(Region("inline", Span(m.start(), m.end())) for m in tags)
    return found


def _fenced_code(text: str, start: int) -> list[Region]:
    regions = []
    opening = None
    for line_start, line_end in iter_lines(text[start:]):
        match = _FENCE.fullmatch(text, start + line_start, start + line_end)
        if match is None:
            continue
        fence = match.group(1)
        if opening is None:
            opening = match
        elif fence[0] == opening.group(1)[0] and len(fence) >= len(opening.group(1)) and match.group().strip() == fence:
            regions.append(Region(CODE, Span(opening.start(), match.end())))
            opening = None
    if opening is not None:  # an unclosed fence runs to the end, as CommonMark says
        regions.append(Region(CODE, Span(opening.start(), len(text))))
    return regions


def _tables(text: str, start: int) -> list[Region]:
    """Pipe tables: a row of cells, a delimiter row ("| --- | :-: |"), then rows."""
    found = []
    lines = [(s + start, e + start) for s, e in iter_lines(text[start:])]
    i = 0
    while i + 1 < len(lines):
        head, rule = text[lines[i][0]:lines[i][1]], text[lines[i + 1][0]:lines[i + 1][1]]
        if "|" in head and _TABLE_RULE.match(rule):
            j = i + 2
            while j < len(lines) and "|" in text[lines[j][0]:lines[j][1]] and text[lines[j][0]:lines[j][1]].strip():
                j += 1
            found.append(Region(TABLE, Span(lines[i][0], lines[j - 1][1])))
            i = j
        else:
            i += 1
    return found


def _alone_on_lines(text: str, span: Span) -> bool:
    line_start = max(text.rfind("\n", 0, span.start), text.rfind("\r", 0, span.start)) + 1
    rest = re.match(r"[ \t]*(?:\r\n|\r|\n|\Z)", text[span.end:])
    return not text[line_start:span.start].strip() and rest is not None
