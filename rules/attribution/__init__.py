"""AT: attribution — who said each quotation, and how the copy says so.

The rules read the attribution analysis (``lint.analysis.attribution``), built on
the quotations (``lint.analysis.quotes``) and the people (``lint.analysis.people``).
``loaded_verbs.toml`` lists the editorialising verbs with their reasons.
"""

from __future__ import annotations

from lint.engine.registry import pack_rules

RULE_MODULES = (
    "unattributed_quote",
    "speaker_not_introduced",
    "said_says_mixed",
    "loaded_attribution_verb",
    "anonymous_source",
    "attribution_order",
)
HELPER_MODULES = ("common",)

RULES = pack_rules(__name__, RULE_MODULES)
