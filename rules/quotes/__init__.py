"""QT: quotation marks (balance; straight against curly).

The rules read one pass over the marks of the body copy
(``marks.quote_marks``), which tells apostrophes from quotation marks.
"""

from __future__ import annotations

from lint.engine.registry import pack_rules

RULE_MODULES = (
    "unbalanced_quotation_marks",
    "mixed_quotation_marks",
)
HELPER_MODULES = ("marks",)

RULES = pack_rules(__name__, RULE_MODULES)
