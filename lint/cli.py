"""The ``copydesk`` command line: ``check``, ``rule``, ``inspect``, ``claims``, ``extract``, ``cache``,
``server``.

Exit status: 0 nothing at or above ``--fail-on``; 1 diagnostics at or above
it; 2 usage, config, input, plugin or internal error (the other files are
still linted and reported).
"""

from __future__ import annotations

import os
import sys
from typing import Sequence

from lint.commands.options import UsageError, build_parser, make_engine

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _error(message: str) -> None:
    sys.stderr.write(f"copydesk: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    return _run(argv)


class _Stdout:
    """stdout that turns a closed pipe into silence.

    ``copydesk check | head -1``: once the reader has gone, the rest of the
    output is dropped and the run finishes with its own exit status.
    """

    def __init__(self, stream) -> None:
        self.stream = stream
        self.closed_pipe = False

    def write(self, text: str) -> int:
        if not self.closed_pipe:
            try:
                self.stream.write(text)
            except BrokenPipeError:
                self._silence()
        return len(text)

    def flush(self) -> None:
        if not self.closed_pipe:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._silence()

    def _silence(self) -> None:
        self.closed_pipe = True
        # What is still buffered goes nowhere, so the exit flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, self.stream.fileno())
        except (AttributeError, ValueError, OSError):
            pass
        finally:
            os.close(devnull)

    def __getattr__(self, name):
        return getattr(self.stream, name)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    stdout = _Stdout(sys.stdout)
    try:
        return _dispatch(args, stdout)
    except BrokenPipeError:  # a write that did not go through ``stdout``
        stdout._silence()
        return EXIT_OK
    finally:
        stdout.flush()


def _dispatch(args, stdout) -> int:
    from lint.engine.config import ConfigError
    from lint.engine.plugins import PluginError
    from lint.engine.registry import RuleError

    output = None
    try:
        if args.command == "cache":
            from lint.commands.cachecmd import run_cache
            return run_cache(args, stdout)
        if args.command == "server":
            from lint.commands.server import run_server
            return run_server(args)
        engine = make_engine(args)
        if args.command == "rule":
            from lint.commands.rule import run_rule
            return run_rule(engine, args, stdout)
        if args.command == "inspect":
            from lint.commands.inspect import run_inspect
            return run_inspect(engine, args, stdout)
        if args.command == "extract":
            from lint.commands.extract import run_extract
            return run_extract(engine, args, stdout)
        if args.command == "claims":
            from lint.commands.claims import run_claims
            return run_claims(engine, args, stdout)
        from lint.commands.check import run_check
        args.report_stream = None
        if args.input_format:
            from lint.commands.table import run_table
            return run_table(engine, args, stdout)
        if args.output_file:
            try:
                output = args.report_stream = open(args.output_file, "w", encoding="utf-8", newline="")
            except OSError as exc:
                raise UsageError(f"--output-file {args.output_file}: cannot write "
                                 f"({exc.strerror or exc})") from None
        return run_check(engine, args, stdout)
    except (ConfigError, PluginError, RuleError, UsageError) as exc:
        _error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:  # a bug must still exit 2 (1 would read as "findings")
        _error(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_ERROR
    finally:
        if output is not None:
            output.close()
