"""An attribution verb that editorialises.

## What it does
Reports attribution verbs that tell the reader what to think of the words
they attribute — "claimed" (doubt), "admitted" (confession), "insisted",
"conceded", "revealed" — and verbs that are not ways of speaking at all
("smiled", "laughed", "shrugged") or report a state of mind ("believes").
The list, with the reason for each verb, is data:
`rules/attribution/loaded_verbs.toml`. A verb counts when it attributes a
quotation or introduces a reported clause ("claimed that …", "claimed
Monday the shortfall was smaller") after a person, a pronoun, a group
("officials", "the ministry") or a name ("Nissan claimed that …").

## Why is this bad?
"Said" is neutral; the loaded verbs pass judgment in the reporter's voice,
and a quote cannot be smiled.

## Example
```
Auditor Mara Voss reviewed the accounts. "The numbers are wrong," Ms. Voss claimed.
```

## Use instead
```
Auditor Mara Voss reviewed the accounts. "The numbers are wrong," Ms. Voss said.
```

## Severity
Info for loaded verbs; a warning for verbs that are not speech or report a
state of mind when they carry a quotation ("“…,” she laughed."), info when
they introduce a reported view ("He believes that …").

## Fix safety
No fix: "said" is usually right, but the writer may have meant the nuance.
"""

from __future__ import annotations

import functools
import os
import re

from lint.engine.registry import rule
from lint.model import Severity, Span
from lint.rules.attribution.common import attributions
from lint.rules.titles.common import people
from lint.support.patterns import LazyPattern

DATA = os.path.join(os.path.dirname(__file__), "loaded_verbs.toml")


@functools.cache
def loaded_verbs() -> dict[str, tuple[str, str, str]]:
    """form -> (lemma, kind, reason), from the data file."""
    from lint.support.ruledata import load_toml

    data = load_toml(DATA)
    table = {}
    for entry in data.get("verb", []):
        for form in entry["forms"]:
            table[form.lower()] = (entry["lemma"], entry["kind"], entry["reason"])
    return table


@rule(code="AT004", name="loaded-attribution-verb", severity="info",
      summary="claimed, admitted, insisted … (or smiled, laughed) as an attribution verb")
def check(doc, ctx):
    table = loaded_verbs()
    seen = set()
    for item in attributions(doc, ctx):
        if item.verb_span is None or item.kind in ("paragraph", "continuation"):
            continue
        seen.add(item.verb_span.start)
        yield from _report(doc, ctx, table, item.verb_span)
    # Reported clauses: "Ms. Voss claimed that the numbers were wrong."
    from lint.analysis.people import copy_blocks
    from lint.analysis.quotes import in_quotes

    quotes = in_quotes(doc)
    text = doc.text
    ends = {m.span.end + (2 if m.possessive else 0)
            for p in people(doc, ctx).persons for m in p.mentions if not m.in_quote}
    for block in doc.analysis(copy_blocks):
        start = block.start
        for word in text[block.start:block.end].split(" "):
            bare = word.strip(",.;:").lower()
            span = Span(start, start + len(word.rstrip(",.;:")))
            start += len(word) + 1
            if bare not in table or span.start in seen or span.start in quotes:
                continue
            if _reported_clause(text, span.end) and (_after_person(text, span.start, ends)
                                                     or _after_group(text, span.start)
                                                     or _after_name(text, span.start)):
                yield from _report(doc, ctx, table, span, reported=True)


_DAY = r"(?:(?:on |last |early |late )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|on [A-Z][a-z]+\.? \d{1,2}),? "
# A clause after the verb: "claimed that …", or "claimed (Monday) the
# shortfall was smaller" — a finite verb within a few words. "claimed the
# title" (won it) or "admitted the patient" is no reported speech.
_CLAUSE = LazyPattern(
    r" (?:that |" + _DAY + r"that |(?:" + _DAY + r")?(?:the |a |an |his |her |their |its |he |she |they |it |there |"
    r"[A-Z][\w’'-]+ )(?:[\w’'-]+,? ){0,4}(?:was|were|is|are|had|has|have|would|will|could|can|should|did|does|do)\b)")
# Groups that speak in reported clauses: "officials claimed Monday the …".
_GROUP = LazyPattern(
    r"\b(?:officials|authorities|police|prosecutors|investigators|critics|lawyers|attorneys|residents|"
    r"leaders|ministers|lawmakers|executives|analysts|experts|organizers|organisers|protesters|officers|"
    r"company|government|ministry|department|agency|spokesman|spokeswoman|spokesperson|administration|"
    r"campaign|council|board|union|committee|it|they|we|i)\s*$", re.IGNORECASE)


def _reported_clause(text: str, end: int) -> bool:
    return _CLAUSE.match(text, end, end + 120) is not None


def _after_group(text: str, start: int) -> bool:
    return _GROUP.search(text, max(0, start - 20), start) is not None


_NOT_SUBJECTS = frozenset("""
the a an this that these those it its he she they we i in on at as but and or if when while after
before since then there here also still now so yet
""".split())


def _after_name(text: str, start: int) -> bool:
    """A capitalised name right before the verb, a person the people
    analysis did not place ("Liu claimed that …") or an organisation
    ("Nissan claimed that …"): with a reported clause after it, the verb
    attributes."""
    before = text[max(0, start - 40):start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words:
        return False
    word = words[-1]
    return word[:1].isupper() and word.isalpha() and word.lower() not in _NOT_SUBJECTS


def _after_person(text: str, start: int, ends: set[int]) -> bool:
    """A named person or "he"/"she" right before the verb: an organisation's
    stated position ("the administration has maintained that") is not checked."""
    if start - 1 in ends:
        return True
    return text[max(0, start - 4):start].lower() in (" he ", "she ") or text[max(0, start - 3):start].lower() == "he "


def _report(doc, ctx, table, span, reported=False):
    word = doc.slice(span)
    found = table.get(word.lower())
    if found is None:
        return
    lemma, kind, reason = found
    diagnostic = ctx.report(span, f"\"{word}\" as an attribution verb: {reason} Prefer \"said\".")
    # A quotation laughed or thought is a warning; a view reported with
    # "believes that" is how copy reports an interview, and stays info.
    if kind != "loaded" and not reported and diagnostic.severity < Severity.WARNING:
        diagnostic = diagnostic._replace(severity=Severity.WARNING)
    yield diagnostic
