"""``copydesk check --input-format jsonl|parquet``: lint a table of articles.

Each row of the table is an article (``--id-field``, ``--text-field``, and
the optional columns ``format``, ``date``, ``outlet`` and ``style`` when the
table has them); see ``lint.table`` for what a row gives. The diagnostics go
to stdout or ``--output-file`` as ``--format json`` (the JSON contract's
array, with each object's article ``id``: sorted by path, line and column,
so held in memory until the end), ``jsonl`` (one object a line, written as
rows finish) or ``parquet`` (``--output-file`` required). ``--summary-file``
writes one summary per article in the same format. stderr gets the rows that
failed (the first few, with the reason) and the count of rows read, linted
and failed; a terminal also gets a progress line with the rate and the time
left.

Exit status: 2 when a row failed, else 1 when a diagnostic is at or above
``--fail-on``, else 0.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any, Iterator, TextIO

from lint.model import Severity
from lint.table import ArticleResult, TableLinter, arrow_tables, row_fields, rows_of_batch

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
INPUT_FORMATS = ("jsonl", "parquet")
OUTPUT_FORMATS = ("json", "jsonl", "parquet")
BATCH_ROWS = 16  # rows a worker lints per task: enough to hide the hand-over, few enough to share out
READ_ROWS = 1024  # rows read from a Parquet file at a time
FAILURES_SHOWN = 20
PROGRESS_SECONDS = 0.5

_WORKER: TableLinter | None = None  # the linter a forked worker inherits


class _BadRow:
    """A line of the input that is not a row (not JSON, not an object)."""

    __slots__ = ("id", "error")

    def __init__(self, article_id: str, error: str) -> None:
        self.id = article_id
        self.error = error


def run_table(engine, args, stdout: TextIO) -> int:
    from lint.commands.options import UsageError

    if args.format not in OUTPUT_FORMATS:
        raise UsageError(f"--input-format {args.input_format} writes --format json, jsonl or parquet, "
                         f"not {args.format}")
    for flag, given in (("--fix", args.fix), ("--diff", args.diff), ("--statistics", args.statistics),
                        ("--watch", args.watch), ("--baseline", args.baseline),
                        ("--write-baseline", args.write_baseline), ("--show-settings", args.show_settings),
                        ("--show-files", args.show_files)):
        if given:
            raise UsageError(f"{flag} works on files, not with --input-format")
    if not args.paths:
        raise UsageError("--input-format needs the FILE to read (- for JSON Lines on stdin)")
    if "-" in args.paths and (args.input_format != "jsonl" or len(args.paths) > 1):
        raise UsageError("stdin (-) is read as JSON Lines, alone")
    if args.format == "parquet" and not args.output_file:
        raise UsageError("--format parquet needs --output-file")
    for path in args.paths:
        if path != "-" and not os.path.isfile(path):
            raise UsageError(f"{path}: no such file")
    fields = row_fields(args.text_field, args.id_field)
    if args.format == "parquet" or args.input_format == "parquet":
        _need_pyarrow()

    linter = TableLinter(engine, clean=args.clean_text)
    fail_on = linter.settings.fail_on
    threshold = None if fail_on == "never" else Severity.parse(fail_on)
    total = _count_rows(args.input_format, args.paths) if _progress_wanted(args) else None
    progress = _Progress(total) if total is not None else None

    output = _writer(args.format, args.output_file, stdout)
    summaries = _writer(args.format, args.summary_file, None) if args.summary_file else None
    failing = 0
    failures: list[str] = []
    counts = linter.counts
    try:
        batches = _batches(args.input_format, args.paths, fields)
        for results in _run(linter, batches, args.jobs):
            for result in results:
                if result.summary["status"] == "failed" and len(failures) < FAILURES_SHOWN:
                    failures.append(f"{result.summary['id'] or '(no id)'}: {result.summary['error']}")
                if threshold is not None:
                    failing += sum(1 for d in result.diagnostics if Severity.parse(d["severity"]) >= threshold)
            output.write(results, summaries_too=False)
            if summaries is not None:
                summaries.write(results, summaries_too=True)
            if progress is not None:
                progress.update(counts.read)
    finally:
        if progress is not None:
            progress.close()
    output.close()
    if summaries is not None:
        summaries.close()
    for line in failures:
        sys.stderr.write(f"copydesk: row {line}\n")
    if counts.failed > len(failures):
        more = counts.failed - len(failures)
        sys.stderr.write(f"copydesk: … and {more:,} more failed row{'s' if more != 1 else ''}"
                         f"{' (see --summary-file)' if args.summary_file else ''}\n")
    if not args.quiet or counts.failed:
        sys.stderr.write(f"copydesk: {counts.read:,} row{'s' if counts.read != 1 else ''} read, "
                         f"{counts.linted:,} linted, {counts.failed:,} failed; "
                         f"{counts.diagnostics:,} diagnostic{'s' if counts.diagnostics != 1 else ''}\n")
    if counts.failed:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing else EXIT_OK


# -- reading -------------------------------------------------------------------

def _need_pyarrow() -> None:
    from lint.commands.options import UsageError

    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise UsageError("Parquet needs pyarrow: pip install 'copydesk[parquet]'") from None


def _batches(input_format: str, paths: list[str], fields: dict[str, str]) -> Iterator[list]:
    """Lists of at most ``BATCH_ROWS`` rows (dicts, or ``_BadRow``)."""
    rows = _parquet_rows(paths, fields) if input_format == "parquet" else _jsonl_rows(paths, fields)
    batch: list = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH_ROWS:
            yield batch
            batch = []
    if batch:
        yield batch


def _jsonl_rows(paths: list[str], fields: dict[str, str]) -> Iterator[Any]:
    for path in paths:
        handle = sys.stdin.buffer if path == "-" else open(path, "rb")
        name = "stdin" if path == "-" else path
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except ValueError as exc:  # also a line that is not UTF-8
                    yield _BadRow(f"{name}:{number}", f"line {number} of {name} is not JSON ({exc})")
                    continue
                if not isinstance(value, dict):
                    yield _BadRow(f"{name}:{number}",
                                  f"line {number} of {name} is a JSON {type(value).__name__}, not an object")
                    continue
                yield {field: value.get(column) for field, column in fields.items()}
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()


def _parquet_rows(paths: list[str], fields: dict[str, str]) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    from lint.commands.options import UsageError

    for path in paths:
        try:
            table = pq.ParquetFile(path)
        except Exception as exc:
            raise UsageError(f"{path}: not a Parquet file ({exc})") from None
        names = set(table.schema_arrow.names)
        for field in ("id", "text"):
            if fields[field] not in names:
                raise UsageError(f"{path}: no column {fields[field]!r} (use --{field}-field; columns: "
                                 f"{', '.join(table.schema_arrow.names)})")
        columns = [column for column in fields.values() if column in names]
        for batch in table.iter_batches(batch_size=READ_ROWS, columns=columns):
            yield from rows_of_batch(batch, fields)


def _count_rows(input_format: str, paths: list[str]) -> int | None:
    """Rows in the input, for the progress line (None when it cannot be known)."""
    if "-" in paths:
        return None
    total = 0
    if input_format == "parquet":
        import pyarrow.parquet as pq

        try:
            return sum(pq.ParquetFile(path).metadata.num_rows for path in paths)
        except Exception:
            return None
    for path in paths:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                total += block.count(b"\n")
            if block and not block.endswith(b"\n"):
                total += 1
    return total


# -- linting -------------------------------------------------------------------

def _lint_batch(batch: list) -> list[ArticleResult]:
    linter = _WORKER
    return [linter.failed(row.id, row.error) if isinstance(row, _BadRow) else linter.lint_row(row)
            for row in batch]


def _run(linter: TableLinter, batches: Iterator[list], jobs: int) -> Iterator[list[ArticleResult]]:
    """Lint batches in order, in ``jobs`` forked processes (0: one per core).

    The workers' counts come back with their results and are added to the
    parent's linter, so ``linter.counts`` covers every row."""
    global _WORKER
    from lint.commands.check import _usable_cores

    _WORKER = linter
    if jobs == 0:
        jobs = _usable_cores()
    if jobs > 1:
        import multiprocessing

        if "fork" not in multiprocessing.get_all_start_methods():
            jobs = 1
    if jobs <= 1:
        for batch in batches:
            yield _lint_batch(batch)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) as pool:
        for results in pool.imap(_lint_batch, batches):
            for result in results:
                linter.counts.add(result)
            yield results


