"""FC: fact checks against the people file and the shipped office holders.

``office_holders.toml`` is a starter people file of well-known office
holders and their terms; a newsroom's own people file (config key
``people``) adds to it and wins where both name a person.
"""

from __future__ import annotations

import importlib

RULE_MODULES = (
    "title_not_held",
    "age_mismatch",
)
DATA_FILES = ("office_holders.toml",)

RULES = tuple(importlib.import_module(f"{__name__}.{name}").check for name in RULE_MODULES)
