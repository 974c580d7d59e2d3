"""Direct quotations: where a source's own words are.

Curly “…” and straight "…" double quotes in body copy (single quotes nested
inside are part of the quotation; apostrophes are never marks). The
newsroom convention for quotations that run over several paragraphs is
understood: a paragraph left open continues into the next one when that
paragraph opens with a quotation mark, and only the last one closes.
"""

from __future__ import annotations

import bisect
import itertools
import re

from lint.analysis.entries import is_entry_title
from lint.article.document import Document, SpanIndex
from lint.article.parts import BODY, TAGLINE
from lint.support.patterns import LazyPattern

from lint.model import Span
from lint.support.records import record

OPENERS = "“\""
_MARKS = "“”\""
CLOSERS = "”\""
PARTIAL_MAX_WORDS = 3


@record
class Quote:
    """One quotation within one paragraph."""

    span: Span  # marks included; to the end of the paragraph when left open
    block: Span  # the paragraph
    closed: bool  # the paragraph closes it
    continues: bool  # opens a paragraph and carries on an open quotation from the previous one
    opens_paragraph: bool
    partial: bool  # inside running text, not a sentence of its own
    words: int


def find_quotes(doc: Document) -> tuple[Quote, ...]:
    """Every quotation of body and tagline blocks, in text order."""
    return doc.analysis(_scan)[0]


def _scan(doc: Document) -> tuple[tuple[Quote, ...], tuple[Span, ...]]:
    """(quotations, blocks holding a mark that pairs with nothing)."""
    found: list[Quote] = []
    stray: list[Span] = []
    previous_open = False
    previous_end = -1
    inline = sorted(r.span for r in doc.regions if r.kind == "inline")  # they never overlap
    inline_starts, inline_ends = [span.start for span in inline], [span.end for span in inline]
    for block in doc.blocks_of(BODY, TAGLINE):
        text = doc.slice(block.span)
        base = block.span.start
        if previous_open and set_inside(text):
            continue  # a box label or a photo caption inside a quotation of several paragraphs
        adjacent = previous_end >= 0 and all(set_inside(line) for line in
                                             doc.text[previous_end:block.span.start].split("\n"))
        # Marks inside a tag or a link target (alt="…", a link's "title")
        # are markup, not quotation marks.
        near = inline[bisect.bisect_right(inline_ends, base):bisect.bisect_left(inline_starts, block.span.end)]
        markup = [(span.start - base, span.end - base) for span in near]
        opened: int | None = None
        marked = False
        for i, char in enumerate(text):
            if markup and char in _MARKS and any(start <= i < end for start, end in markup):
                continue
            if opened is None:
                if char in OPENERS:
                    opened = i
                elif char == "”":  # closes nothing: an opening mark is missing somewhere
                    marked = True
            elif char == "”" or (char == '"' and text[opened] == '"'):
                found.append(_quote(doc, text, base, block.span, opened, i + 1, True,
                                    continues=opened == 0 and previous_open and adjacent))
                opened = None
            elif char == "“":  # opens again before closing: a closing mark is missing
                marked = True
        if marked:
            stray.append(block.span)
        left_open = opened is not None
        if left_open:
            found.append(_quote(doc, text, base, block.span, opened, len(text), False,
                                continues=opened == 0 and previous_open and adjacent))
        previous_open = left_open
        previous_end = block.span.end
    return tuple(found), tuple(stray)


LABEL_WORDS = 4


def label_line(line: str) -> bool:
    """A blank line, or a box label or caption the page set between two
    paragraphs ("Club statement", "Watch"): a few words with no closing
    punctuation and no quotation mark. A quotation runs on past it."""
    line = line.strip()
    return not line or (len(line.split()) <= LABEL_WORDS and line[-1] not in ".!?:;,”’\"'"
                        and not any(mark in line for mark in "“”\"‘"))


def set_inside(line: str) -> bool:
    """A line the page set between two paragraphs of one quotation: a box
    label (``label_line``) or a photo caption, six words or more ending
    without a full stop or in a credit's bracket ("Crowds at the gate on
    Sunday (Image: Agency)")."""
    if label_line(line):
        return True
    line = line.strip()
    return len(line.split()) >= 6 and not any(mark in line for mark in "“”\"") and (
        line[-1] not in ".!?:;,”’\"'" or (line.endswith(")") and "(" in line and line.rfind(".") < line.rfind("(")))


