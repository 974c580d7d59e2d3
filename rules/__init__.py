"""Built-in rule packs, registered through the same hook a third party uses."""

from __future__ import annotations

from lint.engine.hookspecs import hookimpl

# Each pack lists its own rules in its __init__ (RULES); a test checks that
# every rule module and data file in a pack folder is listed.
PACKS = ("lint.rules.boilerplate", "lint.rules.titles", "lint.rules.quotes", "lint.rules.attribution", "lint.rules.dates",
         "lint.rules.factcheck", "lint.rules.spelling", "lint.rules.style")


@hookimpl
def copydesk_rules():
    import importlib

    found = []
    for pack in PACKS:
        found.extend(importlib.import_module(pack).RULES)
    return found


@hookimpl
def copydesk_modify_diagnostics(document, diagnostics, config) -> None:
    """A weekday/date contradiction is the reporter's to settle: fixes that
    touch it are display-only (``lint.rules.dates.contradiction``)."""
    from lint.rules.dates.contradiction import hold_fixes

    hold_fixes(document, diagnostics)
