"""``path:line:col: CODE message``, one per line, for editors' error parsers."""

from __future__ import annotations

from lint.reporters.base import Reporter, line_index


class ConciseReporter(Reporter):
    def file(self, result) -> None:
        if not result.diagnostics:
            return
        index = line_index(result)
        for diagnostic in result.diagnostics:
            line, column = index.line_col(diagnostic.span.start)
            self.stream.write(f"{result.path}:{line}:{column}: {diagnostic.code} {diagnostic.message}\n")
