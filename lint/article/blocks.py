"""Split a Document into blocks: header, body paragraphs, headings, taglines.

Structure only: which stretch of text plays which part. Whether a line is a
scraping leftover is the boilerplate rules' business; taglines are found
here because every later analysis (people, quotes, dates) must skip them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lint.article.header import Header, parse_header
from lint.article.parts import (
    BODY, BYLINE, CODE, COMMENT, FRONT_MATTER, HEADER, HEADING, HTML, TABLE, TAGLINE, Block,
)
from lint.model import Span
from lint.support.lines import iter_lines
from lint.support.patterns import LazyPattern

if TYPE_CHECKING:  # the Document calls this module; it is not imported back at run time
    from lint.article.document import Document

# Lines the header may sit on: the first copy lines of the article.
HEADER_SEARCH_LINES = 3
# A bullet paragraph is a tagline only when no long paragraph follows it.
LONG_PARAGRAPH_WORDS = 40
TAGLINE_MAX_WORDS = 60

_BULLET_TAGLINE = LazyPattern(r"^\s*[•·▪]\s*\S")
# Phrases that make a short paragraph a credit or contact line, wherever it
# sits; each compiled only for a paragraph holding one of its words.
_I = re.IGNORECASE
_TAGLINE_PHRASES = (
    LazyPattern(r"\bcontributed (?:reporting )?to this (?:report|story|article)\b", _I, ("contribut",)),
    LazyPattern(r"\bcan be (?:reached|contacted|emailed) at\b", _I, ("can be",)),
    LazyPattern(r"\bbased (?:in part )?on (?:wire|news agency|agency|wire service) (?:service )?reports\b",
                _I, ("based",)),
    LazyPattern(r"^\W*(?:additional )?reporting by\b", _I, ("reporting by",)),
    LazyPattern(r"\b(?:writing|editing) by [A-Z]", _I, ("writing by", "editing by")),
    LazyPattern(r"^\W*write to .{2,60} at \S+@", _I, ("write to",)),
    LazyPattern(r"\b(?:reach|email|e-mail|contact) (?:him|her|them|me) at \S+@", _I, ("reach", "mail", "contact")),
    LazyPattern(r"^\W*(?:contact|email|e-mail) (?:the )?(?:reporter|writer|author|[A-Z][\w.'-]+ [A-Z][\w'-]+)"
                r" at \S", _I, ("contact", "email", "e-mail")),
    LazyPattern(r"^\W*follow (?!us\b)[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} on "
                r"(?:twitter|x|instagram|threads|bluesky|mastodon)\b", _I, ("follow",)),
    LazyPattern(r"^\W*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,3} is an? (?:[\w-]+ ){0,4}"
                r"(?:reporter|writer|correspondent|editor|columnist|journalist|photographer) (?:for|at|with)\b",
                _I, ("reporter", "writer", "correspondent", "editor", "columnist", "journalist", "photographer")),
)
_HEADING = LazyPattern(r"^ {0,3}#{1,6}(?:\s|$)")
# "By Jane Doe and John Roe" (optionally ", Staff Writer", "| The Ledger" or
# "| Feb. 20, 2024 at 5:15 p.m.") near the top, bare or in Markdown emphasis.
# Names are capitalised ("By Tuesday, the council had voted." is copy).
_BYLINE_NAME = (r"[A-Z][\w.'’-]*(?:\s+(?:(?:de|del|della|da|di|van|von|der|den|du|le|la|al|el|bin|ibn)\s+)*"
                r"[A-Z][\w.'’-]*){0,3}")
_BYLINE = LazyPattern(
    r"^\s*[*_]*\s*(?i:by)\s+" + _BYLINE_NAME +
    r"(?:(?:\s*,\s*|\s+(?i:and)\s+|\s*&\s*)" + _BYLINE_NAME + r"){0,4}[*_]*"
    r"(?:\s*[,|·–—-]\s*(?:[^.!?*_]|\b[ap]\.m\.|\b(?i:jan|feb|aug|sept?|oct|nov|dec)\.){0,60})?[*_\s]*$"
)
_NAVIGATION = LazyPattern(r"^[^\n\r|›»>]{1,30}(?:\s[|›»>]\s[^\n\r|›»>]{1,30}){2,}\s*$")
TOP_BLOCKS = 4  # bylines and a plain-text headline sit among the first blocks
HEADLINE_MAX_WORDS = 20


def _is_headline(doc: Document, text: str, span: Span, paragraphs: list[Span], header: Span | None,
                 at: int = 0) -> bool:
    """A plain-text article's first line (``at``) is its headline when it is
    short, a single line, has no closing punctuation and comes before the
    copy (and, under a dateline header, before a byline)."""
    if doc.format != "text" or len(paragraphs) < at + 3 or "\n" in text or "\r" in text:
        return False
    if header is not None and header.start < span.start:
        # Under a dateline header the first line may be a timestamp or other
        # leftover; it is the headline only when a byline follows it.
        following = doc.slice(paragraphs[at + 1])
        if not (_words(following) <= 16 and _BYLINE.match(following)):
            return False
    stripped = text.strip()
    return (0 < _words(stripped) <= HEADLINE_MAX_WORDS and stripped[-1] not in ".!?:;,”\"’'—-"
            and stripped[:1].isupper())


def _tagline_phrase(text: str) -> bool:
    lowered = text.lower()
    return any(p.could_match(lowered) and p.search(text) for p in _TAGLINE_PHRASES)


def find_header(doc: Document) -> tuple[Span | None, Header | None]:
    """Find the dateline header among the first copy lines, if there is one."""
    seen = 0
    for start, end in iter_lines(doc.text):
        if start == end or doc.text[start:end].isspace():
            continue
        span = Span(start, end)
        if not doc.is_copy(span):
            continue
        header = parse_header(doc.text[start:end])
        if header is not None:
            return span, header
        seen += 1
        if seen >= HEADER_SEARCH_LINES:
            break
    return None, None


def _paragraph_spans(doc: Document, header_span: Span | None) -> list[Span]:
    """Runs of non-blank copy lines, split at blank lines and non-copy blocks."""
    region_blocks = [r.span for r in doc.regions if r.kind != "inline"]
    paragraphs: list[Span] = []
    current: list[tuple[int, int]] = []
    lines = list(iter_lines(doc.text))
    one_line_paragraphs = _lines_are_paragraphs(doc.text, lines)

    def close() -> None:
        if current:
            paragraphs.append(Span(current[0][0], current[-1][1]))
            current.clear()

    for start, end in lines:
        blank = doc.text[start:end].strip() == ""
        inside_region = any(r.start <= start < r.end or (start == end == r.start) for r in region_blocks)
        is_header = header_span is not None and start == header_span.start
        if blank or inside_region or is_header:
            close()
            continue
        if one_line_paragraphs or (doc.format == "markdown" and _HEADING.match(doc.text[start:end])):
            close()
            paragraphs.append(Span(start, end))
            continue
        current.append((start, end))
    close()
    return paragraphs


def _lines_are_paragraphs(text: str, lines: list[tuple[int, int]]) -> bool:
    """Scraped text sometimes puts one paragraph per line with no blank lines."""
    return len(lines) >= 5 and all(text[s:e].strip() for s, e in lines)


def _words(text: str) -> int:
    return len(text.split())


def segment(doc: Document) -> tuple[Block, ...]:
    """Compute the document's blocks, sorted by position."""
    header_span, _ = doc.analysis(find_header)
    blocks: list[Block] = [
        Block(r.kind, r.span) for r in doc.regions if r.kind in (FRONT_MATTER, CODE, COMMENT, TABLE, HTML)
    ]
    if header_span is not None:
        blocks.append(Block(HEADER, header_span))
    paragraphs = _paragraph_spans(doc, header_span)
    long_after = [False] * (len(paragraphs) + 1)
    for i in range(len(paragraphs) - 1, -1, -1):
        long_after[i] = long_after[i + 1] or _words(doc.slice(paragraphs[i])) > LONG_PARAGRAPH_WORDS
    # A scraped page's navigation ("Home | News | Local") may stand above
    # the headline.
    headline_at = 1 if paragraphs and _NAVIGATION.match(doc.slice(paragraphs[0])) else 0
    for i, span in enumerate(paragraphs):
        text = doc.slice(span)
        if doc.format == "markdown" and _HEADING.match(text):
            kind = HEADING
        elif doc.html is not None and doc.html.is_heading(span):
            kind = HEADING
        elif i < TOP_BLOCKS and _words(text) <= 16 and _BYLINE.match(text):
            kind = BYLINE
        elif i == headline_at and _is_headline(doc, text, span, paragraphs, header_span, headline_at):
            kind = HEADING
        elif _words(text) <= TAGLINE_MAX_WORDS and (
            (_BULLET_TAGLINE.match(text) and not long_after[i + 1])
            or _tagline_phrase(text)
        ):
            kind = TAGLINE
        else:
            kind = BODY
        blocks.append(Block(kind, span))
    blocks.sort(key=lambda b: (b.span.start, b.span.end))
    return tuple(blocks)
