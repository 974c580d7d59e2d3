"""HTML pages and fragments: CMS exports, saved pages, scraped archives.

The page is read with the standard library's ``html.parser``: of the parsers
measured on 196 saved news pages (README, "Reading HTML") it is the only one
that gives the source position of every piece of text, which is what a
diagnostic must point at, and it reads any markup, broken or partial, without
refusing it. It is imported only when an HTML file is read.

The copy is laid out as the text reader expects a scraped page: one block
(heading, paragraph, list item, caption, table row, ``<div>`` with its own
text, ``<br>``-separated run) per line, a blank line between blocks,
whitespace collapsed and entities decoded. Every character of that text keeps
the source offsets it came from, so the engine turns each diagnostic's span
back into the file's lines and columns (``HtmlPage.to_source``), and a fix
that removes a whole block removes its element instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lint.article.document import Document
from lint.engine.hookspecs import hookimpl
from lint.formats import configured_format
from lint.model import Applicability, Diagnostic, Edit, Fix, Span
from lint.support.patterns import LazyPattern
from lint.support.reading import InputError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# Elements whose text is never copy.
SKIPPED = frozenset("""script style template noscript svg math iframe object embed select textarea head title
canvas audio video map datalist""".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())
# Elements that start and end a block; anything else is inline.
BLOCK = frozenset("""address article aside blockquote body button caption center dd details dialog dir div dl dt
fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre
section summary table tbody td tfoot th thead tr ul legend label option""".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Start tags that close an open <p> (HTML's "closes a p element" list).
CLOSES_P = frozenset("""address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2
h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul""".split())
# Start tags that close an open element of the same family.
_IMPLIED = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr", "td", "th"},
            "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}
_SCOPE = frozenset("ul ol table div section article body html td th blockquote".split())

# Structure that says "page furniture": elements, ARIA roles, class and id words.
FURNITURE_TAGS = {"nav": "a <nav>", "aside": "an <aside>", "footer": "a <footer>", "figcaption": "a <figcaption>",
                  "figure": "a <figure>", "form": "a <form>", "button": "a <button>"}
FURNITURE_ROLES = {"navigation": "navigation", "complementary": "complementary", "contentinfo": "contentinfo",
                   "banner": "banner", "search": "search", "menu": "menu", "menubar": "menubar",
                   "toolbar": "toolbar", "dialog": "dialog"}
FURNITURE_WORDS = ("related", "promo", "newsletter", "share", "sharing", "social", "caption", "credit", "ad",
                   "ads", "advert", "advertisement", "sponsor", "sponsored", "subscribe", "signup", "paywall",
                   "comments", "comment", "breadcrumb", "breadcrumbs", "nav", "navbar", "menu", "footer",
                   "sidebar", "widget", "outbrain", "taboola", "recirc", "recommended", "trending", "popular",
                   "most-read", "mostread", "tags", "author-bio", "bio", "cookie", "banner", "teaser", "more")
THREAD_WORDS = ("comment", "comments")
# Whole class tokens that say the text is not shown on the page: a screen reader's
# label ("Article content", "Share this article") or a box the site's script
# shows only to some readers (a subscription offer).
HIDDEN_TOKENS = ("hidden", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text")
STORY_WORDS = ("article-body", "articlebody", "story-body", "storybody", "entry-content", "post-content",
               "article-content", "story-content", "article__body", "body-text", "article-text", "story-text")
_HIDDEN_STYLE = LazyPattern(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_WS = frozenset(" \t\n\r\f\v\u00a0")
_RUN = LazyPattern(r"(?P<space>[ \t\n\r\f\v\u00a0]+)|(?P<gone>[\u200b\u200c\u200d\u2060\ufeff\u00ad]+)"
                  r"|(?P<copy>[^ \t\n\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad]+)")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_LOOKS_HTML = LazyPattern(r"(?is)<\s*(?:!doctype\s+html|html|head|body|p|div|span|a|h[1-6]|article|section|br|"
                         r"ul|ol|li|table|meta|title|em|strong|b|i|figure|img|main|nav|header|footer|script|"
                         r"blockquote|!--)[\s/>]")


class NotHtml(InputError):
    """A file named as HTML that holds no HTML."""


class Element:
    """An element of the page with the source span it covers."""

    __slots__ = ("tag", "attrs", "start", "end", "open_end", "parent", "blocks", "hidden", "evidence", "story",
                 "closed", "evidence_from", "thread")

    def __init__(self, tag: str, attrs: dict[str, str], start: int, open_end: int, parent: Element | None):
        self.tag = tag
        self.attrs = attrs
        self.start = start  # offset of "<"
        self.open_end = open_end  # offset after the start tag
        self.end = open_end  # offset after the end tag (or where the element was implicitly closed)
        self.closed = False  # whether an end tag closed it
        self.parent = parent
        self.blocks: list[int] = []  # indices of the blocks inside it
        self.hidden = bool(parent and parent.hidden) or _is_hidden(attrs)
        own = _furniture_evidence(tag, attrs)
        if parent is not None and parent.evidence:
            self.evidence, self.evidence_from = parent.evidence, parent.evidence_from
        else:  # the element whose markup says "furniture", for weighing it against the text
            self.evidence, self.evidence_from = own, (self if own else None)
        self.story = bool(parent and parent.story) or _is_story(tag, attrs)
        # the nearest element around it (itself included) whose class or id names readers' comments
        self.thread = self if _is_thread(attrs) else parent.thread if parent is not None else None

    def describe(self) -> str:
        """``<p class="lead">`` as it would be written, short."""
        parts = [self.tag]
        for key in ("id", "class", "role"):
            if self.attrs.get(key):
                value = " ".join(self.attrs[key].split()[:3])
                parts.append(f'{key}="{value}"')
        return "<" + " ".join(parts) + ">"


def _is_hidden(attrs: dict[str, str]) -> bool:
    return ("hidden" in attrs or attrs.get("aria-hidden", "").strip().lower() == "true"
            or bool(_HIDDEN_STYLE.search(attrs.get("style", ""))))


def _class_words(attrs: dict[str, str]) -> list[str]:
    words = []
    for key in ("class", "id"):
        for token in attrs.get(key, "").lower().split():
            words.append(token)
            words.extend(part for part in re.split(r"[-_]+", token) if part)
    return words


def _furniture_evidence(tag: str, attrs: dict[str, str]) -> str:
    """Why this element's text is likely page furniture, or ""."""
    if tag in FURNITURE_TAGS:
        return "in " + FURNITURE_TAGS[tag]
    role = attrs.get("role", "").strip().lower()
    if role in FURNITURE_ROLES:
        return f'in an element of role "{role}"'
    if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "span", "a", "em", "strong", "b", "i"):
        return ""  # class words on a paragraph are styling ("lead", "share-quote"), not structure
    words = _class_words(attrs)
    for word in words:
        if word in FURNITURE_WORDS:
            return f'in an element whose class or id says "{word}"'
    for token in attrs.get("class", "").lower().split():
        if token in HIDDEN_TOKENS:
            return f'in an element whose class says "{token}"'
    return ""


