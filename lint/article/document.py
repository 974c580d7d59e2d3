"""The Document: an article's original text plus analyses computed on demand.

Offsets everywhere are indices into ``Document.text`` exactly as read (the
BOM excluded). Analyses are computed lazily, once, and shared by every rule
through ``Document.analysis``; a rule never re-parses what an analysis
already understood.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, TypeVar

from lint.article.parts import Block, Region
from lint.model import Span
from lint.support.lines import LineIndex

T = TypeVar("T")

class Document:
    """One article as read, with its metadata and lazily computed structure.

    An HTML file's Document holds the page's copy as ``text`` (one block a
    line) and the reading of the file as ``html`` (``lint.formats.html``):
    ``line_col`` then gives positions in the file, and the engine turns
    every diagnostic's span into the file's offsets."""

    html = None  # lint.formats.html.HtmlPage for an HTML file

    def __init__(self, path: str, text: str, format: str = "text", meta: dict[str, str] | None = None,
                 regions: tuple[Region, ...] = (), date_override: dt.date | None = None,
                 had_bom: bool = False) -> None:
        self.path = path
        self.text = text
        self.format = format
        self.meta = meta if meta is not None else {}
        self.regions = regions
        self.date_override = date_override
        self.had_bom = had_bom
        self.notices: list[str] = []  # said on stderr after the file's report (e.g. matches dropped)
        self._cache: dict[Any, Any] = {}

    def __repr__(self) -> str:
        return f"Document({self.path!r}, format={self.format!r}, {len(self.text)} characters)"

    # -- positions -------------------------------------------------------
    @property
    def lines(self) -> LineIndex:
        return self.analysis(LineIndex, self.text)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column in code points) of an offset (for HTML, in the file)."""
        if self.html is not None:
            return self.analysis(LineIndex, self.html.source).line_col(self.html.source_offset(offset))
        return self.lines.line_col(offset)

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    # -- analyses ----------------------------------------------------------
    def analysis(self, compute: Callable[..., T], *args: Any) -> T:
        """Return ``compute(*args)`` (or ``compute(self)``), computed once per document."""
        key = (compute, args)
        try:
            return self._cache[key]
        except KeyError:
            value = compute(*args) if args else compute(self)
            self._cache[key] = value
            return value

    @property
    def blocks(self) -> tuple[Block, ...]:
        from lint.article.blocks import segment

        return self.analysis(segment)

    def blocks_of(self, *kinds: str) -> list[Block]:
        return [block for block in self.blocks if block.kind in kinds]

    @property
    def header(self):
        """The dateline header (``lint.article.header.Header``) or None."""
        from lint.article.blocks import find_header

        return self.analysis(find_header)[1]

    @property
    def outlet(self) -> str | None:
        if self.meta.get("outlet"):
            return self.meta["outlet"]
        return self.header.outlet if self.header else None

    @property
    def publication_date(self) -> dt.date | None:
        """``--date``/config first, then front matter ``date:``, then the header."""
        if self.date_override is not None:
            return self.date_override
        return self.analysis(_front_matter_date) or (self.header.date if self.header else None)

    @property
    def date_source(self) -> str | None:
        if self.date_override is not None:
            return "option"
        if self.analysis(_front_matter_date):
            return "page markup" if self.format == "html" else "front matter"
        return "header" if self.header else None

    def is_copy(self, span: Span) -> bool:
        """True when ``span`` overlaps no region the format marked as non-copy."""
        index = self._cache.get(SpanIndex)
        if index is None:  # rules ask for every word: a scraped page has thousands of regions
            index = self._cache[SpanIndex] = SpanIndex(region.span for region in self.regions)
        return next(index.overlapping(span), None) is None


class SpanIndex:
    """Spans (which may overlap or nest) sorted for "which of them overlap this span?"."""

    __slots__ = ("spans", "reach")

    def __init__(self, spans) -> None:
        self.spans = sorted(spans)
        self.reach: list[int] = []  # the greatest end among spans[:k + 1]
        furthest = -1
        for span in self.spans:
            furthest = max(furthest, span.end)
            self.reach.append(furthest)

    def overlapping(self, span: Span):
        """The spans that overlap ``span`` (for an empty one: that hold its offset inside), last first."""
        import bisect

        k = bisect.bisect_left(self.spans, Span(span.end, span.end)) - 1  # those starting before it ends
        while k >= 0 and self.reach[k] > span.start:  # ... and of those, any still open at its start
            if self.spans[k].overlaps(span):
                yield self.spans[k]
            k -= 1


def _front_matter_date(doc: Document) -> dt.date | None:
    value = doc.meta.get("date", "").strip().strip("'\"")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        from lint.article.header import parse_date_at_end

        found = parse_date_at_end(value)
        return found[0] if found else None
