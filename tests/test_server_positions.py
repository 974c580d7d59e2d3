"""Offsets <-> LSP positions in UTF-8, UTF-16 and UTF-32, and the server's
own application of incremental changes (lines end at CRLF, CR and LF only)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st
from lsprotocol import types as lsp

from lint.server.positions import PositionMap, apply_change, minimal_edit, units

LINE = "“Ōno” — 𠮷田 said teh"


def test_columns_in_each_encoding():
    text = "HARBOR CITY\r\n" + LINE + "\n"
    offset = text.index("teh")
    assert PositionMap(text, "utf-32").position(offset) == (1, 16)
    assert PositionMap(text, "utf-16").position(offset) == (1, 17)  # 𠮷 is two UTF-16 units
    assert PositionMap(text, "utf-8").position(offset) == (1, len(LINE[:LINE.index("teh")].encode("utf-8")))
    for encoding in ("utf-8", "utf-16", "utf-32"):
        positions = PositionMap(text, encoding)
        assert positions.offset(*positions.position(offset)) == offset


def test_only_crlf_cr_and_lf_end_a_line():
    text = "one\u2028still one\x0cand one\rtwo\r\nthree"
    positions = PositionMap(text, "utf-16")
    assert positions.position(text.index("still")) == (0, 4)
    assert positions.position(text.index("two")) == (1, 0)
    assert positions.position(text.index("three")) == (2, 0)
    # Past the end of a line or of the text: clamped.
    assert positions.offset(1, 99) == text.index("\r\n")
    assert positions.offset(9, 0) == len(text)


def test_minimal_edit_keeps_crlf_pairs_whole():
    assert minimal_edit("a\r\nb", "a\r\nc") == (3, 4, "c")
    start, end, replacement = minimal_edit("x\r\ny", "x\r\r\ny")
    assert "x\r\ny"[:start] + replacement + "x\r\ny"[end:] == "x\r\r\ny"
    assert "x\r\ny"[start - 1:start] != "\r"


texts = st.lists(st.sampled_from(["a", "é", "𠮷", "—", "\n", "\r", "\r\n", "\u2028", " "]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=texts, a=st.tuples(st.integers(0, 8), st.integers(0, 12)), b=st.tuples(st.integers(0, 8),
       st.integers(0, 12)), new=texts, encoding=st.sampled_from(["utf-8", "utf-16", "utf-32"]))
def test_incremental_changes_agree_with_the_full_index(text, a, b, new, encoding):
    first, last = sorted([a, b])
    change = lsp.Range(lsp.Position(*first), lsp.Position(*last))
    positions = PositionMap(text, encoding)
    start, end = positions.offset(*first), positions.offset(*last)
    assert apply_change(text, change, new, encoding) == text[:start] + new + text[max(start, end):]
    codec, width = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}[encoding]
    assert units(text, encoding) == len(text.encode(codec)) // width
