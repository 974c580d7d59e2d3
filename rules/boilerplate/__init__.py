"""BP: leftover boilerplate and placeholders from scraping and CMS exports.

Line rules are data (one TOML file each, listed in ``LINE_RULE_FILES``);
rules that need more than a pattern are Python modules.
"""

from __future__ import annotations

import functools
import os

from lint.rules.boilerplate.catalogue import load_line_rule, make_line_rule

HERE = os.path.dirname(__file__)
LINE_RULE_FILES = (
    "related_link_line.toml",
)


@functools.cache
def line_rule_data():
    return tuple(load_line_rule(os.path.join(HERE, name)) for name in LINE_RULE_FILES)


RULES = tuple(make_line_rule(data, line_rule_data) for data in line_rule_data())
