"""Lint a table of articles: rows in, diagnostics and one summary per article out.

The shape shared by the command line (``--input-format jsonl|parquet``),
Dask (``lint.dask``) and Spark (``lint.spark``). An input row is a mapping
with the article's ``id`` and ``text`` and, optionally, its ``format``
(``txt``/``text`` or ``md``/``markdown``), publication ``date``, ``outlet``
and ``style``. Linting it gives an ``ArticleResult``:

- ``diagnostics``: one record per finding, exactly the fields of the JSON
  output contract (``path``, ``line``, ``column``, ``end_line``,
  ``end_column``, ``rule``, ``name``, ``severity``, ``message``, ``fix``)
  after the article's ``id``; identical to what ``copydesk check --format
  json`` prints for the same text under the name ``path``;
- ``summary``: ``id``, ``path``, ``outlet``, ``date``, ``status``
  (``linted`` or ``failed``), ``error`` (why a row failed, else None), the
  number of diagnostics, a count per rule family (``BP`` … ``ST``, and
  ``other`` for a plugin's own prefixes), ``boilerplate_lines`` (the
  lines a warning- or error-level BP finding covers: the page furniture
  to drop) and, when asked, ``clean_text``: the text after the BP family's
  safe fixes, as ``copydesk check --fix --select BP`` would leave it.

The ``path`` is the id, with ``.md`` or ``.txt`` added when the row gives a
format the id does not already end with: the format, per-file ignores and
the reports all read it, as they read a file's name. Ids are written as
strings.

A bad row (no text, a value that is not text, bytes that are not UTF-8, a
NUL byte, text over ``max-file-size``, a date that is not a date, an
unknown style) fails alone: its summary says why and the rows after it are
still linted. A rule that raises on a row is reported the same way, beside
whatever the other rules found. Nothing is dropped: ``Counts`` says how
many rows were read, linted and failed.

The engine, its plugins and config are built once per process
(``linter_for``) and reused for every row and partition.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Iterator, Mapping

from lint.model import Severity
from lint.reporters.base import diagnostic_record
from lint.support.lines import LineIndex

FAMILIES = ("BP", "TT", "AT", "QT", "DT", "FC", "SP", "ST")
CONTRACT_FIELDS = ("path", "line", "column", "end_line", "end_column", "rule", "name", "severity",
                   "message", "fix")
DIAGNOSTIC_FIELDS = ("id",) + CONTRACT_FIELDS
SUMMARY_FIELDS = ("id", "path", "outlet", "date", "status", "error", "diagnostics") + FAMILIES + (
    "other", "boilerplate_lines", "clean_text")
LINTED, FAILED = "linted", "failed"
ROW_FIELDS = ("id", "text", "format", "date", "outlet", "style")
_SUFFIXES = {"txt": ".txt", "text": ".txt", "md": ".md", "markdown": ".md"}
_STYLES = ("auto", "courtesy", "ap", "bare")


class Counts:
    """Rows read, linted and failed (``read == linted + failed``)."""

    __slots__ = ("read", "linted", "failed", "diagnostics")

    def __init__(self, read: int = 0, linted: int = 0, failed: int = 0, diagnostics: int = 0) -> None:
        self.read = read
        self.linted = linted
        self.failed = failed
        self.diagnostics = diagnostics

    def add(self, result: ArticleResult) -> None:
        self.read += 1
        if result.summary["status"] == FAILED:
            self.failed += 1
        else:
            self.linted += 1
        self.diagnostics += len(result.diagnostics)

    def merge(self, other: Counts) -> None:
        self.read += other.read
        self.linted += other.linted
        self.failed += other.failed
        self.diagnostics += other.diagnostics

    def as_dict(self) -> dict[str, int]:
        return {"read": self.read, "linted": self.linted, "failed": self.failed,
                "diagnostics": self.diagnostics}

    def __repr__(self) -> str:
        return f"Counts({self.as_dict()})"


class ArticleResult:
    """What one row gave: its diagnostic records and its summary record."""

    __slots__ = ("diagnostics", "summary")

    def __init__(self, diagnostics: list[dict[str, Any]], summary: dict[str, Any]) -> None:
        self.diagnostics = diagnostics
        self.summary = summary


class RowError(Exception):
    """A row that cannot be linted; the message says why in one line."""


class TableLinter:
    """Lints rows with one engine, built once.

    ``options`` are those of ``copydesk check``: ``select``, ``extend_select``,
    ``ignore``, ``style``, ``date`` (the publication date of rows that give
    none and whose text has none), ``config`` (a config file), ``isolated``
    (no config file at all), ``root`` (the folder whose config applies and
    that per-file-ignore patterns are relative to; default: the current
    folder), ``clean`` (add ``clean_text`` to summaries), ``blocked``
    (plugin names not to load).
    """

    def __init__(self, engine=None, *, root: str | None = None, clean: bool = False, **options: Any) -> None:
        import os

        if engine is None:
            engine = make_engine(**options)
        elif options:
            raise TypeError(f"options {sorted(options)} are given to the engine, not beside one")
        self.engine = engine
        self.root = os.path.abspath(root or os.getcwd())
        self.clean = clean
        self.settings = engine.settings_for(os.path.join(self.root, "article"))
        self._by_style: dict[str, Any] = {}
        self.counts = Counts()

    # -- one row -------------------------------------------------------------
    def lint_row(self, row: Mapping[str, Any]) -> ArticleResult:
        """Lint one row; never raises for bad input (the summary says why)."""
        article_id = _text_id(row.get("id"))
        path = article_id
        summary = _summary(article_id, path, row.get("outlet"), None)
        try:
            if not article_id:
                raise RowError("has no id")
            path = summary["path"] = path_for(article_id, row.get("format"))
            date = _date(row.get("date"))
            summary["date"] = date.isoformat() if date else None
            settings = self._settings_for(row.get("style"))
            text = self._text(row.get("text"), settings["max-file-size"])
        except RowError as exc:
            return self._failed(summary, str(exc))
        try:
            diagnostics, problems = self._lint(path, text, date, settings)
        except Exception as exc:  # a bug, or a config error found late: this row only
            return self._failed(summary, f"{type(exc).__name__}: {exc}")
        index = LineIndex(text)
        records = []
        families = dict.fromkeys(FAMILIES, 0)
        other = 0
        boilerplate: set[int] = set()
        for diagnostic in diagnostics:
            record = {"id": article_id}
            record.update(diagnostic_record(path, index, diagnostic))
            records.append(record)
            family = diagnostic.code[:2]
            if family in families:
                families[family] += 1
            else:
                other += 1
            if family == "BP" and diagnostic.severity >= Severity.WARNING:
                first, last = record["line"], record["end_line"]
                if last > first and record["end_column"] == 1:
                    last -= 1  # ends at the start of the next line
                boilerplate.update(range(first, last + 1))
        summary.update(families)
        summary.update(diagnostics=len(records), other=other, boilerplate_lines=sorted(boilerplate))
        if problems:
            summary["status"] = FAILED
            summary["error"] = "; ".join(problem.message for problem in problems)
        elif self.clean:
            summary["clean_text"] = self._clean(path, text, date, settings, diagnostics)
        result = ArticleResult(records, summary)
        self.counts.add(result)
        return result

    def lint_rows(self, rows: Iterable[Mapping[str, Any]]) -> Iterator[ArticleResult]:
        """Lint rows one after another, in order."""
        for row in rows:
            yield self.lint_row(row)

    # -- the parts -----------------------------------------------------------
    def failed(self, article_id: Any, error: str) -> ArticleResult:
        """The record of a row that could not even be read (a line that is not JSON)."""
        return self._failed(_summary(_text_id(article_id), _text_id(article_id), None, None), error)

    def _failed(self, summary: dict[str, Any], error: str) -> ArticleResult:
        summary["status"] = FAILED
        summary["error"] = error
        result = ArticleResult([], summary)
        self.counts.add(result)
        return result

    def _settings_for(self, style: Any):
        if style is None or _missing(style):
            return self.settings
        if not isinstance(style, str) or style not in _STYLES:
            raise RowError(f"unknown style {style!r} (use {', '.join(_STYLES)})")
        settings = self._by_style.get(style)
        if settings is None:
            from lint.engine.config import Settings

            base = self.settings
            settings = Settings(dict(base.values, style=style), base.source, base.root, base.sources)
            self._by_style[style] = settings
        return settings

    @staticmethod
    def _text(value: Any, max_bytes: int) -> str:
        from lint.support.reading import EmptyInput, InputError, decode

        if value is None or _missing(value):
            raise RowError("has no text")
        if isinstance(value, (bytes, bytearray, memoryview)):
            data = bytes(value)
            if len(data) > max_bytes:
                raise RowError(_too_large(len(data), max_bytes))
            try:
                return decode(data)[0]
            except EmptyInput:
                return ""
            except InputError as exc:
                raise RowError(f"text {exc}") from None
        if not isinstance(value, str):
            raise RowError(f"text is {type(value).__name__}, not a string")
        if len(value) > max_bytes:  # at least one byte a character
            raise RowError(_too_large(len(value), max_bytes, "characters"))
        try:
            size = len(value) if value.isascii() else len(value.encode("utf-8"))
        except UnicodeEncodeError as exc:
            raise RowError(f"text is not valid Unicode (lone surrogate at character {exc.start})") from None
        if size > max_bytes:
            raise RowError(_too_large(size, max_bytes))
        nul = value.find("\0")
        if nul != -1:
            raise RowError(f"text looks binary (NUL character at {nul})")
        if value.startswith("\ufeff"):  # a BOM read into the string, as a file's would be dropped
            value = value[1:]
        return value

    def _lint(self, path: str, text: str, date: dt.date | None, settings, family: str | None = None):
        if not text.strip():  # an empty article: nothing to check, as for an empty file
            return [], []
        engine = self.engine
        doc = engine.load(path, text, settings)
        if date is not None:
            doc.date_override = date
        return engine.lint_document(doc, settings, family)

    def _clean(self, path: str, text: str, date, settings, diagnostics) -> str:
        """The text after the BP family's safe fixes, re-linted until none applies."""
        from lint.engine.fixer import MAX_FIX_PASSES, applicable, apply_fixes

        found = [d for d in diagnostics if d.code.startswith("BP")]
        for _ in range(MAX_FIX_PASSES):
            fixes = applicable(found, unsafe=False)
            if not fixes:
                break
            text, count = apply_fixes(text, fixes)
            if count == 0:
                break
            found, problems = self._lint(path, text, date, settings, family="BP")
            if problems:
                break
        return text


