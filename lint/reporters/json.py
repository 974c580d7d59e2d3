"""A JSON array of diagnostics: the stable contract other tools parse."""

from __future__ import annotations

import json

from lint.reporters.base import Reporter, diagnostic_record, line_index


class JsonReporter(Reporter):
    def start(self, rules) -> None:
        super().start(rules)
        self.records: list[dict] = []

    def file(self, result) -> None:
        if result.diagnostics:
            index = line_index(result)
            self.records.extend(diagnostic_record(result.path, index, d) for d in result.diagnostics)

    def finish(self, summary) -> None:
        # Files arrive in command-line order; the contract is path order. The
        # sort is stable, so diagnostics at one position keep the engine's order.
        self.records.sort(key=lambda r: (r["path"], r["line"], r["column"]))
        json.dump(self.records, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")
