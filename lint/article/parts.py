"""The kinds of part an article is cut into: blocks (header, paragraph,
tagline…) and regions a format loader knows are not copy."""

from __future__ import annotations

from lint.model import Span
from lint.support.records import record

# Block kinds. Only BODY (and HEADING) blocks are running copy.
HEADER = "header"
FRONT_MATTER = "front-matter"
HEADING = "heading"
BODY = "body"
TAGLINE = "tagline"
BYLINE = "byline"
CODE = "code"
COMMENT = "comment"
TABLE = "table"  # a Markdown pipe table: data, not running copy
HTML = "html"  # a line of HTML tags in Markdown (a scraped page's markup)


@record
class Block:
    """A run of lines with one role in the article (paragraph, tagline, ...)."""

    kind: str
    span: Span


@record
class Region:
    """A stretch of the file that a format loader knows is not copy."""

    kind: str  # FRONT_MATTER, CODE, COMMENT or TABLE for whole blocks; "inline" otherwise
    span: Span
