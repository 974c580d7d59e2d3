"""Who said each quotation, and with which verb.

For every quotation (``lint.analysis.quotes``) this finds its attribution: a speech
verb in the same sentence with its subject — after the quote ("…,” Mr.
Peskov said), inverted ("…,” said Mr. Peskov), before it ("Mr. Peskov
said: “…”", "Mr. Peskov told Rossiya-1 …"), "according to X" — or, when the
sentence has none, an attributed quotation elsewhere in the same paragraph,
or the open quotation of the previous paragraph that this one continues. A
pronoun subject ("she said") is the last person mentioned before it. The
subject is linked to the person from the people analysis when there is one.
"""

from __future__ import annotations

import bisect
import re

from lint.analysis.quotes import Quote, find_quotes, in_quotes, quoted_again
from lint.analysis.sentences import SENTENCE_REACH
from lint.article.document import Document
from lint.model import Span
from lint.support.patterns import LazyPattern
from lint.support.records import record

PAST = frozenset("""
said told added asked wrote posted stated declared announced explained noted claimed admitted
insisted argued warned replied responded recalled acknowledged concluded predicted
testified tweeted conceded maintained revealed disclosed confessed alleged boasted bragged quipped
snapped smiled laughed grinned chuckled sighed shrugged nodded emphasized stressed asserted
contended urged cautioned countered remarked observed suggested pointed
""".split())
PRESENT = frozenset("""
says tells adds asks writes posts states declares announces explains notes claims admits insists
argues warns replies responds recalls acknowledges concludes predicts testifies tweets
concedes maintains reveals discloses confesses alleges boasts brags quips snaps smiles laughs
grins chuckles sighs shrugs nods emphasizes stresses asserts contends urges cautions counters
remarks observes suggests points say tell add
""".split())
# Verbs that hand a quotation to its speaker but say nothing of the story's
# tense convention ("…,” he continued.", "“Let her speak,” they chanted."):
# attribution only, not counted by the said/says rule.
OTHER_SPEECH = frozenset("""
continued continues recounted recounts chanted chant chants shouted shouts yelled yells screamed screams
cried cries ordered orders commented comments shared shares remembered remembers joked jokes answered
answers wondered wonders mused muses reiterated reiterates promised promises vowed vows exclaimed
exclaims proclaimed proclaims retorted retorts whispered whispers texted texts emailed emails
messaged messages read reads sang sings agreed agrees offered offers pleaded pleads begged begs
demanded demands assured assures reminded reminds reflected reflects summed sums put puts
described describes related relates reasoned reasons lamented laments complained complains
written detailed details confirmed confirms summarized summarizes summarised summarises
""".split())
SPEECH_VERBS = PAST | PRESENT | OTHER_SPEECH
# Participles that attribute a quotation to their clause's subject: "…
# rejected the call, saying Kyiv would “never raise other flags.”"
PARTICIPLES = frozenset("""
saying adding telling writing noting warning arguing insisting asking explaining declaring stating
singing chanting shouting tweeting posting replying responding recalling joking quipping
""".split())
# Verbs that attribute a partial quotation to their subject: Mr. Ortiz
# "called the plan “a gimmick”". Not speech verbs for the tense rules.
CHARACTERISING = frozenset("""
called calls described describes dismissed dismisses labeled labelled labels branded brands termed terms
hailed hails derided derides denounced denounces praised praises criticized criticised criticizes criticises
calling describing dismissing labeling labelling branding terming deriding denouncing
""".split())
# Verbs that report a view a person holds now, as they told it ("Roe
# believes the corridor should reach Angola."): a paragraph of quotation
# right after such a paragraph is that person's. Not attributions inside a
# sentence, and not speech verbs for the tense rules.
REPORTED_VIEW = frozenset("believes thinks hopes fears wants expects doubts".split())
# Verbs that report what someone said without a speech verb ("Roe accused
# the chiefs of taking bribes."): they introduce a quotation paragraph
# below them as reported speech does.
SPEECH_ACTS = frozenset("""
accused accuses blamed blames criticised criticized criticises criticizes condemned condemns
denied denies praised praises defended defends
""".split())
INTRODUCES_NEXT = REPORTED_VIEW | SPEECH_ACTS
PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_BE_FORMS = frozenset({"was", "were", "been", "being", "be", "is", "are"})  # "officials were warned"

