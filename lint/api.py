"""The stable surface for plugin authors: everything a third-party rule,
file format, reporter or diagnostic filter needs, from one module.

    from lint.api import Edit, Fix, Span, hookimpl, rule

Names are looked up when first used, so importing this module costs
nothing at start-up. The modules behind it may move between versions;
these names stay.
"""

from __future__ import annotations

import importlib

_HOME = {
    # registering
    "hookimpl": "lint.engine.hookspecs",
    "rule": "lint.engine.registry",
    "Rule": "lint.engine.registry",
    "RuleContext": "lint.engine.registry",
    "OptionRegistry": "lint.engine.config",
    "Settings": "lint.engine.config",
    "ConfigError": "lint.support.datafiles",
    # what a rule reports
    "Span": "lint.model",
    "Edit": "lint.model",
    "Fix": "lint.model",
    "Applicability": "lint.model",
    "Severity": "lint.model",
    "Diagnostic": "lint.model",
    # the article
    "Document": "lint.article.document",
    "Block": "lint.article.parts",
    "Region": "lint.article.parts",
    "BODY": "lint.article.parts",
    "HEADING": "lint.article.parts",
    "TAGLINE": "lint.article.parts",
    "BYLINE": "lint.article.parts",
    "Header": "lint.article.header",
    "MONTHS": "lint.article.calendar_words",
    "WEEKDAYS": "lint.article.calendar_words",
    # the analyses (call through ``doc.analysis``)
    "sentence_spans": "lint.analysis.sentences",
    "find_quotes": "lint.analysis.quotes",
    "Quote": "lint.analysis.quotes",
    "in_quotes": "lint.analysis.quotes",
    "find_people": "lint.analysis.people",
    "People": "lint.analysis.people",
    "Person": "lint.analysis.people",
    "Mention": "lint.analysis.people",
    "find_attributions": "lint.analysis.attribution",
    "Attribution": "lint.analysis.attribution",
    "find_dates": "lint.analysis.dates",
    "DateExpression": "lint.analysis.dates",
    "house": "lint.analysis.house",
    # output formats
    "Reporter": "lint.reporters.base",
}

__all__ = sorted(_HOME)


def __getattr__(name: str):
    try:
        home = _HOME[name]
    except KeyError:
        raise AttributeError(f"module 'lint.api' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return __all__
