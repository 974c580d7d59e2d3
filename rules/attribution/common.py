"""What the AT rules share: attributions of the copy's quotations."""

from __future__ import annotations

from lint.analysis.attribution import find_attributions
from lint.analysis.people import copy_blocks
from lint.rules.titles.common import people


def attributions(doc, ctx):
    """Attributions of quotations in body copy (not taglines or boilerplate lines)."""
    blocks = set(doc.analysis(copy_blocks))
    found = doc.analysis(find_attributions, doc, people(doc, ctx))
    return [a for a in found if a.quote.block in blocks]
