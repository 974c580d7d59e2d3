"""Output formats: exact text, concise, JSON, GitHub and SARIF output.

The articles are invented; two small in-test rules add a warning with an
unsafe fix and an info diagnostic with a display-only fix, so every
severity and applicability shows up next to the built-in BP001.
"""

from __future__ import annotations

import io
import json
import re

import pytest

from lint.cli import main
from lint.engine.core import Engine
from lint.engine.plugins import Plugins
from lint.model import Diagnostic, FileProblem, FileResult, Severity, Span
from demo_rules import DemoRules
from lint.reporters.base import Summary
from lint.reporters.github import escape_data, escape_property
from lint.reporters.text import excerpt, use_color




LIBRARY = (
    "Council backs library budget\n"
    "\n"
    "The council voted 6-1 on Tuesday to utilise the reserve for the library.\n"
    "\n"
    "SEE ALSO: Parks department seeks more staff\n"
    "\n"
    "The branch on Elm Street will reopen in spring, irregardless of the weather.\n"
)
# A tab before the line and two wide characters in it.
FESTIVAL = (
    "Festival returns\n"
    "\n"
    "\tSEE ALSO: 東京 festival guide, part 2\n"
    "\n"
    "Organisers expect 10,000 visitors.\n"
)
FILES = {"news/library.txt": LIBRARY, "news/wide.txt": FESTIVAL}

BP001_LIBRARY = "Related-link line “SEE ALSO: Parks department seeks more staff” is page furniture, not copy; remove it."
BP001_WIDE = "Related-link line “SEE ALSO: 東京 festival guide, part 2” is page furniture, not copy; remove it."


@pytest.fixture(scope="module")
def engine():
    # Only these rules run, so rules added later cannot change the expected output.
    return Engine(Plugins(extra=(DemoRules("info"),), autoload=False), isolated=True,
                  cli={"select": ["BP001", "ST901", "ST902"]})


def render(engine, fmt: str, files: dict[str, str], color: str = "never") -> str:
    stream = io.StringIO()
    reporter = engine.plugins.hook.copydesk_make_reporter(name=fmt, config=engine.settings_for("."), stream=stream)
    if hasattr(reporter, "set_color"):
        reporter.set_color(color)
    reporter.start(engine.rules)
    summary = Summary()
    for path in files:
        reporter.file(engine.lint_text(path, files[path]))
        summary.files += 1
    reporter.finish(summary)
    return stream.getvalue()


def render_results(engine, fmt: str, results: list[FileResult], problems: int = 0,
                   checked: int | None = None) -> str:
    stream = io.StringIO()
    reporter = engine.plugins.hook.copydesk_make_reporter(name=fmt, config=engine.settings_for("."), stream=stream)
    if hasattr(reporter, "set_color"):
        reporter.set_color("never")
    reporter.start(engine.rules)
    for result in results:
        reporter.file(result)
    reporter.finish(Summary(files=len(results), problems=problems, checked=checked))
    return stream.getvalue()


# -- text ------------------------------------------------------------------

TEXT_EXPECTED = """\
news/library.txt:3:37: ST901 [warning] Write “use”, not “utilise”.
  |
3 | The council voted 6-1 on Tuesday to utilise the reserve for the library.
  |                                     ^^^^^^^
  = help: Replace with “use” (unsafe fix)

news/library.txt:5:1: BP001 [error] {bp_library}
  |
5 | SEE ALSO: Parks department seeks more staff
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  = help: Remove the related-link line (safe fix)

news/library.txt:7:49: ST902 [info] “Irregardless” is not standard; say “regardless”.
  |
7 | The branch on Elm Street will reopen in spring, irregardless of the weather.
  |                                                 ^^^^^^^^^^^^
  = help: Replace with “regardless” (suggestion)

news/wide.txt:3:2: BP001 [error] {bp_wide}
  |
3 |     SEE ALSO: 東京 festival guide, part 2
  |     {carets}
  = help: Remove the related-link line (safe fix)

Found 4 issues (2 errors, 1 warning, 1 info) in 2 files; 2 fixable with --fix, 1 more with --fix --unsafe-fixes.
""".format(bp_library=BP001_LIBRARY, bp_wide=BP001_WIDE,
           # 35 code points, two of them wide: 37 cells, after a tab shown as 4 spaces
           carets="^" * 37)


