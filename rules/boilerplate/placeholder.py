"""Placeholders left in copy: TK, lorem ipsum, [INSERT …], {{…}}, XX figures.

## What it does
Finds the markers writers and templates leave where a fact is still
missing: "TK"/"TKTK" (newsroom shorthand for "to come"), "lorem ipsum"
filler, bracketed notes such as "[INSERT QUOTE]", template tokens such as
"{{byline}}", "${name}" or "%%NAME%%", and "XX" standing for a number
("XX percent", "$XX million", "XX,XXX", "20XX"). A standalone capital "TK"
next to a capitalised word ("TK Maxx") is a name, and "XX" with no number
context ("Super Bowl XX") is a roman numeral: neither is reported.

## Why is this bad?
The story is not finished. A placeholder that reaches print or the web is
one of the most visible errors a newsroom can make, and the missing fact
may be the one the story depends on.

## Example
```
The fire destroyed TK homes along the ridge, officials said.
```

## Use instead
```
The fire destroyed 14 homes along the ridge, officials said.
```

## Fix safety
Display only: the fix shows the placeholder deleted, but nothing can be
applied automatically. Someone has to find the missing fact.
"""

from __future__ import annotations

import re

from lint.article.document import Document

from lint.article.parts import BODY, HEADER, HEADING, TAGLINE

from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix, Span
from lint.support.patterns import LazyPattern

# These patterns are fixed and written to run in linear time (bounded
# repeats, no nested quantifiers), so the standard library's ``re`` serves;
# the ``regex`` module and its timeout guard the patterns editors write as data.
_FLAGS = 0
_BRACKET = LazyPattern(
    r"\[\s*(?:(?i:insert|todo|tbd|tbc|fixme|placeholder|fill\s+in)"
    r"|ADD|NEED|CONFIRM|CHECK|NAME|QUOTE|PHOTO|HED|DEK|TK|XX|DATE|AGE|TITLE)\b[^\]\r\n]{0,80}\]",
    _FLAGS, ("[",),
)
_TEMPLATE = LazyPattern(
    r"\{\{[^{}\r\n]{0,80}\}\}|\{%[^%\r\n]{0,80}%\}|\$\{[A-Za-z_][\w.]{0,40}\}|%%[A-Za-z_]\w{0,40}%%",
    _FLAGS, ("{{", "{%", "${", "%%"),
)
_LOREM = LazyPattern(r"\blorem\s+ipsum\b", _FLAGS | re.IGNORECASE, ("lorem",))
_TK = LazyPattern(r"(?<![\w-])(?:TK){1,4}(?![\w-])", _FLAGS, ("tk",))
_NEXT_WORD = LazyPattern(r"[ \t]+(\w)", _FLAGS)
_PREV_WORD = LazyPattern(r"(?:^|(?<=\s))(\w[\w.'’-]{0,40})[ \t]+$", _FLAGS)
_SENTENCE_START = LazyPattern(r"(?:^|[.!?:;“\"(]\s*)$", _FLAGS)
_XX = LazyPattern(
    r"(?<![\w])(?P<cur>[$£€]\s?)?(?P<tok>X{2,}(?:[,.]X{1,3}){0,4}|x{2,}(?:[,.]x{1,3}){0,4})(?![\w])"
    r"|\b(?:19|20)(?:XX|xx)\b",
    _FLAGS, ("xx",),
)
_UNIT = LazyPattern(
    r"[ \t-]{0,2}(?:%|percent|per\s+cent|percentage\s+points?|million|billion|trillion|thousand|hundred"
    r"|people|residents|voters|votes|students|members|workers|employees|homes|houses|jobs|cases|deaths"
    r"|patients|years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|acres?|feet|foot|meters?"
    r"|kilometers?|pounds?|tons?|dollars|cents|points|times|degrees|year-old|yards?)\b",
    _FLAGS | re.IGNORECASE,
)
_SCAN_KINDS = (HEADER, HEADING, BODY, TAGLINE)


def _tk_is_name(text: str, start: int, end: int, block_start: int) -> bool:
    """"TK" beside a capitalised word is part of a name ("TK Maxx")."""
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).isupper():
        return True
    before = _PREV_WORD.search(text, block_start, start)
    if before and before.group(1)[0].isupper():
        # A capitalised word that starts a sentence ("The TK ...") says nothing.
        return not _SENTENCE_START.search(text, block_start, before.start(1))
    return False


def _is_number_placeholder(text: str, match, end_limit: int) -> bool:
    if match.group("tok") is None:  # "20XX"
        return True
    token = match.group("tok")
    if match.group("cur") or "," in token or "." in token:
        return True
    return bool(_UNIT.match(text, match.end(), end_limit))


def find_placeholders(doc: Document) -> list[tuple[Span, str]]:
    """(span, placeholder text) of every placeholder in copy, in text order."""
    text = doc.text
    found: list[tuple[Span, str]] = []
    for block in doc.blocks_of(*_SCAN_KINDS):
        start, end = block.span.start, block.span.end
        taken: list[Span] = []

        def add(span: Span) -> None:
            if any(span.overlaps(t) for t in taken) or not doc.is_copy(span):
                return
            taken.append(span)
            found.append((span, text[span.start:span.end]))

        lowered = text[start:end].lower()
        for pattern in (_BRACKET, _TEMPLATE, _LOREM):
            if pattern.could_match(lowered):
                for match in pattern.finditer(text, start, end):
                    add(Span(match.start(), match.end()))
        for match in (_TK.finditer(text, start, end) if _TK.could_match(lowered) else ()):
            if len(match.group()) > 2 or not _tk_is_name(text, match.start(), match.end(), start):
                add(Span(match.start(), match.end()))
        for match in (_XX.finditer(text, start, end) if _XX.could_match(lowered) else ()):
            if _is_number_placeholder(text, match, end):
                span = Span(match.start("tok"), match.end("tok")) if match.group("tok") else Span(
                    match.start(), match.end())
                add(span)
    found.sort(key=lambda item: item[0])
    return found


@rule(code="BP006", name="placeholder", severity="error", fix="always",
      summary="A placeholder (TK, lorem ipsum, [INSERT …], {{…}}, XX) left where a fact is missing")
def check(doc: Document, ctx):
    for span, placeholder in doc.analysis(find_placeholders):
        fix = Fix((Edit(span, ""),), Applicability.DISPLAY, "Fill in the missing fact, or delete the placeholder")
        yield ctx.report(span, f"Placeholder “{placeholder}” is still in the copy; the missing fact must be "
                               "filled in before publication.", fix=fix)


RULE = check
