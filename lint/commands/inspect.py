"""``copydesk inspect FILE``: print what the linter understood of an article.

Each section is one analysis of the Document; later analyses (people,
quotes, dates) add their own sections here.
"""

from __future__ import annotations

import json
from typing import Any, TextIO


EXCERPT = 60


def describe_people(doc, settings) -> list[dict[str, Any]]:
    """Every person, their gender with its evidence, and each mention."""
    from lint.analysis.people import find_people
    from lint.analysis.peoplefile import people_file_for

    found = doc.analysis(find_people, doc, people_file_for(settings))
    people = []
    for person in found.persons:
        mentions = []
        for mention in person.mentions:
            line, column = doc.line_col(mention.span.start)
            mentions.append({"line": line, "column": column, "kind": mention.kind, "text": doc.slice(mention.span),
                             "in_quote": mention.in_quote, "possessive": mention.possessive})
        people.append({
            "name": person.label, "surname": person.surname, "given": person.given,
            "gender": person.gender,
            "evidence": [{"source": source, "gender": gender, "detail": detail}
                         for source, gender, detail in person.evidence],
            "people_file": person.entry is not None,
            "mentions": mentions,
        })
    ambiguous = []
    for mention, candidates in found.ambiguous:
        line, column = doc.line_col(mention.span.start)
        ambiguous.append({"line": line, "column": column, "text": doc.slice(mention.span),
                          "candidates": [p.label for p in candidates]})
    return people + ([{"ambiguous": ambiguous}] if ambiguous else [])


def describe_quotes(doc, settings) -> list[dict[str, Any]]:
    """Every quotation with its attribution and speaker."""
    from lint.analysis.attribution import find_attributions
    from lint.analysis.people import find_people
    from lint.analysis.peoplefile import people_file_for

    found = doc.analysis(find_attributions, doc, doc.analysis(find_people, doc, people_file_for(settings)))
    quotes = []
    for item in found:
        quote = item.quote
        line, column = doc.line_col(quote.span.start)
        text = " ".join(doc.slice(quote.span).split())
        quotes.append({
            "line": line, "column": column,
            "text": text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…",
            "partial": quote.partial, "continues": quote.continues, "closed": quote.closed,
            "attribution": item.kind, "verb": item.verb, "subject": item.subject,
            "speaker": item.speaker.label if item.speaker is not None else None,
        })
    return quotes


def describe_dates(doc) -> list[dict[str, Any]]:
    """Every date expression with what it resolves to."""
    from lint.analysis.dates import find_dates

    dates = []
    for item in doc.analysis(find_dates):
        line, column = doc.line_col(item.span.start)
        dates.append({
            "line": line, "column": column, "text": item.text, "kind": item.kind, "tense": item.tense,
            "start": item.start.isoformat() if item.start else None,
            "end": item.end.isoformat() if item.end else None,
        })
    return dates