_WORD = LazyPattern(r"[^\W\d_]+(?:[’'\-.][^\W\d_]+)*\.?")
_ACCORDING = LazyPattern(r"\baccording to\b", re.IGNORECASE)


@record
class Attribution:
    quote: Quote
    kind: str  # after, inverted, before, according-to, paragraph, continuation, none
    verb: str | None
    verb_span: Span | None
    subject: str | None  # as written
    subject_span: Span | None
    speaker: object | None  # a lint.analysis.people.Person, when the subject is one
    mention: object | None  # the people-analysis mention that names the speaker

    @property
    def attributed(self) -> bool:
        return self.kind != "none"


def find_attributions(doc: Document, people) -> tuple[Attribution, ...]:
    """One attribution per quotation, in text order."""
    from lint.analysis.sentences import sentence_spans

    quotes = doc.analysis(find_quotes)
    quoted = in_quotes(doc)
    sentences = doc.analysis(sentence_spans)
    sentence_starts = [s.start for s in sentences]
    mentions = sorted((m for p in people.persons for m in p.mentions if not m.in_quote),
                      key=lambda m: m.span.start)
    mention_starts = [m.span.start for m in mentions]
    owner = {m: p for p in people.persons for m in p.mentions}

    def outside_quotes(start: int, end: int):
        """Words of ``doc.text[start:end]`` that are not inside a quotation."""
        for match in _WORD.finditer(doc.text, start, end):
            if match.start() not in quoted:
                yield match

    def sentence_of(offset: int) -> Span:
        k = bisect.bisect_right(sentence_starts, offset) - 1
        return sentences[k] if k >= 0 and offset < sentences[k].end + 1 else Span(offset, offset)

    def person_in(span: Span):
        k = bisect.bisect_left(mention_starts, span.start)
        if k < len(mentions) and mentions[k].span.start < span.end:
            return mentions[k]
        return None

    def last_person_before(offset: int):
        k = bisect.bisect_left(mention_starts, offset) - 1
        return mentions[k] if k >= 0 else None

    results: list[Attribution] = []
    for quote in quotes:
        last = sentence_of(max(quote.span.end - 1, quote.span.start))
        if last.end <= quote.span.end and doc.text[quote.span.start:quote.span.end].rstrip("”’\"'")[-1:] in ("?", "!"):
            # “…?” Roe asked. — the question mark ends a sentence the
            # attribution still belongs to.
            following = doc.text[quote.span.end:quote.block.end]
            if following[:1] == " " and following[1:2].isalnum():
                last = Span(last.start, sentence_of(quote.span.end + 1).end)
        found = _in_sentence(doc, quote, sentence_of(quote.span.start), last, outside_quotes)
        if found is not None:
            kind, verb_match, subject_span = found
            subject = doc.slice(subject_span) if subject_span else None
            mention = person_in(subject_span) if subject_span else None
            if mention is None and subject and subject.lower().rstrip(".") in PRONOUNS:
                mention = last_person_before(subject_span.start)
            verb = verb_match.group().rstrip(".")
            results.append(Attribution(quote, kind, verb, Span(verb_match.start(), verb_match.start() + len(verb)),
                                       subject, subject_span, owner.get(mention), mention))
        else:
            results.append(Attribution(quote, "none", None, None, None, None, None, None))
    return tuple(_inherit(doc, results, mentions, owner))


