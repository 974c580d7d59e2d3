"""Helper of the date rules: matches in body copy outside quotations."""

from __future__ import annotations

from lint.analysis.people import copy_blocks
from lint.analysis.quotes import in_quotes


def copy_matches(doc, pattern):
    """Matches of ``pattern`` in body copy, quotations left out (a source's words)."""
    quotes = in_quotes(doc)
    for block in doc.analysis(copy_blocks):
        for match in pattern.finditer(doc.text, block.start, block.end):
            if match.start() not in quotes:
                yield match