def test_text_output_exact(engine):
    assert render(engine, "text", FILES) == TEXT_EXPECTED


def test_text_clean_run_summary(engine):
    clean = {"a.txt": "Council meets\n\nThe council met on Tuesday.\n", "b.txt": "Nothing to see.\n"}
    assert render(engine, "text", clean) == "All checked: no issues in 2 files.\n"
    assert render(engine, "text", {"a.txt": clean["a.txt"]}) == "All checked: no issues in 1 file.\n"


def test_text_singular_summary(engine):
    text = "Budget passes\n\nSEE ALSO: Other news\n\nThe vote was close.\n"
    out = render(engine, "text", {"one.txt": text})
    assert out.endswith("\nFound 1 issue (1 error) in 1 file; 1 fixable with --fix.\n")


def test_text_problems_are_counted_in_summary(engine):
    results = [FileResult("bad.txt", problems=[FileProblem("bad.txt", "is not valid UTF-8")])]
    out = render_results(engine, "text", results, problems=1, checked=0)
    # Never "All checked" when a file could not be read.
    assert out == "No issues in 0 files checked. Not checked: 1 file (reasons on stderr).\n"


def test_text_multiline_span_underlines_to_end_of_first_line(engine):
    text = "Headline\n\nFirst line of copy\ncontinues here.\n"
    start = text.index("line of")
    end = text.index("continues") + 4
    diagnostic = Diagnostic("ST901", "utilise-word", Severity.WARNING, "A span over two lines.", Span(start, end))
    out = render_results(engine, "text", [FileResult("m.txt", text, [diagnostic])])
    assert out.splitlines()[:4] == [
        "m.txt:3:7: ST901 [warning] A span over two lines.",
        "  |",
        "3 | First line of copy",
        "  |       ^^^^^^^^^^^^",
    ]


def test_text_help_without_fix_and_control_characters(engine):
    text = "Headline\n\nA line with an \x1b[31mescape.\n"
    start = text.index("\x1b")
    diagnostic = Diagnostic("ST901", "utilise-word", Severity.WARNING, "Odd byte \x1b here.",
                            Span(start, start + 1), help="Delete the escape character")
    out = render_results(engine, "text", [FileResult("c.txt", text, [diagnostic])])
    assert "\x1b" not in out  # article bytes never reach the terminal as controls
    assert out.splitlines()[:5] == [
        "c.txt:3:16: ST901 [warning] Odd byte \u241b here.",
        "  |",
        "3 | A line with an \u241b[31mescape.",
        "  |                ^",
        "  = help: Delete the escape character",
    ]


@pytest.mark.parametrize(
    ("line", "start", "end", "expected"),
    [
        ("plain words", 6, 11, ("plain words", 6, 5)),
        # a tab at column 0 fills 4 cells; at column 2 it fills 2
        ("\tx", 1, 2, ("    x", 4, 1)),
        ("ab\tx", 3, 4, ("ab  x", 4, 1)),
        # wide characters take two cells each
        ("東京 x", 3, 4, ("東京 x", 5, 1)),
        ("a東京b", 1, 3, ("a東京b", 1, 4)),
        # a combining accent takes none: "e" + U+0301 then "x"
        ("e\u0301x", 2, 3, ("e\u0301x", 1, 1)),
        # an empty span (or one at the end of the line) still gets one caret
        ("abc", 3, 3, ("abc", 3, 1)),
        ("abc", 1, 1, ("abc", 1, 1)),
    ],
)
def test_excerpt_places_caret_in_cells(line, start, end, expected):
    assert excerpt(line, start, end) == expected


def test_excerpt_cuts_long_lines_around_the_span():
    line = "a" * 150 + "TARGET" + "b" * 150
    shown, indent, width = excerpt(line, 150, 156, max_width=60)
    assert shown == "…" + "a" * 30 + "TARGET" + "b" * 24 + "…"
    assert (indent, width) == (31, 6)
    assert shown[indent:indent + width] == "TARGET"
    # a span running past the cut is underlined up to and over the ellipsis
    shown, indent, width = excerpt(line, 150, 300, max_width=60)
    assert (indent, width) == (31, 31)
    assert indent + width == len(shown)
    # a span near the end keeps the window inside the line
    shown, indent, width = excerpt(line, 298, 300, max_width=60)
    assert shown == "…" + "b" * 60
    assert shown[indent:indent + width] == "bb"