def furniture_evidence(element: Element) -> str:
    """Why the element's own markup says furniture ("in an <aside>", "in an
    element whose class or id says \"newsletter\""), or ""."""
    return _furniture_evidence(element.tag, element.attrs)


def strong_evidence(reason: str) -> bool:
    """Evidence from an element or ARIA role (not a class or id word, which may lie)."""
    return reason.startswith("in a <") or reason.startswith("in an <") or reason.startswith("in an element of role")


def _is_thread(attrs: dict[str, str]) -> bool:
    """Whether the class or id names readers' comments (``id="comments"``,
    ``class="comment-content"``)."""
    names = (attrs.get("class", "") + " " + attrs.get("id", "")).lower()
    return "comment" in names and any(word in THREAD_WORDS for word in _class_words(attrs))


def _is_story(tag: str, attrs: dict[str, str]) -> bool:
    """Whether the element says it holds the story's body: ``itemprop="articleBody"``,
    or a class or id token holding a story word ("article-body", and the
    prefixed and BEM forms "c-entry-content", "article-body__text"), unless a
    part of that token names furniture ("article-body-related")."""
    if attrs.get("itemprop", "").lower() == "articlebody":
        return True
    for key in ("class", "id"):
        for token in attrs.get(key, "").lower().split():
            if any(word in token for word in STORY_WORDS) and not any(
                    part in FURNITURE_WORDS for part in re.split(r"[-_]+", token)):
                return True
    return False


