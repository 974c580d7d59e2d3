"""Tables of articles: the library API (``lint.table``) and ``copydesk check
--input-format jsonl|parquet``.

The diagnostics of a row must be exactly those ``copydesk check --format
json`` gives for the same text in a file of the same name; a bad row fails
alone, with the reason, and every row is counted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from lint.cli import main
from lint.table import (CONTRACT_FIELDS, DIAGNOSTIC_FIELDS, FAMILIES, SUMMARY_FIELDS, Counts, TableLinter,
                        linter_for, path_for)

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "bench"))
from articles import Writer  # noqa: E402

STORY = ("The council met on Monday, October 24, 2023.\n\nSEE ALSO: Budget fight looms\n\n"
         "The the vote was close.\n")
STORY_CLEAN = "The council met on Monday, October 24, 2023.\n\nThe the vote was close.\n"
MARKDOWN = ("---\ntitle: Ferry fares\n---\n\nThe ferry board voted on Tuesday to raise fares.\n\n"
            "Read more: Ferry schedule changes for the winter\n")
UNDATED = "The library reopened yesterday after a long renovation.\n"


def generated(count: int, seed: int = 18) -> list[tuple[str, str, str]]:
    """(id, format, text) of ``count`` invented articles."""
    writer = Writer(seed)
    out = []
    for number in range(count):
        text, _ = writer.article(writer.rng.randint(150, 400))
        out.append((f"g{number:03d}", "md" if number % 4 == 0 else "txt", text))
    return out


@pytest.fixture(scope="module")
def linter():
    return TableLinter(isolated=True)


def without_id(records):
    return [{k: v for k, v in r.items() if k != "id"} for r in records]


# -- the library API -------------------------------------------------------------

def test_a_row_gives_the_contract_fields_after_its_id(linter):
    result = linter.lint_row({"id": 7, "text": STORY, "format": "txt"})
    assert [tuple(r) for r in result.diagnostics] == [DIAGNOSTIC_FIELDS] * 4
    assert DIAGNOSTIC_FIELDS == ("id",) + CONTRACT_FIELDS
    assert [(r["id"], r["path"], r["line"], r["column"], r["rule"]) for r in result.diagnostics] == [
        ("7", "7.txt", 1, 20, "DT001"), ("7", "7.txt", 1, 28, "DT101"),
        ("7", "7.txt", 3, 1, "BP001"), ("7", "7.txt", 5, 5, "SP003")]
    bp = result.diagnostics[2]
    assert bp["fix"] == {"applicability": "safe", "edits": [
        {"line": 1, "column": 45, "end_line": 5, "end_column": 1, "replacement": "\n\n"}]}


def test_the_summary_counts_families_and_boilerplate_lines():
    result = TableLinter(isolated=True, clean=True).lint_row(
        {"id": "s1", "text": STORY, "outlet": "The Ledger", "date": "2023-10-24"})
    summary = result.summary
    assert tuple(summary) == SUMMARY_FIELDS
    assert {family: summary[family] for family in FAMILIES} == {
        "BP": 1, "TT": 0, "AT": 0, "QT": 0, "DT": 2, "FC": 0, "SP": 1, "ST": 0}
    assert (summary["id"], summary["path"], summary["outlet"], summary["date"]) == ("s1", "s1", "The Ledger",
                                                                                     "2023-10-24")
    assert (summary["status"], summary["error"], summary["diagnostics"], summary["other"]) == ("linted", None, 4, 0)
    assert summary["boilerplate_lines"] == [3]
    assert summary["clean_text"] == STORY_CLEAN


def test_clean_text_only_when_asked(linter):
    assert linter.lint_row({"id": "s1", "text": STORY}).summary["clean_text"] is None


def test_the_format_comes_from_the_row_or_the_id():
    assert path_for("a1", "md") == "a1.md"
    assert path_for("a1", "markdown") == "a1.md"
    assert path_for("a1.md", "md") == "a1.md"
    assert path_for("a1.md", None) == "a1.md"
    assert path_for("a1", "txt") == "a1.txt"
    assert path_for("a1", None) == "a1"


def test_the_row_date_is_the_publication_date(linter):
    undated = linter.lint_row({"id": "u", "text": UNDATED})
    dated = linter.lint_row({"id": "u", "text": UNDATED, "date": "2024-03-12"})
    assert "DT" not in {r["rule"][:2] for r in undated.diagnostics}
    assert [r["rule"] for r in dated.diagnostics if r["rule"].startswith("DT")] == ["DT002"]
    assert "Monday, March 11" in [r for r in dated.diagnostics if r["rule"] == "DT002"][0]["message"]


def test_the_row_style_is_the_house_style(linter):
    text = ("Mayor Ana Okafor said the plan was sound.\n\n\u201cWe are ready,\u201d Mrs. Okafor said.\n")
    ap = linter.lint_row({"id": "x", "text": text, "style": "ap"})
    courtesy = linter.lint_row({"id": "x", "text": text, "style": "courtesy"})
    assert "TT" in {r["rule"][:2] for r in ap.diagnostics}
    assert "TT" not in {r["rule"][:2] for r in courtesy.diagnostics}


BAD_ROWS = [
    ({"id": "none", "text": None}, "has no text"),
    ({"id": "number", "text": 12}, "text is int, not a string"),
    ({"id": "latin1", "text": b"caf\xe9 au lait"}, "text is not valid UTF-8 (byte 0xe9 at offset 3)"),
    ({"id": "utf16", "text": "\ufeffhi".encode("utf-16")}, "text is UTF-16 or UTF-32 encoded; copydesk reads UTF-8 only"),
    ({"id": "surrogate", "text": "caf\ud800"}, "text is not valid Unicode (lone surrogate at character 3)"),
    ({"id": "nul", "text": "a\0b"}, "text looks binary (NUL character at 1)"),
    ({"id": "huge", "text": "word " * (10 * 1024 * 1024)},
     "text is too large (52,428,800 characters; the limit is 10,485,760 bytes, set max-file-size to raise it)"),
    ({"id": "date", "text": "Hi.", "date": "last week"}, "date 'last week' is not a date (YYYY-MM-DD)"),
    ({"id": "style", "text": "Hi.", "style": "fancy"}, "unknown style 'fancy' (use auto, courtesy, ap, bare)"),
    ({"id": "format", "text": "Hi.", "format": "docx"}, "unknown format 'docx' (use txt or md)"),
    ({"id": None, "text": "Hi."}, "has no id"),
]


def test_a_bad_row_fails_alone_and_says_why():
    linter = TableLinter(isolated=True)
    rows = []
    for row, _ in BAD_ROWS:
        rows.append(row)
        rows.append({"id": f"after-{row['id']}", "text": STORY})
    results = list(linter.lint_rows(rows))
    failed = [(r.summary["status"], r.summary["error"], r.diagnostics) for r in results[::2]]
    assert failed == [("failed", error, []) for _, error in BAD_ROWS]
    assert [(r.summary["status"], r.summary["diagnostics"]) for r in results[1::2]] == [("linted", 4)] * len(BAD_ROWS)
    assert linter.counts.as_dict() == {"read": 2 * len(BAD_ROWS), "linted": len(BAD_ROWS),
                                       "failed": len(BAD_ROWS), "diagnostics": 4 * len(BAD_ROWS)}


def test_bytes_and_empty_text_are_read_as_a_file_would_be(linter):
    assert linter.lint_row({"id": "b", "text": b"\xef\xbb\xbf" + STORY.encode()}).summary["diagnostics"] == 4
    empty = linter.lint_row({"id": "e", "text": "  \n"})
    assert (empty.summary["status"], empty.diagnostics) == ("linted", [])


def test_a_rule_that_raises_fails_its_row_and_keeps_the_rest():
    from conftest import make_engine
    from lint.engine.hookspecs import hookimpl
    from lint.engine.registry import rule

    @rule(code="ZZ950", name="always-raises", severity="warning", summary="Raises", docs="## What it does\nRaises.")
    def _raises(doc, ctx):
        if "explode" in doc.text:
            raise RuntimeError("boom")
        return []

    class Raising:
        @hookimpl
        def copydesk_rules(self):
            return [_raises]

    linter = TableLinter(make_engine(Raising()))
    bad, good = linter.lint_rows([{"id": "1", "text": "explode " + STORY}, {"id": "2", "text": STORY}])
    assert bad.summary["status"] == "failed"
    assert bad.summary["error"].startswith("internal error in rule ZZ950 (always-raises) from plugin ")
    assert bad.summary["error"].endswith(": RuntimeError: boom")
    assert bad.summary["diagnostics"] == 4  # what the other rules found is kept
    assert good.summary["status"] == "linted"
    assert linter.counts.as_dict() == {"read": 2, "linted": 1, "failed": 1, "diagnostics": 8}


def test_one_linter_per_process_and_options():
    first = linter_for({"isolated": True, "select": ["BP"]})
    assert linter_for({"select": ["BP"], "isolated": True}) is first
    assert linter_for({"isolated": True}) is not first
    assert {r["rule"][:2] for r in first.lint_row({"id": "1", "text": STORY}).diagnostics} == {"BP"}


def test_counts_merge():
    counts = Counts(3, 2, 1, 5)
    counts.merge(Counts(1, 1, 0, 2))
    assert counts.as_dict() == {"read": 4, "linted": 3, "failed": 1, "diagnostics": 7}


# -- the command line --------------------------------------------------------------

@pytest.fixture
def table(tmp_path, monkeypatch):
    """Generated articles as files and as a JSON Lines table, with bad rows."""
    monkeypatch.chdir(tmp_path)
    rows = []
    for article_id, fmt, text in generated(12) + [("story", "txt", STORY), ("ferry", "md", MARKDOWN)]:
        (tmp_path / f"{article_id}.{fmt}").write_text(text, encoding="utf-8")
        rows.append({"key": article_id, "body": text, "format": fmt})
    with open(tmp_path / "table.jsonl", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
        handle.write(json.dumps({"key": "nobody", "body": None}) + "\n")
        handle.write("[1, 2]\n")
    return tmp_path, rows


def run(capsys, *args):
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_the_command_line_matches_check_on_files(table, capsys):
    folder, rows = table
    status, out, err = run(capsys, "check", "--no-config", "--no-cache", "--format", "json",
                           *sorted(p.name for p in folder.iterdir() if p.suffix in (".txt", ".md")))
    assert status == 1
    expected = json.loads(out)
    assert len(expected) > 14
    for jobs in ("1", "2"):
        status, out, err = run(capsys, "check", "--no-config", "--input-format", "jsonl", "--text-field", "body",
                               "--id-field", "key", "--format", "json", "--jobs", jobs, "table.jsonl")
        records = json.loads(out)
        assert without_id(records) == expected
        assert all(r["path"].startswith(r["id"] + ".") for r in records)
        assert status == 2  # two rows failed
        assert err == ("copydesk: row nobody: has no text\n"
                       "copydesk: row table.jsonl:16: line 16 of table.jsonl is a JSON list, not an object\n"
                       f"copydesk: 16 rows read, 14 linted, 2 failed; {len(expected)} diagnostics\n")


def test_jsonl_output_and_summaries_in_input_order(table, capsys):
    folder, rows = table
    status, out, err = run(capsys, "check", "--no-config", "--input-format", "jsonl", "--text-field", "body",
                           "--id-field", "key", "--format", "jsonl", "--summary-file", "sum.jsonl",
                           "--clean-text", "--jobs", "2", "table.jsonl")
    diagnostics = [json.loads(line) for line in out.splitlines()]
    order = [row["key"] for row in rows]
    assert [d["id"] for d in diagnostics] == sorted((d["id"] for d in diagnostics), key=order.index)
    summaries = [json.loads(line) for line in (folder / "sum.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [s["id"] for s in summaries] == order + ["nobody", "table.jsonl:16"]
    assert [s["status"] for s in summaries] == ["linted"] * 14 + ["failed"] * 2
    story = summaries[order.index("story")]
    assert (story["diagnostics"], story["BP"], story["boilerplate_lines"], story["clean_text"]) == (
        4, 1, [3], STORY_CLEAN)
    assert sum(s["diagnostics"] for s in summaries) == len(diagnostics)


def test_a_clean_table_exits_0_and_findings_exit_1(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.jsonl").write_text(json.dumps({"id": 1, "text": "The council met.\n"}) + "\n")
    assert run(capsys, "check", "--no-config", "--input-format", "jsonl", "--format", "jsonl", "t.jsonl") == (
        0, "", "copydesk: 1 row read, 1 linted, 0 failed; 0 diagnostics\n")
    (tmp_path / "t.jsonl").write_text(json.dumps({"id": 1, "text": STORY}) + "\n")
    status, out, _ = run(capsys, "check", "--no-config", "--input-format", "jsonl", "--format", "jsonl",
                         "--fail-on", "error", "t.jsonl")
    assert status == 1 and len(out.splitlines()) == 4
    status, _, _ = run(capsys, "check", "--no-config", "--input-format", "jsonl", "--format", "jsonl",
                       "--select", "SP", "--fail-on", "error", "t.jsonl")
    assert status == 0


def test_table_usage_errors(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.jsonl").write_text("{}\n")
    for args, message in (
        (["--format", "text"], "--input-format jsonl writes --format json, jsonl or parquet, not text"),
        (["--format", "json", "--fix"], "--fix works on files, not with --input-format"),
        (["--format", "parquet"], "--format parquet needs --output-file"),
    ):
        assert run(capsys, "check", "--input-format", "jsonl", *args, "t.jsonl") == (2, "", f"copydesk: {message}\n")
    assert run(capsys, "check", "--input-format", "jsonl", "--format", "json", "missing.jsonl") == (
        2, "", "copydesk: missing.jsonl: no such file\n")


def test_progress_line():
    from lint.commands.table import progress_line

    assert progress_line(0, 10_000, 0.0) == "copydesk: 0/10,000 rows (0%)"
    assert progress_line(1_200, 10_000, 20.0) == "copydesk: 1,200/10,000 rows (12%) 60 rows/s, 2m27s left"
    assert progress_line(10_000, 10_000, 100.0) == "copydesk: 10,000/10,000 rows (100%) 100 rows/s"
    assert progress_line(10, 1_000_000, 1.0) == "copydesk: 10/1,000,000 rows (0%) 10 rows/s, 27h46m left"


def test_a_plain_check_imports_no_table_library(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    code = ("import sys; from lint.cli import main; main(['check', '--no-config', 'story.txt']); "
            "print(sorted(m for m in ('pyarrow', 'pandas', 'dask', 'pyspark', 'lint.table') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert done.stdout.splitlines()[-1] == "[]"


# -- Parquet -----------------------------------------------------------------------

def test_parquet_in_and_out(table, capsys):
    pa = pytest.importorskip("pyarrow", reason="Parquet needs pyarrow (pip install 'copydesk[parquet]')")
    import pyarrow.parquet as pq

    folder, rows = table
    pq.write_table(pa.table({"key": [r["key"] for r in rows] + ["bytes", "bad"],
                             "body": [r["body"].encode() for r in rows] + [STORY.encode(), b"\xff"],
                             "format": [r["format"] for r in rows] + ["txt", None]}), "t.parquet")
    status, out, err = run(capsys, "check", "--no-config", "--input-format", "jsonl", "--text-field", "body",
                           "--id-field", "key", "--format", "json", "table.jsonl")
    expected = json.loads(out)
    status, out, err = run(capsys, "check", "--no-config", "--input-format", "parquet", "--text-field", "body",
                           "--id-field", "key", "--format", "parquet", "-o", "d.parquet",
                           "--summary-file", "s.parquet", "t.parquet")
    assert status == 2
    assert err.splitlines() == ["copydesk: row bad: text is not valid UTF-8 (byte 0xff at offset 0)",
                                f"copydesk: 16 rows read, 15 linted, 1 failed; {len(expected) + 4} diagnostics"]
    diagnostics = pq.read_table("d.parquet").to_pylist()
    assert diagnostics[:len(expected)] == sorted(expected, key=lambda r: [row["key"] for row in rows].index(r["id"]))
    assert [d["rule"] for d in diagnostics[len(expected):]] == ["DT001", "DT101", "BP001", "SP003"]
    summaries = pq.read_table("s.parquet")
    assert summaries.column_names == list(SUMMARY_FIELDS)
    assert summaries.column("status").to_pylist() == ["linted"] * 15 + ["failed"]


def test_parquet_without_the_id_column(table, capsys):
    pa = pytest.importorskip("pyarrow", reason="Parquet needs pyarrow (pip install 'copydesk[parquet]')")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"body": ["x"]}), "t.parquet")
    assert run(capsys, "check", "--input-format", "parquet", "--format", "json", "--text-field", "body",
               "t.parquet") == (2, "", "copydesk: t.parquet: no column 'id' (use --id-field; columns: body)\n")
