"""ST: house style from data packs, and the AP rules that need more than a word list.

ST001 reads the house-style packs named by the ``style-packs`` config key
(default ``["ap"]``): built-in packs are TOML files in this folder
(``BUILTIN_PACKS``), a newsroom's own packs are TOML files beside its
config. The other rules are AP Stylebook points (numerals, datelines,
state names, "over"/"more than"); they follow the ``ap`` pack: off when
``style-packs`` leaves it out, and silent on copy in British or
Commonwealth style, as the pack is.
"""

from __future__ import annotations

from lint.engine.registry import pack_rules

RULE_MODULES = (
    "house_word_choice",  # ST001
    "figure_under_ten",  # ST002
    "dateline_state_form",  # ST003
    "over_before_number",  # ST004
    "number_word_over_nine",  # ST005
    "figure_at_sentence_start",  # ST006
    "abbreviated_state_in_body",  # ST007
)
HELPER_MODULES = ("packs", "scan", "numbers", "states")
BUILTIN_PACKS = ("ap.toml",)

RULES = pack_rules(__name__, RULE_MODULES)
