"""BP: leftover boilerplate and placeholders from scraping and CMS exports.

Line rules are data (one TOML file each, listed in ``LINE_RULE_FILES``);
rules that need more than a pattern are Python modules, listed in
``RULE_MODULES``. A test checks that every file in this folder is listed.
"""

from __future__ import annotations

import functools
import importlib
import os

from lint.rules.boilerplate.catalogue import load_line_rule, make_line_rule

HERE = os.path.dirname(__file__)
# Code order: when two files match the same line, the first one wins.
LINE_RULE_FILES = (
    "related_link_line.toml",  # BP001
    "reprint_copyright_line.toml",  # BP002
    "reader_prompt.toml",  # BP003
    "ad_marker.toml",  # BP004
    "photo_credit_leftover.toml",  # BP005
    "end_mark.toml",  # BP007
    "timestamp_line.toml",  # BP010
    "interface_label.toml",  # BP014
)
RULE_MODULES = (
    "placeholder",  # BP006
    "duplicated_paragraph",  # BP008
    "tagline",  # BP009
    "markup_leftover",  # BP011
    "page_furniture",  # BP012
    "likely_furniture",  # BP013
)


@functools.cache
def line_rule_data():
    """The parsed line-rule files, in ``LINE_RULE_FILES`` order (read once)."""
    return tuple(load_line_rule(os.path.join(HERE, name)) for name in LINE_RULE_FILES)


def _rules():
    found = [make_line_rule(data, line_rule_data) for data in line_rule_data()]
    for name in RULE_MODULES:
        found.append(importlib.import_module(f"{__name__}.{name}").RULE)
    return tuple(sorted(found, key=lambda r: r.code))


RULES = _rules()