def make_engine(select=None, extend_select=None, ignore=None, style=None, date=None, fail_on=None,
                config: str | None = None, isolated: bool = False, blocked: Iterable[str] = ()):
    """An engine configured as ``copydesk check`` would be with these options."""
    from lint.engine.config import ConfigError
    from lint.engine.core import Engine
    from lint.engine.plugins import Plugins

    cli: dict[str, Any] = {}
    for key, value in (("select", select), ("extend-select", extend_select), ("ignore", ignore),
                       ("style", style), ("date", _date(date) if date is not None else None),
                       ("fail-on", fail_on)):
        if value is not None:
            cli[key] = _codes(value) if key in ("select", "extend-select", "ignore") else value
    engine = Engine(Plugins(blocked=tuple(blocked)), cli=cli, config_path=config, isolated=isolated)
    for key in ("select", "extend-select", "ignore"):
        for code in cli.get(key, ()):
            if not engine.known_code(code):
                raise ConfigError(f"--{key}", f"unknown rule code or prefix {code!r}")
    return engine


_LINTERS: dict[tuple, TableLinter] = {}


def linter_for(options: Mapping[str, Any]) -> TableLinter:
    """This process's ``TableLinter`` for ``options``, built on first use.

    Dask and Spark call this in each partition: the engine is built once
    per worker process and reused for every partition it is given.
    """
    key = tuple(sorted((name, _hashable(value)) for name, value in options.items()))
    linter = _LINTERS.get(key)
    if linter is None:
        linter = _LINTERS[key] = TableLinter(**dict(options))
    return linter


