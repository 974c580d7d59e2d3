"""The command line's options and the engine they build, shared by every
command (``lint.cli`` dispatches; the language server parses the same
flags)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from lint import __version__



class UsageError(Exception):
    """A bad command line or environment: one line to stderr, exit 2."""


def _codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _jobs(value: str) -> int:
    if value == "auto":
        return 0
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of jobs") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (auto) or more")
    return jobs


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, sized without ``shutil``.

    argparse makes a formatter for every ``add_argument`` and sizes it with
    ``shutil.get_terminal_size``; importing ``shutil`` (with bz2, lzma and
    zlib) costs a few milliseconds on every run. Same rule: ``COLUMNS``,
    else the terminal, else 80.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            try:
                columns = int(os.environ.get("COLUMNS", "0"))
            except ValueError:
                columns = 0
            if columns <= 0:
                try:
                    columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
                except (AttributeError, ValueError, OSError):
                    columns = 80
            width = columns - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk", description="An editorial style and fact-check linter for news copy.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    plugin_args = argparse.ArgumentParser(add_help=False, formatter_class=_Formatter)
    plugin_args.add_argument("-p", dest="plugin_flags", action="append", default=[], metavar="no:NAME",
                             help="block a plugin by name (repeatable)")
    plugin_args.add_argument("--config", metavar="PATH", help="use this config file for every file")
    plugin_args.add_argument("--no-config", "--isolated", dest="isolated", action="store_true",
                             help="ignore all config files")

    check = commands.add_parser("check", parents=[plugin_args], help="lint articles", formatter_class=_Formatter,
                                description="Lint article files, folders or stdin (-).")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin (default: .)")
    check.add_argument("--format", default="text",
                       help="text, concise, json, sarif or github (default: text); with --input-format: "
                            "json, jsonl or parquet")
    # Repeated flags add up: --ignore BP001 --ignore BP004 ignores both.
    check.add_argument("--select", type=_codes, action="extend",
                       help="comma-separated codes or prefixes to run (repeatable)")
    check.add_argument("--extend-select", type=_codes, action="extend",
                       help="codes or prefixes to run in addition (repeatable)")
    check.add_argument("--ignore", type=_codes, action="extend",
                       help="comma-separated codes or prefixes not to run (repeatable)")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                       help="lowest severity that makes the exit status 1 (default: warning)")
    check.add_argument("--date", type=_date, help="publication date (YYYY-MM-DD) when the text has none")
    check.add_argument("--style", choices=("auto", "courtesy", "ap", "bare"),
                       help="courtesy: Mr./Ms. on later references; ap (or bare): bare surnames; "
                            "auto (default): the form the article uses most")
    check.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    check.add_argument("--unsafe-fixes", action="store_true", help="also apply unsafe fixes (with --fix/--diff)")
    check.add_argument("--diff", action="store_true", help="print the fixes as a diff; change nothing")
    check.add_argument("--show-fixes", action="store_true", help="with --fix: print a diff of what was changed")
    check.add_argument("--statistics", action="store_true", help="print counts per rule instead of diagnostics")
    check.add_argument("--jobs", "-j", type=_jobs, default=0, metavar="N",
                       help="worker processes (default: auto, one per core for 32 files or more)")
    check.add_argument("--stdin-filename", metavar="PATH", help="name for stdin in config lookup and reports")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="colour in text output (default: auto, only on a terminal)")
    check.add_argument("--no-progress", action="store_true", help="never show the progress line")
    check.add_argument("--output-file", "-o", metavar="PATH",
                       help="write the report to PATH instead of stdout")
    check.add_argument("--quiet", "-q", action="store_true",
                       help="text format: diagnostics only, no summary line; no notices on stderr")
    check.add_argument("--show-settings", action="store_true",
                       help="print the settings that apply to the first PATH, and which config file they came from")
    check.add_argument("--show-files", action="store_true", help="print the files that would be checked")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write the results cache")
    check.add_argument("--baseline", metavar="FILE", help="report only findings this baseline file does not hold")
    check.add_argument("--write-baseline", metavar="FILE",
                       help="record every finding in FILE (for --baseline) instead of reporting them")
    check.add_argument("--watch", action="store_true", help="check again whenever a file or config changes")
    table = check.add_argument_group("tables of articles (one row per article)")
    table.add_argument("--input-format", choices=("jsonl", "parquet"),
                       help="read each FILE as a table of articles; --format then is json, jsonl or parquet")
    table.add_argument("--text-field", default="text", metavar="NAME", help="column holding the text (default: text)")
    table.add_argument("--id-field", default="id", metavar="NAME", help="column holding the article id (default: id)")
    table.add_argument("--summary-file", metavar="PATH",
                       help="also write one summary per article (counts per family, boilerplate lines) to PATH")
    table.add_argument("--clean-text", action="store_true",
                       help="add each article's text without its boilerplate to the summaries")

    rule = commands.add_parser("rule", parents=[plugin_args], help="list rules or show one rule's docs",
                               formatter_class=_Formatter)
    rule.add_argument("code", nargs="?", help="a rule code or name")
    rule.add_argument("--format", choices=("text", "json"), default="text")

    for name, summary, paths in (
        ("inspect", "show what copydesk understood of an article", "articles, or - for stdin"),
        ("claims", "list the checkable statements of an article for a fact-checker", "articles, or - for stdin"),
        ("extract", "print the story alone as clean text, page leftovers removed", "pages or articles, or - for stdin"),
    ):
        single = commands.add_parser(name, parents=[plugin_args], formatter_class=_Formatter, help=summary)
        single.add_argument("paths", nargs="+", metavar="FILE", help=paths)
        single.add_argument("--format", choices=("text", "json"), default="text")
        single.add_argument("--date", type=_date, help="publication date (YYYY-MM-DD) when the text has none")
        single.add_argument("--stdin-filename", metavar="PATH")

    cache = commands.add_parser("cache", formatter_class=_Formatter, help="show or clean the cache folder",
                                description="Show or clean the folder where copydesk keeps compiled data.")
    cache.add_argument("action", choices=("dir", "clean"),
                       help="dir: print the folder; clean: remove copydesk's files from it")
    commands.add_parser("server", parents=[plugin_args], formatter_class=_Formatter,
                        help="run the language server (LSP over stdio) for editors",
                        description="Diagnostics as you type, quick fixes and rule docs in any editor "
                                    "that speaks the Language Server Protocol (needs copydesk[server]).")
    return parser


def make_engine(args):
    from lint.engine.core import Engine
    from lint.engine.plugins import Plugins

    blocked = []
    for flag in args.plugin_flags:
        if not flag.startswith("no:") or len(flag) == 3:
            raise UsageError(f"-p expects no:NAME, got {flag!r}")
        blocked.append(flag[3:])
    cli = {}
    for key in ("select", "extend-select", "ignore", "fail-on", "date", "style"):
        value = getattr(args, key.replace("-", "_"), None)
        if value is not None:
            cli[key] = value
    engine = Engine(Plugins(blocked=tuple(blocked)), cli=cli, config_path=args.config, isolated=args.isolated)
    for key in ("select", "extend-select", "ignore"):
        for code in cli.get(key, ()):
            if not engine.known_code(code):
                raise UsageError(f"--{key}: unknown rule code or prefix {code!r}")
    return engine
