"""QT: quotation marks (balance; straight against curly).

The rules read one pass over the marks of the body copy
(``marks.quote_marks``), which tells apostrophes from quotation marks.
"""

from __future__ import annotations

import importlib

RULE_MODULES = (
    "unbalanced_quotation_marks",
    "mixed_quotation_marks",
)
HELPER_MODULES = ("marks",)

RULES = tuple(importlib.import_module(f"{__name__}.{name}").check for name in RULE_MODULES)
