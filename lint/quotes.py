"""Direct-quotation spans: where a source's own words are.

A first, structural pass: curly “…” pairs and straight "…" pairs inside
each copy block, with the newsroom convention that a quote left open at the
end of a paragraph continues into the next one that opens with a mark.
Speakers and attribution build on these spans.
"""

from __future__ import annotations

from lint.document import BODY, TAGLINE, Document
from lint.model import Span

OPENERS = "“\""
CLOSERS = "”\""


def quote_spans(doc: Document) -> tuple[Span, ...]:
    """Spans of direct quotations, marks included, in text order."""
    spans: list[Span] = []
    for block in doc.blocks_of(BODY, TAGLINE):
        text = doc.slice(block.span)
        base = block.span.start
        opened: int | None = None
        for i, char in enumerate(text):
            if opened is None:
                if char in OPENERS:
                    opened = i
            elif char == "”" or (char == '"' and text[opened] == '"'):
                spans.append(Span(base + opened, base + i + 1))
                opened = None
        if opened is not None:  # runs on to the next paragraph (or is unbalanced)
            spans.append(Span(base + opened, block.span.end))
    return tuple(spans)


def rewrites_quote(doc: Document, span: Span) -> bool:
    """True when an edit of ``span`` changes part of a quotation.

    Deleting a whole line or paragraph that contains a quotation does not
    rewrite the source's words; changing characters inside one does.
    """
    for quote in doc.analysis(quote_spans):
        if quote.overlaps(span) or (len(span) == 0 and quote.start < span.start < quote.end):
            if not (span.start <= quote.start and quote.end <= span.end):
                return True
    return False
