"""``copydesk check``: collect files, lint (in parallel if asked), report, exit."""

from __future__ import annotations

import os
import sys
from typing import Iterator, TextIO

from lint.commands.files import STDIN, collect
from lint.model import FileProblem, FileResult
from lint.reporters.base import Summary
from lint.support.reading import EmptyInput, InputError, decode

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
AUTO_JOBS_MIN_FILES = 32
PROGRESS_MIN_FILES = 20

# The engine a forked worker inherits; set just before the pool starts.
_WORKER_ENGINE = None
_WORKER_FLAGS: tuple[bool, bool, bool, bool] = (False, False, False, False)


def _remove_stale_temporaries(files: list[str]) -> list[str]:
    """Clean up after a ``--fix`` that was killed mid-write, in the folders about to be fixed."""
    from lint.engine.fixer import remove_stale_temporaries

    notices = []
    for folder in sorted({os.path.dirname(os.path.realpath(path)) for path in files}):
        count = remove_stale_temporaries(folder)
        if count:
            notices.append(f"{folder}: removed {count} temporary file{'s' if count != 1 else ''} "
                           "left by an interrupted --fix")
    return notices


def _lint_one(path: str) -> FileResult:
    fix, unsafe, diff, show = _WORKER_FLAGS
    try:
        return _WORKER_ENGINE.lint_path(path, fix=fix, unsafe=unsafe, diff=diff, show=show)
    except Exception as exc:  # a config error found late, or a bug: name the file
        return FileResult(path, problems=[FileProblem(path, f"{type(exc).__name__}: {exc}")])


def _lint_stdin(engine, args) -> FileResult:
    name = args.stdin_filename or STDIN
    try:
        text, _ = decode(sys.stdin.buffer.read())
    except EmptyInput as exc:
        return FileResult(name, notices=[f"{name}: {exc}"])
    except InputError as exc:
        return FileResult(name, problems=[FileProblem(name, str(exc))])
    settings = engine.settings_for(args.stdin_filename or os.path.join(os.getcwd(), "stdin"))
    if args.fix or args.diff:
        new_text, result = engine.fix_text(name, text, settings, args.unsafe_fixes)
        engine.finish(result, settings)
        if args.fix:  # stdin has nowhere to write back: the fixed text goes to stdout
            result.diff = new_text
        elif new_text != text:
            from lint.engine.core import unified_diff
            result.diff = unified_diff(name, text, new_text)
        return result
    return engine.lint_text(name, text, settings)


def _cached_run(engine, files: list[str], jobs: int, progress, store) -> Iterator[FileResult]:
    """``_run_files`` through the results cache: unchanged files are not linted."""
    keys = {path: store.key(path) for path in files}
    hits = {path: store.get(path, keys[path]) for path in files}
    fresh = _run_files(engine, [path for path in files if hits[path] is None], jobs, lambda i, path: None)
    for i, path in enumerate(files, 1):
        result = hits[path]
        if result is None:
            result = next(fresh)
            store.put(path, keys[path], result)
        progress(i, path)
        yield result
    store.save()