def path_for(article_id: str, fmt: Any) -> str:
    """The name a row is linted under: its id, with the format's suffix."""
    if fmt is None or _missing(fmt) or fmt == "":
        return article_id
    suffix = _SUFFIXES.get(str(fmt).lower().lstrip("."))
    if suffix is None:
        raise RowError(f"unknown format {fmt!r} (use txt or md)")
    return article_id if article_id.lower().endswith(suffix) else article_id + suffix


def row_fields(text_field: str = "text", id_field: str = "id") -> dict[str, str]:
    """Row field -> column: the id and text columns as named, the optional
    fields (``format``, ``date``, ``outlet``, ``style``) under their own names."""
    fields = {"id": id_field, "text": text_field}
    fields.update((name, name) for name in ROW_FIELDS if name not in fields)
    return fields


def present_fields(columns: Iterable[str], text_field: str = "text", id_field: str = "id") -> dict[str, str]:
    """``row_fields`` limited to the ``columns`` a table has; KeyError naming
    the id or text column when it lacks one."""
    columns = [str(column) for column in columns]
    for column in (id_field, text_field):
        if column not in columns:
            raise KeyError(f"no column {column!r} in the table (columns: {', '.join(columns)})")
    return {name: column for name, column in row_fields(text_field, id_field).items() if column in columns}


