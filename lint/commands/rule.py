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


def run_rule(engine, args, stdout: TextIO) -> int:
    from lint.cli import UsageError

    if args.code:
        found = engine.rules.find(args.code)
        if found is None:
            raise UsageError(f"unknown rule {args.code!r} (copydesk rule lists them)")
        if args.format == "json":
            json.dump(rule_record(found), stdout, indent=2, ensure_ascii=False)
            stdout.write("\n")
            return 0
        stdout.write(f"{found.code} {found.name}\n\n")
        stdout.write(f"{found.summary}\n\n")
        stdout.write(f"Default severity: {found.severity}. Fix: {found.fix}. "
                     f"From: {found.plugin or 'copydesk'}.\n")
        if found.options:
            stdout.write("Options: " + ", ".join(f"{k} = {v!r}" for k, v in found.options.items()) + "\n")
        stdout.write("\n" + found.docs.rstrip() + "\n")
        return 0
    if args.format == "json":
        json.dump([rule_record(r) for r in engine.rules], stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
        return 0
    width = max((len(item.name) for item in engine.rules), default=0)
    for item in engine.rules:
        stdout.write(f"{item.code}  {item.name:<{width}}  {str(item.severity):<8} {item.summary}\n")
    return 0