def describe_layout(doc) -> dict[str, Any]:
    """The page's layout as the BP family reads it: each copy line's zone
    (head, story, tail), shape and role, and why furniture was taken for it."""
    from lint.rules.boilerplate.layout import find_layout

    layout = doc.analysis(find_layout, doc)
    lines = []
    for item in layout.lines:
        line, _ = doc.line_col(item.span.start)
        text = " ".join(doc.slice(item.span).split())
        lines.append({"line": line, "zone": item.zone, "shape": item.shape, "role": item.role,
                      "reason": item.reason, "text": text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"})
    return {"scraped": layout.scraped, "lines": lines}


def describe_house(doc, settings) -> dict[str, Any]:
    """The house style the AP-only rules follow, and where it comes from."""
    from lint.analysis.house import detected_house

    configured = settings.get("house", "auto")
    return {"house": configured if configured != "auto" else doc.analysis(detected_house),
            "source": "config" if configured != "auto" else "detected"}


def describe(doc, settings=None) -> dict[str, Any]:
    """A JSON-ready description of the document's structure."""
    header = doc.header
    blocks = []
    for block in doc.blocks:
        line, column = doc.line_col(block.span.start)
        end_line, _ = doc.line_col(block.span.end if doc.html is None else max(block.span.start, block.span.end - 1))
        text = " ".join(doc.slice(block.span).split())
        blocks.append({
            "kind": block.kind, "line": line, "column": column, "end_line": end_line,
            "text": text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…",
        })
        if doc.html is not None:  # the element the block came from
            found = doc.html.block_at(block.span.start)
            blocks[-1]["element"] = found.element.describe() if found else None
    date = doc.publication_date
    return {
        "path": doc.path,
        "format": doc.format,
        "outlet": doc.outlet,
        "publication_date": date.isoformat() if date else None,
        "publication_weekday": date.strftime("%A") if date else None,
        "date_source": doc.date_source,
        "header": None if header is None else {
            "outlet": header.outlet, "byline": header.byline, "date": header.date.isoformat(),
            "weekday": header.weekday,
        },
        "meta": dict(doc.meta),
        "house": describe_house(doc, settings) if settings is not None else None,
        "blocks": blocks,
        "layout": describe_layout(doc),
        "people": describe_people(doc, settings) if settings is not None else [],
        "quotes": describe_quotes(doc, settings) if settings is not None else [],
        "dates": describe_dates(doc) if settings is not None else [],
    }


def run_inspect(engine, args, stdout: TextIO) -> int:
    """Each article in turn; with ``--format json`` and several files, an
    array of the objects one file gives."""
    from lint.commands.single import articles

    several = len(args.paths) > 1
    records = []
    for doc, settings in articles(engine, args):
        info = describe(doc, settings)
        if args.format == "json":
            records.append(info)
        else:
            _write_text(info, stdout)
    if args.format == "json" and (records or several):
        json.dump(records if several else records[0], stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
    return 2 if args.failed else 0


def _write_text(info, stdout: TextIO) -> None:
    stdout.write(f"{info['path']} ({info['format']})\n")
    stdout.write(f"  outlet:           {info['outlet'] or '-'}\n")
    if info["publication_date"]:
        stdout.write(f"  publication date: {info['publication_weekday']}, {info['publication_date']}"
                     f" (from {info['date_source']})\n")
    else:
        stdout.write("  publication date: unknown (no header, front matter date or --date)\n")
    if info["header"]:
        h = info["header"]
        stdout.write(f"  header:           outlet={h['outlet']!r} byline={h['byline']!r} "
                     f"date={h['date']} weekday={h['weekday']!r}\n")
    if info["house"]:
        stdout.write(f"  house style:      {info['house']['house']} ({info['house']['source']})\n")
    stdout.write("  blocks:\n")
    for block in info["blocks"]:
        lines = f"{block['line']}" if block["line"] == block["end_line"] else f"{block['line']}-{block['end_line']}"
        element = f"{block['element']} " if block.get("element") else ""
        stdout.write(f"    {lines:>7}  {block['kind']:<12} {element}{block['text']}\n")
    layout = info["layout"]
    stdout.write("  layout:" + ("\n" if layout["scraped"] else " not a scraped page (no furniture reported)\n"))
    for item in layout["lines"] if layout["scraped"] else ():
        reason = f" — {item['reason']}" if item["reason"] else ""
        stdout.write(f"    {item['line']:>7}  {item['zone']:<5} {item['role']:<16} {item['shape']:<14} "
                     f"{item['text']}{reason}\n")
    stdout.write("  people:\n" if info["people"] else "  people: none found\n")
    for person in info["people"]:
        if "ambiguous" in person:
            for item in person["ambiguous"]:
                stdout.write(f"    ambiguous {item['line']}:{item['column']} {item['text']!r} could be "
                             f"{' or '.join(item['candidates'])}\n")
            continue
        evidence = "; ".join(f"{e['source']}: {e['gender']} ({e['detail']})" for e in person["evidence"])
        stdout.write(f"    {person['name']} — gender {person['gender'] or 'unknown'}"
                     f"{' from ' + evidence if evidence else ''}\n")
        for mention in person["mentions"]:
            flags = " (in quote)" if mention["in_quote"] else ""
            stdout.write(f"      {mention['line']}:{mention['column']:<4} {mention['kind']:<9} "
                         f"{mention['text']}{flags}\n")
    stdout.write("  quotes:\n" if info["quotes"] else "  quotes: none found\n")
    for quote in info["quotes"]:
        kind = "partial " if quote["partial"] else ""
        if quote["attribution"] == "none":
            who = "UNATTRIBUTED"
        else:
            who = f"{quote['speaker'] or quote['subject']} ({quote['attribution']}, {quote['verb']})"
        stdout.write(f"    {quote['line']}:{quote['column']:<4} {kind}{quote['text']}\n")
        stdout.write(f"           speaker: {who}\n")
    stdout.write("  dates:\n" if info["dates"] else "  dates: none found\n")
    for item in info["dates"]:
        if item["start"] is None:
            meaning = "unresolved (no publication date)"
        elif item["start"] == item["end"]:
            meaning = _day(item["start"])
        else:
            meaning = f"{_day(item['start'])} to {_day(item['end'])}"
        tense = f", {item['tense']} tense" if item["tense"] else ""
        stdout.write(f"    {item['line']}:{item['column']:<4} {item['text']!r} ({item['kind']}{tense}) = {meaning}\n")


def _day(iso: str) -> str:
    import datetime as dt

    date = dt.date.fromisoformat(iso)
    return f"{date:%A}, {date.isoformat()}"
