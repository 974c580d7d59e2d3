"""A scraped page's layout: where the story sits, and what every other line is.

A page scraped to text carries the site around the story: menus above the
headline, captions and promos between paragraphs, related headlines,
footers and sharing buttons after it. Few of those lines are phrases a
pattern list can hold, but they have a shape. A sentence of copy is long,
ends with a full stop and is full of function words ("the", "of", "and");
a menu item, a headline or a credit is short, has no final stop and few
function words. So every copy line is given a shape, and the story is the
stretch of the page where copy-shaped lines outweigh the rest: the best
scoring run of lines, the way body-text extraction finds an article in a
page (Finn, Kushmerick and Smyth's "BTE"; jusText and boilerpipe classify
blocks on the same features). Lines the phrase catalogue matched count
against the story a little, and never split it alone: an advertisement
between two paragraphs stays inside.

The best run can run on past the story's end when what follows has
sentences of its own: other stories' summaries, a sign-up form's small
print. Past a mark that ends a story (a list's heading, a prompt to the
reader, a stamped list), the story goes on only if two sentences of copy
follow each other there.

Around the story the head zone holds the headline, the byline and the dek
(standfirst), which are kept, and the site's furniture, which is not; the
tail zone holds only furniture and taglines. Inside the story, a line is
furniture only on strong evidence (a credit, a counter, a short line the
page repeats); a short line between paragraphs is otherwise a subhead.

Nothing is said about a page that shows no sign of being scraped (no line
the catalogue matched): an article as a reporter files it has no head or
tail zone to speak of, and a list or table that ends a story is shaped
like a menu.
"""

from __future__ import annotations

from collections import Counter

from lint.article.document import Document
from lint.article.parts import BODY, BYLINE, HEADING, TAGLINE
from lint.support.patterns import LazyPattern

from lint.analysis.boilerplate import (
    AD_MARKERS, MAX_LINE, RELATED_LINKS, bare_heading, boilerplate_lines, matched_spans, strip_marker,
)
from lint.analysis.names import is_known_given_name
from lint.rules.boilerplate.line_text import (
    author_bio, caption, cut_short, doubled, reader_prompt, stamped_lists, time_stamp,
)
from lint.model import Span
from lint.support.lines import iter_lines
from lint.support.records import record

# Zones.
HEAD = "head"
STORY = "story"
TAIL = "tail"

# Roles a line plays. Only FURNITURE and LIKELY are reported.
COPY = "copy"
HEADLINE = "headline"
BYLINE_ROLE = "byline"
DEK = "dek"
SUBHEAD = "subhead"
TAGLINE_ROLE = "tagline"
CATALOGUE = "catalogue"  # matched by a BP line rule, which reports it
FURNITURE = "furniture"  # certain: outside the story, past other furniture
LIKELY = "likely-furniture"  # probable: reported as a warning, unsafe fix

# Shapes.
SENTENCE = "sentence"  # a paragraph of copy
SHORT_SENTENCE = "short sentence"
LEAD_IN = "lead-in"  # "The rankings were as follows:"
FRAGMENT = "fragment"  # a menu item, headline, label, credit …

# Scores per shape for finding the story (catalogue matches: CATALOGUE_SCORE).
SCORES = {SENTENCE: 2.0, SHORT_SENTENCE: 0.5, LEAD_IN: 0.0, FRAGMENT: -0.5}
CATALOGUE_SCORE = -0.5
# A related-list heading ("Most read", "More from Business", "Related
# links:") all but ends the story: what follows is other stories.
LIST_HEADING_SCORE = -2.0
LIST_HEADING_WORDS = 6  # a related-link line of no more words, with no colon, heads a list
SENTENCE_WORDS = 12
TITLE_CASE_WORDS = 5  # a line this long with this share of capitalised words is a headline,
TITLE_CASE_SHARE = 0.75  # whatever it ends with ("Council Votes to Build a New Bridge!")
SHORT_SENTENCE_WORDS = 3  # "The road reopens Friday."
SENTENCE_FUNCTION_SHARE = 0.2
SHORT_SENTENCE_FUNCTION_SHARE = 0.2
HEADLINE_WORDS = (3, 25)
HEADLINE_MIN_WORDS = 4  # "Join the conversation" is a label, not the headline
HEADLINE_REACH = 12  # lines above the story the headline is looked for in
BYLINE_GAP = 3  # the headline stands at most this many lines above the byline
BYLINE_WORDS = 12
BYLINE_REACH = 4  # a byline this near the start of the story's run ends the head, not the run
MENU_WORDS = 3  # a line above the headline this short is a menu item
MENU_RUN = 3  # this many menu items above the headline make a page scraped
TEASER_RUN = 3  # this many headline teasers end a story even with no phrase-rule line before them
MAX_CAPTION = 300  # characters; a longer line is a paragraph, whatever it ends with
STRAY_WORDS = 6  # a headline of another story between paragraphs is at least this long …
STRAY_SHARE = 0.2  # … and shares less than this share of its words with the story
CAPITALS_LINK_WORDS = 10  # a line in capitals this long between paragraphs is a link, not a subhead
REPEATED_WORDS = 6  # a short line seen twice on a page is furniture ("Article content", "Share")
REPEAT_REACH = 4  # a longer line seen again this near is a link's text and title, a caption and its alt text …
REPEATS = 3  # … and so is one seen this many times ("Don't want to see this? Remove ads")

# Markup that says "furniture" (an HTML page's <nav>, <aside>, class="related")
# weighs against the story like a phrase-rule line, unless the element holds
# more sentences than this (or this share of the page's): then it is the story.
EVIDENCE_SCORE = -1.0
EVIDENCE_SENTENCES = 3
EVIDENCE_SHARE = 0.3
# On an HTML page, the story's paragraphs stand side by side in one element:
# when this many of its sentences do, their siblings are the story's too.
FLOW_SENTENCES = 3
# When the page marks its story's body (itemprop="articleBody", class="article-body")
# and the marked elements hold FLOW_SENTENCES sentences, a sentence outside them
# weighs like a lead-in: it neither adds to a run nor breaks one, so a sidebar
# of summaries or a ticker, however long, no longer outscores the story, while
# a lead paragraph the marker leaves out still stands in its run.
OUTSIDE_MARKED_SCORE = 0.0