def _quote(doc, text, base, block, start, end, closed, continues) -> Quote:
    before = text[:start].rstrip()
    inner = text[start + 1:end - 1 if closed else end]
    partial = bool(before) and (before[-1] not in ".!?:;,—–-(" or _fragment_after_comma(before, inner)) \
        and not before.endswith(("said", "says"))
    return Quote(Span(base + start, base + end), block, closed, continues, start == 0, partial,
                 len(inner.split()))


def _fragment_after_comma(before: str, inner: str) -> bool:
    """A quotation set off by a comma or dash inside a sentence that opens in
    lowercase is a phrase of that sentence, not a sentence of its own:
    "Taking things further, “night mode,” when it launches, …", "…
    workers, “especially the youngest”."."""
    first = inner.lstrip(" ‘'(…. ")[:1]
    return before[-1] in ",—–-" and first.isalpha() and first.islower()


def unsure_spans(doc: Document) -> tuple[Span, ...]:
    """Stretches of copy where it is unsure which words are a source's, sorted.

    - A paragraph that leaves a quotation open when the next paragraph does
      not carry it on (QT001): its marks pair up wrongly, so any of its words
      may be quoted ("called the plan "a good start." then a new quotation
      on the next line makes the quotation's words look like running copy).
    - A paragraph with a curly closing mark that opens nothing, or a second
      curly opening mark before the first one closed.
    - Everything after an HTML comment that is never closed (``<!--`` without
      ``-->``), and markup inside a line that runs over a blank line (a
      comment, or a code span between two "```" paragraphs apart): whether
      that is markup or copy with quotations is anybody's guess.

    ``--fix`` leaves these alone: an edit touching one is at most display-only
    (unless it removes the whole stretch, as a boilerplate fix removes a line).
    """
    quotes, stray = doc.analysis(_scan)
    found = list(stray)
    for i, quote in enumerate(quotes):
        if not quote.closed and not (i + 1 < len(quotes) and quotes[i + 1].continues):
            found.append(quote.block)
    text = doc.text
    for region in doc.regions:
        inside = doc.slice(region.span)
        if inside.startswith("<!--") and not inside.endswith("-->"):
            found.append(Span(region.span.start, len(text)))
        elif region.kind == "inline" and _BLANK_LINE.search(inside):
            found.append(region.span)
    return tuple(sorted(set(found)))