def rows_from_columns(columns: Mapping[str, list], fields: Mapping[str, str]) -> Iterator[dict[str, Any]]:
    """Rows (with the names of ``ROW_FIELDS``) from columns named by ``fields``.

    ``fields`` maps a row field (``id``, ``text``, ``format``…) to the
    table's column; absent columns are None in every row.
    """
    length = len(next(iter(columns.values()))) if columns else 0
    picked = {name: columns.get(column) for name, column in fields.items()}
    for i in range(length):
        yield {name: (values[i] if values is not None else None) for name, values in picked.items()}


def _summary(article_id: str, path: str, outlet: Any, date: str | None) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "id": article_id, "path": path,
        "outlet": None if outlet is None or _missing(outlet) else str(outlet),
        "date": date, "status": LINTED, "error": None, "diagnostics": 0,
    }
    summary.update(dict.fromkeys(FAMILIES, 0))
    summary.update(other=0, boilerplate_lines=[], clean_text=None)
    return summary


def _text_id(value: Any) -> str:
    if value is None or _missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _date(value: Any) -> dt.date | None:
    if value is None or _missing(value) or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "date") and callable(value.date):  # pandas.Timestamp
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise RowError(f"date {value!r} is not a date (YYYY-MM-DD)")


def _missing(value: Any) -> bool:
    """NaN and pandas' missing markers, which a DataFrame puts for null."""
    try:
        return bool(value != value)  # NaN, NaT
    except Exception:  # pandas.NA refuses to be a boolean
        return type(value).__name__ == "NAType"


def _too_large(size: int, limit: int, unit: str = "bytes") -> str:
    return f"text is too large ({size:,} {unit}; the limit is {limit:,} bytes, set max-file-size to raise it)"


def _codes(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part) for part in value]


def _hashable(value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    return value


# -- Arrow: the same records as typed columns (Parquet, Dask, Spark) -----------

def arrow_schemas(nested: bool = False):
    """The pyarrow schemas of (diagnostics, summaries).

    With ``nested``, the summary schema has a ``diagnostics_list`` column
    holding each article's diagnostics (so one pass gives both tables)."""
    import pyarrow as pa

    position = [("line", pa.int32()), ("column", pa.int32()), ("end_line", pa.int32()),
                ("end_column", pa.int32())]
    edit = pa.struct(position + [("replacement", pa.string())])
    fix = pa.struct([("applicability", pa.string()), ("edits", pa.list_(edit))])
    diagnostic = pa.schema([("id", pa.string()), ("path", pa.string())] + position + [
        ("rule", pa.string()), ("name", pa.string()), ("severity", pa.string()),
        ("message", pa.string()), ("fix", fix)])
    fields = [("id", pa.string()), ("path", pa.string()), ("outlet", pa.string()), ("date", pa.string()),
              ("status", pa.string()), ("error", pa.string()), ("diagnostics", pa.int32())]
    fields += [(family, pa.int32()) for family in FAMILIES]
    fields += [("other", pa.int32()), ("boilerplate_lines", pa.list_(pa.int32())), ("clean_text", pa.string())]
    if nested:
        fields.append(("diagnostics_list", pa.list_(pa.struct(list(diagnostic)))))
    return diagnostic, pa.schema(fields)


def arrow_tables(results: Iterable[ArticleResult], nested: bool = False):
    """(diagnostics, summaries) pyarrow tables of ``results``."""
    import pyarrow as pa

    diagnostic_schema, summary_schema = arrow_schemas(nested)
    diagnostics: list[dict[str, Any]] = []
    summaries: list[dict[str, Any]] = []
    for result in results:
        diagnostics.extend(result.diagnostics)
        summary = result.summary
        if nested:
            summary = dict(summary, diagnostics_list=result.diagnostics)
        summaries.append(summary)
    return (pa.Table.from_pylist(diagnostics, schema=diagnostic_schema),
            pa.Table.from_pylist(summaries, schema=summary_schema))


def rows_of_batch(batch, fields: Mapping[str, str]) -> Iterator[dict[str, Any]]:
    """Rows of a pyarrow RecordBatch (or Table), with the columns ``fields`` names."""
    names = set(batch.schema.names)
    missing = [column for name, column in fields.items() if name in ("id", "text") and column not in names]
    if missing:
        raise KeyError(f"no column {missing[0]!r} in the table (columns: {', '.join(batch.schema.names)})")
    columns = {column: batch.column(column).to_pylist() for column in fields.values() if column in names}
    if not columns:
        return iter(())
    return rows_from_columns(columns, fields)
