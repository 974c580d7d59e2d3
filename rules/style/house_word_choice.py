"""A word or phrase that the active house-style packs replace.

## What it does
Reports the words and phrases listed in the active house-style packs (the
`style-packs` config key, default `["ap"]`) and offers the pack's
replacement. The built-in `ap` pack follows the Associated Press
Stylebook: "toward", "afterward" and "backward" (not "towards",
"afterwards", "backwards"), "percent" (not "per cent"), "OK" (not "okay"
or "O.K."), "all right" (not "alright"), "email", "website", "online",
"cellphone", "nonprofit", "fundraising", "adviser", "amid", "among",
"while" (not "amidst", "amongst", "whilst"), "gray", "judgment",
"likable", "traveled" and "canceled" (one l), and "Kyiv". The pack is a
data file, `rules/style/ap.toml`, with an id for each entry.

A newsroom adds its own pack as a TOML file, without Python (see the
README): `style-packs = ["ap", "desk-style.toml"]`.

## Why is this bad?
A house style is a promise of consistency; copy from wire services,
freelancers and press releases drifts from it word by word.

## Example
```
The crowd moved towards the pier as the ferry docked.
```

## Use instead
```
The crowd moved toward the pier as the ferry docked.
```

## Exceptions
Words inside direct quotations (a source's words are never edited to
house style), headlines, and copy that reads as British or Commonwealth
English when the pack says `guard = "american"` (the `ap` pack does):
British spellings such as "colour", "centre", "organisation" or
"recognise", "Mr"/"Dr" without a full point before a name, a day-month
date, or "per cent" used more than once. Finds match whole words only.

## Options
`skip`: entry ids to switch off, as `"id"` or `"pack/id"`, for example
`[rules.ST001] skip = ["ap/gray"]`. A pack or an entry may set its own
severity; `[rules.ST001] severity = ...` overrides them all.

## Fix safety
Each entry says how safe its replacement is. In the `ap` pack the
mechanical spellings are safe; "advisor" (firm names and formal titles
keep it) and "Kiev" (chicken Kiev, historical names) are unsafe.
"""

from __future__ import annotations

import bisect

from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix, Severity, Span
from lint.rules.style.packs import (
    active_packs, ends_sentence, matcher, option_error, with_case_of,
)
from lint.rules.style.scan import copy_spans, in_copy, lowered_copy

_APPLICABILITY = {"safe": Applicability.SAFE, "unsafe": Applicability.UNSAFE, "display": Applicability.DISPLAY}


@rule(code="ST001", name="house-word-choice", severity="info", fix="sometimes",
      summary="A word or phrase the active house-style packs replace (AP: toward, percent, OK, email...)",
      options={"skip": []})
def check(doc, ctx):
    spans = copy_spans(doc)
    if not spans:
        return
    packs = active_packs(ctx.config)
    skip = _skip_list(ctx, packs)
    lowered = lowered_copy(doc)
    configured = "severity" in ctx.config.rule_table(ctx.rule)
    taken: list[tuple[int, int]] = []  # sorted, not overlapping
    for pack in packs:
        found = matcher(pack)
        if not found.could_match(lowered):
            continue
        hits = list(_hits(doc, pack, found, spans, skip))
        if not hits:
            continue
        if pack.guarded:
            from lint.analysis.house import house

            if house(doc, ctx.config) == "british":
                continue
        for start, end, entry, replacement, shown in hits:
            if _overlaps_taken(taken, start, end):
                continue  # an earlier pack already reported this text
            bisect.insort(taken, (start, end))
            yield _diagnostic(doc, ctx, pack, entry, Span(start, end), replacement, shown, configured)


def _overlaps_taken(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    at = bisect.bisect_left(taken, (start, end))
    return any(s < end and start < e for s, e in taken[max(0, at - 1):at + 1])


def _hits(doc, pack, found, spans, skip):
    text = doc.text
    for block in spans:
        for start, end, entry, index in found.finditer(text, block.start, block.end):
            if entry.id in skip or f"{pack.name}/{entry.id}" in skip:
                continue
            if not in_copy(doc, start, end):
                continue
            replacement = entry.replacement(index)
            shown = replacement
            if replacement is not None:
                written = text[start:end]
                if not entry.case_sensitive:
                    replacement = shown = with_case_of(written, replacement)
                if written.endswith(".") and not replacement.endswith(".") and ends_sentence(
                        text, end, block.end):
                    replacement += "."  # "It was O.K." keeps its full stop
                if replacement == written:
                    continue
            yield start, end, entry, replacement, shown


def _diagnostic(doc, ctx, pack, entry, span, replacement, shown, configured):
    written = " ".join(doc.slice(span).split())
    message = entry.message.format(found=written, replace=shown or "", pack=pack.name)
    fix = None
    if replacement is not None and entry.fix in _APPLICABILITY:
        fix = Fix((Edit(span, replacement),), _APPLICABILITY[entry.fix], f"Replace with \"{shown}\"")
    diagnostic = ctx.report(span, message, fix=fix)
    own = entry.severity or pack.severity
    if own and not configured:
        diagnostic = diagnostic._replace(severity=Severity.parse(own))
    return diagnostic


def _skip_list(ctx, packs) -> frozenset[str]:
    skip = ctx.options.get("skip") or []
    if not isinstance(skip, list) or not all(isinstance(item, str) for item in skip):
        raise option_error(ctx.config, ctx.rule, "skip", "expected a list of substitution ids")
    known = {entry.id for pack in packs for entry in pack.substitutions}
    known |= {f"{pack.name}/{entry.id}" for pack in packs for entry in pack.substitutions}
    for item in skip:
        if item not in known:
            raise option_error(ctx.config, ctx.rule, "skip",
                               f"no substitution {item!r} in the active style packs", item)
    return frozenset(skip)
