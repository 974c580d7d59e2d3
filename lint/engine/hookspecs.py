"""Hook specifications: every extension point copydesk offers.

Built-in formats, rules, suppressions and reporters register through these
same hooks, exactly as a third-party package does through the ``copydesk``
entry-point group. Implementations are marked with ``@hookimpl``; a hook
name that matches no spec is an error at start-up (``check_pending``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from lint.engine.config import OptionRegistry, Settings as Config
    from lint.article.document import Document
    from lint.model import Diagnostic
    from lint.engine.registry import Rule
    from lint.reporters.base import Reporter

PROJECT = "copydesk"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec(historic=True)
def copydesk_addoption(options: OptionRegistry) -> None:
    """Declare config keys (and their command-line flags) a plugin reads.

    :param options: call ``options.add(name, kind, default, help, flag=...)``
        for each key. Keys are validated when config loads: an unknown key in
        ``[tool.copydesk]`` is an error, so a plugin must declare its own.

    Historic: plugins registered later still receive the call.

    .. versionadded:: 0.1
    """


@hookspec(historic=True)
def copydesk_configure(config: Config) -> None:
    """Called once the run's base configuration is final, before any file.

    :param config: the run configuration (command line over defaults).

    .. versionadded:: 0.1
    """


@hookspec
def copydesk_rules() -> list[Rule]:
    """Return the rules a plugin provides.

    Every plugin's list is gathered; codes (``^[A-Z]{2}[0-9]{3}$``) and names
    must be unique across all plugins, or the run stops with exit status 2.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def copydesk_load_document(path: str, text: str, config: Config) -> Document | None:
    """Read decoded ``text`` of ``path`` into a Document.

    :param path: the file's path as given (or ``--stdin-filename``).
    :param text: the file's text, decoded, BOM removed, line endings kept.
    :param config: the configuration that applies to this file.
    :return: a Document, or None to let another loader claim the file.

    Stops at the first non-None result. The plain-text loader runs last and
    claims everything.

    .. versionadded:: 0.1
    """


@hookspec
def copydesk_modify_diagnostics(
    document: Document, diagnostics: list[Diagnostic], config: Config
) -> None:
    """Filter or adjust one file's diagnostics in place (suppressions, limits).

    :param document: the linted document.
    :param diagnostics: the list to edit in place.
    :param config: the configuration that applies to this file.

    .. versionadded:: 0.1
    """


@hookspec(firstresult=True)
def copydesk_make_reporter(name: str, config: Config, stream) -> Reporter | None:
    """Return a reporter for output format ``name``, or None if unknown.

    :param name: the value of ``--format``.
    :param config: the run configuration.
    :param stream: the text stream to write to (stdout).

    Stops at the first non-None result.

    .. versionadded:: 0.1
    """


@hookspec
def copydesk_report_formats() -> list[str]:
    """Return the output format names a plugin's ``copydesk_make_reporter`` knows.

    Used for ``--format`` help and for a clear error on an unknown format.

    .. versionadded:: 0.1
    """
