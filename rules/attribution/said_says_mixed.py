"""Attributions that mix "said" and "says".

## What it does
Collects the attribution verbs (said/says, told/tells, added/adds,
asked/asks, explained/explains) whose subject is a named person or a
personal pronoun ("Mr. Peskov said", "said Ms. Okafor", "she says"), and
those that attribute a direct quotation whatever their subject ("“…,” the
ministry says"), and reports a stray one in the minority tense, naming the
dominant one. Present tense for unnamed groups in reported speech
("officials say the road is safe") is left alone: it describes a standing
position. So is a verb in a relative clause ("Roe, who still says the
price is too high, …", "a rule that says …"), a text's present ("the
letter says", "says the report", "…,” it says") and an organisation's
reported view with a partial quotation ("the agency says that the border
“remains the main route”"). A pronoun after the verb is its subject only
where it ends the clause ("…,” says she."): "says he is" and "said she was"
open reported speech. A story that uses the minority tense more than once
does so by design (features: past for what was said at an event, present
for standing views) and is not reported, nor is one that has fewer than
three attributions in the other tense. Option `tense`: `"dominant"`
(default), `"past"` or `"present"` to enforce one.

## Why is this bad?
News copy is written in the past tense ("said"); features often use
"says". Mixing them in one story reads as two drafts stitched together.

## Example
```
Mayor Ines Park opened the hearing. "We will rebuild," Ms. Park said. "The money is there," Ms. Park said later. "It will take years," she said. "But we start today," Ms. Park says.
```

## Use instead
```
Mayor Ines Park opened the hearing. "We will rebuild," Ms. Park said. "The money is there," Ms. Park said later. "It will take years," she said. "But we start today," Ms. Park said.
```

## Fix safety
No fix: the verb's form depends on the sentence ("says" → "said", "tells"
→ "told").
"""

from __future__ import annotations

import bisect

from lint.engine.registry import rule
from lint.analysis.attribution import DOCUMENTS
from lint.model import Span
from lint.rules.attribution.common import attributions
from lint.rules.titles.common import people

_PERSONAL = {"he", "she"}
# The verbs that carry a story's attribution tense. Others ("claims",
# "points out", "suggests", "posts") are as often nouns or plain verbs
# of the sentence as attributions.
PAST = frozenset("said told added asked explained".split())
PRESENT = frozenset("says say tells tell adds add asks ask explains explain".split())
_QUOTED = frozenset({"after", "inverted", "before"})


def attribution_verbs(doc, ctx):
    """(verb span, verb, tense) of verbs next to a named person or pronoun."""
    from lint.analysis.people import _tokens, copy_blocks
    from lint.analysis.quotes import in_quotes

    quotes = in_quotes(doc)
    found = []
    text = doc.text
    mentions = [m for p in people(doc, ctx).persons for m in p.mentions if not m.in_quote]
    ends = {m.span.end + (2 if m.possessive else 0) for m in mentions}
    starts = {m.span.start for m in mentions}
    for block in doc.analysis(copy_blocks):
        for token in _tokens(doc, block):
            word = token.text.lower().rstrip(".")
            if word not in PAST and word not in PRESENT:
                continue
            word_start = token.start
            tense = "past" if word in PAST else "present"
            if word_start in quotes:
                continue
            before = text[max(block.start, word_start - 12):word_start].rstrip(" ")
            previous_word = before.split(" ")[-1].lower() if before else ""
            after = word_start + len(word) + 1
            subject_before = (word_start - 1) in ends or previous_word in _PERSONAL \
                or _appositive_after_name(text, block.start, word_start, ends)
            # A pronoun after the verb is its subject only where the clause
            # ends with it ("…,” says she."); "says he is" and "said she
            # was afraid" open the reported clause.
            subject_after = after in starts or _closing_pronoun(text, after)
            if _relative_clause(text, block.start, word_start):
                continue
            if (subject_before or subject_after) and word not in ("say", "tell", "add", "ask", "explain"):
                found.append((Span(word_start, word_start + len(word)), word, tense))
    # Any subject when the verb hands on a direct quotation, groups included:
    # "“…,” officials say." among "said" is a slip, though "officials say
    # the road is safe" is a standing position.
    seen = {span.start for span, _, _ in found}
    for item in attributions(doc, ctx):
        word = (item.verb or "").lower()
        if item.kind in _QUOTED and (word in PAST or word in PRESENT) and item.verb_span.start not in seen:
            seen.add(item.verb_span.start)
            if _standing(doc, item, word):
                continue
            found.append((item.verb_span, word, "past" if word in PAST else "present"))
    return sorted((f for f in found if _tensed(doc, f[0])), key=lambda f: f[0].start)


def _closing_pronoun(text: str, at: int) -> bool:
    """"he" or "she" at ``at``, ending its clause: "…,” says she."."""
    for pronoun in _PERSONAL:
        if text.startswith(pronoun, at):
            follows = text[at + len(pronoun):at + len(pronoun) + 1]
            return follows == "" or follows in ".,;:!?”’\"'\n"
    return False


