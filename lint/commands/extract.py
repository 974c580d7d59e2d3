"""``copydesk extract FILE``: the story alone, as clean text, leftovers removed.

The same reading the rules use: the page's layout (``rules/boilerplate/layout``,
with the HTML evidence for an HTML page) and every loud finding of the BP
family. What stays is the headline and the story's paragraphs and subheads;
menus, captions, promos, related headlines, bylines and footers go. Useful on
its own to anyone cleaning scraped news; it changes no exit status but 2 for
a file that cannot be read.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from lint.model import Severity


def extract_story(engine, doc, settings) -> dict[str, Any]:
    """The story's headline, byline, dek and paragraphs (text, line)."""
    from lint.rules.boilerplate.layout import BYLINE_ROLE, COPY, DEK, HEADLINE, STORY, SUBHEAD, find_layout

    loud = []
    for rule, context in engine._active_rules(settings, doc.path):
        if rule.code.startswith("BP"):
            for diagnostic in rule.check(doc, context) or ():
                if diagnostic.severity >= Severity.WARNING:
                    loud.append(diagnostic.span)
    layout = doc.analysis(find_layout, doc)
    found: dict[str, Any] = {"path": doc.path, "headline": None, "byline": None, "dek": None, "paragraphs": []}
    for item in layout.lines:
        text = " ".join(doc.slice(item.span).split())
        if item.role == HEADLINE and found["headline"] is None:
            found["headline"] = text
        elif item.role == BYLINE_ROLE and found["byline"] is None:
            found["byline"] = text
        elif item.role == DEK and found["dek"] is None:
            found["dek"] = text
        elif item.role in (COPY, SUBHEAD) and not any(span.overlaps(item.span) for span in loud):
            if item.zone != STORY and doc.html is not None:
                # On a page the markup bounds the story (its run, and the paragraphs that stand
                # beside the run's in the markup): copy around it is the site's, not the story's.
                continue
            found["paragraphs"].append({"line": doc.line_col(item.span.start)[0], "text": text})
    if found["headline"] is None and doc.meta.get("title"):
        found["headline"] = doc.meta["title"]
    return found


def as_text(story: dict[str, Any]) -> str:
    parts = [story["headline"]] if story["headline"] else []
    parts.extend(p["text"] for p in story["paragraphs"])
    return "\n\n".join(parts) + "\n" if parts else ""


def run_extract(engine, args, stdout: TextIO) -> int:
    """Print each article's story; with several files, a ``==> path <==`` line before each."""
    from lint.commands.single import articles

    several = len(args.paths) > 1
    records = []
    for doc, settings in articles(engine, args):
        story = extract_story(engine, doc, settings)
        if args.format == "json":
            records.append(story)
            continue
        if several:
            stdout.write(f"==> {doc.path} <==\n")
        stdout.write(as_text(story))
    if args.format == "json" and (records or several):
        json.dump(records if several else records[0], stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
    return 2 if args.failed else 0
