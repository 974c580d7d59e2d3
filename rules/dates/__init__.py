"""DT: dates and time references, resolved against the publication date.

The rules read the dates analysis (``lint.analysis.dates``); without a publication
date (header, front matter ``date:``, ``--date`` or config) those that need
one stay silent.
"""

from __future__ import annotations

from lint.engine.registry import pack_rules

RULE_MODULES = (
    "weekday_date_mismatch",
    "relative_day_word",
    "weekday_qualifier",
    "tense_date_conflict",
    "future_year_in_past",
    "timestamp_year",
    "month_abbreviation",
    "date_ordinal",
    "on_before_weekday",
    "time_form",
    "weekday_far_date",
)

HELPER_MODULES = ("scan", "contradiction")

RULES = pack_rules(__name__, RULE_MODULES)
