"""Which house style the copy is written in: AP, courtesy (NYT-like) or British.

Rules that belong to one style book must not fire on copy edited to
another: AP's "drop *on* before a weekday", "last Tuesday" and its date and
time forms are right for an AP desk and noise for a British or a
courtesy-title desk. The ``house`` setting names the desk's style; with
``auto`` (the default) the copy says which:

- ``british``: British or Commonwealth spelling, courtesy titles without a
  full point ("Mr Patel"), day-month dates, "per cent" (see ``lint.british``);
- ``courtesy``: American copy whose later references mostly carry Mr./Ms.
  (the New York Times and papers that follow it);
- ``ap``: the rest — American copy with bare surnames, or too little to
  tell, where AP is the common American default.

``copydesk inspect`` shows the house and whether it was detected or set.
"""

from __future__ import annotations

from lint.document import Document

HOUSES = ("auto", "ap", "courtesy", "british")


def detected_house(doc: Document) -> str:
    """The house the copy reads as (computed once per document)."""
    from lint.british import british_copy
    from lint.people import find_people
    from lint.rules.titles.common import inferred_style

    if doc.analysis(british_copy):
        return "british"
    style = doc.analysis(inferred_style, doc, doc.analysis(find_people, doc, None))
    if style is not None and style.later_reference == "courtesy":
        return "courtesy"
    return "ap"


def house(doc: Document, config) -> str:
    """The configured house, or the detected one under ``auto``."""
    configured = config.get("house", "auto") if config is not None else "auto"
    return configured if configured != "auto" else doc.analysis(detected_house)


def ap_only(check):
    """Run an AP house-style check only on AP copy (see the module
    docstring). The house is judged only once the check has something to
    say, and once per document."""
    import functools

    @functools.wraps(check)
    def guarded(doc, ctx):
        findings = iter(check(doc, ctx) or ())
        for first in findings:
            if house(doc, ctx.config) != "ap":
                return
            yield first
            yield from findings
            return

    return guarded
