"""Inline suppression comments, in Markdown and plain text."""

from __future__ import annotations

import pytest

from conftest import PlaceholderPlugin, found, make_engine
from lint.engine.suppress import find_suppressions

ARTICLE = [
    "Intro copy of the story.",                       # 1
    "",                                               # 2
    "SEE ALSO: one",                                  # 3 reported
    "<!-- copydesk: disable-next-line=BP001 -->",     # 4
    "SEE ALSO: two",                                  # 5 suppressed
    "",                                               # 6
    "<!-- copydesk: disable-next-line=BP -->",        # 7 prefix, blank line skipped
    "",                                               # 8
    "SEE ALSO: three",                                # 9 suppressed
    "SEE ALSO: four",                                 # 10 reported: only one line
    "<!-- copydesk: disable=bp -->",                  # 11 lower case is fine
    "SEE ALSO: five",                                 # 12 suppressed
    "<!-- copydesk: enable=BP -->",                   # 13
    "SEE ALSO: six",                                  # 14 reported
    "<!-- copydesk: disable=BP001, ZZ901 -->",        # 15
    "SEE ALSO: seven, a placeholder",                 # 16 both suppressed
    "<!-- copydesk: enable=BP001 -->",                # 17
    "SEE ALSO: eight, a placeholder",                 # 18 BP001 only
    "<!-- copydesk: disable=TT -->",                  # 19 other family: no effect
    "SEE ALSO: nine",                                 # 20 reported
    "",
]


@pytest.mark.parametrize("path", ["a.md", "a.txt"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_directives(path, newline):
    engine = make_engine(PlaceholderPlugin())
    assert found(engine, newline.join(ARTICLE), path) == [
        ("BP001", 3, 1), ("BP001", 10, 1), ("BP001", 14, 1), ("BP001", 18, 1), ("BP001", 20, 1),
    ]


def test_disable_without_enable_runs_to_the_end(engine):
    text = "Copy.\n\n<!-- copydesk: disable=BP001 -->\n\nSEE ALSO: x\n\nSEE ALSO: y"
    assert found(engine, text, "a.md") == []


def test_no_blanket_disable(engine):
    # A directive must name codes; a bare one is not a directive at all.
    text = "<!-- copydesk: disable -->\nSEE ALSO: x\n\nMore copy.\n"
    assert found(engine, text, "a.md") == [("BP001", 2, 1)]


def test_enable_without_disable_and_unrelated_comments(engine):
    text = "<!-- copydesk: enable=BP001 -->\n<!-- a note -->\nSEE ALSO: x\n\nMore copy.\n"
    assert found(engine, text, "a.md") == [("BP001", 3, 1)]


def test_find_suppressions_ranges():
    text = "a\n<!-- copydesk: disable-next-line=BP001,AT -->\nline\nb"
    (only,) = find_suppressions(text)
    assert only.codes == ("BP001", "AT")
    assert text[only.start:only.end - 1] == "line"
    line = text.index("\nline") + 1
    assert only.covers("AT101", line) and not only.covers("TT101", line)
    assert not only.covers("BP001", text.index("b", line))
