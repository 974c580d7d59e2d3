"""The BP line rules built from their data files (the matching itself is
the shared analysis ``lint.analysis.boilerplate``)."""

from __future__ import annotations

import os

from lint.analysis.boilerplate import GLUED_COPY_WORDS, LineRuleData, boilerplate_lines
from lint.article.document import Document
from lint.article.edits import remove_lines
from lint.engine.registry import Rule, rule
from lint.model import Applicability, Fix
from lint.support.patterns import LazyPattern

_YEAR = LazyPattern(r"\b(?:19|20)\d\d\b")


def make_line_rule(data: LineRuleData, all_data) -> Rule:
    """Build the Rule object for one data file."""

    def check(doc: Document, ctx):
        matches = doc.analysis(boilerplate_lines, doc, all_data())[data.code]
        for span in matches:
            lines = doc.slice(span).splitlines()
            line = lines[0] + (" …" if len(lines) > 1 else "")  # a label with its list
            excerpt = line if len(line) <= 70 else line[:69] + "…"
            fix = Fix((remove_lines(doc, span),), title=data.fix_title) if data.fix != "none" else None
            if fix is not None and len(doc.slice(span).split()) > GLUED_COPY_WORDS:
                # "© Provided by … Nintendo and Apple shocked the world …": a
                # credit glued to a paragraph; deleting the line loses copy.
                fix = Fix(fix.edits, Applicability.DISPLAY, fix.title)
            message = data.message.format(line=excerpt)
            published = doc.publication_date
            year = _YEAR.search(doc.slice(span)) if data.year_note and published else None
            if year and int(year.group()) != published.year:
                message += data.year_note.format(year=year.group(), published=published.year)
            yield ctx.report(span, message, fix=fix)

    return rule(code=data.code, name=data.name, severity=data.severity, summary=data.summary,
                fix=data.fix, docs=data.docs)(check)


def data_files(folder: str) -> list[str]:
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".toml"))