# -- writing -------------------------------------------------------------------

def _writer(fmt: str, path: str | None, stdout: TextIO | None):
    if fmt == "parquet":
        return _ParquetWriter(path)
    stream = open(path, "w", encoding="utf-8", newline="") if path else stdout
    return (_JsonWriter if fmt == "json" else _JsonlWriter)(stream, stream is not stdout)


class _JsonWriter:
    """The JSON contract's array: every record, sorted by path, line, column."""

    def __init__(self, stream: TextIO, owned: bool) -> None:
        self.stream = stream
        self.owned = owned
        self.records: list[dict] = []
        self.summaries = False

    def write(self, results: list[ArticleResult], summaries_too: bool) -> None:
        self.summaries = summaries_too
        for result in results:
            if summaries_too:
                self.records.append(result.summary)
            else:
                self.records.extend(result.diagnostics)

    def close(self) -> None:
        if not self.summaries:  # the contract's order; summaries stay in input order
            self.records.sort(key=lambda r: (r["path"], r["line"], r["column"]))
        json.dump(self.records, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")
        if self.owned:
            self.stream.close()


class _JsonlWriter:
    """One JSON object a line, in input order, written as rows finish."""

    def __init__(self, stream: TextIO, owned: bool) -> None:
        self.stream = stream
        self.owned = owned

    def write(self, results: list[ArticleResult], summaries_too: bool) -> None:
        dumps = json.dumps
        lines = []
        for result in results:
            for record in ([result.summary] if summaries_too else result.diagnostics):
                lines.append(dumps(record, ensure_ascii=False))
                lines.append("\n")
        self.stream.write("".join(lines))

    def close(self) -> None:
        self.stream.flush()
        if self.owned:
            self.stream.close()


class _ParquetWriter:
    """A Parquet file of the records, written a batch of rows at a time."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.writer = None
        self.pending: list[ArticleResult] = []
        self.summaries = False

    def write(self, results: list[ArticleResult], summaries_too: bool) -> None:
        self.summaries = summaries_too
        self.pending.extend(results)
        if len(self.pending) >= READ_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow.parquet as pq

        diagnostics, summaries = arrow_tables(self.pending)
        table = summaries if self.summaries else diagnostics
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, table.schema)
        self.writer.write_table(table)
        self.pending = []

    def close(self) -> None:
        if self.pending or self.writer is None:
            self._flush()
        self.writer.close()


# -- progress ------------------------------------------------------------------

def _progress_wanted(args) -> bool:
    return not args.no_progress and sys.stderr.isatty()


class _Progress:
    """``copydesk: 1,200/10,000 rows (12%) 64 rows/s, 2m17s left`` on stderr."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.start = self.shown = time.monotonic()
        self.width = 0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if now - self.shown < PROGRESS_SECONDS and done < self.total:
            return
        self.shown = now
        sys.stderr.write("\r" + progress_line(done, self.total, now - self.start).ljust(self.width))
        sys.stderr.flush()
        self.width = len(progress_line(done, self.total, now - self.start))

    def close(self) -> None:
        if self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()


def progress_line(done: int, total: int, elapsed: float) -> str:
    """The progress line for ``done`` of ``total`` rows after ``elapsed`` seconds."""
    share = f" ({100 * done // total}%)" if total else ""
    line = f"copydesk: {done:,}/{total:,} rows{share}"
    if elapsed > 0 and done:
        rate = done / elapsed
        line += f" {rate:,.0f} rows/s"
        if total > done:
            line += f", {_duration((total - done) / rate)} left"
    return line


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{seconds:02d}s"
    return f"{seconds}s"
