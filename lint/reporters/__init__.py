"""Output formats, registered as a plugin through ``copydesk_make_reporter``."""

from __future__ import annotations

from lint.engine.hookspecs import hookimpl

FORMATS = ("text", "concise", "json", "sarif", "github")


@hookimpl
def copydesk_report_formats() -> list[str]:
    return list(FORMATS)


@hookimpl
def copydesk_make_reporter(name: str, config, stream):
    """Import only the reporter the run asked for."""
    if name == "text":
        from lint.reporters.text import TextReporter as cls
    elif name == "concise":
        from lint.reporters.concise import ConciseReporter as cls
    elif name == "json":
        from lint.reporters.json import JsonReporter as cls
    elif name == "sarif":
        from lint.reporters.sarif import SarifReporter as cls
    elif name == "github":
        from lint.reporters.github import GithubReporter as cls
    else:
        return None
    return cls(stream, config)