def _in_sentence(doc, quote: Quote, first: Span, last: Span, outside_quotes):
    """(kind, verb match, subject span) from the quote's own sentence(s)."""
    text = doc.text
    start, end = min(first.start, quote.span.start), max(last.end, quote.span.end)
    # Within reach of the quotation: a runaway "sentence" must not make the
    # search quadratic.
    start, end = max(start, quote.span.start - SENTENCE_REACH), min(end, quote.span.end + SENTENCE_REACH)
    # A phrase set off by a comma or dash ("That said, “people should not
    # panic,” he admitted.") is read as a quotation of its own here: its
    # speaker comes after it more often than before.
    set_off = quote.partial and text[quote.block.start:quote.span.start].rstrip()[-1:] in (",", "—", "–", "-")
    if set_off:
        quote = quote._replace(partial=False)
    before = _verb_before(quote, list(outside_quotes(start, quote.span.start)))
    if before and quote.partial:
        # A partial quotation belongs to the verb of its own clause:
        # Mr. Ortiz called the plan “a gimmick,” and asked for a delay.
        return before
    # After the quotation: "…,” Mr. Peskov said." / "…,” said Mr. Peskov."
    after = list(outside_quotes(quote.span.end, end))
    if quote.partial and not _comma_closes(text, quote):
        after = []  # “a gimmick” and said …: running text, not an attribution
    # A quotation handed on by its comma reaches past an appositive to its
    # verb: "…,” Jane Roe, the president of the regional bank, said."
    reach = _APPOSITIVE_REACH if _comma_closes(text, quote) else 8
    for i, word in enumerate(after[:reach]):
        if _verb(word) and not (i and after[i - 1].group().lower() in _BE_FORMS):
            if i >= 8 and not _appositive_before(text, after[0].start(), word.start()):
                break
            if i == 0:
                subject = _subject_after(doc, after[1:], word)
                return ("inverted" if subject else "after"), word, subject
            subject = Span(after[0].start(), after[i - 1].end())
            return "after", word, subject
    if before:
        return before
    # The sentence runs on past the quotation and ends with its source:
    # "“It is hard to see what could persuade them” to wait, Roe said."
    tail = _TAIL.search(text, quote.span.end, end)
    if tail and tail.group("verb") in SPEECH_VERBS:
        verb = _WORD.match(text, tail.start("verb"))
        return "after", verb, Span(tail.start("subject"), tail.end("subject"))
    according = _ACCORDING.search(text, start, end)
    if according:
        rest = list(outside_quotes(according.end(), end))[:6]
        if rest:
            return "according-to", according, Span(rest[0].start(), rest[-1].end())
    return None


_APPOSITIVE_REACH = 30


def _appositive_before(text: str, start: int, end: int) -> bool:
    """A name then a comma-set phrase up to ``end``: "Jane Roe, the president
    of the regional bank, " — a comma at both ends and no full stop; or
    with the closing comma left out ("Jane Roe, a 32-year-old teacher
    said"); or a long description with no comma ("lead researcher and
    agency planetary scientist Jane Roe said"). An auxiliary or adverb
    before the verb ("…, has written", "…, later said") is passed over."""
    between = text[start:end].rstrip()
    words = between.split()
    while words and (words[-1].lower() in _AUXILIARIES or (words[-1].endswith("ly") and len(words[-1]) > 4)):
        words.pop()
    between = " ".join(words)
    if any(c in between for c in ";:!?") or _SENTENCE_BREAK.search(between):
        return False
    if between.endswith(",") and "," in between[:-1]:
        return True
    if "," in between:
        return len(between.rsplit(",", 1)[1].split()) <= 12
    return len(words) <= 12


_TAIL = LazyPattern(
    r",\s+(?P<subject>(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?:the|an?|[A-Z][\w’'.\-]*)(?:\s+[A-Z][\w’'.\-]*){0,3}"
    r"|the\s+[a-z]+(?:\s+[a-z]+)?))\s+(?P<verb>[a-z]+)[.,]?[”\"]?\s*$")
_AUXILIARIES = frozenset("has had have also later then would will".split())
_SENTENCE_BREAK = LazyPattern(r"[a-z]{2}\.\s+[A-Z]")


