"""Who said each quotation, and with which verb.

For every quotation (``lint.quotes``) this finds its attribution: a speech
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

from lint import regexcache
from lint.document import Document
from lint.model import Span
from lint.quotes import Quote, find_quotes, in_quotes
from lint.records import record
from lint.sentences import SENTENCE_REACH

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
SPEECH_VERBS = PAST | PRESENT
# Participles that attribute a quotation to their clause's subject: "…
# rejected the call, saying Kyiv would “never raise other flags.”"
PARTICIPLES = frozenset("""
saying adding telling writing noting warning arguing insisting asking explaining declaring stating
""".split())
# Verbs that attribute a partial quotation to their subject: Mr. Ortiz
# "called the plan “a gimmick”". Not speech verbs for the tense rules.
CHARACTERISING = frozenset("""
called calls described describes dismissed dismisses labeled labelled labels branded brands termed terms
hailed hails derided derides denounced denounces praised praises criticized criticised criticizes criticises
calling describing dismissing labeling labelling branding terming deriding denouncing
""".split())
PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_BE_FORMS = frozenset({"was", "were", "been", "being", "be", "is", "are"})  # "officials were warned"

_WORD = regexcache.compile(r"[^\W\d_]+(?:[’'\-.][^\W\d_]+)*\.?")
_ACCORDING = regexcache.compile(r"\baccording to\b", re.IGNORECASE)


@record
class Attribution:
    quote: Quote
    kind: str  # after, inverted, before, according-to, paragraph, continuation, none
    verb: str | None
    verb_span: Span | None
    subject: str | None  # as written
    subject_span: Span | None
    speaker: object | None  # a lint.people.Person, when the subject is one
    mention: object | None  # the people-analysis mention that names the speaker

    @property
    def attributed(self) -> bool:
        return self.kind != "none"


def find_attributions(doc: Document, people) -> tuple[Attribution, ...]:
    """One attribution per quotation, in text order."""
    from lint.sentences import sentence_spans

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
        found = _in_sentence(doc, quote, sentence_of(quote.span.start), sentence_of(max(quote.span.end - 1,
                             quote.span.start)), outside_quotes)
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
    return tuple(_inherit(results))


def _in_sentence(doc, quote: Quote, first: Span, last: Span, outside_quotes):
    """(kind, verb match, subject span) from the quote's own sentence(s)."""
    text = doc.text
    start, end = min(first.start, quote.span.start), max(last.end, quote.span.end)
    # Within reach of the quotation: a runaway "sentence" must not make the
    # search quadratic.
    start, end = max(start, quote.span.start - SENTENCE_REACH), min(end, quote.span.end + SENTENCE_REACH)
    before = _verb_before(quote, list(outside_quotes(start, quote.span.start)))
    if before and quote.partial:
        # A partial quotation belongs to the verb of its own clause:
        # Mr. Ortiz called the plan “a gimmick,” and asked for a delay.
        return before
    # After the quotation: "…,” Mr. Peskov said." / "…,” said Mr. Peskov."
    after = list(outside_quotes(quote.span.end, end))
    if quote.partial and not _comma_closes(text, quote):
        after = []  # “a gimmick” and said …: running text, not an attribution
    for i, word in enumerate(after[:8]):
        if _verb(word) and not (i and after[i - 1].group().lower() in _BE_FORMS):
            if i == 0:
                subject = _subject_after(doc, after[1:], word)
                return ("inverted" if subject else "after"), word, subject
            subject = Span(after[0].start(), after[i - 1].end())
            return "after", word, subject
    if before:
        return before
    according = _ACCORDING.search(text, start, end)
    if according:
        rest = list(outside_quotes(according.end(), end))[:6]
        if rest:
            return "according-to", according, Span(rest[0].start(), rest[-1].end())
    return None


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
        if _verb(word) or lowered in PARTICIPLES or (quote.partial and lowered in CHARACTERISING):
            subject_words = before[max(0, i - 6):i]
            subject = Span(subject_words[0].start(), subject_words[-1].end()) if subject_words else None
            return "before", word, subject
    return None


def _verb(word) -> bool:
    return word.group().lower().rstrip(".") in SPEECH_VERBS


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


def _inherit(results: list[Attribution]) -> list[Attribution]:
    """Quotations with no attribution of their own take one from an attributed
    quotation in the same paragraph, from the previous paragraph's open
    quotation that they continue, or from the continuation that ends with it."""
    out: list[Attribution] = []
    for i, item in enumerate(results):
        if item.attributed:
            out.append(item)
            continue
        same = [r for r in results if r.quote.block == item.quote.block and r.attributed]
        source = None
        if same:
            source, kind = same[0], "paragraph"
        elif item.quote.continues and out and out[-1].attributed:
            source, kind = out[-1], "continuation"
        if source is None:
            out.append(item)
        else:
            out.append(_take(item, source, kind))
    # A quotation left open is also attributed by a continuation paragraph that
    # names the speaker at its end ("“… ¶ “…,” Ortiz said.").
    for i in range(len(out) - 2, -1, -1):
        item, following = out[i], out[i + 1]
        if not item.attributed and not item.quote.closed and following.quote.continues and following.attributed:
            out[i] = _take(item, following, "continuation")
    return out


def _take(item: Attribution, source: Attribution, kind: str) -> Attribution:
    return item._replace(kind=kind, verb=source.verb, verb_span=source.verb_span, subject=source.subject,
                         subject_span=source.subject_span, speaker=source.speaker, mention=source.mention)
