"""SP: spelling and name consistency.

Common words are checked against pyspellchecker's English dictionary
(compiled once into a cache, ``dictionary.py``), the newsroom vocabulary
in ``data/`` and the desk's ``accept``/``reject`` lists (``lexicon.py``);
proper names are checked against each other within the story.
"""

from __future__ import annotations

from lint.engine.registry import pack_rules

RULE_MODULES = (
    "misspelled_word",
    "name_variant",
    "doubled_word",
    "rejected_word",
    "country_name_typo",
)

HELPER_MODULES = ("lexicon", "words")

RULES = pack_rules(__name__, RULE_MODULES)