# -- colour ----------------------------------------------------------------

class FakeTTY(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("mode", "tty", "env", "expected"),
    [
        ("always", False, {}, True),
        ("always", False, {"NO_COLOR": "1"}, True),  # an explicit flag beats the environment
        ("never", True, {"FORCE_COLOR": "1"}, False),
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", True, {"NO_COLOR": ""}, True),  # empty means unset (no-color.org)
        ("auto", False, {"FORCE_COLOR": "1"}, True),
        ("auto", True, {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        ("auto", True, {"TERM": "dumb"}, False),
    ],
)
def test_use_color(mode, tty, env, expected):
    assert use_color(mode, FakeTTY(tty), env) is expected


def test_colour_codes_only_when_on(engine):
    plain = render(engine, "text", FILES, color="never")
    coloured = render(engine, "text", FILES, color="always")
    assert "\x1b[" not in plain
    assert "\x1b[1;31mBP001\x1b[0m \x1b[1;31m[error]\x1b[0m" in coloured
    assert "\x1b[1;33m^^^^^^^\x1b[0m" in coloured  # the warning's carets
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


# -- concise ---------------------------------------------------------------

def test_concise_output_exact(engine):
    assert render(engine, "concise", FILES) == (
        "news/library.txt:3:37: ST901 Write “use”, not “utilise”.\n"
        f"news/library.txt:5:1: BP001 {BP001_LIBRARY}\n"
        "news/library.txt:7:49: ST902 “Irregardless” is not standard; say “regardless”.\n"
        f"news/wide.txt:3:2: BP001 {BP001_WIDE}\n"
    )


# -- json ------------------------------------------------------------------

JSON_KEYS = ["path", "line", "column", "end_line", "end_column", "rule", "name", "severity", "message", "fix"]


def test_json_output_exact(engine):
    records = json.loads(render(engine, "json", FILES))
    assert [list(r) for r in records] == [JSON_KEYS] * 4
    assert records == [
        {"path": "news/library.txt", "line": 3, "column": 37, "end_line": 3, "end_column": 44,
         "rule": "ST901", "name": "utilise-word", "severity": "warning",
         "message": "Write “use”, not “utilise”.",
         "fix": {"applicability": "unsafe",
                 "edits": [{"line": 3, "column": 37, "end_line": 3, "end_column": 44, "replacement": "use"}]}},
        {"path": "news/library.txt", "line": 5, "column": 1, "end_line": 5, "end_column": 44,
         "rule": "BP001", "name": "related-link-line", "severity": "error", "message": BP001_LIBRARY,
         # the line and the blank lines around it go; one paragraph break stays
         "fix": {"applicability": "safe",
                 "edits": [{"line": 3, "column": 73, "end_line": 7, "end_column": 1, "replacement": "\n\n"}]}},
        {"path": "news/library.txt", "line": 7, "column": 49, "end_line": 7, "end_column": 61,
         "rule": "ST902", "name": "irregardless-word", "severity": "info",
         "message": "“Irregardless” is not standard; say “regardless”.",
         "fix": {"applicability": "display",
                 "edits": [{"line": 7, "column": 49, "end_line": 7, "end_column": 61,
                            "replacement": "regardless"}]}},
        {"path": "news/wide.txt", "line": 3, "column": 2, "end_line": 3, "end_column": 37,
         "rule": "BP001", "name": "related-link-line", "severity": "error", "message": BP001_WIDE,
         "fix": {"applicability": "safe",
                 "edits": [{"line": 1, "column": 17, "end_line": 5, "end_column": 1, "replacement": "\n\n"}]}},
    ]


def test_json_without_findings_is_an_empty_array(engine):
    assert render(engine, "json", {"a.txt": "Council meets\n\nThe council met.\n"}) == "[]\n"


@pytest.fixture
def cli_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COPYDESK_DISABLE_PLUGIN_AUTOLOAD", "1")
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_json_sorted_by_path_whatever_the_argument_order(cli_dir, capsys):
    article = "Budget passes\n\nSEE ALSO: Other news\n\nThe vote was close.\n"
    (cli_dir / "b.txt").write_text(article, encoding="utf-8")
    (cli_dir / "a.txt").write_text(article, encoding="utf-8")
    assert main(["check", "--no-config", "--select", "BP001", "--format", "json", "b.txt", "a.txt"]) == 1
    records = json.loads(capsys.readouterr().out)
    assert [(r["path"], r["line"], r["column"]) for r in records] == [("a.txt", 3, 1), ("b.txt", 3, 1)]


def test_cli_colour_flag(cli_dir, capsys, monkeypatch):
    (cli_dir / "a.txt").write_text("Budget passes\n\nSEE ALSO: Other news\n\nThe vote was close.\n",
                                   encoding="utf-8")
    main(["check", "--no-config", "--select", "BP001", "a.txt"])
    assert "\x1b[" not in capsys.readouterr().out  # captured output is not a terminal
    main(["check", "--no-config", "--select", "BP001", "--color", "always", "a.txt"])
    assert "\x1b[1;31mBP001" in capsys.readouterr().out
    monkeypatch.setenv("FORCE_COLOR", "1")
    main(["check", "--no-config", "--select", "BP001", "a.txt"])
    assert "\x1b[1;31mBP001" in capsys.readouterr().out
    main(["check", "--no-config", "--select", "BP001", "--color", "never", "a.txt"])
    assert "\x1b[" not in capsys.readouterr().out


# -- github ----------------------------------------------------------------

def test_github_output_exact(engine):
    assert render(engine, "github", FILES) == (
        "::warning file=news/library.txt,line=3,col=37,endLine=3,endColumn=44,"
        "title=ST901 utilise-word::Write “use”, not “utilise”.\n"
        "::error file=news/library.txt,line=5,col=1,endLine=5,endColumn=44,"
        f"title=BP001 related-link-line::{BP001_LIBRARY}\n"
        "::notice file=news/library.txt,line=7,col=49,endLine=7,endColumn=61,"
        "title=ST902 irregardless-word::“Irregardless” is not standard; say “regardless”.\n"
        "::error file=news/wide.txt,line=3,col=2,endLine=3,endColumn=37,"
        f"title=BP001 related-link-line::{BP001_WIDE}\n"
    )


def test_github_escaping():
    assert escape_data("50% up\r\nnext: a, b") == "50%25 up%0D%0Anext: a, b"
    assert escape_property("50% up\r\nnext: a, b") == "50%25 up%0D%0Anext%3A a%2C b"
    # % is escaped first, so an existing escape is not decoded by the runner
    assert escape_data("%0A") == "%250A"


def test_github_escapes_paths_and_messages(engine):
    text = "Headline\n\nFirst line\nsecond line.\n"
    diagnostic = Diagnostic("ST901", "utilise-word", Severity.WARNING, "100% wrong:\nsee, here",
                            Span(text.index("First line") + 6, text.index("second") + 3))
    results = [
        FileResult("odd, name:1.txt", text, [diagnostic]),
        FileResult("gone.txt", problems=[FileProblem("gone.txt", "is not valid UTF-8 (byte 0xff at offset 3)")]),
    ]
    assert render_results(engine, "github", results, problems=1) == (
        # a span over two lines gives lines only: GitHub takes columns on one line
        "::warning file=odd%2C name%3A1.txt,line=3,endLine=4,title=ST901 utilise-word::100%25 wrong:%0Asee, here\n"
        "::error file=gone.txt,title=copydesk::is not valid UTF-8 (byte 0xff at offset 3)\n"
    )


# -- sarif -----------------------------------------------------------------

def _positive_region(region: dict) -> None:
    assert set(region) == {"startLine", "startColumn", "endLine", "endColumn"}
    assert all(isinstance(v, int) and v >= 1 for v in region.values())
    assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])