def _run_files(engine, files: list[str], jobs: int, progress) -> Iterator[FileResult]:
    if not files:
        return
    if jobs == 0:
        jobs = _usable_cores() if len(files) >= AUTO_JOBS_MIN_FILES else 1
    jobs = min(jobs, len(files)) or 1
    if jobs > 1:
        import multiprocessing  # only now: its import is a cost a one-file run need not pay

        if "fork" not in multiprocessing.get_all_start_methods():
            jobs = 1  # workers inherit the loaded engine by forking; without fork, one process
    if jobs == 1:
        for i, path in enumerate(files, 1):
            progress(i, path)
            yield _lint_one(path)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) as pool:
        chunk = max(1, min(16, len(files) // (jobs * 8)))
        for i, result in enumerate(pool.imap(_lint_one, files, chunksize=chunk), 1):
            progress(i, result.path)
            yield result


def _usable_cores() -> int:
    """Cores this process may run on (a container's share, not the host's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Progress:
    """A one-line progress count on stderr, only on a terminal and for many files."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and total >= PROGRESS_MIN_FILES and sys.stderr.isatty()
        self.width = 0

    def __call__(self, done: int, path: str) -> None:
        if self.enabled:
            line = f"copydesk: {done}/{self.total} {path}"[:78]
            sys.stderr.write("\r" + line.ljust(self.width))
            sys.stderr.flush()
            self.width = len(line)

    def close(self) -> None:
        if self.enabled and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()


def run_check(engine, args, stdout: TextIO) -> int:
    from lint.commands.options import UsageError

    if args.unsafe_fixes and not (args.fix or args.diff):
        raise UsageError("--unsafe-fixes needs --fix or --diff")
    if args.show_fixes and not args.fix:
        raise UsageError("--show-fixes needs --fix")
    if args.write_baseline and (args.fix or args.diff or args.baseline):
        raise UsageError("--write-baseline records findings: it cannot be combined with --fix, --diff or --baseline")
    paths = args.paths or ([STDIN] if args.stdin_filename else ["."])
    if paths.count(STDIN) and len(paths) > 1:
        raise UsageError("stdin (-) cannot be combined with other paths")
    if args.stdin_filename and STDIN not in paths:
        raise UsageError("--stdin-filename names stdin: add - to the paths to read it")
    if args.show_settings:
        from lint.commands.show import show_settings
        return show_settings(engine, paths[0], stdout, args.stdin_filename)
    if args.watch:
        if paths == [STDIN] or args.write_baseline or args.output_file:
            raise UsageError("--watch checks files again and again: not stdin, --output-file or --write-baseline")
        from lint.commands.watch import watch
        return watch(engine, args, stdout, paths, check_once)
    return check_once(engine, args, stdout, paths)


def check_once(engine, args, stdout: TextIO, paths: list[str]) -> int:
    """One run over ``paths``: collect, lint, report; the exit status."""
    global _WORKER_ENGINE, _WORKER_FLAGS
    from lint.commands.options import UsageError

    run_settings = engine.settings_for(os.getcwd())
    fixing_stdin = args.fix and paths == [STDIN]
    # stdout is the report's, except when it carries stdin's fixed text
    # (the report then goes to stderr, as ruff does) or --output-file is given.
    report_stream = args.report_stream or (sys.stderr if fixing_stdin else stdout)
    reporter = engine.plugins.hook.copydesk_make_reporter(name=args.format, config=run_settings,
                                                         stream=report_stream)
    if reporter is None:
        known = sorted({n for names in engine.plugins.hook.copydesk_report_formats() for n in names})
        raise UsageError(f"unknown --format {args.format!r} (choose from {', '.join(known)})")
    statistics = args.statistics
    if statistics and args.format not in STATISTICS_FORMATS:
        raise UsageError(f"--statistics cannot be written as {args.format} "
                         f"(use {', '.join(STATISTICS_FORMATS)})")
    if hasattr(reporter, "set_color"):
        reporter.set_color(args.color)
    # A diff or fixed text must not break a machine format on the same stream.
    text_stream = sys.stderr if report_stream is stdout and not reporter.is_human_readable else stdout

    files, problems, notices = collect(engine, paths)
    if args.show_files:
        from lint.commands.show import show_files
        return show_files(files, problems, stdout)
    if args.fix and files != [STDIN]:
        notices.extend(_remove_stale_temporaries(files))
    for notice in notices:
        _notice(args, notice)
    known = None
    if args.baseline:
        from lint.engine.baseline import BaselineError, load

        try:
            known = load(args.baseline)
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
    recorded: list[FileResult] = []
    _WORKER_ENGINE, _WORKER_FLAGS = engine, (args.fix, args.unsafe_fixes, args.diff, args.show_fixes)
    summary = Summary(checked=0)
    failing = 0
    reporter.start(engine.rules)
    progress = Progress(len(files), not args.no_progress)
    results: Iterator[FileResult]
    if files == [STDIN]:
        results = iter([_lint_stdin(engine, args)])
    elif args.no_cache or args.fix or args.diff:
        results = _run_files(engine, files, args.jobs, progress)
    else:
        from lint.engine.results import ResultsCache

        results = _cached_run(engine, files, args.jobs, progress, ResultsCache(engine))
    for result in results:
        progress_clear = progress.enabled
        if known is not None and result.diagnostics:
            from lint.engine.baseline import subtract

            dropped = subtract(known, result)
            if dropped:
                summary.baselined += dropped
                engine.finish(result, engine.settings_for(result.path))
        if args.write_baseline:
            recorded.append(FileResult(result.path, diagnostics=result.diagnostics))
            result = FileResult(result.path, result.text, notices=result.notices, problems=result.problems)
        summary.files += 1
        if not result.problems:
            summary.checked += 1
        summary.fixed += result.fixed
        failing += result.failing
        for notice in result.notices:
            _notice(args, notice)
        problems.extend(result.problems)
        for diagnostic in result.diagnostics:
            summary.diagnostics += 1
            summary.by_code[diagnostic.code] = summary.by_code.get(diagnostic.code, 0) + 1
            summary.names[diagnostic.code] = diagnostic.name
        if result.diff:
            (stdout if fixing_stdin else text_stream).write(result.diff)
            if args.fix:
                result.diff = ""  # written, not "would fix": the reporter counts what is left
        if not statistics:
            if progress_clear:
                progress.close()
            reporter.file(result)
    progress.close()
    # One broken config file is reported once, not once per file under it.
    unique: dict[str, FileProblem] = {}
    for problem in problems:
        unique.setdefault(str(problem), problem)
    problems = list(unique.values())
    summary.problems = len(problems)
    summary.unchecked = len({problem.path for problem in problems})
    if args.write_baseline:
        from lint.engine.baseline import BaselineError, write

        try:
            count = write(args.write_baseline, recorded)
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
        files_with = sum(1 for r in recorded if r.diagnostics)
        sys.stderr.write(f"copydesk: wrote {count} finding{'s' if count != 1 else ''} in "
                         f"{files_with} file{'s' if files_with != 1 else ''} to {args.write_baseline}\n")
    elif statistics:
        _write_statistics(summary, args.format, report_stream)
    elif not (args.quiet and reporter.is_human_readable):
        reporter.finish(summary)
    for problem in problems:
        sys.stderr.write(f"copydesk: {problem}\n")
    if summary.baselined and not args.quiet:
        sys.stderr.write(f"copydesk: {summary.baselined} finding{'s' if summary.baselined != 1 else ''} "
                         f"in the baseline not shown\n")
    if args.fix and summary.fixed and not fixing_stdin and not args.quiet:
        sys.stderr.write(f"copydesk: fixed {summary.fixed} issue{'s' if summary.fixed != 1 else ''}\n")
    if problems:
        return EXIT_ERROR
    if args.diff:
        return EXIT_FINDINGS if summary.fixed else EXIT_OK
    return EXIT_FINDINGS if failing else EXIT_OK


def _notice(args, notice: str) -> None:
    if not args.quiet:
        sys.stderr.write(f"copydesk: {notice}\n")


STATISTICS_FORMATS = ("text", "concise", "json", "github")


def _write_statistics(summary: Summary, fmt: str, stdout: TextIO) -> None:
    """Counts per rule: a table (text), ``CODE COUNT`` lines (concise), a JSON
    array, or one GitHub notice per rule."""
    rows = sorted(summary.by_code.items(), key=lambda item: (-item[1], item[0]))
    if fmt == "json":
        import json

        json.dump([{"rule": code, "name": summary.names[code], "count": count} for code, count in rows],
                  stdout, indent=2)
        stdout.write("\n")
        return
    for code, count in rows:
        if fmt == "concise":
            stdout.write(f"{code} {count}\n")
        elif fmt == "github":
            from lint.reporters.github import command

            stdout.write(command("notice", {"title": "copydesk statistics"},
                                 f"{code} {summary.names[code]}: {count}"))
        else:
            stdout.write(f"{count:6d}  {code}  {summary.names[code]}\n")
