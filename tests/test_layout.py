"""The BP family's reading of a scraped page's layout (rules/boilerplate/layout.py)."""

from __future__ import annotations

import pytest

from conftest import make_engine
from lint.rules.boilerplate.layout import (
    FRAGMENT, LEAD_IN, SENTENCE, SHORT_SENTENCE, find_layout, shape_of,
)

HEADER = "- The Riverton Courier - Tuesday, May 14, 2024\n\n"
LEAD = ("The city council voted 6-3 on Monday to build a second bridge over the Mill River, "
        "ending two years of argument over how the crossing would be paid for.")
SECOND = ("The bridge will cost about $48 million, most of it from a state grant that the city "
          "won in March, and is expected to open in the spring of 2027.")
THIRD = ("Councilwoman Ana Brooks, who voted against the plan, said the city should have repaired "
         "the old crossing first and built a new one later.")


def page(*paragraphs: str) -> str:
    return HEADER + "\n\n".join(paragraphs) + "\n"


def layout_of(text: str):
    engine = make_engine()
    doc = engine.load("page.txt", text, engine.settings_for("page.txt"))
    return doc, doc.analysis(find_layout, doc)


def roles(text: str) -> list[tuple[str, str, str]]:
    doc, layout = layout_of(text)
    return [(doc.slice(line.span), line.zone, line.role) for line in layout.lines]


def bp_codes(text: str) -> list[tuple[str, int]]:
    engine = make_engine()
    result = engine.lint_text("page.txt", text, engine.settings_for("page.txt"))
    doc = engine.load("page.txt", text, engine.settings_for("page.txt"))
    return [(d.code, doc.line_col(d.span.start)[0]) for d in result.diagnostics if d.code.startswith("BP")]


@pytest.mark.parametrize("text,shape", [
    (LEAD, SENTENCE),
    ("The road reopens Friday.", SHORT_SENTENCE),
    ("Volunteers planted 300 trees along the river on Saturday.", SHORT_SENTENCE),
    ("The tour dates:", LEAD_IN),
    ("Council approves new bridge over the Mill River", FRAGMENT),
    ("Sport", FRAGMENT),
    ("Cost: $48 million", FRAGMENT),
])
def test_line_shapes(text, shape):
    assert shape_of(text) == shape


def test_an_article_as_filed_is_not_a_scraped_page():
    text = page("Council approves new bridge", LEAD, "Key figures", "Cost: $48 million", "Length: 310 meters")
    doc, layout = layout_of(text)
    assert not layout.scraped
    assert bp_codes(text) == []


def test_menu_items_above_the_headline_make_a_page_scraped_and_are_certain():
    text = page("World", "Local", "Sport", "Council approves new bridge over the Mill River", LEAD, SECOND)
    assert roles(text)[:4] == [
        ("World", "head", "furniture"), ("Local", "head", "furniture"), ("Sport", "head", "furniture"),
        ("Council approves new bridge over the Mill River", "head", "headline"),
    ]
    assert bp_codes(text) == [("BP012", 3)]


def test_headline_is_the_line_above_the_byline_and_a_name_line_is_a_byline():
    text = page("World", "Local", "Sport", "Ferry operator cuts winter sailings on the north route",
                "Council approves new bridge over the Mill River", "Dana Ruiz", LEAD, SECOND)
    found = roles(text)
    assert ("Council approves new bridge over the Mill River", "head", "headline") in found
    assert ("Dana Ruiz", "head", "byline") in found
    assert ("Ferry operator cuts winter sailings on the north route", "head", "likely-furniture") in found


def test_a_list_the_story_introduces_stays_in_the_story():
    text = page("Advertisement", LEAD, SECOND, "The opening dates:", "Spring 2027: the east lanes",
                "Autumn 2027: the west lanes")
    assert [code for code, _ in bp_codes(text)] == ["BP004"]


def test_a_sentence_after_an_advertisement_is_copy_and_a_footer_after_it_furniture():
    text = page(LEAD, SECOND, "Advertisement", "The work starts in June.", "Share this article",
                "Ferry operator cuts winter sailings", "About the Courier staff")
    assert bp_codes(text) == [("BP004", 7), ("BP003", 11), ("BP012", 13)]


def test_other_stories_teasers_at_the_end_are_not_the_story():
    text = page(LEAD, SECOND, THIRD, "More from Riverton",
                "Ferry operator cuts winter sailings",
                "The operator said fewer passengers travel between December and March.",
                "School board names interim superintendent",
                "The board chose a retired principal to lead the district until June.")
    found = {line: (zone, role) for line, zone, role in roles(text)}
    assert found["School board names interim superintendent"][0] == "tail"
    assert found[THIRD] == ("story", "copy")


def test_credits_counters_and_repeated_lines_between_paragraphs_are_likely_furniture():
    text = page("Advertisement", LEAD, "Article content", SECOND, "Workers at the river. Photo: Dana Ruiz/Courier",
                THIRD, "Article content", "The work starts in June, the city said in a statement on Monday.")
    assert bp_codes(text) == [("BP004", 3), ("BP013", 7), ("BP013", 11), ("BP013", 15)]


def test_a_subhead_between_paragraphs_is_left_alone():
    text = page("Advertisement", LEAD, "Paying for it", SECOND, THIRD)
    assert ("Paying for it", "story", "subhead") in roles(text)
    assert [code for code, _ in bp_codes(text)] == ["BP004"]