def _comma_closes(text: str, quote: Quote) -> bool:
    """“…,” or “…”, — the punctuation that hands a quotation to its speaker."""
    inside = text[quote.span.start:quote.span.end].rstrip("”’\"'")
    return inside.endswith(",") or text[quote.span.end:quote.span.end + 1] == ","


def _verb_before(quote: Quote, before: list):
    """Before the quotation: "Mr. Peskov said: “…”", "Mr. Peskov told
    Rossiya-1 TV that … “peaceful” …"."""
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        lowered = word.group().lower()
        if (_verb(word) and (lowered.rstrip(".") not in OTHER_SPEECH or _introduces(quote, word))) \
                or lowered in PARTICIPLES or (quote.partial and lowered in CHARACTERISING):
            subject_words = before[max(0, i - 6):i]
            subject = Span(subject_words[0].start(), subject_words[-1].end()) if subject_words else None
            return "before", word, subject
    return None


def _introduces(quote: Quote, word) -> bool:
    """A verb that is also a common noun ("shares", "orders", "read")
    attributes a quotation after it only when it introduces it: "Abby
    commented: “…”", "he continued, “…”", "as Roe put it, “…”"."""
    gap = word.string[word.end():quote.span.start]
    gap = gap.strip()
    return gap.removeprefix("it").strip() in (":", ",", "—", "–", "-", "--")


def _verb(word) -> bool:
    return word.group().lower().rstrip(".") in SPEECH_VERBS and not _OFF.match(word.string, word.end())


# "shrugged off the smell", "laughed it off": a phrasal verb, not speech.
_OFF = LazyPattern(r" (?:it |them |that )?off\b")


def _subject_after(doc, words, verb) -> Span | None:
    """The name or pronoun right after an inverted verb ("said Mr. Peskov")."""
    if not words:
        return None
    first = words[0]
    if doc.text[verb.end():first.start()].strip():
        return None
    if first.group().lower().rstrip(".") in PRONOUNS:
        return Span(first.start(), first.end() - first.group().endswith("."))
    taken = []
    for word in words[:5]:
        if word.group()[:1].isupper() or word.group().lower() in ("de", "la", "bin", "van", "von", "al"):
            taken.append(word)
            continue
        break
    if not taken:
        return None
    end = taken[-1].end()
    last = taken[-1].group()
    if last.endswith(".") and len(last) > 2 and last not in ("Jr.", "Sr."):
        end -= 1  # the full stop ends the sentence, not the name
    return Span(taken[0].start(), end)


def _inherit(doc: Document, results: list[Attribution], mentions, owner) -> list[Attribution]:
    """Quotations with no attribution of their own take one from an attributed
    quotation in the same paragraph, from the previous paragraph's open
    quotation that they continue, or from the continuation that ends with it;
    failing those, from the paragraph's own speaker named before it ("Roe
    returned to the point later. “…”"), or from the paragraph before, when
    that one ends by introducing it ("Roe wrote in a statement:")."""
    first_attributed: dict[Span, Attribution] = {}
    for item in results:
        if item.attributed:
            first_attributed.setdefault(item.quote.block, item)
    starts = [m.span.start for m in mentions]
    out: list[Attribution] = []
    for item in results:
        if item.attributed:
            out.append(item)
            continue
        source = first_attributed.get(item.quote.block)
        kind = "paragraph"
        if source is None and item.quote.continues and out and out[-1].attributed:
            source, kind = out[-1], "continuation"
        if source is None:
            out.append(_from_context(doc, item, mentions, starts, owner))
        else:
            out.append(_take(item, source, kind))
    # A quotation left open is also attributed by a continuation paragraph that
    # names the speaker at its end ("“… ¶ “…,” Ortiz said.").
    for i in range(len(out) - 2, -1, -1):
        item, following = out[i], out[i + 1]
        if item.kind in ("none", "context", "introduced") and not item.quote.closed \
                and following.quote.continues and following.attributed:
            out[i] = _take(item, following, "continuation")
    return out


