"""The Document model: positions, header, blocks, Markdown regions, inspect."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import err, found, make_engine, out, run_cli
from lint.article.parts import BODY, CODE, COMMENT, FRONT_MATTER, HEADER, HEADING, TAGLINE

from lint.article.header import parse_header
from lint.model import Span
from lint.support.lines import LineIndex, dominant_newline, iter_lines


def kinds(engine, text, path="article.txt", date=None):
    doc = engine.load(path, text, engine.settings_for(path))
    if date:
        doc.date_override = date
    return doc, [(b.kind, doc.line_col(b.span.start)[0]) for b in doc.blocks]


# -- positions ---------------------------------------------------------------

@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_col_with_each_line_ending(newline):
    text = newline.join(["First line.", "Second line here.", "", "Fourth."])
    index = LineIndex(text)
    fourth = text.index("Fourth")
    assert index.line_col(0) == (1, 1)
    assert index.line_col(text.index("line here")) == (2, 8)
    assert index.line_col(fourth) == (4, 1)
    assert index.line_col(fourth + 3) == (4, 4)
    assert index.line_count == 4
    assert dominant_newline(text) == newline


def test_mixed_line_endings_each_end_a_line():
    text = "a\r\nb\rc\nd"
    assert [text[s:e] for s, e in iter_lines(text)] == ["a", "b", "c", "d"]
    assert LineIndex(text).line_col(text.index("d")) == (4, 1)
    # CRLF is one ending, not two: no phantom empty line between a and b.
    assert LineIndex("a\r\nb").line_count == 2


def test_columns_count_code_points():
    text = "The president said Zelenskyy’s plan 🇺🇦 won support 👍 SEE ALSO"
    index = LineIndex(text)
    assert index.line_col(text.index("plan")) == (1, 32)
    # Flag emoji is two code points, thumbs-up is one.
    assert index.line_col(text.index("won")) == (1, 40)
    assert index.line_col(text.index("SEE")) == (1, 54)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_bp001_position_with_each_line_ending_and_non_ascii(engine, newline):
    text = newline.join(["Zelenskyy’s aide 🎉 spoke.", "", "SEE ALSO: Café owners rally", ""])
    assert found(engine, text) == [("BP001", 3, 1)]


def test_bom_is_excluded_from_offsets(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfSEE ALSO: first line\n\nBody copy here.\n")
    proc = run_cli("check", "--no-config", "--format", "json", "a.txt", cwd=tmp_path)
    records = json.loads(out(proc))
    assert [(r["rule"], r["line"], r["column"], r["end_column"]) for r in records] == [("BP001", 1, 1, 21)]


def test_bom_read_path_reports_it(tmp_path):
    from lint.support.reading import read_path

    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfHello.\n")
    raw, text, had_bom = read_path(str(path))
    assert (text, had_bom) == ("Hello.\n", True)


def test_line_col_clamps_out_of_range():
    index = LineIndex("ab\ncd")
    assert index.line_col(-5) == (1, 1)
    assert index.line_col(99) == (2, 3)


# -- header ------------------------------------------------------------------

@pytest.mark.parametrize("line, outlet, byline, date, weekday", [
    ("- The Harbor Courier - Sunday, June 4, 2023", "The Harbor Courier", None, dt.date(2023, 6, 4), "Sunday"),
    ("The Harbor Courier - Sunday, June 4, 2023", "The Harbor Courier", None, dt.date(2023, 6, 4), "Sunday"),
    ("The Harbor Courier | Sunday, June 4, 2023", "The Harbor Courier", None, dt.date(2023, 6, 4), "Sunday"),
    ("The Harbor Courier|2023-06-04", "The Harbor Courier", None, dt.date(2023, 6, 4), None),
    ("Valley Ledger - Jun. 4, 2023", "Valley Ledger", None, dt.date(2023, 6, 4), None),
    ("Valley Ledger - 4 June 2023", "Valley Ledger", None, dt.date(2023, 6, 4), None),
    ("Valley Ledger — 2023-06-04", "Valley Ledger", None, dt.date(2023, 6, 4), None),
    ("Valley Ledger – Thu., Jun. 1, 2023", "Valley Ledger", None, dt.date(2023, 6, 1), "Thu"),
    ("By Jane Doe - The Harbor Courier - Sunday, June 4, 2023", "The Harbor Courier", "Jane Doe",
     dt.date(2023, 6, 4), "Sunday"),
    ("- Sunday, June 4, 2023", None, None, dt.date(2023, 6, 4), "Sunday"),
    ("June 4, 2023", None, None, dt.date(2023, 6, 4), None),
])
def test_header_variants(line, outlet, byline, date, weekday):
    header = parse_header(line)
    assert header is not None
    assert (header.outlet, header.byline, header.date, header.weekday) == (outlet, byline, date, weekday)


@pytest.mark.parametrize("line", [
    "The council met on June 4, 2023",
    "The vote was held Sunday, June 4, 2023.",
    "Officials said the storm hit the coast late on 4 June 2023",
    "The Harbor Courier - Sunday, June 31, 2023",  # no such day
    "Valley Ledger - Metro - Politics - June 4, 2023",  # too many segments
    "",
])
def test_not_a_header(line):
    assert parse_header(line) is None


def test_header_is_a_header_block_not_body(engine):
    text = "- The Harbor Courier - Sunday, June 4, 2023\n\nThe council met on Tuesday.\n"
    doc, blocks = kinds(engine, text)
    assert blocks == [(HEADER, 1), (BODY, 3)]
    assert doc.outlet == "The Harbor Courier"
    assert doc.publication_date == dt.date(2023, 6, 4)
    assert doc.date_source == "header"


def test_sentence_ending_in_a_date_is_body(engine):
    text = "The council approved the plan on June 4, 2023\n\nIt takes effect in July.\n"
    doc, blocks = kinds(engine, text)
    assert blocks == [(BODY, 1), (BODY, 3)]
    assert doc.header is None and doc.publication_date is None and doc.outlet is None


def test_header_found_only_near_the_top(engine):
    text = "One.\n\nTwo.\n\nThree.\n\nThe Harbor Courier - June 4, 2023\n"
    doc, _ = kinds(engine, text)
    assert doc.header is None


def test_date_precedence(engine):
    header = "- The Harbor Courier - Sunday, June 4, 2023\n\nBody copy.\n"
    front = "---\ndate: 2023-05-01\noutlet: Valley Ledger\n---\n" + header
    doc, _ = kinds(engine, front, "a.md")
    assert (doc.publication_date, doc.date_source, doc.outlet) == (dt.date(2023, 5, 1), "front matter", "Valley Ledger")
    doc, _ = kinds(engine, front, "a.md", date=dt.date(2022, 1, 2))
    assert (doc.publication_date, doc.date_source) == (dt.date(2022, 1, 2), "option")
    # The config's date is the same override as --date.
    eng = make_engine(isolated=False, cli={"date": dt.date(2021, 3, 4)})
    doc = eng.load("a.md", front, eng.settings_for("a.md"))
    assert doc.publication_date == dt.date(2021, 3, 4)


# -- blocks ------------------------------------------------------------------

def test_body_paragraphs_and_taglines(engine):
    text = (
        "The Harbor Courier - June 4, 2023\n\n"
        "The council met on Tuesday\nand voted on the budget.\n\n"
        "The mayor left early.\n\n"
        "• Mara Quill can be reached at mquill@example.com.\n\n"
        "• Follow the Courier for more.\n"
    )
    doc, blocks = kinds(engine, text)
    assert blocks == [(HEADER, 1), (BODY, 3), (BODY, 6), (TAGLINE, 8), (TAGLINE, 10)]
    assert doc.line_col(doc.blocks[1].span.end) == (4, 25)


def test_credit_and_contact_taglines_without_bullet(engine):
    text = (
        "The mayor spoke for an hour.\n\n"
        "Dana Orr contributed reporting to this story.\n\n"
        "Reporting by Lee Park; editing by Sam Vale\n"
    )
    _, blocks = kinds(engine, text)
    assert blocks == [(BODY, 1), (TAGLINE, 3), (TAGLINE, 5)]


def test_bullet_followed_by_long_paragraph_is_body(engine):
    long_paragraph = " ".join(["word"] * 45)
    text = f"• A bulleted point in the story.\n\n{long_paragraph}\n"
    _, blocks = kinds(engine, text)
    assert blocks == [(BODY, 1), (BODY, 3)]


def test_one_paragraph_per_line_plain_text(engine):
    text = "First paragraph.\nSecond one.\nThird one.\nFourth one.\nFifth one.\n"
    _, blocks = kinds(engine, text)
    assert blocks == [(BODY, n) for n in range(1, 6)]
    # Fewer lines: an ordinary wrapped paragraph.
    _, blocks = kinds(engine, "Line one of it\nline two of it.\n")
    assert blocks == [(BODY, 1)]


# -- Markdown ----------------------------------------------------------------

MARKDOWN = [
    "---",
    "date: 2023-06-04",
    "outlet: 'The Harbor Courier'",
    "---",
    "",
    "# The council votes",
    "",
    "Body copy [with a link](https://example.com/see-also) here.",
    "",
    "```",
    "SEE ALSO: inside code",
    "```",
    "",
    "<!-- SEE ALSO: in a comment -->",
    "",
    "SEE ALSO: real leftover line",
    "",
]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_markdown_structure_with_each_line_ending(engine, newline):
    text = newline.join(MARKDOWN)
    doc, blocks = kinds(engine, text, "a.md")
    assert doc.format == "markdown"
    assert doc.meta == {"date": "2023-06-04", "outlet": "The Harbor Courier"}
    assert doc.publication_date == dt.date(2023, 6, 4) and doc.outlet == "The Harbor Courier"
    assert blocks == [(FRONT_MATTER, 1), (HEADING, 6), (BODY, 8), (CODE, 10), (COMMENT, 14), (BODY, 16)]
    link = text.index("https://")
    assert not doc.is_copy(Span(link, link + 5))
    assert doc.is_copy(Span(text.index("Body"), text.index("Body") + 4))
    assert not doc.is_copy(Span(text.index("inside code"), text.index("inside code") + 6))
    assert not doc.is_copy(Span(0, 3))
    # Only the real leftover line is reported: not in code, comment or front matter.
    assert found(engine, text, "a.md") == [("BP001", 16, 1)]


def test_a_markdown_pipe_table_is_data_not_copy(engine):
    text = ("# Results\n\nFinal count, state by state.\n\n"
            "| State | Winner |\n| --- | :---: |\n| Texas | Trump |\n\n"
            "Former President Donald Trump won Texas.\n")
    doc, blocks = kinds(engine, text, "a.md")
    assert blocks == [(HEADING, 1), (BODY, 3), ("table", 5), (BODY, 9)]
    # "Trump" in the table is no reference before the introduction (TT003).
    assert [d.code for d in engine.lint_text("a.md", text).diagnostics if d.code.startswith("TT")] == []
    doc, blocks = kinds(engine, "A | B in prose.\n\nNot a table | at all.\n", "a.md")
    assert [kind for kind, _ in blocks] == [BODY, BODY]


def test_plain_text_reads_markdown_syntax_as_copy(engine):
    text = "\n".join(MARKDOWN)
    doc, _ = kinds(engine, text, "a.txt")
    assert doc.format == "text" and doc.meta == {} and doc.regions == ()
    assert ("BP001", 11, 1) in found(engine, text, "a.txt")


def test_unclosed_fence_runs_to_the_end(engine):
    text = "Copy.\n\n```\nSEE ALSO: still code\n"
    assert found(engine, text, "a.md") == []


# -- inspect -----------------------------------------------------------------

INSPECT_ARTICLE = (
    "By Jane Doe | The Harbor Courier | Sunday, June 4, 2023\n\n"
    "The council met on Tuesday and approved the plan.\n\n"
    "• Mara Quill can be reached at mquill@example.com.\n"
)


def test_inspect_text_output_is_pinned(tmp_path):
    (tmp_path / "a.txt").write_text(INSPECT_ARTICLE, encoding="utf-8")
    proc = run_cli("inspect", "--no-config", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0, err(proc)
    assert out(proc) == (
        "a.txt (text)\n"
        "  outlet:           The Harbor Courier\n"
        "  publication date: Sunday, 2023-06-04 (from header)\n"
        "  header:           outlet='The Harbor Courier' byline='Jane Doe' date=2023-06-04 weekday='Sunday'\n"
        "  house style:      ap (detected)\n"
        "  blocks:\n"
        "          1  header       By Jane Doe | The Harbor Courier | Sunday, June 4, 2023\n"
        "          3  body         The council met on Tuesday and approved the plan.\n"
        "          5  tagline      • Mara Quill can be reached at mquill@example.com.\n"
        "  layout: not a scraped page (no furniture reported)\n"
        "  people: none found\n"
        "  quotes: none found\n"
        "  dates:\n"
        "    3:17   'on Tuesday' (weekday, past tense) = Tuesday, 2023-05-30\n"
    )


def test_inspect_json_output_is_pinned(tmp_path):
    (tmp_path / "a.md").write_text("---\ndate: 2023-06-05\n---\n\n# Title here\n\nBody copy.\n", encoding="utf-8")
    proc = run_cli("inspect", "--no-config", "--format", "json", "a.md", cwd=tmp_path)
    assert proc.returncode == 0, err(proc)
    assert json.loads(out(proc)) == {
        "path": "a.md", "format": "markdown", "outlet": None,
        "publication_date": "2023-06-05", "publication_weekday": "Monday", "date_source": "front matter",
        "header": None, "meta": {"date": "2023-06-05"},
        "house": {"house": "ap", "source": "detected"},
        "blocks": [
            {"kind": "front-matter", "line": 1, "column": 1, "end_line": 4, "text": "--- date: 2023-06-05 ---"},
            {"kind": "heading", "line": 5, "column": 1, "end_line": 5, "text": "# Title here"},
            {"kind": "body", "line": 7, "column": 1, "end_line": 7, "text": "Body copy."},
        ],
        "layout": {"scraped": False, "lines": [
            {"line": 5, "zone": "story", "shape": "fragment", "role": "copy", "reason": "", "text": "Title here"},
            {"line": 7, "zone": "story", "shape": "fragment", "role": "copy", "reason": "", "text": "Body copy."},
        ]},
        "people": [],
        "quotes": [],
        "dates": [],
    }


SCRAPED_PAGE = """- The Riverton Courier - Tuesday, May 14, 2024

