"""FC: fact checks against the people file and the shipped office holders.

``office_holders.toml`` is a starter people file of well-known office
holders and their terms; a newsroom's own people file (config key
``people``) adds to it and wins where both name a person.
"""

from __future__ import annotations

from lint.engine.registry import pack_rules

RULE_MODULES = (
    "title_not_held",
    "age_mismatch",
    "title_variants",
    "number_frame",
)
DATA_FILES = ("office_holders.toml",)

RULES = pack_rules(__name__, RULE_MODULES)
