"""Two small rules the fix and reporter tests register as a plugin: one with
an unsafe fix, one with a display-only fix."""

from __future__ import annotations

import re

from lint.engine.hookspecs import hookimpl
from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix, Span


class DemoRules:
    """A plugin object: ST901 (unsafe fix) and ST902 (display-only fix)."""

    def __init__(self, irregardless_severity: str = "warning") -> None:
        @rule(code="ST901", name="utilise-word", severity="warning", summary="“utilise” where “use” will do",
              fix="always", docs="## What it does\nFlags “utilise”.")
        def utilise(doc, ctx):
            for match in re.finditer(r"\butilise\b", doc.text):
                span = Span(match.start(), match.end())
                yield ctx.report(span, "Write “use”, not “utilise”.",
                                 fix=Fix((Edit(span, "use"),), Applicability.UNSAFE, "Replace with “use”"))

        @rule(code="ST902", name="irregardless-word", severity=irregardless_severity,
              summary="“irregardless” for “regardless”", fix="always",
              docs="## What it does\nFlags “irregardless”.")
        def irregardless(doc, ctx):
            for match in re.finditer(r"\birregardless\b", doc.text):
                span = Span(match.start(), match.end())
                yield ctx.report(span, "“Irregardless” is not standard; say “regardless”.",
                                 fix=Fix((Edit(span, "regardless"),), Applicability.DISPLAY,
                                         "Replace with “regardless”"))

        self.rules = [utilise, irregardless]

    @hookimpl
    def copydesk_rules(self):
        return self.rules
