"""TT: people, titles and courtesy titles.

The rules read the people analysis (``lint.analysis.people``) and the house style
preset named by the ``style`` setting (``styles/courtesy.toml``,
``styles/ap.toml``; ``bare`` is another name for ``ap``).
"""

from __future__ import annotations

from lint.engine.registry import pack_rules

RULE_MODULES = (
    "later_reference_without_courtesy_title",
    "courtesy_title_on_first_reference",
    "surname_before_introduction",
    "honorific_gender_mismatch",
    "mixed_honorifics",
    "courtesy_title_in_bare_style",
    "ambiguous_shared_surname",
    "formal_title_case",
    "title_abbreviation",
)
HELPER_MODULES = ("common", "scan")

RULES = pack_rules(__name__, RULE_MODULES)