_SPEAKER_PRONOUN = LazyPattern(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")


def _from_context(doc: Document, item: Attribution, mentions, starts, owner) -> Attribution:
    """A quotation whose paragraph names a person (or says "he", "she",
    "they") before it, outside quotations, is that person's: copy editors
    accept "Roe was blunter. “…”" as attributed. A paragraph of quotation
    after one that ends with a colon ("Roe said in a statement:") is
    introduced by it."""
    quote = item.quote
    block = quote.block
    k = bisect.bisect_left(starts, quote.span.start) - 1
    if k >= 0 and mentions[k].span.start >= block.start:
        mention = mentions[k]
        return item._replace(kind="context", subject=doc.slice(mention.span), subject_span=mention.span,
                             speaker=owner.get(mention), mention=mention)
    quoted = in_quotes(doc)
    # Within reach before the quotation: a paragraph of a thousand quotations
    # must not be read a thousand times.
    reach = max(block.start, quote.span.start - 2 * SENTENCE_REACH)
    for match in _SPEAKER_PRONOUN.finditer(doc.text, reach, quote.span.start):
        if match.start() not in quoted:
            return item._replace(kind="context", subject=match.group(), subject_span=Span(match.start(), match.end()))
    text = doc.text
    if quote.opens_paragraph and _pull_quote(doc, quote):
        return item._replace(kind="repeated")  # display type: the words are quoted again, attributed
    lead_in = text[reach:quote.span.start].rstrip()
    if lead_in.endswith(":"):
        return item._replace(kind="introduced")  # "In the words of the patient: “…”"
    if _DASH_SOURCE.match(text, quote.span.end, block.end):
        return item._replace(kind="after")  # “…” — Jane Roe
    if reach < quote.span.start and _speaks(doc, Span(reach, quote.span.start), quoted):
        # "The cell, Roe said, is always sensing. “…”": reported speech
        # earlier in the paragraph names the source.
        return item._replace(kind="context")
    if quote.opens_paragraph:
        paragraph, after = _previous_paragraph(doc, block)
        previous = _previous_sentence(doc, after)
        # After "Roe said in a statement:", after an interviewer's
        # question, after speech that ends the paragraph before ("“…,” Roe
        # said.") or reported speech anywhere in a paragraph before that
        # quotes nobody ("Roe admitted the plan was late. She defended
        # it."): the same speaker's next paragraph. A photo caption between
        # them is passed over.
        if previous is not None and text[previous.start:previous.end].rstrip().endswith((":", "?")):
            return item._replace(kind="introduced")
        if previous is not None and (_speaks(doc, previous, quoted, INTRODUCES_NEXT)
                                     or _text_speaks(doc, previous, quoted)):
            return item._replace(kind="introduced")
        if paragraph is not None and not _has_quote(doc, paragraph) \
                and _speaks(doc, paragraph, quoted, INTRODUCES_NEXT):
            return item._replace(kind="introduced")
        if doc.analysis(_interview):
            # An interview: the writer's questions and asides, then the
            # answers, paragraph after paragraph, with no "she said".
            return item._replace(kind="introduced")
    return item


def _pull_quote(doc: Document, quote: Quote) -> bool:
    """A paragraph that is nothing but a quotation whose words the story
    quotes again elsewhere: a pull quote, set in display type; the
    quotation it repeats carries the attribution."""
    return not doc.text[quote.span.end:quote.block.end].strip() and quoted_again(doc, quote)


# Texts that speak in the copy: "the letter says", "budget documents show".
DOCUMENTS = frozenset("""
letter letters report reports law bill study survey lawsuit suit complaint filing filings website site sign
label memo document documents indictment affidavit ruling constitution clause section policy guidance
guidelines manual contract agreement charter proposal petition resolution release page sheet notice
warning order decree statute regulation regulations rules rule paper papers book article summary
analysis note transcript text budget review records
""".split())
# What a text does when the copy quotes it: "documents show", "the ruling states".
TEXT_VERBS = frozenset("show shows showed state states stated read reads say says said note notes noted".split())


def _text_speaks(doc: Document, sentence: Span, quoted) -> bool:
    """A text as the subject of a reporting verb: "the latest budget
    documents show the agency collected …" introduces the quotation from
    them in the next paragraph."""
    words = [w for w in _WORD.finditer(doc.text, sentence.start, min(sentence.end, sentence.start + 600))
             if w.start() not in quoted]
    return any(w.group().lower() in TEXT_VERBS and i and words[i - 1].group().lower() in DOCUMENTS
               for i, w in enumerate(words))


def _has_quote(doc: Document, span: Span) -> bool:
    return any(mark in doc.text[span.start:span.end] for mark in "“\"")


def _body_blocks(doc: Document) -> list[Span]:
    from lint.article.parts import BODY

    return [block.span for block in doc.blocks_of(BODY)]


def _previous_paragraph(doc: Document, block: Span) -> tuple[Span | None, int]:
    """The body paragraph before ``block`` (its last 1,200 characters),
    passing over a photo caption (a line of six words or more with no
    closing punctuation), and the offset of the paragraph after it."""
    blocks = doc.analysis(_body_blocks)
    k = bisect.bisect_left(doc.analysis(_block_starts), block.start) - 1
    after = block.start
    while k >= 0:
        span = blocks[k]
        line = doc.text[span.start:span.end].strip()
        if line[-1:] not in ".!?:;”’\"'" and len(line.split()) >= 6:
            after = span.start
            k -= 1
            continue
        return Span(max(span.start, span.end - 1200), span.end), after
    return None, after


def _block_starts(doc: Document) -> list[int]:
    return [span.start for span in doc.analysis(_body_blocks)]


_QUESTION_TO = LazyPattern(r"\b(?:I|we)\s+(?:ask|asked|suggest|suggested|say|put it to|wonder|wondered)\b")


def _interview(doc: Document) -> bool:
    """An interview written as a conversation: the writer's own questions
    stand as paragraphs ("Is the plan working?", "I ask her whether …"),
    two or more of them outside quotations."""
    quoted = in_quotes(doc)
    text = doc.text
    questions = 0
    for span in doc.analysis(_body_blocks):
        line = text[span.start:span.end].strip()
        if not line or line[0] in "“\"" or span.start in quoted:
            continue
        if line.endswith("?") or any(m.start() not in quoted for m in _QUESTION_TO.finditer(text, span.start, span.end)):
            questions += 1
            if questions >= 2:
                return True
    return False


_DASH_SOURCE = LazyPattern(r"[ \t]*[—–-]{1,2}[ \t]*[A-Z]")


def _previous_sentence(doc: Document, offset: int) -> Span | None:
    """The last sentence of the body paragraph just before ``offset``."""
    from lint.analysis.sentences import sentence_spans

    sentences = doc.analysis(sentence_spans)
    k = bisect.bisect_left(doc.analysis(_sentence_starts), offset) - 1
    if k < 0 or "\n" not in doc.text[sentences[k].end:offset] or doc.text[sentences[k].end:offset].strip():
        return None
    return sentences[k]


def _sentence_starts(doc: Document) -> list[int]:
    from lint.analysis.sentences import sentence_spans

    return [s.start for s in doc.analysis(sentence_spans)]


def _speaks(doc: Document, sentence: Span, quoted, also=frozenset()) -> bool:
    """A speech verb outside quotations in ``sentence``: reported speech
    ("Roe says the mine cracked her walls.") or an attributed quotation
    ("“…,” Roe said.") hands the quotation paragraph below it to Roe.
    ``also``: more verbs that do so there."""
    return any((_verb(word) or word.group().lower() in also) and word.start() not in quoted
               for word in _WORD.finditer(doc.text, sentence.start, min(sentence.end, sentence.start + 600)))


def _take(item: Attribution, source: Attribution, kind: str) -> Attribution:
    return item._replace(kind=kind, verb=source.verb, verb_span=source.verb_span, subject=source.subject,
                         subject_span=source.subject_span, speaker=source.speaker, mention=source.mention)