class HtmlBlock:
    """One block of copy: its span in the Document's text and its element."""

    __slots__ = ("span", "element", "kind", "linked")

    def __init__(self, span: Span, element: Element, kind: str, linked: int = 0) -> None:
        self.span = span
        self.element = element
        self.kind = kind  # the tag the block's text sits in: "p", "h2", "li", "br-run" …
        self.linked = linked  # characters of its copy inside an <a href>

    @property
    def all_link(self) -> bool:
        """Whether the block's words are all the text of links (a link to another page, not copy)."""
        return self.linked > 0 and self.linked >= self.span.end - self.span.start - 1


class HtmlPage:
    """The reading of one HTML file: the copy's text, where each character of
    it came from, the blocks and elements, and the page's metadata."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.text = ""
        self.starts: list[int] = []  # per text character: source offset of its first byte
        self.ends: list[int] = []  # per text character: source offset after it
        self.blocks: list[HtmlBlock] = []
        self.elements: list[Element] = []
        self.meta: dict[str, str] = {}
        self._block_starts: list[int] | None = None

    # -- positions -------------------------------------------------------
    def source_offset(self, offset: int, end: bool = False) -> int:
        """The source offset of a text offset (``end``: of a span's end)."""
        if not self.starts:
            return 0
        if end:
            i = min(max(offset - 1, 0), len(self.ends) - 1)
            while i > 0 and self.text[i] == "\n":
                i -= 1
            return self.ends[i]
        i = min(offset, len(self.starts) - 1)
        while i < len(self.starts) - 1 and self.text[i] == "\n":
            i += 1
        return self.starts[i]

    def to_source(self, span: Span) -> Span:
        start = self.source_offset(span.start)
        end = self.source_offset(span.end, end=True) if span.end > span.start else start
        return Span(start, max(start, end))

    def block_at(self, offset: int) -> HtmlBlock | None:
        if self._block_starts is None or len(self._block_starts) != len(self.blocks):
            self._block_starts = [b.span.start for b in self.blocks]
        i = bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].span.start <= offset <= self.blocks[i].span.end:
            return self.blocks[i]
        return None

    def blocks_in(self, span: Span) -> list[HtmlBlock]:
        return [b for b in self.blocks if b.span.start < span.end and span.start < b.span.end]

    def evidence(self, span: Span) -> tuple[str, Element | None]:
        """Why the markup says the text at ``span`` is furniture ("in a
        <nav>"), and the element that says so; ("", None) when it does not."""
        block = self.block_at(span.start)
        return (block.element.evidence, block.element.evidence_from) if block else ("", None)

    def in_story(self, span: Span) -> bool:
        """Whether the text at ``span`` is inside an element the page marks as
        its story's body (``itemprop="articleBody"``, class="article-body")."""
        block = self.block_at(span.start)
        return bool(block and block.element.story)

    def boxes_in_story(self, span: Span, body: Element | None = None) -> list[Element]:
        """The elements between the text at ``span`` and the story's body
        element that say furniture (a caption, a sign-up box, a comment),
        innermost first. The body is the element the page marks as the
        story's (``in_story``), or ``body`` when given (the element that
        holds the story's paragraphs); none when the text is not inside it."""
        block = self.block_at(span.start)
        element = block.element if block is not None else None
        found = []
        while element is not None and (element.story if body is None else element is not body):
            if _furniture_evidence(element.tag, element.attrs):
                found.append(element)
            element = element.parent
        return found if body is None or element is body else []

    def is_heading(self, span: Span) -> bool:
        block = self.block_at(span.start)
        return bool(block and block.kind in HEADINGS)

    def translate_all(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """``translate`` each diagnostic. A removal takes in a parent that
        the run's other removals empty (the heading and the list of a
        related-links box go with the box), counting only fixes applied
        with it: safe ones with safe ones, safe and unsafe with unsafe."""
        rank = {Applicability.SAFE: 0, Applicability.UNSAFE: 1, Applicability.DISPLAY: 2}
        removed: list[set[int]] = [set(), set(), set()]
        for diagnostic in diagnostics:
            fix = diagnostic.fix
            if fix is None:
                continue
            for edit in fix.edits:
                if not edit.replacement.strip():
                    covered = self._whole_blocks(edit.span)
                    for tier in range(rank[fix.applicability], 3):
                        removed[tier].update(id(b) for b in covered)
        return [self.translate(d, removed[rank[d.fix.applicability]] if d.fix else set()) for d in diagnostics]

    def translate(self, diagnostic: Diagnostic, also_removed: set[int] = frozenset()) -> Diagnostic:
        """The diagnostic with its span and its fix's edits in source offsets.
        An edit that cannot be made on the markup (it crosses a tag or an
        entity, or deletes part of a block) leaves the fix display-only."""
        fix = diagnostic.fix
        if fix is not None:
            edits = []
            exact = True
            for edit in fix.edits:
                target = self.removal(edit.span, also_removed) if not edit.replacement.strip() else None
                if target is not None:
                    edits.append(Edit(target, ""))
                    continue
                target = self.replacement(edit.span, edit.replacement)
                if target is None:
                    exact = False
                    target = self.to_source(edit.span)
                edits.append(Edit(target, _escape(edit.replacement)))
            fix = Fix(edits, fix.applicability if exact else Applicability.DISPLAY, fix.title)
        return diagnostic._replace(span=self.to_source(diagnostic.span), fix=fix)

    # -- fixes -------------------------------------------------------------
    def _whole_blocks(self, span: Span) -> list[HtmlBlock]:
        """The blocks a deletion of ``span`` removes whole (none when it cuts one)."""
        start, end = span.start, span.end
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        covered = self.blocks_in(Span(start, end))
        if not covered or start != covered[0].span.start or end != covered[-1].span.end:
            return []
        return covered

    def removal(self, span: Span, also_removed: set[int] = frozenset()) -> Span | None:
        """The source span to delete for a text edit deleting ``span``: the
        elements of the whole blocks it covers (and a parent they empty), with
        the indentation and line break around them; None when the edit does
        not delete whole blocks."""
        covered = self._whole_blocks(span)
        if not covered:
            return None
        gone = {id(b) for b in covered}
        emptied = gone | also_removed
        units: list[tuple[int, int]] = []
        for block in covered:
            element = block.element
            if any(id(self.blocks[i]) not in emptied for i in element.blocks):
                start, end = self.starts[block.span.start], self.ends[block.span.end - 1]
            else:
                while (element.parent is not None and element.parent.tag not in ("body", "html", "main", "article")
                       and all(id(self.blocks[i]) in emptied for i in element.parent.blocks)):
                    element = element.parent
                start, end = element.start, element.end
            units.append((start, end))
        start = min(s for s, _ in units)
        end = max(e for _, e in units)
        # The deleted stretch must hold nothing but these blocks' markup.
        for other in self.blocks:
            if id(other) in emptied:
                continue
            s, e = self.starts[other.span.start], self.ends[other.span.end - 1]
            if s < end and start < e:
                return None
        return _with_line(self.source, start, end)

    def replacement(self, span: Span, new: str) -> Span | None:
        """The source span a text replacement maps to, when the source there is
        plain text (no tags or entities) the same as the copy; else None."""
        if span.end <= span.start:  # an insertion: at a block's end it goes after its last character
            at = span.start
            if at > 0 and (at == len(self.text) or self.text[at] == "\n") and self.text[at - 1] != "\n":
                start = self.ends[at - 1]
            else:
                start = self.source_offset(at)
            return Span(start, start)
        start, end = self.source_offset(span.start), self.source_offset(span.end, end=True)
        raw = self.source[start:end]
        if "<" in raw or "&" in raw or raw != self.text[span.start:span.end]:
            return None
        return Span(start, end)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _with_line(source: str, start: int, end: int) -> Span:
    """Widen a removal to the whole lines it stands alone on."""
    line_start = source.rfind("\n", 0, start) + 1
    if source[line_start:start].strip() == "":
        after = end
        while after < len(source) and source[after] in " \t":
            after += 1
        if after == len(source) or source[after] in "\r\n":
            if source.startswith("\r\n", after):
                after += 2
            elif after < len(source):
                after += 1
            return Span(line_start, after)
    return Span(start, end)


def read_html(source: str) -> HtmlPage:
    """Read a page or fragment; raise ``NotHtml`` when it holds no markup."""
    if not _LOOKS_HTML.search(source[:200_000]):
        raise NotHtml("has no HTML markup; name it .txt or .md to check it as text")
    from html.parser import HTMLParser  # only when an HTML file is read

    builder = _Builder(source)
    parser = _Parser(builder)
    parser.feed(source)
    parser.close()
    builder.finish(len(source))
    page = builder.page
    _metadata(page, builder)
    return page


class _Builder:
    """Turns parser events into the page's text, blocks and elements."""

    def __init__(self, source: str) -> None:
        self.page = HtmlPage(source)
        self.source = source
        self.stack: list[Element] = []
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.length = 0  # characters of copy so far
        # The open block: its pieces of text and each character's source offsets.
        self.cur_chars: list[str] = []
        self.cur_starts: list[int] = []
        self.cur_ends: list[int] = []
        self.cur_linked = 0  # characters of the open block inside an <a href>
        self.links = 0  # depth inside <a href> elements
        self.pending_space: tuple[int, int] | None = None
        self.skip = 0  # depth inside skipped elements
        self.in_head = False
        self.json_ld: list[str] = []
        self.ld_open = False
        self.title: list[str] = []
        self.in_title = False

    # -- elements ------------------------------------------------------------
    def top(self) -> Element | None:
        return self.stack[-1] if self.stack else None

    def start(self, tag: str, attrs: dict[str, str], start: int, open_end: int, self_closing: bool) -> None:
        if tag == "meta":
            self.meta_tag(attrs)
        if tag == "br":
            self.flush(start)
            return
        if tag in VOID:
            if tag == "hr":
                self.flush(start)
            return
        if tag == "p" or tag in CLOSES_P:
            self.close_open("p", start)
        if tag in _IMPLIED:
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i].tag in _SCOPE:
                    break
                if self.stack[i].tag in _IMPLIED[tag]:
                    self.pop_to(i, start)
                    break
        if tag in BLOCK or tag in SKIPPED:
            self.flush(start)
        element = Element(tag, attrs, start, open_end, self.top())
        self.page.elements.append(element)
        if self_closing and tag not in BLOCK and tag not in SKIPPED:
            return
        self.stack.append(element)
        if tag in SKIPPED or element.hidden:
            self.skip += 1
        if tag == "a" and "href" in attrs:
            self.links += 1
        if tag == "script" and attrs.get("type", "").lower() == "application/ld+json":
            self.ld_open = True
            self.json_ld.append("")
        if tag == "title":
            self.in_title = True

    def close_open(self, tag: str, at: int) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag in _SCOPE and self.stack[i].tag != tag:
                return
            if self.stack[i].tag == tag:
                self.pop_to(i, at)
                return

    def pop_to(self, index: int, at: int, end_tag_end: int | None = None) -> None:
        """Close the elements from the top of the stack down to ``index``;
        the one at ``index`` ends after its end tag when it has one. Inline
        elements (``<a>``, ``<em>``) closing do not end the block."""
        if any(e.tag in BLOCK or e.tag in SKIPPED for e in self.stack[index:]):
            self.flush(at)
        while len(self.stack) > index:
            element = self.stack.pop()
            if len(self.stack) == index and end_tag_end is not None:
                element.end, element.closed = end_tag_end, True
            else:
                element.end = at
            if element.tag in SKIPPED or element.hidden:
                self.skip -= 1
            if element.tag == "a" and "href" in element.attrs:
                self.links -= 1
            if element.tag == "script":
                self.ld_open = False
            if element.tag == "title":
                self.in_title = False

    def end(self, tag: str, start: int, end: int) -> None:
        if tag == "br":  # "</br>" is read as <br>
            self.flush(start)
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                self.pop_to(i, start, end)
                return
            if tag == "p" and self.stack[i].tag in _SCOPE:
                break
        # An end tag with no open element is ignored, as browsers do.

    # -- text ------------------------------------------------------------------
    def data(self, text: str, offset: int) -> None:
        if self.ld_open:
            self.json_ld[-1] += text
            return
        if self.in_title:
            self.title.append(text)
            return
        if self.skip:
            return
        # Runs of copy are copied whole (each character maps to its own
        # offset); whitespace runs become one space, zero-width characters go.
        for match in _RUN.finditer(text):
            if match.lastgroup == "space":
                if self.cur_chars and self.pending_space is None:
                    self.pending_space = (offset + match.start(), offset + match.start() + 1)
                continue
            if match.lastgroup == "gone":
                continue
            start, end = offset + match.start(), offset + match.end()
            self._space()
            self.cur_chars.append(match.group())
            if self.links:
                self.cur_linked += end - start
            self.cur_starts.extend(range(start, end))
            self.cur_ends.extend(range(start + 1, end + 1))

    def entity(self, chars: str, start: int, end: int) -> None:
        if self.ld_open:
            self.json_ld[-1] += chars
            return
        if self.in_title:
            self.title.append(chars)
            return
        if self.skip:
            return
        for char in chars:  # every character of an entity maps to the whole entity
            if char in _ZERO_WIDTH:
                continue
            if char in _WS:
                if self.cur_chars and self.pending_space is None:
                    self.pending_space = (start, end)
                continue
            self._space()
            self.cur_chars.append(char)
            if self.links:
                self.cur_linked += 1
            self.cur_starts.append(start)
            self.cur_ends.append(end)

    def _space(self) -> None:
        if self.pending_space is not None:
            self.cur_chars.append(" ")
            if self.links:
                self.cur_linked += 1
            self.cur_starts.append(self.pending_space[0])
            self.cur_ends.append(self.pending_space[1])
            self.pending_space = None

    def flush(self, at: int) -> None:
        """End the open block (at a block boundary)."""
        self.pending_space = None
        if not self.cur_chars:
            self.cur_linked = 0
            return
        first, last = self.cur_starts[0], self.cur_ends[-1]
        owner = next((e for e in reversed(self.stack) if e.tag in BLOCK), None) or self.top()
        if owner is None:  # text outside any element: a fragment's loose text
            owner = Element("#text", {}, first, last, None)
            owner.end = last
            self.page.elements.append(owner)
        if self.chars:
            self.chars.append("\n\n")
            self.starts.extend((first, first))
            self.ends.extend((first, first))
            self.length += 2
        begin = self.length
        piece = "".join(self.cur_chars)
        self.chars.append(piece)
        self.length += len(piece)
        self.starts.extend(self.cur_starts)
        self.ends.extend(self.cur_ends)
        self.cur_chars, self.cur_starts, self.cur_ends = [], [], []
        linked, self.cur_linked = self.cur_linked, 0
        index = len(self.page.blocks)
        nearest = self.top() or owner
        kind = owner.tag
        if owner is not nearest and nearest.tag in HEADINGS:
            kind = nearest.tag
        self.page.blocks.append(HtmlBlock(Span(begin, self.length), owner, kind, linked))
        element: Element | None = owner
        while element is not None:
            element.blocks.append(index)
            element = element.parent

    def finish(self, length: int) -> None:
        self.flush(length)
        while self.stack:  # left open at the end of the file: it ends after its last text
            element = self.stack.pop()
            last = self.page.blocks[element.blocks[-1]] if element.blocks else None
            element.end = self.ends[last.span.end - 1] if last else element.open_end
        page = self.page
        page.text = "".join(self.chars)
        page.starts, page.ends = self.starts, self.ends

    # -- metadata --------------------------------------------------------------
    def meta_tag(self, attrs: dict[str, str]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = attrs.get("content", "").strip()
        if key and content:
            self.page.meta.setdefault("meta:" + key, content)


class _Parser:
    """``html.parser.HTMLParser`` turned into positioned events."""

    def __new__(cls, builder: _Builder):
        from html import unescape
        from html.parser import HTMLParser

        source = builder.source
        line_starts = [0]
        find = source.find
        at = find("\n")
        while at != -1:
            line_starts.append(at + 1)
            at = find("\n", at + 1)

        class Parser(HTMLParser):
            def _at(self) -> int:
                line, column = self.getpos()
                return line_starts[line - 1] + column

            def handle_starttag(self, tag, attrs):
                start = self._at()
                raw = self.get_starttag_text() or ""
                builder.start(tag, {k: v or "" for k, v in attrs}, start, start + len(raw), False)

            def handle_startendtag(self, tag, attrs):
                start = self._at()
                raw = self.get_starttag_text() or ""
                builder.start(tag, {k: v or "" for k, v in attrs}, start, start + len(raw), True)

            def handle_endtag(self, tag):
                start = self._at()
                close = source.find(">", start)
                builder.end(tag, start, close + 1 if close != -1 else len(source))

            def handle_data(self, data):
                builder.data(data, self._at())

            def handle_entityref(self, name):
                start = self._at()
                end = start + 1 + len(name)
                if source.startswith(";", end):
                    end += 1
                raw = source[start:end]
                builder.entity(unescape(raw) if raw.endswith(";") else unescape(raw + ";") if name else raw,
                               start, end)

            def handle_charref(self, name):
                start = self._at()
                end = start + 2 + len(name)
                if source.startswith(";", end):
                    end += 1
                raw = source[start:end]
                text = unescape(raw if raw.endswith(";") else raw + ";")
                builder.entity(text, start, end)

        return Parser(convert_charrefs=False)


def _metadata(page: HtmlPage, builder: _Builder) -> None:
    """Headline, outlet and publication date from the page's markup."""
    import json

    meta = page.meta
    found: dict[str, str] = {}
    for raw in builder.json_ld:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for item in _ld_items(data):
            if not isinstance(item, dict):
                continue
            if "datePublished" in item and isinstance(item["datePublished"], str):
                found.setdefault("date", item["datePublished"])
            if isinstance(item.get("headline"), str):
                found.setdefault("headline", item["headline"])
            publisher = item.get("publisher")
            if isinstance(publisher, list) and publisher:
                publisher = publisher[0]
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("outlet", publisher["name"])
    date = (found.get("date") or meta.get("meta:article:published_time") or meta.get("meta:datepublished")
            or meta.get("meta:date") or _time_datetime(page))
    if date and re.match(r"\d{4}-\d\d-\d\d", date.strip()):
        page.meta["date"] = date.strip()[:10]
    outlet = meta.get("meta:og:site_name") or found.get("outlet")
    if outlet:
        page.meta["outlet"] = " ".join(outlet.split())
    headline = next((page.text[b.span.start:b.span.end] for b in page.blocks if b.kind == "h1"), None)
    headline = headline or meta.get("meta:og:title") or found.get("headline")
    if headline:
        page.meta["title"] = " ".join(headline.split())
    if builder.title:
        page.meta.setdefault("page-title", " ".join("".join(builder.title).split()))


def _ld_items(data):
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _ld_items(data["@graph"])


def _time_datetime(page: HtmlPage) -> str | None:
    """The first ``<time datetime>`` of the page (a story's own date)."""
    for element in page.elements:
        if element.tag == "time" and element.attrs.get("datetime") and not element.evidence:
            return element.attrs["datetime"]
    return None


def load_html(path: str, text: str) -> Document:
    page = read_html(text)
    meta = {key: value for key, value in page.meta.items() if not key.startswith("meta:")}
    doc = Document(path=path, text=page.text, format="html", meta=meta)
    doc.html = page
    return doc


@hookimpl
def copydesk_load_document(path: str, text: str, config) -> Document | None:
    """Claim HTML files by suffix (or by the config's ``formats`` mapping)."""
    configured = configured_format(path, config)
    if configured != "html" and (configured is not None or not path.lower().endswith(HTML_SUFFIXES)):
        return None
    return load_html(path, text)
