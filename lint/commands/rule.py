"""``copydesk rule [CODE]``: list the rules, or show one rule's documentation."""

from __future__ import annotations

import json
from typing import TextIO


def rule_record(rule) -> dict:
    return {
        "code": rule.code, "name": rule.name, "severity": str(rule.severity), "fix": rule.fix,
        "summary": rule.summary, "plugin": rule.plugin or "copydesk", "options": dict(rule.options),
        "docs": rule.docs,
    }


def rule_text(rule) -> str:
    """One rule's documentation as ``copydesk rule CODE`` prints it (and the
    language server shows it on hover)."""
    text = (f"{rule.code} {rule.name}\n\n{rule.summary}\n\n"
            f"Default severity: {rule.severity}. Fix: {rule.fix}. From: {rule.plugin or 'copydesk'}.\n")
    if rule.options:
        text += "Options: " + ", ".join(f"{k} = {v!r}" for k, v in rule.options.items()) + "\n"
    return text + "\n" + rule.docs.rstrip() + "\n"


def run_rule(engine, args, stdout: TextIO) -> int:
    from lint.commands.options import UsageError

    if args.code:
        found = engine.rules.find(args.code)
        if found is None:
            raise UsageError(f"unknown rule {args.code!r} (copydesk rule lists them)")
        if args.format == "json":
            json.dump(rule_record(found), stdout, indent=2, ensure_ascii=False)
            stdout.write("\n")
            return 0
        stdout.write(rule_text(found))
        return 0
    if args.format == "json":
        json.dump([rule_record(r) for r in engine.rules], stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
        return 0
    width = max((len(item.name) for item in engine.rules), default=0)
    for item in engine.rules:
        stdout.write(f"{item.code}  {item.name:<{width}}  {str(item.severity):<8} {item.summary}\n")
    return 0
