"""``copydesk claims FILE``: the checkable statements of a story, for a fact-checker.

Lists numbers, dates, ages, titles given to people, superlatives ("the
largest", "the first") and quotations, each with its line and column. It
is a checklist, not a verdict: it changes no exit status.
"""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from lint.support.patterns import LazyPattern

_NUMBER = LazyPattern(
    r"(?<![\w.-])(?:[$£€]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|million|billion|trillion))?(?![\w])")
_AGE = LazyPattern(r",\s(?P<age>\d{1,3}),|\b(?P<age2>\d{1,3})-year-old\b")
_SUPERLATIVE = LazyPattern(
    r"\b(?:the\s+)?(?:(?:first|only|largest|biggest|smallest|highest|lowest|oldest|youngest|"
    r"longest|shortest|fastest|slowest|most|least|best|worst|deadliest|costliest|busiest)\b"
    r"(?:\s+[\w-]+){0,3})", re.IGNORECASE)
_YEARISH = LazyPattern(r"^(?:19|20)\d\d$")
EXCERPT = 70


def claims(doc, settings) -> list[dict[str, Any]]:
    """The story's checkable statements, in text order."""
    from lint.analysis.attribution import find_attributions
    from lint.analysis.dates import find_dates
    from lint.analysis.people import FULL, copy_blocks, find_people
    from lint.analysis.peoplefile import people_file_for
    from lint.analysis.quotes import in_quotes

    text = doc.text
    quotes = in_quotes(doc)
    items: list[tuple[int, int, str, str, str]] = []  # (start, end, kind, text, note)

    def add(start: int, end: int, kind: str, note: str = "") -> None:
        items.append((start, end, kind, text[start:end], note))

    dates = doc.analysis(find_dates)
    date_spans = [d.span for d in dates]
    for item in dates:
        when = ""
        if item.start is not None:
            when = item.start.isoformat() if item.start == item.end else f"{item.start} to {item.end}"
        add(item.span.start, item.span.end, "date", when)
    people = doc.analysis(find_people, doc, people_file_for(settings))
    for person in people.persons:
        for mention in person.mentions:
            if mention.kind == FULL and mention.title and not mention.in_quote:
                add(mention.span.start, mention.span.end, "title", f"{person.label}: {mention.title}")
    for block in doc.analysis(copy_blocks):
        for match in _AGE.finditer(text, block.start, block.end):
            group = "age" if match.group("age") else "age2"
            add(match.start(group), match.end(group), "age")
        for match in _NUMBER.finditer(text, block.start, block.end):
            if any(s.start <= match.start() < s.end for s in date_spans) or match.start() in quotes:
                continue
            if _YEARISH.match(match.group()) or any(i[0] == match.start() and i[2] == "age" for i in items):
                continue
            add(match.start(), match.end(), "number")
        for match in _SUPERLATIVE.finditer(text, block.start, block.end):
            if match.start() not in quotes and not any(s.start <= match.start() < s.end for s in date_spans):
                add(match.start(), match.end(), "superlative")
    for item in doc.analysis(find_attributions, doc, people):
        speaker = item.speaker.label if item.speaker is not None else (item.subject or "unattributed")
        add(item.quote.span.start, item.quote.span.end, "quote", speaker)
    items.sort(key=lambda i: (i[0], i[2]))
    out = []
    for start, end, kind, written, note in items:
        line, column = doc.line_col(start)
        flat = " ".join(written.split())
        out.append({"line": line, "column": column, "kind": kind,
                    "text": flat if len(flat) <= EXCERPT else flat[:EXCERPT - 1] + "…", "note": note})
    return out


def run_claims(engine, args, stdout: TextIO) -> int:
    """One checklist per article; with ``--format json`` and several files,
    an array of ``{"path": …, "claims": […]}``."""
    from lint.commands.single import articles

    several = len(args.paths) > 1
    records = []
    for doc, settings in articles(engine, args):
        path = doc.path
        found = claims(doc, settings)
        if args.format == "json":
            records.append({"path": path, "claims": found} if several else found)
            continue
        stdout.write(f"{path}: {len(found)} checkable statement{'s' if len(found) != 1 else ''}\n")
        for item in found:
            note = f"  ({item['note']})" if item["note"] else ""
            stdout.write(f"  {item['line']}:{item['column']:<5} {item['kind']:<12} {item['text']}{note}\n")
    if args.format == "json" and (records or several):
        json.dump(records if several else records[0], stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
    return 2 if args.failed else 0