_BLANK_LINE = LazyPattern(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")


def quote_spans(doc: Document) -> tuple[Span, ...]:
    """Spans of direct quotations, marks included, in text order."""
    return tuple(q.span for q in doc.analysis(find_quotes))


class QuoteIndex:
    """Fast "is this offset inside a quotation?" for one document."""

    __slots__ = ("spans", "starts")

    def __init__(self, doc: Document) -> None:
        self.spans = doc.analysis(quote_spans)
        self.starts = [span.start for span in self.spans]

    def __contains__(self, offset: int) -> bool:
        import bisect

        k = bisect.bisect_right(self.starts, offset) - 1
        return k >= 0 and offset < self.spans[k].end


def in_quotes(doc: Document) -> QuoteIndex:
    """The document's quotation index (computed once)."""
    return doc.analysis(QuoteIndex)


QUOTE_MARKS = frozenset("“”\"‘’'")


def rewrites_quote(doc: Document, span: Span, replacement: str = "") -> bool:
    """True when replacing ``span`` with ``replacement`` changes a source's words.

    Deleting a whole line or paragraph that contains a quotation does not
    rewrite the source's words, and neither does swapping one quotation mark
    for another (straight for curly); changing characters inside one does.
    """
    if len(span) == 1 and replacement in QUOTE_MARKS and doc.text[span.start] in QUOTE_MARKS:
        return False
    return _cuts_into(doc.analysis(_index, doc, quote_spans), span) or \
        _cuts_into(doc.analysis(_index, doc, unsure_spans), span)


def _index(doc: Document, spans_of) -> SpanIndex:
    return SpanIndex(doc.analysis(spans_of))


def _cuts_into(index: SpanIndex, span: Span) -> bool:
    """True when ``span`` overlaps (or inserts inside) one of the spans without covering it whole."""
    return any(not (span.start <= quote.start and quote.end <= span.end) for quote in index.overlapping(span))


# Words just before a quotation that make it a name, a title or a written
# text rather than someone's speech: the song “…”, a sign that read “…”.
_NAMING = LazyPattern(
    r"\b(?:titled|entitled|called|named|dubbed|nicknamed|known as|headlined|headline|album|song|single|"
    r"track|book|novel|memoir|show|film|movie|series|episode|play|musical|column|hashtag|slogan|motto|"
    r"banner|sign|signs|placard|placards|t-shirts?|read|reads|reading|words|term|phrase|label|campaign)"
    r"[\s,:]*$", re.IGNORECASE)
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with".split())
_LIST_MARK = LazyPattern(r"^(?:\d+[.)]|[•*-])?\s*$")


def not_speech(doc: Document, quote: Quote) -> bool:
    """A quotation that is not someone's speech: a heading made of a quoted
    phrase ("“A Regret I Will Carry”" alone in its paragraph), the title of a
    work in title case (“Takin’ It to the Streets”), or a name, title or
    written text announced by the words before it (the album “…”, a sign
    that read “…”), or a word of three or fewer quoted in a subhead."""
    text = doc.text
    inner = text[quote.span.start + 1:quote.span.end - (1 if quote.closed else 0)].strip()
    stripped = inner.rstrip(",")
    before = text[quote.block.start:quote.span.start]
    after = text[quote.span.end:quote.block.end].strip()
    # A short quotation standing alone, with no full stop of a spoken sentence.
    if _LIST_MARK.match(before) and not after.strip(".") and quote.words <= 10 and stripped[-1:] not in ".!?":
        return True
    words = [w for w in stripped.split() if any(c.isalpha() for c in w)]
    if words and len(words) <= 8 and stripped[-1:] not in ".!?":
        capitalised = sum(1 for i, w in enumerate(words) if w.lstrip("‘'(“")[:1].isupper()
                          or (i and w.lower() in _SMALL_WORDS))
        if capitalised == len(words) and sum(1 for w in words if w.lower() not in _SMALL_WORDS) >= 2:
            return True
    # A scare-quoted word in a subhead ("“Kickbacks” for chiefs").
    if quote.closed and quote.words <= 3 and is_entry_title(text[quote.block.start:quote.block.end]):
        return True
    return bool(_NAMING.search(text, max(quote.block.start, quote.span.start - 40), quote.span.start))


PULL_QUOTE_MIN = 30  # characters a quotation needs before its repeat is taken for a pull quote


def _lowered(doc: Document) -> str:
    return doc.text.lower()


def quoted_again(doc: Document, quote: Quote, later: bool = False) -> bool:
    """The words of ``quote`` (at least ``PULL_QUOTE_MIN`` characters) occur
    elsewhere in the story, or, with ``later``, further down: one of the
    two is a pull quote, set in display type."""
    text = doc.text
    inner = text[quote.span.start + 1:quote.span.end].strip("”’\"' .,")
    if len(inner) < PULL_QUOTE_MIN:
        return False
    lowered, inner = doc.analysis(_lowered), inner.lower()  # "Their …" set apart, "… their …" in the copy
    if later:
        return lowered.find(inner, quote.span.end) != -1
    first = lowered.find(inner)
    return first != -1 and lowered.find(inner, first + len(inner)) != -1


# Words after a pull quote's quotation in its paragraph, at most ("…,” Roe said.").
PULL_QUOTE_TAIL = 8
# Paragraphs of quotation looked up, at most: each lookup reads the rest
# of the text, and a story has a handful of pull quotes, not hundreds.
PULL_QUOTES_READ = 60


def _display_blocks(doc: Document) -> tuple[Span, ...]:
    """Paragraphs that are a quotation, and perhaps its short attribution,
    whose words the story gives again further down: pull quotes."""
    found = []
    candidates = (q for q in find_quotes(doc)
                  if q.opens_paragraph and len(doc.text[q.span.end:q.block.end].split()) <= PULL_QUOTE_TAIL)
    for quote in itertools.islice(candidates, PULL_QUOTES_READ):
        if quoted_again(doc, quote, later=True):
            found.append(quote.block)
    return tuple(found)


def display_copy(doc: Document, offset: int) -> bool:
    """``offset`` is in a pull quote: a paragraph of quotation (with at most
    a short attribution) that the story gives again further down. Its names
    are display type, not early references."""
    return any(block.start <= offset < block.end for block in doc.analysis(_display_blocks))
