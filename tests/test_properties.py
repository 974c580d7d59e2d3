"""Properties over arbitrary text: linting never raises, spans stay in range,
fixes converge, and positions agree with line splitting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_engine
from lint.engine.fixer import applicable
from lint.support.lines import LineIndex, iter_lines

ENGINE = make_engine()
SETTINGS = ENGINE.settings_for("x.txt")

# Article-ish pieces mixed with arbitrary Unicode (control characters
# included, surrogates excluded: they cannot come out of UTF-8 decoding).
PIECES = st.sampled_from([
    "\n", "\r\n", "\r", "\n\n", " ", "SEE ALSO: ", "- The Harbor Courier - Sunday, June 4, 2023",
    "---\ndate: 2023-06-04\n---\n", "```", "<!-- copydesk: disable=BP001 -->",
    "<!-- copydesk: disable-next-line=BP -->", "<!-- copydesk: enable=BP001 -->", "<!--", "-->",
    "# ", "• ", "“", "”", "Zelenskyy’s", "👍", "\ufeff", "[link](http://x.y)",
])
TEXT = st.lists(st.one_of(PIECES, st.text(st.characters(exclude_categories=("Cs",)), max_size=20)),
                max_size=40).map("".join)
PATHS = st.sampled_from(["x.txt", "x.md"])


@settings(max_examples=150, deadline=None)
@given(text=TEXT, path=PATHS)
def test_lint_never_raises_and_spans_are_in_range(text, path):
    result = ENGINE.lint_text(path, text, SETTINGS)
    assert result.problems == []
    for diagnostic in result.diagnostics:
        assert 0 <= diagnostic.span.start <= diagnostic.span.end <= len(text)
        if diagnostic.fix is not None:
            for edit in diagnostic.fix.edits:
                assert 0 <= edit.span.start <= edit.span.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(text=TEXT, path=PATHS)
def test_fix_converges(text, path):
    fixed, result = ENGINE.fix_text(path, text, SETTINGS, unsafe=True)
    assert result.problems == []
    again = ENGINE.lint_text(path, fixed, SETTINGS)
    assert applicable(again.diagnostics, unsafe=True) == []


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.sampled_from("ab \r\n\t€👍"), max_size=60))
def test_line_col_is_monotonic_and_matches_splitting(text):
    index = LineIndex(text)
    previous = (1, 0)
    for offset in range(len(text) + 1):
        position = index.line_col(offset)
        assert position > previous
        previous = position
    lines = list(iter_lines(text))
    for number, (start, end) in enumerate(lines, 1):
        assert index.line_col(start) == (number, 1)
        assert index.line_col(end) == (number, end - start + 1)
    # CRLF, CR and LF each end one line; a final ending opens no extra line.
    expected = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(expected) > 1 and expected[-1] == "":
        expected.pop()
    assert [text[s:e] for s, e in lines] == expected


def test_one_megabyte_line_and_many_lines():
    long_line = ("The council met again and again " * 32_000)[:1_000_000]
    text = "SEE ALSO: first\n\n" + long_line + "\n\nSEE ALSO: " + "x" * 500 + "\n"
    result = ENGINE.lint_text("x.md", text, SETTINGS)
    assert result.problems == []
    assert [d.code for d in result.diagnostics if d.code == "BP001"] == ["BP001"]
    many = "SEE ALSO: y\r" + "word\r" * 20_000  # 200k lines take ~19 s today (line rules)
    result = ENGINE.lint_text("x.txt", many, SETTINGS)
    assert result.problems == []
    assert [(d.code, d.span.start) for d in result.diagnostics if d.code == "BP001"] == [("BP001", 0)]


def test_a_runaway_paragraph_of_one_phrase_is_read_in_one_pass():
    # One paragraph of thousands of repeats: every analysis must look only
    # within reach of each match (a sentence, a quotation), never the whole
    # paragraph again for each one.
    for phrase, code in (('Mr. Lee said "x" ', "TT002"), ('"We will rebuild the old bridge." ', "AT001"), ("Friday, June 2, ", None), ("3 people ", "ST002"),
                         ("the the ", "SP003"), ("a-" * 3 + "1 ", None), ("Okay ", "ST001")):
        text = "- The Harbor Courier - Sunday, June 4, 2023\n\n" + phrase * 6_000 + "end.\n"
        result = ENGINE.lint_text("x.txt", text, SETTINGS)
        assert result.problems == [], phrase
        if code:
            assert code in {d.code for d in result.diagnostics}, phrase