World

Local

Sport

Bridge vote ends two-year fight over the river crossing

The city council voted 6-3 on Monday to build a second bridge over the Mill River, ending a long argument.

Workers survey the river bank. Photo: Dana Ruiz/Riverton Courier

The bridge will cost about $48 million, most of it from a state grant that the city won in March.

Advertisement

Ferry operator cuts winter sailings
"""


def test_inspect_shows_a_scraped_page_layout(tmp_path):
    (tmp_path / "a.txt").write_text(SCRAPED_PAGE, encoding="utf-8")
    proc = run_cli("inspect", "--no-config", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0, err(proc)
    layout = out(proc).split("  layout:\n")[1].split("  people:")[0]
    assert layout == (
        "          3  head  furniture        fragment       World — above the story, a menu item or label\n"
        "          5  head  furniture        fragment       Local — above the story, a menu item or label\n"
        "          7  head  furniture        fragment       Sport — above the story, a menu item or label\n"
        "          9  head  headline         fragment       Bridge vote ends two-year fight over the river crossing\n"
        "         11  story copy             sentence       The city council voted 6-3 on Monday to build a second brid…\n"
        "         13  story likely-furniture fragment       Workers survey the river bank. Photo: Dana Ruiz/Riverton Co…"
        " — between paragraphs, a photo caption or credit\n"
        "         15  story copy             sentence       The bridge will cost about $48 million, most of it from a s…\n"
        "         17  tail  catalogue        fragment       Advertisement\n"
        "         19  tail  furniture        fragment       Ferry operator cuts winter sailings"
        " — after the story, a headline of another story\n"
    )


def test_inspect_date_option_and_no_date(tmp_path):
    (tmp_path / "a.txt").write_text("Just copy.\n", encoding="utf-8")
    proc = run_cli("inspect", "--no-config", "a.txt", cwd=tmp_path)
    assert "publication date: unknown" in out(proc)
    proc = run_cli("inspect", "--no-config", "--date", "2023-06-06", "a.txt", cwd=tmp_path)
    assert "publication date: Tuesday, 2023-06-06 (from option)" in out(proc)


def test_inspect_bad_input_is_exit_2(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"ok\xffno\n")
    proc = run_cli("inspect", "--no-config", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert err(proc) == "copydesk: a.txt: is not valid UTF-8 (byte 0xff at offset 2)\n"


def test_plain_text_headline_and_byline_are_not_body(engine):
    text = ("Wildfire forces evacuations near Hill Valley\n\n"
            "By Jane Doe and Tomas Reyes\n\n"
            "Thousands of residents were ordered to leave on Monday.\n\n"
            "The fire had burned 4,000 acres by noon.\n")
    doc, got = kinds(engine, text, "a.txt")
    assert got == [("heading", 1), ("byline", 3), ("body", 5), ("body", 7)]


def test_under_a_dateline_header_a_headline_needs_a_byline_after_it(engine):
    header = "- The Harbor Courier - Sunday, June 4, 2023\n\n"
    body = "Thousands of residents were ordered to leave on Monday.\n\nThe fire had burned 4,000 acres.\n"
    doc, got = kinds(engine, header + "Wildfire forces evacuations\n\nBy Jane Doe\n\n" + body, "a.txt")
    assert got == [("header", 1), ("heading", 3), ("byline", 5), ("body", 7), ("body", 9)]
    doc, got = kinds(engine, header + "Updated 6:42 PM PDT, Oct. 9, 2024\n\n" + body, "a.txt")
    assert got == [("header", 1), ("body", 3), ("body", 5), ("body", 7)]


@pytest.mark.parametrize("line, kind", [
    ("*By Tomás Reyes | February 20, 2024 at 5:15 p.m.*", "byline"),
    ("_By Jane Doe, Staff Writer_", "byline"),
    ("**By Jane Doe and Tomas Reyes** · Staff Writers", "byline"),
    ("By Jane Doe | 9:40 a.m. ET", "byline"),
    ("By Tuesday, the council had voted.", "body"),
    ("By March the plan had stalled, and the mayor said at 9 a.m. that it was over.", "body"),
    ("*By noon, the water had reached the second floor.*", "body"),
])
def test_a_byline_in_emphasis_or_with_a_timestamp_but_not_a_sentence_opening_with_by(engine, line, kind):
    text = f"# Library extends hours\n\n{line}\n\nThe library will stay open until 8 p.m. on Saturdays.\n"
    doc, got = kinds(engine, text, "a.md")
    assert got == [("heading", 1), (kind, 3), ("body", 5)]


def test_a_reach_me_at_line_is_a_tagline(engine):
    text = ("The library will stay open until 8 p.m. on Saturdays.\n\n"
            "*Tomás Reyes covers city hall for the Ledger. Reach him at treyes@example.com.*\n")
    doc, got = kinds(engine, text, "a.md")
    assert got == [("body", 1), ("tagline", 3)]


def test_a_short_first_sentence_is_not_a_headline(engine):
    text = ("The council met.\n\nIt voted 5-2 to approve the plan.\n\nThe plan takes effect in July.\n")
    doc, got = kinds(engine, text, "a.txt")
    assert [kind for kind, _ in got] == ["body", "body", "body"]


def test_a_byline_far_into_the_story_is_copy(engine):
    text = "\n\n".join(["First paragraph of copy here."] * 5 + ["By Jane Doe"]) + "\n"
    doc, got = kinds(engine, text, "a.txt")
    assert got[-1] == ("body", 11)


def test_copy_keeps_only_the_copy_lines_of_a_block_mixing_copy_and_furniture(engine):
    from lint.analysis.people import copy_blocks

    text = ("- The Harbor Courier - Sunday, June 4, 2023\n\n"
            "By Jane Doe\nUpdated 6:42 PM PDT, June 4, 2023\n\n"
            "Share\nTweet\nEmail\n\n"
            "The ferry sailed at noon.\n")
    doc = engine.load("a.txt", text, engine.settings_for("a.txt"))
    assert [doc.slice(span) for span in copy_blocks(doc)] == ["By Jane Doe", "The ferry sailed at noon."]
    codes = [d.code for d in engine.lint_text("a.txt", text).diagnostics]
    assert "DT104" not in codes and codes.count("BP003") == 3 and "BP010" in codes


def test_html_tags_in_markdown_are_markup_not_copy(engine):
    from lint.analysis.quotes import find_quotes

    text = ('<div class="story">\n\n'
            'The ferry <span class="x">sailed</span> at noon.<br/>\n\n'
            '<img src="a.jpg" alt="The ferry \\"Osprey\\" at dock">\n\n'
            '"We left on time," the captain said.\n\n'
            '</div>\n')
    doc, got = kinds(engine, text, "a.md")
    assert got == [("html", 1), ("body", 3), ("html", 5), ("body", 7), ("html", 9)]
    inline = [doc.slice(r.span) for r in doc.regions if r.kind == "inline"]
    assert inline == ['<span class="x">', "</span>", "<br/>"]
    assert [doc.slice(q.span) for q in find_quotes(doc)] == ['"We left on time,"']


def test_angle_brackets_that_are_not_tags_stay_copy(engine):
    text = "Turnout was < 40% in 2 of 3 wards, and x<y in every count.\n"
    doc = engine.load("a.md", text, engine.settings_for("a.md"))
    assert [r for r in doc.regions if r.kind in ("inline", "html")] == []


def test_a_navigation_line_above_the_headline_leaves_the_headline_its_place(engine):
    text = ("Home | News | Local\n\n"
            "City approves bike lanes on Main Street\n\n"
            "By Priya Natarajan\n\n"
            "The City Council voted 7-2 on Tuesday to add protected bike lanes.\n\n"
            "Construction is expected to begin in the spring.\n")
    doc, got = kinds(engine, text, "a.txt")
    assert got == [("body", 1), ("heading", 3), ("byline", 5), ("body", 7), ("body", 9)]
