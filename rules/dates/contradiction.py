"""A weekday and a date that disagree: no fix may settle which one is true.

"on Monday, October 24" when October 24 is a Tuesday is a contradiction
only the reporter can resolve. A fix that rewrites either half — DT001
writing the other weekday, DT105 dropping the weekday as too far off,
DT101 abbreviating the month — would let a chain of fixes choose for
them. Every fix touching such an expression is shown, never applied.
"""

from __future__ import annotations

from lint.analysis.dates import find_dates
from lint.article.calendar_words import WEEKDAYS
from lint.model import Applicability


def contradictions(doc) -> list[tuple[int, int]]:
    """(start, end) of every date expression whose weekday is not its date's."""
    spans = []
    for item in doc.analysis(find_dates):
        if item.kind != "explicit" or not item.weekday or item.start is None:
            continue
        if item.weekday.lower().rstrip(".") != WEEKDAYS[item.start.weekday()]:
            spans.append((item.span.start, item.span.end))
    return spans


def hold_fixes(doc, diagnostics: list) -> None:
    """Demote to display-only every fix with an edit inside or against a
    contradictory date expression (or a DT001 span, such as the header's)."""
    if not any(d.fix is not None and d.fix.applicability is not Applicability.DISPLAY for d in diagnostics):
        return
    spans = contradictions(doc) + [(d.span.start, d.span.end) for d in diagnostics if d.code == "DT001"]
    if not spans:
        return

    def touches(edit) -> bool:
        return any(edit.span.start <= end and start <= edit.span.end for start, end in spans)

    for i, diagnostic in enumerate(diagnostics):
        fix = diagnostic.fix
        if fix is not None and fix.applicability is not Applicability.DISPLAY \
                and any(touches(edit) for edit in fix.edits):
            diagnostics[i] = diagnostic._replace(fix=fix.at_most(Applicability.DISPLAY))
