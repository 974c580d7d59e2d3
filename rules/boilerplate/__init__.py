"""BP: leftover boilerplate and placeholders from scraping and CMS exports.

Line rules are data (one TOML file each, listed in
``lint.analysis.boilerplate.LINE_RULE_FILES``, which matches them);
rules that need more than a pattern are Python modules, listed in
``RULE_MODULES``. A test checks that every file in this folder is listed.
"""

from __future__ import annotations

import importlib

from lint.analysis.boilerplate import LINE_RULE_FILES, line_rule_data
from lint.rules.boilerplate.catalogue import make_line_rule

RULE_MODULES = (
    "placeholder",  # BP006
    "duplicated_paragraph",  # BP008
    "tagline",  # BP009
    "markup_leftover",  # BP011
    "page_furniture",  # BP012
    "likely_furniture",  # BP013
)


def _rules():
    found = [make_line_rule(data, line_rule_data) for data in line_rule_data()]
    for name in RULE_MODULES:
        found.append(importlib.import_module(f"{__name__}.{name}").RULE)
    return tuple(sorted(found, key=lambda r: r.code))


RULES = _rules()
