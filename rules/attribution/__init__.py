"""AT: attribution — who said each quotation, and how the copy says so.

The rules read the attribution analysis (``lint.attribution``), built on
the quotations (``lint.quotes``) and the people (``lint.people``).
``loaded_verbs.toml`` lists the editorialising verbs with their reasons.
"""

from __future__ import annotations

from lint.registry import pack_rules

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
