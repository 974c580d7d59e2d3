"""Helpers of the AP date-style rules: matches in body copy outside
quotations, and the guard that keeps the group silent on British copy."""

from __future__ import annotations

import functools

from lint.british import british_copy
from lint.people import copy_blocks
from lint.quotes import in_quotes


def copy_matches(doc, pattern):
    """Matches of ``pattern`` in body copy, quotations left out (a source's words)."""
    quotes = in_quotes(doc)
    for block in doc.analysis(copy_blocks):
        for match in pattern.finditer(doc.text, block.start, block.end):
            if match.start() not in quotes:
                yield match


def american_only(check):
    """Silence an AP date-style check on British or Commonwealth copy ("7am",
    "14 March" are that style's own). The style is judged only once the
    check has something to say, and once per document."""

    @functools.wraps(check)
    def guarded(doc, ctx):
        findings = iter(check(doc, ctx) or ())
        for first in findings:
            if doc.analysis(british_copy):
                return
            yield first
            yield from findings
            return

    return guarded