# Common English function words: their share tells running copy from labels.
FUNCTION_WORDS = frozenset("""
a about above across after against ago all along also although am amid among an and any are around as at be
because been
before being below between both but by can could did do does down during each either even every few for from
had has have he her here hers him his how i if in into is it its itself just may me might more most much must
my neither no nor not of off on once only onto or other our ours out over own per rather said says she should
since so some such than that the their theirs them then there these they this those though through to too
toward towards under until up upon us very via was we were what when where whether which while who whom whose
why
will with within without would yet you your
""".split())

_PUNCTUATION = "\"“”‘’'()[]{},.;:!?…*_—–-"
SENTENCE_END_REACH = 60  # the sentence-end pattern looks at a line's last characters only
_WORD = LazyPattern(r"[^\W_][\w'’.-]*")
_SENTENCE_END = LazyPattern(r"[.!?][\"”’')\]]*$|[.!?][\"”’')\]]*\s*\(\w[^()]{0,40}\)$")
# A photo credit or caption marker anywhere in a line: "Photo: …", a credit
# glued to its caption ("… on Tuesday.Credit: …", "… the riverCredit: …"),
# "… via AP", a lone "Jane Roe, Associated Press", "Courtesy of …", a
# caption's "… Supplied", a chart's "Source: …".
_CREDIT = LazyPattern(
    r"(?:(?i:\bcredit|(?<=[a-z.])(?-i:Credit)|\bphoto(?:graph)?s?|\bimage|\bpicture)(?::| by|(?i: copyright))"
    r"\s*(?:©\s*)?(?:[@A-Z]|iStock)"
    r"|(?i:\bgetty images\b|\bvia getty\b|\bshutterstock\b|\bap photo\b|\bstock\.adobe\.com\b)"
    r"|/\s?(?:AP|AFP|Reuters|REUTERS|EPA|Getty|PA|ANI|PTI)\b|\bvia (?:AP|AFP|Reuters|REUTERS|EPA|PA)\b"
    r"|, (?:Associated Press|ASSOCIATED PRESS)$|^Courtesy of [A-Z]|(?:^|[.!?] )(?:Supplied|Handout)$|^Source: [A-Z])"
)
_COUNTER = LazyPattern(
    r"(?i)^(?:\d{1,3}|(?:image|photo|slide|picture) \d{1,3}(?: of \d{1,3})?|\d{1,3} of \d{1,3})$"
)
_DATE_OR_TIME = LazyPattern(
    r"\b\d{1,2}:\d\d\b|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
    r"|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)"
)
# A line all in square brackets, with no full stop in them: a link the site
# inserted ("[Read: Ferry cuts winter sailings]") or a source's label
# ("[The Courier]"); an editor's note in brackets is a sentence.
_BRACKETED = LazyPattern(r"^\[[^\[\]]*[^\[\].!?]\]$")
_INNER_STOP = LazyPattern(r"[\w)][.!?][\"”’]?\s+[A-Z\"“‘]")  # a sentence ends inside the line
_WE = LazyPattern(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
_YOU = LazyPattern(r"\b(?:[Yy]ou|[Yy]our|readers?)\b")
_QUOTE_MARK = LazyPattern(r"[\"“”]|(?<!\w)['‘]|['’](?!\w)")
_CONTENT_WORD = LazyPattern(r"[^\W\d_]{3,}")
_NUMBERED = LazyPattern(r"^\W*\d{1,2}[.)]\s")
_BYLINE_START = LazyPattern(r"^\W{0,3}(?i:by|written by|words by)\s+[A-Z]")


@record
class LayoutLine:
    """One copy line of the page: where it sits, its shape and its role."""

    span: Span
    zone: str
    shape: str
    role: str
    reason: str = ""  # why a furniture line was taken for one


@record
class Layout:
    lines: tuple[LayoutLine, ...]
    scraped: bool  # whether the page shows signs of being scraped at all
    story: Span | None


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def shape_of(text: str) -> str:
    # Split on spaces rather than with words_of: this runs on every line of
    # every page, and a token of punctuation alone is not counted.
    words = [w for w in (t.strip(_PUNCTUATION) for t in text.lower().split()) if w]
    count = len(words)
    if not count:
        return FRAGMENT
    share = sum(map(FUNCTION_WORDS.__contains__, words)) / count
    ends = bool(_SENTENCE_END.search(text, max(0, len(text) - SENTENCE_END_REACH)))
    if ends and TITLE_CASE_WORDS <= count <= HEADLINE_WORDS[1] and not text.isupper():
        # A headline in title case ends with a stop or "!" as often as not.
        capitals = sum(1 for w in text.split() if w.lstrip(_PUNCTUATION)[:1].isupper())
        ends = capitals < TITLE_CASE_SHARE * count
    if ends and count >= SENTENCE_WORDS and share >= SENTENCE_FUNCTION_SHARE:
        return SENTENCE
    if text.endswith(":") and count >= 2:
        return LEAD_IN
    if ends and count >= SHORT_SENTENCE_WORDS and share >= SHORT_SENTENCE_FUNCTION_SHARE:
        return SHORT_SENTENCE
    return FRAGMENT


def _ends_like_a_sentence(text: str) -> bool:
    """Whether a line of a few words ends as a sentence does, whatever its
    shape (a headline in title case with a full stop, a listing)."""
    return (len(text.split()) >= SHORT_SENTENCE_WORDS
            and bool(_SENTENCE_END.search(text, max(0, len(text) - SENTENCE_END_REACH))))


def _covered(lines: list[Span], spans: list[Span]) -> list[bool]:
    """For each line (in text order), whether one of ``spans`` (sorted, not
    overlapping each other) overlaps it: one sweep over both."""
    covered, at = [], 0
    for line in lines:
        while at < len(spans) and spans[at].end <= line.start:
            at += 1
        covered.append(at < len(spans) and spans[at].overlaps(line))
    return covered


def _matched_by(doc: Document, code: str) -> list[Span]:
    """Lines the BP line rule ``code`` matched (the catalogue's one shared pass)."""
    from lint.analysis.boilerplate import line_rule_data

    return doc.analysis(boilerplate_lines, doc, line_rule_data())[code]


def _ad_markers(doc: Document) -> list[Span]:
    """Lines BP004 matched: an advertisement's marker, after which a story may resume."""
    return _matched_by(doc, AD_MARKERS)


def _list_headings(doc: Document) -> list[Span]:
    """Lines BP001 matched as the heading of a list of links: a bare one
    ("Most read", "Next up in Science & Health"), or one ending in a colon;
    "Related: Port hires new director" is a link of its own."""
    found = _matched_by(doc, RELATED_LINKS)
    firsts = [(span, doc.slice(span).split("\n")[0]) for span in found]
    return [span for span, first in firsts
            if bare_heading(first) or first.rstrip().endswith(":")
            or (":" not in first and len(first.split()) <= LIST_HEADING_WORDS)]


def _copy_lines(doc: Document) -> list[tuple[Span, str]]:
    """(span of the text, block kind) for each non-blank line of copy blocks."""
    found = []
    for block in doc.blocks_of(BODY, HEADING, TAGLINE, BYLINE):
        base = block.span.start
        for start, end in iter_lines(doc.slice(block.span)):
            offset, content = strip_marker(doc.text[base + start:base + end])
            if content.strip():
                found.append((Span(base + start + offset, base + start + offset + len(content)), block.kind))
    return found


def _best_run(scores: list[float]) -> tuple[int, int] | None:
    """The run of lines with the highest total score (Kadane), or None."""
    best, best_run = 0.0, None
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total < 0:  # a run that sums to nothing is kept: ties go to the longer story
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_run = total, (start, i)
    return best_run


def _headline_shaped(text: str) -> bool:
    words = words_of(text)
    low, high = HEADLINE_WORDS
    opening = text.lstrip("\"“‘'")[:1]
    return (low <= len(words) <= high and (opening.isupper() or opening.isdigit())
            and not text.rstrip("\"”’'").endswith(".") and not _CREDIT.search(text))


def content_words(text: str) -> set[str]:
    """A line's words of three letters or more, lower-cased, function
    words left out and a plural's s dropped: what it is about."""
    return {w.lower().rstrip("s") for w in _CONTENT_WORD.findall(text) if w.lower() not in FUNCTION_WORDS}


def _stray_headline(i: int, texts: list[str], shapes: list[str], story: set[str]) -> bool:
    """Whether a headline-shaped line between paragraphs is another
    story's, dropped into this one, alone or with others: a full headline
    (STRAY_WORDS or more, neither in capitals, as tabloid subheads are, nor
    numbered) that shares no word with the lines around it and few with the
    story. A subhead speaks of what follows it; the items of a list the
    story introduces ("He also said:") are the story's."""
    text = texts[i]
    if (not 0 < i < len(texts) - 1 or len(words_of(text)) < STRAY_WORDS or text.isupper()
            or _NUMBERED.match(text) or not _headline_shaped(text)):
        return False
    above = i - 1
    while above > 0 and shapes[above] == FRAGMENT:
        above -= 1
    if shapes[above] == LEAD_IN:
        return False
    own = content_words(text)
    if len(own) < 2:
        return False
    around = content_words(" ".join(texts[i - 1:i] + texts[i + 1:i + 3]))
    return not own & around and len(own & story) < STRAY_SHARE * len(own)


def _echoed(keys: list[str], shapes: list[str], first: int) -> set[int]:
    """Lines below the head that the page gives again, close by (within
    REPEAT_REACH lines and no sentence between: a link's text and its
    title, a caption and its alt text) or REPEATS times or more: copy says
    a thing once. A line the head holds too is left alone (a dek the story
    opens with), and so is a sentence given again a few paragraphs on (a
    box of highlights quotes the story)."""
    where: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        where.setdefault(key, []).append(i)
    found: set[int] = set()
    for at in where.values():
        if len(at) < 2 or at[0] < first:
            continue
        if len(at) >= REPEATS:
            found.update(at)
            continue
        for i, j in zip(at, at[1:]):
            if j - i <= REPEAT_REACH and SENTENCE not in shapes[i + 1:j]:
                found.update((i, j))
    return found


def _site_to_reader(text: str) -> bool:
    """Whether a sentence after the story is the site speaking to its
    reader ("We do this work at no cost to you …", "… our readers …"),
    not a quotation: an appeal, a note on the site's ways, no story's
    last paragraph."""
    return bool(_WE.search(text) and _YOU.search(text)) and not _QUOTE_MARK.search(text)


def _link_in_capitals(i: int, texts: list[str], shapes: list[str]) -> bool:
    """Whether a line in capitals between paragraphs is a link to another
    story ("COUNCIL REJECTS FERRY PLAN AFTER TWO YEARS OF TALKS WITH
    OPERATOR"): a tabloid's subhead in capitals is rarely this long, and a
    paragraph of copy follows it. Figures are not counted
    as words: a share price's line is no headline."""
    text = texts[i]
    worded = sum(1 for word in words_of(text) if word[:1].isalpha())
    return (text.isupper() and worded >= CAPITALS_LINK_WORDS and i + 1 < len(shapes)
            and shapes[i + 1] in (SENTENCE, SHORT_SENTENCE) and not _NUMBERED.match(text))


def _kind_of_fragment(text: str) -> str:
    """What a furniture line looks like, for the message."""
    if _CREDIT.search(text):
        return "a photo caption or credit"
    if _COUNTER.match(text):
        return "a gallery or list counter"
    if _BRACKETED.match(text):
        return "a link or label in square brackets"
    words = words_of(text)
    if len(words) <= 3:
        return "a menu item or label"
    if _headline_shaped(text):
        return "a headline of another story"
    return "page text"


def find_layout(doc: Document) -> Layout:
    """Zones and roles of every copy line (shared by BP012, BP013 and inspect)."""
    lines = _copy_lines(doc)
    if not lines:
        return Layout((), False, None)
    spans = [span for span, _ in lines]
    texts = [doc.slice(span) for span in spans]
    shapes = [shape_of(text) for text in texts]
    in_catalogue = _covered(spans, matched_spans(doc))
    under_heading = _covered(spans, _list_headings(doc))
    scores = [(LIST_HEADING_SCORE if heading else CATALOGUE_SCORE) if hit else SCORES[shape]
              for shape, hit, heading in zip(shapes, in_catalogue, under_heading)]
    evidence = _markup_evidence(doc, lines, shapes)
    for i, reason in enumerate(evidence):
        if reason and not in_catalogue[i]:
            scores[i] = min(scores[i], EVIDENCE_SCORE)
    # Words are read only on a page that may be scraped: an article as a
    # reporter files it is left as its shapes say, and costs no more.
    menu_like = sum(1 for shape, text in zip(shapes[:2 * HEADLINE_REACH], texts)
                    if shape == FRAGMENT and len(text.split()) <= MENU_WORDS)
    maybe_scraped = any(in_catalogue) or any(evidence) or menu_like >= MENU_RUN
    worded = _worded_furniture(texts, in_catalogue) if maybe_scraped else {}
    for i, reason in worded.items():
        if reason not in (TIME_STAMP, CAPTION, DOUBLED):  # a live page's entries, a story's pictures,
            # a box of links: none of them ends the story, which may go on after them
            scores[i] = min(scores[i], LIST_HEADING_SCORE if reason == STAMPED else EVIDENCE_SCORE)
    marked = _marked_story(doc, lines, shapes, in_catalogue, evidence)
    if marked is not None:
        low, high = marked
        for i, shape in enumerate(shapes):
            if shape == SENTENCE and not low <= i <= high and scores[i] > 0:
                scores[i] = OUTSIDE_MARKED_SCORE
    run = _best_run(scores)
    apart, cards = _not_the_story(doc, lines, shapes, run) if run is not None and doc.html is not None else ([], set())
    if apart:
        for i in apart:
            scores[i] = min(scores[i], EVIDENCE_SCORE)
        run = _best_run(scores)
    if run is None:
        return Layout(tuple(LayoutLine(span, STORY, shape, COPY) for (span, _), shape in zip(lines, shapes)),
                      False, None)
    first, last = run
    if doc.html is not None:
        first = _below_headline(doc, lines, texts, first, last)
    first = _below_byline(lines, texts, shapes, first, last)
    set_apart = [hit or i in worded for i, hit in enumerate(in_catalogue)]
    last = _without_teasers(shapes, texts, set_apart, first, _with_lists(shapes, in_catalogue, last))
    keys = [" ".join(t.split()).lower() for t in texts]  # a line as the page repeats it
    repeats = Counter(key for key, t in zip(keys, texts) if len(words_of(t)) <= REPEATED_WORDS)
    echoed = _echoed(keys, shapes, first)
    labels = [aside or repeats[key] > 1 for aside, key in zip(set_apart, keys)]
    last = _before_end_marks(shapes, labels, under_heading, worded, first, last)
    roles = _head_roles(lines, texts, shapes, first)
    listed = _under_list_headings(shapes, texts, in_catalogue, under_heading, first, last)
    boxed = None
    if doc.html is not None:
        # the story's body: the element the page marks, else the one that holds its paragraphs
        holder = None if marked is not None else _story_holder(doc, lines, shapes, in_catalogue, evidence,
                                                               first, last)
        if marked is not None or holder is not None:
            boxed = _boxed(doc, lines, shapes, holder[0] if holder is not None else None)
    flow = (_story_flow(doc, lines, shapes, in_catalogue, evidence, first, last,
                        max((i for i, r in roles.items() if r in (HEADLINE, BYLINE_ROLE, DEK)), default=-1),
                        boxed if marked is not None else None)
            if doc.html is not None else {})
    headline = next((i for i, role in roles.items() if role == HEADLINE), 0)
    # Above a full headline with its byline under it, a sentence is no lead
    # but a caption or a promo (a label of a few words may pass for a headline).
    full = roles.get(headline) == HEADLINE and len(words_of(texts[headline])) > HEADLINE_MIN_WORDS
    bylined = any(roles.get(j) == BYLINE_ROLE for j in range(headline + 1, first))
    headline_at = headline if full and bylined else -1
    menu_lines = sum(1 for i in range(headline) if roles.get(i) == FURNITURE)
    scraped = any(in_catalogue) or menu_lines >= MENU_RUN or any(evidence)

    vocabulary: list[set[str]] = []

    def story_words() -> set[str]:
        # The words of the story's sentences, worked out once, when first needed.
        if not vocabulary:
            vocabulary.append({w for i in range(first, last + 1) if shapes[i] == SENTENCE
                               for w in content_words(texts[i])})
        return vocabulary[0]

    out = []
    # Certain tail furniture starts past the story's end, past a catalogue
    # line, and past the page's last sentence (a story may resume after an
    # advertisement; a footer never holds a sentence). A fix that removes
    # the catalogue line leaves the rest to BP013 on the next pass.
    last_sentence = max((i for i, shape in enumerate(shapes)
                         if (shape != FRAGMENT or _ends_like_a_sentence(texts[i])) and not in_catalogue[i]),
                        default=-1)
    tail_furniture = False
    last_copy = max((i for i in range(first, last + 1)
                     if shapes[i] == SENTENCE and not in_catalogue[i] and i not in worded), default=last)
    # Tail furniture lines above, not counting advertisements' markers: a
    # story may resume after one such line ("READ MORE: …"), not after two.
    below_furniture = 0
    ads = _covered(spans, _ad_markers(doc))
    for i, ((span, kind), text, shape) in enumerate(zip(lines, texts, shapes)):
        zone = HEAD if i < first else TAIL if i > last else STORY
        reason = ""
        if in_catalogue[i]:
            role = CATALOGUE
            tail_furniture = tail_furniture or zone == TAIL
            below_furniture += zone == TAIL and not ads[i]
        elif kind == TAGLINE:
            role = TAGLINE_ROLE
        elif kind == BYLINE:
            role = BYLINE_ROLE
        elif i in flow:
            zone, role = STORY, flow[i]  # the story's own paragraph, subhead or list, beside a box
        elif i in worded and scraped and _worded_here(worded[i], zone, i < last_copy, text):
            where = ("above the story" if zone == HEAD else "after the story" if zone == TAIL
                     else "between paragraphs" if i < last_copy else "at the story's end")
            certain = zone == TAIL and (worded[i] == STAMPED or (tail_furniture and i > last_sentence))
            role, reason = (FURNITURE if certain else LIKELY), f"{where}, {worded[i]}"
            # A prompt or a stamped list is the site's; a bio or a caption may stand above a tagline.
            tail_furniture = tail_furniture or (zone == TAIL and worded[i] in (PROMPT, STAMPED))
        elif zone == STORY and shape == FRAGMENT and _CREDIT.search(text):
            role = LIKELY  # a credit is evidence enough, scraped page or not
            reason = "between paragraphs, a photo caption or credit"
        elif not scraped or len(text) > MAX_LINE:
            role = roles.get(i, COPY) if roles.get(i) in (HEADLINE, DEK, BYLINE_ROLE) else COPY
        elif zone == HEAD and shape != FRAGMENT and roles.get(i) != DEK and not i < headline_at:
            role = COPY  # a sentence above the story may be its lead; captions there are missed
        elif zone == HEAD:
            role = roles.get(i, LIKELY)
            if role == FURNITURE or role == LIKELY:
                reason = f"above the story, {_kind_of_fragment(text)}"
        elif zone == TAIL and shape != FRAGMENT and not _beside_fragment(i, shapes, in_catalogue, last) \
                and below_furniture < 2 and not _site_to_reader(text):
            role = COPY  # a sentence after an advertisement, not a related story's summary
        elif zone == TAIL and shape != FRAGMENT and not _beside_fragment(i, shapes, in_catalogue, last):
            role, reason = LIKELY, "after the story, a paragraph below page furniture"  # a bio, a promo
        elif zone == TAIL:
            role = FURNITURE if tail_furniture and i > last_sentence else LIKELY
            reason = f"after the story, {_kind_of_fragment(text)}"
        elif shape == FRAGMENT and (_CREDIT.search(text) or _COUNTER.match(text) or _BRACKETED.match(text)
                                    or repeats[keys[i]] > 1):
            role = LIKELY
            reason = "between paragraphs, " + (
                REPEATED if repeats[keys[i]] > 1 and not _CREDIT.search(text)
                else _kind_of_fragment(text))
        elif zone == STORY and i in echoed:
            role, reason = LIKELY, "between paragraphs, " + REPEATED
        elif shape == FRAGMENT and _stray_headline(i, texts, shapes, story_words()):
            role, reason = LIKELY, "between paragraphs, a headline of another story (no word of it in the story)"
        elif zone == STORY and i in listed:
            role, reason = LIKELY, "between paragraphs, " + _kind_of_fragment(text) + " under a list's heading"
        elif shape == FRAGMENT and _link_in_capitals(i, texts, shapes):
            role, reason = LIKELY, "between paragraphs, a headline of another story in capitals"
        elif shape == FRAGMENT and i + 1 < len(lines) and shapes[i + 1] != FRAGMENT:
            role = SUBHEAD
        else:
            role = COPY
        if zone == STORY and role in (COPY, SUBHEAD) and _linked_label(doc, span, shape, text):
            role, reason = LIKELY, "between paragraphs, " + _kind_of_fragment(text) + ", all of it a link"
        if evidence[i] and role in (COPY, SUBHEAD, LIKELY):
            role, reason = _with_evidence(zone, shape, role, reason, evidence[i], text)
        elif i in cards and zone == STORY and role in (COPY, SUBHEAD):
            role, reason = LIKELY, "between paragraphs, in an <article> of its own (another story's card)"
        elif boxed and boxed[i] and zone == STORY and role in (COPY, SUBHEAD):
            role, reason = LIKELY, f"between paragraphs, in a box inside the story's body element, {boxed[i]}"
        out.append(LayoutLine(span, zone, shape, role, reason))
    if scraped:
        out = _between_leftovers(out, ads)
    story = Span(lines[first][0].start, lines[last][0].end)
    return Layout(tuple(out), scraped, story)


def _between_leftovers(lines: list[LayoutLine], ads: list[bool]) -> list[LayoutLine]:
    """Around the story, a short line of copy with a leftover on either
    side is one too: the third line of a subscription box, a label between
    two promos. A paragraph-long sentence is not (a lead between two banners
    is the story's), nor a line that introduces a list, nor a line of the story, where a short paragraph
    or a section's subhead may stand between two labels, nor a line after
    an advertisement's marker, where a story may resume."""
    leftover = [line.role in (FURNITURE, LIKELY, CATALOGUE) and not ad for line, ad in zip(lines, ads)]
    out = list(lines)
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if (leftover[i - 1] and leftover[i + 1] and line.role in (COPY, SUBHEAD)
                and line.shape not in (SENTENCE, LEAD_IN) and line.zone != STORY):
            where = "above the story" if line.zone == HEAD else "after the story"
            out[i] = LayoutLine(line.span, line.zone, line.shape, LIKELY, f"{where}, between two leftovers")
    return out


REPEATED = "a line the page repeats"
PROMPT = "a prompt to the reader"
STAMPED = "in a list of comments or stories with time stamps"
TIME_STAMP = "a time stamp"
CAPTION = "a photo caption"
DOUBLED = "a link's text scraped twice"
BIO = "a writer's bio"
CUT_SHORT = "a teaser cut short"


def _worded_here(reason: str, zone: str, before_last_copy: bool, text: str) -> bool:
    """Whether what a line's words say holds where the line stands. In
    the story, a bio before its last sentence of copy is the story's own
    (a profile of a reporter), and a line with a full sentence before its
    dots ("… said in a statement…") leads into a quotation."""
    if zone != STORY:
        return True
    if reason == BIO:
        return not before_last_copy
    return reason != CUT_SHORT or not _INNER_STOP.search(text)


def _worded_furniture(texts: list[str], in_catalogue: list[bool]) -> dict[int, str]:
    """Lines that are furniture by their words, with why: prompts to the
    reader, time stamps, captions, doubled links, bios, teasers cut short, and every line of a stamped list
    (``line_text``)."""
    found = {i: STAMPED for first, last in stamped_lists(texts) for i in range(first, last + 1)}
    for i, text in enumerate(texts):
        if i in found or len(text) > MAX_LINE:  # a paragraph this long is none of these
            continue
        if reader_prompt(text):
            found[i] = PROMPT
        elif len(text) < 80 and time_stamp(text.strip()):
            found[i] = TIME_STAMP
        elif len(text) < MAX_CAPTION and caption(text.strip()):
            found[i] = CAPTION
        elif doubled(text):
            found[i] = DOUBLED
        elif author_bio(text.strip()):
            found[i] = BIO
        elif cut_short(text.strip()):
            found[i] = CUT_SHORT
    return {i: reason for i, reason in found.items() if not in_catalogue[i]}


def _markup_evidence(doc: Document, lines, shapes: list[str]) -> list[str]:
    """For an HTML page, why the markup says each line is furniture ("in a
    <nav>", "in an element whose class or id says \"related\"") or "".
    Markup that would take in most of the page's sentences is not believed:
    a story wrapped in ``<div class="share-wrapper">`` is still the story."""
    page = doc.html
    if page is None:
        return [""] * len(lines)
    from lint.formats.html import strong_evidence

    found = [page.evidence(span) for span, _ in lines]
    sentences = sum(1 for shape in shapes if shape == SENTENCE)
    # Counted per element and per reason: a story cut into several
    # <div class="paywall-article"> is still the story.
    held: Counter = Counter()
    for (reason, element), shape in zip(found, shapes):
        if element is not None and shape == SENTENCE:
            held[id(element)] += 1
            held[reason] += 1
    limit = max(EVIDENCE_SENTENCES, sentences * EVIDENCE_SHARE)
    out = []
    for (reason, element), shape in zip(found, shapes):
        believed = element is not None and held[id(element)] <= limit and held[reason] <= limit
        # A class or id word is heard only for a fragment: a sentence it names stays as the text says.
        out.append(reason if believed and (shape == FRAGMENT or strong_evidence(reason)) else "")
    return out


def _marked_story(doc: Document, lines, shapes: list[str], in_catalogue: list[bool],
                  evidence: list[str]) -> tuple[int, int] | None:
    """On an HTML page that marks its story's body (``itemprop="articleBody"``,
    a class such as "article-body" or "entry-content"), the first and last
    line inside the marked elements; None when the page marks none, or the
    marked elements hold fewer than FLOW_SENTENCES sentences (a marker on a
    list of links, or on an empty slot, says nothing)."""
    page = doc.html
    if page is None:
        return None
    inside = [i for i, (span, _) in enumerate(lines) if page.in_story(span)]
    sentences = sum(1 for i in inside if shapes[i] == SENTENCE and not in_catalogue[i] and not evidence[i])
    if sentences < FLOW_SENTENCES:
        return None
    return inside[0], inside[-1]


def _below_headline(doc: Document, lines, texts: list[str], first: int, last: int) -> int:
    """The story's first line on an HTML page: below its headline. A
    headline that ends in a question mark is shaped like a sentence, and a
    run that starts at (or above) the page's ``<h1>`` would take it, and
    the breadcrumb above it, for copy. The page's first ``<h1>`` of
    HEADLINE_MIN_WORDS words or more (not a logo) moves the run's start
    below it when it stands inside the run; a later ``<h1>`` (some pages
    set captions so) does not."""
    page = doc.html
    for i, (span, _) in enumerate(lines[:last]):
        block = page.block_at(span.start)
        if block is not None and block.kind == "h1" and len(words_of(texts[i])) >= HEADLINE_MIN_WORDS:
            return i + 1 if i >= first else first
    return first


def _below_byline(lines, texts: list[str], shapes: list[str], first: int, last: int) -> int:
    """The story's first line, below a byline that its run took in among
    its first lines: a caption's sentence at the top of the page starts a
    run that takes in the headline and the byline under it as copy."""
    for i in range(first + 1, min(first + BYLINE_REACH, last)):
        if lines[i][1] == BYLINE or (_BYLINE_START.match(texts[i]) and _byline_shaped(texts[i])):
            sentences = sum(1 for j in range(first, i) if shapes[j] == SENTENCE)
            return i + 1 if sentences <= 1 else first
    return first


def _not_the_story(doc: Document, lines, shapes: list[str], run: tuple[int, int]) -> tuple[list[int], set[int]]:
    """The lines after the story's first line that the markup sets apart
    from it, though they are prose shaped like it (the run is chosen again
    with them weighed as furniture), and the lines in other stories' cards
    (``<article>``) among them:

    * a thread of readers' comments: an element named for them
      (``id="comments"``) that begins after the story's first line. An
      element so named that holds the story's start
      (``class="comments-enabled"`` on the article) is a flag, not a thread;
    * other stories' cards after the story: an ``<article>`` other than the
      one that holds most of the run's sentences (a teaser's kicker,
      headline and summary), past that one's last sentence. Only when most
      of them are in an ``<article>``; cards between the story's paragraphs
      are left to the rest of the layout."""
    page = doc.html
    first, last = run
    block = page.block_at(lines[first][0].start)
    start = block.element.start if block is not None else 0
    articles: dict[int, object] = {}

    def article_of(element):
        path = []
        while element is not None and element.tag != "article" and id(element) not in articles:
            path.append(element)
            element = element.parent
        found = element if element is None or element.tag == "article" else articles[id(element)]
        for e in path:
            articles[id(e)] = found
        return found

    holders = {}
    for i in range(first, last + 1):
        at = page.block_at(lines[i][0].start) if shapes[i] == SENTENCE else None
        if at is not None:
            holders[i] = article_of(at.element)
    counts = Counter(map(id, holders.values()))
    own = max(holders.values(), key=lambda holder: counts[id(holder)], default=None)
    # cards inside the story (a promo between two paragraphs) do not cut it: only those after its last sentence
    own_last = max((i for i, holder in holders.items() if holder is own), default=last)
    found, cards = [], set()
    for i in range(first + 1, len(lines)):
        block = page.block_at(lines[i][0].start)
        if block is None:
            continue
        comments = block.element.thread
        card = own is not None and article_of(block.element) not in (own, None)
        if card:
            cards.add(i)
        if (comments is not None and comments.start > start) or (card and i > own_last):
            found.append(i)
    return found, cards


def _boxed(doc: Document, lines, shapes: list[str], body=None) -> list[str]:
    """For each line standing in a small box inside the story's body
    element that says furniture (a caption, a sign-up form, a comment: at
    most EVIDENCE_SENTENCES sentences), what the box's markup says; "" for
    the others. The body is the element the page marks as the story's, or
    ``body`` (the element that holds its paragraphs). A class word on a
    wrapper of many sentences (the rest of the story in class="paywall")
    is not believed."""
    from lint.formats.html import furniture_evidence

    page = doc.html
    sentence_blocks = {id(page.block_at(span.start)) for (span, _), shape in zip(lines, shapes) if shape == SENTENCE}
    sentences: dict[int, int] = {}

    def small(box) -> bool:
        if id(box) not in sentences:
            sentences[id(box)] = sum(1 for b in box.blocks if id(page.blocks[b]) in sentence_blocks)
        return sentences[id(box)] <= EVIDENCE_SENTENCES

    return [next((furniture_evidence(box) for box in page.boxes_in_story(span, body) if small(box)), "")
            for span, _ in lines]


def _linked_label(doc: Document, span: Span, shape: str, text: str) -> bool:
    """Whether an HTML block is a label or a time stamp that is all one
    link ("Animals", "cnn.com News", "November 19, 2019 at 7:02 am"): a
    menu, a tag or a permalink between paragraphs, not a subhead. A linked
    headline is left alone: a story may list its own sources so."""
    if doc.html is None or shape != FRAGMENT:
        return False
    if len(words_of(text)) > MENU_WORDS and not _DATE_OR_TIME.search(text):
        return False
    block = doc.html.block_at(span.start)
    return block is not None and block.all_link


def _story_flow(doc: Document, lines, shapes: list[str], in_catalogue: list[bool], evidence: list[str],
                first: int, last: int, floor: int, boxed: list[str] | None = None) -> dict[int, str]:
    """On an HTML page, the lines around the story that are its own
    paragraphs by the markup: the sentences of a story stand side by side
    in one element (``<p>`` after ``<p>`` in the body's ``<div>``), and a
    sentence of that same run of siblings is the story's, however many
    captions, promos or sign-up boxes stand between it and the rest (the
    text alone cannot tell a story resuming after a newsletter box from a
    related story's summary; the markup can), and so is a short sibling
    just before one (its subhead). Only lines with no markup evidence and
    no phrase-rule match are taken, never above ``floor`` (the head's
    headline, byline and dek), and none when the story's sentences share
    no element but the page's ``<body>``. The lines between stay what
    they were. On a page that marks its story's body (``boxed`` is then
    given: for each line, what a small furniture box inside the body that
    holds it says, see ``_boxed``), a sentence inside the marked elements
    and in no such box is the story's wherever it stands, and so is a
    short line just before one (a paragraph per box, with a promo box
    between two of them, is still one story). And the story does not end
    at its last sentence when the lines after it are more of its
    paragraphs' siblings."""
    page = doc.html
    linked = [bool(block and block.all_link) for block in (page.block_at(span.start) for span, _ in lines)]
    plain = [not in_catalogue[i] and not evidence[i] and not linked[i] for i in range(len(lines))]
    around = [*range(floor + 1, first), *range(last + 1, len(lines))]
    flow: dict[int, str] = {}
    if boxed is not None:
        inside = [page.in_story(span) and not boxed[i] for i, (span, _) in enumerate(lines)]
        for i in around:
            if shapes[i] in (SENTENCE, SHORT_SENTENCE) and plain[i] and inside[i]:
                flow[i] = COPY
                if i - 1 > floor and not first <= i - 1 <= last and i - 1 not in flow and shapes[i - 1] == FRAGMENT \
                        and plain[i - 1] and inside[i - 1]:
                    flow[i - 1] = SUBHEAD

    def place(i: int):
        return _place(page, lines[i][0])

    holder = _story_holder(doc, lines, shapes, in_catalogue, evidence, first, last)
    if holder is None:
        return flow
    key = id(holder[0]), holder[1]
    for i in around:
        if shapes[i] in (SENTENCE, SHORT_SENTENCE) and plain[i] and place(i) == key:
            flow[i] = COPY
            at = place(i - 1) if i - 1 > floor and not first <= i - 1 <= last else None
            if at is not None and at[0] == key[0] and shapes[i - 1] == FRAGMENT and plain[i - 1]:
                flow[i - 1] = SUBHEAD

    # A list that stands among the story's paragraphs (a <ul> beside them,
    # next to one of them) is the story's list: "The five companies are:".
    def list_of(i: int):
        block = page.block_at(lines[i][0].start)
        element = block.element if block is not None else None
        if element is None or element.tag != "li" or element.parent is None:
            return None
        holder = element.parent
        if holder.tag in ("ul", "ol") and holder.parent is not None and id(holder.parent) == key[0]:
            return holder
        return None

    def of_story(j: int) -> bool:
        return first <= j <= last or j in flow

    at = 0
    while at < len(around):
        holder = list_of(around[at])
        if holder is None:
            at += 1
            continue
        end = at
        while end + 1 < len(around) and around[end + 1] == around[end] + 1 and list_of(around[end + 1]) is holder:
            end += 1
        items = around[at:end + 1]
        if all(plain[i] for i in items) and (of_story(items[0] - 1) or of_story(items[-1] + 1)):
            flow.update((i, COPY) for i in items)
        at = end + 1

    # The story does not end at its last sentence when the lines after it
    # are more of its paragraphs' siblings (tour dates set as paragraphs, a
    # closing line with no full stop): they are the story's, up to the first
    # line that stands elsewhere or says furniture.
    i = last + 1
    while i < len(lines) and (i in flow or (plain[i] and place(i) == key)):
        flow.setdefault(i, COPY)
        i += 1
    return flow


def _place(page, span: Span):
    """(id of the parent element, tag) of the block at ``span``: where a
    paragraph stands among its siblings; None at the page's top level."""
    block = page.block_at(span.start)
    element = block.element if block is not None else None
    if element is None or element.parent is None or element.parent.tag in ("body", "html"):
        return None
    return id(element.parent), element.tag


def _story_holder(doc: Document, lines, shapes: list[str], in_catalogue: list[bool], evidence: list[str],
                  first: int, last: int):
    """The element that holds the story's paragraphs side by side, and
    their tag: the parent most of the run's sentences share (FLOW_SENTENCES
    of them at least, and half); None when there is none."""
    page = doc.html
    counted: Counter = Counter()
    parents = {}
    sentences = 0
    for i in range(first, last + 1):
        if shapes[i] == SENTENCE and not in_catalogue[i] and not evidence[i]:
            sentences += 1
            key = _place(page, lines[i][0])
            if key is not None:
                counted[key] += 1
                parents[key[0]] = page.block_at(lines[i][0].start).element.parent
    if not counted:
        return None
    key, count = counted.most_common(1)[0]
    if count < FLOW_SENTENCES or count * 2 < sentences:
        return None
    return parents[key[0]], key[1]


def _with_evidence(zone: str, shape: str, role: str, reason: str, evidence: str, text: str) -> tuple[str, str]:
    """A line's role once the markup's word is heard: around the story,
    markup makes a line furniture (certain when an element or ARIA role
    says so of a short line); inside it, a caption or a fragment the markup
    names is likely furniture, and a sentence stays copy unless an element
    (``<aside>``, ``<figcaption>``) holds it."""
    from lint.formats.html import strong_evidence

    strong = strong_evidence(evidence)
    where = "above the story" if zone == HEAD else "after the story" if zone == TAIL else "between paragraphs"
    if zone != STORY:
        if role == LIKELY and strong and shape == FRAGMENT:
            return FURNITURE, reason + ", " + evidence
        if role == LIKELY:
            return role, reason + ", " + evidence
        certain = strong and shape == FRAGMENT
        return (FURNITURE if certain else LIKELY), f"{where}, {_kind_of_fragment(text)}, {evidence}"
    if role == LIKELY:
        return role, reason + ", " + evidence
    if shape == FRAGMENT or strong:
        return LIKELY, f"{where}, {_kind_of_fragment(text)}, {evidence}"
    return role, reason


def _before_end_marks(shapes, labels, under_heading, worded, first: int, last: int) -> int:
    """The story's last line, leaving out what its best run took in past a
    mark that ends a story (a list's heading, a prompt to the reader, a
    stamped list, a writer's bio) when no two sentences of copy follow each other after it
    (furniture and labels the page repeats between them aside): past such a
    mark, sentences that stand alone between labels are other stories'
    summaries or a form's small print. Advertisements and credits are no
    such marks: a story resumes after them."""
    def solid(start: int) -> bool:
        kept = [shapes[i] in (SENTENCE, SHORT_SENTENCE) for i in range(start, last + 1) if not labels[i]]
        return any(a and b for a, b in zip(kept, kept[1:]))

    for m in range(first + 1, last + 1):
        if (under_heading[m] or worded.get(m) in (PROMPT, STAMPED, BIO)) and not solid(m + 1):
            return m - 1
    return last


def _under_list_headings(shapes: list[str], texts: list[str], in_catalogue: list[bool], under_heading: list[bool],
                         first: int, last: int) -> set[int]:
    """The story's lines that are the items of a list of links between its
    paragraphs: the fragments right under a list's heading ("Related
    articles", "More from Business"), up to the next sentence, which is
    the story resuming. The last of them, right above that sentence, is
    the resumed story's subhead when it is shorter than a full headline
    (STRAY_WORDS)."""
    found: set[int] = set()
    for m in range(first, last + 1):
        if not under_heading[m]:
            continue
        j = m + 1
        while j <= last and (in_catalogue[j] or shapes[j] == FRAGMENT):
            if not in_catalogue[j]:
                found.add(j)
            j += 1
        if j - 1 in found and j <= last and len(words_of(texts[j - 1])) < STRAY_WORDS:
            found.discard(j - 1)
    return found


def _with_lists(shapes: list[str], in_catalogue: list[bool], last: int) -> int:
    """The story's last line, taking in a list its last lines introduce
    ("The tour dates:" and the dates under it)."""
    for i in range(last, max(-1, last - 3), -1):
        if shapes[i] == LEAD_IN:
            j = i + 1
            while j < len(shapes) and shapes[j] != SENTENCE and not in_catalogue[j]:
                j += 1
            return max(last, j - 1)
    if last + 1 < len(shapes) and shapes[last + 1] == LEAD_IN:
        return _with_lists(shapes, in_catalogue, last + 1)
    return last


def _without_teasers(shapes, texts, in_catalogue, first: int, last: int) -> int:
    """The story's last line, leaving out other stories' teasers that its
    best run took in: at its end, headline-shaped lines each with at most one
    sentence under it ("Port hires new director" / "The authority named …").
    Two such teasers after a phrase-rule line ("More from Business"), or
    TEASER_RUN of them, end the story; a subhead with its one paragraph
    does not."""
    i, teasers, cut = last, 0, last + 1
    while i > first:
        if in_catalogue[i]:
            if teasers >= 2:
                return cut - 1
            i -= 1
            continue
        if shapes[i] != FRAGMENT and shapes[i - 1] == FRAGMENT and _headline_shaped(texts[i - 1]):
            i -= 1  # a summary under its headline
        elif not (shapes[i] == FRAGMENT and _headline_shaped(texts[i])):
            break
        teasers += 1
        cut = i
        i -= 1
    return cut - 1 if teasers >= TEASER_RUN else last


def _beside_fragment(i: int, shapes: list[str], in_catalogue: list[bool], last: int) -> bool:
    """Whether a tail line has a fragment beside it: a related story's
    summary under its headline, not a sentence of the story. A sentence
    with two more after it opens a run of copy: the story resuming after a
    box of links (a comment runs to two paragraphs more often than three)."""
    if all(j < len(shapes) and shapes[j] in (SENTENCE, SHORT_SENTENCE) and not in_catalogue[j]
           for j in (i + 1, i + 2)):
        return False
    return any(last < j < len(shapes) and shapes[j] == FRAGMENT and not in_catalogue[j] for j in (i - 1, i + 1))


def _head_roles(lines, texts, shapes, first: int) -> dict[int, str]:
    """Headline, byline and dek among the lines above the story. The
    headline stands just above the byline when there is one, else it is the
    longest headline-shaped line just above the story; short lines above it
    (menus) are certain furniture, the rest of the head likely."""
    roles: dict[int, str] = {}
    candidates = []
    names = []
    for i in range(first):
        kind, text = lines[i][1], texts[i]
        if kind == BYLINE or _BYLINE_START.match(text) and _byline_shaped(text):
            roles[i] = BYLINE_ROLE
        elif _byline_shaped(text):
            names.append(i)
        elif kind == HEADING or (_headline_shaped(text) and len(words_of(text)) >= HEADLINE_MIN_WORDS
                                 and not _DATE_OR_TIME.search(text)):
            candidates.append(i)
    # A line that is only a name is a byline near the headline or the
    # story, not up in the menus ("Prince Harry" as a topic link).
    for i in names:
        if i >= first - HEADLINE_REACH or any(abs(i - c) <= BYLINE_GAP for c in candidates):
            roles[i] = BYLINE_ROLE
    bylines = [i for i in roles if i >= first - HEADLINE_REACH] or list(roles)
    # The byline nearest the story is its own: one higher up may be another
    # story's, in a strip of cards above the headline.
    headline = None
    for byline in sorted(bylines, reverse=True):
        headline = max((c for c in candidates if byline - BYLINE_GAP <= c < byline), default=None)
        if headline is not None:
            break
    if headline is None:
        near = [c for c in candidates if c >= first - HEADLINE_REACH]
        headline = max(near, key=lambda c: len(words_of(texts[c])), default=None)
    if headline is None:
        return roles
    roles[headline] = HEADLINE
    for i in range(headline):
        if i not in roles:
            roles[i] = FURNITURE if shapes[i] == FRAGMENT and len(words_of(texts[i])) <= MENU_WORDS else LIKELY
    for i in range(headline + 1, first):
        if i not in roles:
            roles[i] = DEK if shapes[i] in (SENTENCE, SHORT_SENTENCE) and i == headline + 1 else LIKELY
    return roles


def _byline_shaped(text: str) -> bool:
    """"By Jane Roe", or a line of nothing but a name ("Jane Roe") whose
    first word is a known given name."""
    words = words_of(text)
    if _BYLINE_START.match(text):
        return len(words) <= BYLINE_WORDS
    return (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not _SENTENCE_END.search(text)
            and words[0].lower() not in FUNCTION_WORDS and is_known_given_name(words[0]))