def _appositive_after_name(text: str, floor: int, start: int, ends) -> bool:
    """A named subject set off from its verb by a short appositive: "Ms.
    Roe, 58, says", "Roe, the mayor, said"."""
    before = text[max(floor, start - 80):start].rstrip()
    if not before.endswith(","):
        return False
    inner = before[:-1]
    comma = inner.rfind(",")
    if comma < 0 or len(inner[comma + 1:].split()) > 6 or any(c in inner[comma:] for c in ".;:!?”\""):
        return False
    return (max(floor, start - 80) + comma) in ends


# Adverbs between a relative pronoun and its verb: "who also says".
_RELATIVE_ADVERBS = frozenset("also still now often always later then repeatedly publicly".split())
_RELATIVE = frozenset({"who", "which", "that"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def _relative_clause(text: str, floor: int, start: int) -> bool:
    """The verb of a relative clause ("Roe, who also says he …", "a clause
    that says …", "the group, which says on its site …", "a sale, which
    Roe says can save …"): it describes the subject's standing view or a
    text's content, not an attribution whose tense the story chooses."""
    words = text[max(floor, start - 60):start].split()
    while words and words[-1].lower() in _RELATIVE_ADVERBS:
        words.pop()
    if words and words[-1].lower() in _RELATIVE:
        return True
    # The object's clause: "a fare sale, which Roe says can save £200",
    # "the plan that she says will fail".
    for size in (1, 2, 3):
        if len(words) > size and words[-size - 1].lower() in _RELATIVE - {"who"} | {"whom"}:
            subject = words[-size:]
            return (size == 1 and subject[0].lower() in _SUBJECT_PRONOUNS) or all(
                w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in subject)
    return False


# A text still says what it says: "the letter says", "says the report".
_DETERMINERS = frozenset("the a an its his her their this that our".split())


def _standing(doc, item, word: str) -> bool:
    """A present-tense verb whose subject is a text ("…,” the letter says;
    "says the report"), a relative pronoun, or an organisation's reported
    view with a partial quotation ("the agency says that the border
    “remains the main route”"): the convention is the present whatever the
    story's tense, so the verb says nothing of it."""
    if word not in PRESENT:
        return False
    text = doc.text
    start, end = item.verb_span.start, item.verb_span.end
    block = item.quote.block
    if _relative_clause(text, block.start, start):
        return True
    before = [w.strip(",.”’\"'").lower() for w in text[max(block.start, start - 40):start].split()][-3:]
    after = [w.strip(",.”’\"'").lower() for w in text[end:min(block.end, end + 40)].split()][:3]
    if before and (before[-1] in DOCUMENTS or before[-1] == "it"):
        return True  # "the letter says", "…,” it says": a text, or an organisation's standing word
    if item.kind in ("after", "inverted") and after and after[0] in _DETERMINERS \
            and any(w in DOCUMENTS for w in after[1:3]):
        return True
    subject = (item.subject or "").lower()
    return item.kind == "before" and item.quote.partial and item.speaker is None \
        and subject.split()[-1:] != [] and subject.split()[-1] not in _PERSONAL | {"i", "we", "they"}


_UNTENSED_BEFORE = frozenset("to would could will may might must should can did does do".split())


def _tensed(doc, span: Span) -> bool:
    """Not "as if to say", "as Roe would say"; not in a heading or a live
    page's entry title ("Mayor says city will rebuild"), which are written
    in the present by convention."""
    before = doc.text[max(0, span.start - 12):span.start].split()
    if before and before[-1].lower() in _UNTENSED_BEFORE:
        return False
    blocks = doc.blocks
    k = bisect.bisect_right(doc.analysis(_block_starts), span.start) - 1
    if k < 0 or span.start >= blocks[k].span.end:
        return True
    return doc.slice(blocks[k].span).rstrip().endswith(tuple(".!?\"”’'):"))


def _block_starts(doc) -> list[int]:
    return [b.span.start for b in doc.blocks]


# Attributions in one tense before it counts as the story's convention:
# two "said" and a "says" is too little to tell a slip from a choice.
MIN_CONVENTION = 3


@rule(code="AT003", name="said-says-mixed", severity="warning",
      summary="Attribution verbs mixing past (said) and present (says) tense",
      options={"tense": "dominant"})
def check(doc, ctx):
    verbs = doc.analysis(attribution_verbs, doc, ctx)
    wanted = ctx.options.get("tense", "dominant")
    past = sum(1 for _, _, tense in verbs if tense == "past")
    present = len(verbs) - past
    if wanted == "dominant":
        if not (past and present):
            return
        wanted = "past" if past >= present else "present"
        majority, minority = max(past, present), min(past, present)
        # A story that uses the other tense more than once does so on
        # purpose (past for what was said at an event, present for standing
        # views): only a stray one is a slip.
        if majority < MIN_CONVENTION or minority > 1:
            return
    for span, word, tense in verbs:
        if tense != wanted:
            count = past if wanted == "past" else present
            yield ctx.report(span, f"\"{word}\" is {tense} tense; the story's attributions use the "
                             f"{wanted} tense ({count} of {len(verbs)}).")
