"""GitHub Actions workflow commands: one annotation per diagnostic.

::

    ::error file=a.txt,line=3,col=1,endLine=3,endColumn=34,title=BP001 related-link-line::Related-link …

Errors become ``::error``, warnings ``::warning`` and info ``::notice``.
GitHub accepts columns only when the annotation stays on one line, so a
multi-line span gives lines alone. Escaping follows the Actions toolkit:
``%``, CR and LF in the message; also ``:`` and ``,`` in property values.
"""

from __future__ import annotations

from lint.model import Severity
from lint.reporters.base import Reporter, line_index

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (the part after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``file=…``, ``title=…``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}\n" if props else f"::{name}::{escape_data(message)}\n"


class GithubReporter(Reporter):
    def file(self, result) -> None:
        path = result.path.replace("\\", "/")
        for problem in result.problems:
            self.stream.write(command("error", {"file": path, "title": "copydesk"}, problem.message))
        if not result.diagnostics:
            return
        index = line_index(result)
        for diagnostic in result.diagnostics:
            line, column = index.line_col(diagnostic.span.start)
            end_line, end_column = index.line_col(diagnostic.span.end)
            properties: dict[str, object] = {"file": path, "line": line}
            if end_line == line:
                properties.update(col=column, endLine=end_line, endColumn=end_column)
            else:
                properties["endLine"] = end_line
            properties["title"] = f"{diagnostic.code} {diagnostic.name}"
            self.stream.write(command(COMMANDS[diagnostic.severity], properties, diagnostic.message))
