"""Rules as plain objects: metadata, documentation and a check function.

A rule module declares one rule with ``@rule(...)`` on its check function;
the module docstring is the rule's documentation (What it does / Why is
this bad? / Example / Use instead / Fix safety). Plugins return rules from
the ``copydesk_rules`` hook, and the run's ``RuleSet`` owns them: there is no
global registry.
"""

from __future__ import annotations

import inspect
import sys
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping

from lint.model import Diagnostic, Fix, Severity, Span
from lint.support.patterns import LazyPattern
from lint.support.records import record

CODE_PATTERN = LazyPattern(r"^[A-Z]{2}[0-9]{3}$")
NAME_PATTERN = LazyPattern(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
FAMILIES = {
    "BP": "leftover boilerplate and placeholders",
    "TT": "titles and courtesy titles",
    "AT": "attribution",
    "QT": "quotation marks",
    "DT": "dates and time references",
    "SP": "spelling and name consistency",
    "FC": "fact checks",
    "ST": "house-style word and usage rules",
}
FIX_AVAILABILITY = ("none", "sometimes", "always")


class RuleError(Exception):
    """A rule set that cannot be used (bad or duplicate codes, names)."""


@record
class Rule:
    """A rule: stable code, readable name, default severity, docs, check."""

    code: str
    name: str
    summary: str
    severity: Severity
    check: Callable[..., Iterable[Diagnostic] | None]
    docs: str = ""
    fix: str = "none"
    options: Mapping[str, Any] = MappingProxyType({})
    plugin: str = ""

    def validate(self) -> None:
        """Check code, name and fix fields; built-in rules must use a known family."""
        if not CODE_PATTERN.match(self.code):
            raise RuleError(f"rule code {self.code!r} is not two capitals and three digits")
        if not NAME_PATTERN.match(self.name):
            raise RuleError(f"rule {self.code}: name {self.name!r} is not kebab-case")
        if self.fix not in FIX_AVAILABILITY:
            raise RuleError(f"rule {self.code}: fix must be one of {', '.join(FIX_AVAILABILITY)}")


def rule(
    *,
    code: str,
    name: str,
    severity: str,
    summary: str,
    fix: str = "none",
    options: Mapping[str, Any] | None = None,
    docs: str | None = None,
) -> Callable[[Callable], Rule]:
    """Turn a check function ``check(doc, ctx)`` into a Rule.

    The check yields diagnostics made with ``ctx.report(...)``. Without
    ``docs``, the defining module's docstring is the rule's documentation.
    """

    def wrap(check: Callable) -> Rule:
        text = docs if docs is not None else sys.modules[check.__module__].__doc__ or ""
        made = Rule(code, name, summary, Severity.parse(severity), check, inspect.cleandoc(text), fix,
                    dict(options or {}))
        made.validate()
        return made

    return wrap


def pack_rules(package: str, modules: Iterable[str]) -> tuple[Rule, ...]:
    """The rules of a pack: each module in ``modules`` defines one, named ``check``."""
    import importlib

    return tuple(importlib.import_module(f"{package}.{name}").check for name in modules)


class RuleContext:
    """What a running check may use: its options, the file's config, ``report``."""

    __slots__ = ("rule", "severity", "options", "config")

    def __init__(self, rule: Rule, severity: Severity, options: Mapping[str, Any], config) -> None:
        self.rule = rule
        self.severity = severity
        self.options = options
        self.config = config

    def report(self, span: Span, message: str, fix: Fix | None = None, help: str | None = None) -> Diagnostic:
        """Make a diagnostic of this rule at ``span``."""
        return Diagnostic(self.rule.code, self.rule.name, self.severity, message, span, fix,
                          help or (fix.title if fix else None))


class RuleSet:
    """Every rule of the run, checked for unique codes and names."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.by_code: dict[str, Rule] = {}
        self.by_name: dict[str, Rule] = {}
        for item in rules:
            item.validate()
            if not item.plugin and item.code[:2] not in FAMILIES:
                raise RuleError(f"built-in rule {item.code}: unknown family {item.code[:2]!r}")
            for table, key in ((self.by_code, item.code), (self.by_name, item.name)):
                other = table.get(key)
                if other is not None:
                    raise RuleError(
                        f"rule {key!r} is defined twice (by {other.plugin or 'copydesk'} "
                        f"and by {item.plugin or 'copydesk'})"
                    )
                table[key] = item
        self.rules = tuple(sorted(self.by_code.values(), key=lambda r: r.code))

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def find(self, code_or_name: str) -> Rule | None:
        return self.by_code.get(code_or_name.upper()) or self.by_name.get(code_or_name.lower())

    def matching(self, prefix: str) -> list[Rule]:
        prefix = prefix.upper()
        return [r for r in self.rules if r.code.startswith(prefix)]