def test_sarif_structure(engine):
    log = json.loads(render(engine, "sarif", FILES))
    assert set(log) == {"$schema", "version", "runs"}
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base.startswith("file:///") and base.endswith("/")
    assert run["invocations"] == [{"executionSuccessful": True}]

    driver = run["tool"]["driver"]
    assert driver["name"] == "copydesk"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", driver["version"])
    assert driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    # every rule of the run, not only those selected or those that fired, in code order
    assert [r["id"] for r in rules] == [r.code for r in engine.rules]
    assert {"BP001", "ST901", "ST902"} <= {r["id"] for r in rules}
    for descriptor, rule_obj in zip(rules, engine.rules):
        assert descriptor["name"] == rule_obj.name
        assert descriptor["shortDescription"] == {"text": rule_obj.summary}
        assert descriptor["fullDescription"] == {"text": rule_obj.docs}
        assert descriptor["help"]["markdown"] == rule_obj.docs
    levels = {r["id"]: r["defaultConfiguration"] for r in rules}
    assert (levels["BP001"], levels["ST901"], levels["ST902"]) == (
        {"level": "error"}, {"level": "warning"}, {"level": "note"})

    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("ST901", "warning"), ("BP001", "error"), ("ST902", "note"), ("BP001", "error")]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]
        (location,) = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        assert artifact["uri"] in ("news/library.txt", "news/wide.txt")
        _positive_region(location["physicalLocation"]["region"])
        (fix,) = result["fixes"]
        assert fix["description"]["text"]
        (change,) = fix["artifactChanges"]
        assert change["artifactLocation"] == artifact
        assert change["replacements"]
        for replacement in change["replacements"]:
            _positive_region(replacement["deletedRegion"])
            assert isinstance(replacement["insertedContent"]["text"], str)

    first, bp001, _, wide = results
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3, "startColumn": 37, "endLine": 3, "endColumn": 44}
    assert first["fixes"][0]["description"]["text"] == "Replace with “use” (unsafe fix)"
    assert first["fixes"][0]["artifactChanges"][0]["replacements"] == [{
        "deletedRegion": {"startLine": 3, "startColumn": 37, "endLine": 3, "endColumn": 44},
        "insertedContent": {"text": "use"}}]
    assert bp001["fixes"][0]["description"]["text"] == "Remove the related-link line (safe fix)"
    assert bp001["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"] == {
        "startLine": 3, "startColumn": 73, "endLine": 7, "endColumn": 1}
    # columns are code points: the two wide characters count one each
    assert wide["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3, "startColumn": 2, "endLine": 3, "endColumn": 37}


def test_sarif_uris_and_problems(engine, tmp_path):
    text = "Budget passes\n\nSEE ALSO: Other news\n\nThe vote was close.\n"
    absolute = str(tmp_path / "with space.txt")
    results = [
        engine.lint_text("./desk/my story.txt", text),
        engine.lint_text(absolute, text),
        FileResult("broken.txt", problems=[FileProblem("broken.txt", "is not valid UTF-8")]),
    ]
    run = json.loads(render_results(engine, "sarif", results, problems=1))["runs"][0]
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert locations == [
        {"uri": "desk/my%20story.txt", "uriBaseId": "%SRCROOT%"},
        {"uri": "file://" + tmp_path.as_posix().replace(" ", "%20") + "/with%20space.txt"},
    ]
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"] == [{
        "level": "error", "message": {"text": "is not valid UTF-8"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "broken.txt", "uriBaseId": "%SRCROOT%"}}}],
    }]


def test_sarif_through_cli(cli_dir, capsys):
    (cli_dir / "desk").mkdir()
    (cli_dir / "desk" / "a.txt").write_text("Budget passes\n\nSEE ALSO: Other news\n\nThe vote was close.\n",
                                            encoding="utf-8")
    assert main(["check", "--no-config", "--select", "BP001", "--format", "sarif", "desk"]) == 1
    run = json.loads(capsys.readouterr().out)["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == cli_dir.as_uri() + "/"
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]] == ["desk/a.txt"]
    assert "BP001" in [r["id"] for r in run["tool"]["driver"]["rules"]]


def test_every_format_is_known():
    plugins = Plugins(autoload=False)
    for name in ("text", "concise", "json", "sarif", "github"):
        reporter = plugins.hook.copydesk_make_reporter(name=name, config=None, stream=io.StringIO())
        assert reporter is not None, name
    assert plugins.hook.copydesk_make_reporter(name="xml", config=None, stream=io.StringIO()) is None
