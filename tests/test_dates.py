"""The dates analysis: finding date expressions and resolving them."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.analysis.dates import find_dates
from lint.article.calendar_words import WEEKDAYS
from lint.article.document import Document

STORY = (
    "- The Harbor Courier - Sunday, June 4, 2023\n\n"
    "Port officials said Saturday that the channel would reopen. The pilots met over the weekend.\n\n"
    "The work began last fall and will finish next spring, the director said. A vote is set for Friday, June 9.\n\n"
    "The board will meet Tuesday. Crews worked through last year, and the plan dates to 4 June 2021.\n"
)


def resolved(text: str, date: dt.date | None = None):
    doc = Document("a.txt", text, date_override=date)
    return [(d.text, d.kind, d.start, d.end) for d in find_dates(doc)]


def test_expressions_resolve_against_the_header_date():
    assert resolved(STORY) == [
        ("Saturday", "weekday", dt.date(2023, 6, 3), dt.date(2023, 6, 3)),
        ("over the weekend", "relative", dt.date(2023, 6, 3), dt.date(2023, 6, 4)),
        ("last fall", "relative", dt.date(2022, 9, 1), dt.date(2022, 11, 30)),
        ("next spring", "relative", dt.date(2024, 3, 1), dt.date(2024, 5, 31)),
        ("Friday, June 9", "explicit", dt.date(2023, 6, 9), dt.date(2023, 6, 9)),
        ("Tuesday", "weekday", dt.date(2023, 6, 6), dt.date(2023, 6, 6)),
        ("last year", "relative", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ("4 June 2021", "explicit", dt.date(2021, 6, 4), dt.date(2021, 6, 4)),
    ]


def test_common_explicit_forms():
    text = "It happened Jun. 4, on 2023-06-04, on June 4th and on Sept. 12, 2022.\n"
    found = resolved(text, dt.date(2023, 6, 10))
    assert [(t, s) for t, _, s, _ in found] == [
        ("Jun. 4", dt.date(2023, 6, 4)), ("2023-06-04", dt.date(2023, 6, 4)),
        ("June 4th", dt.date(2023, 6, 4)), ("Sept. 12, 2022", dt.date(2022, 9, 12)),
    ]


def test_without_a_publication_date_expressions_are_found_but_unresolved():
    found = resolved("The council met Saturday and again yesterday.\n")
    assert [(t, s) for t, _, s, _ in found] == [("Saturday", None), ("yesterday", None)]


def test_a_date_without_a_year_is_the_nearest_one_in_the_tense_direction():
    # A December story about a January meeting still to come means next January.
    found = resolved("The board will meet Jan. 12 to vote.\n", dt.date(2023, 12, 20))
    assert found[0][2] == dt.date(2024, 1, 12)
    found = resolved("The board met Dec. 28 to vote.\n", dt.date(2024, 1, 3))
    assert found[0][2] == dt.date(2023, 12, 28)


def test_a_weekday_with_the_date_picks_the_year_it_fits_near_publication():
    # "said" is past, but only next year's June 30 near publication is a Friday.
    found = resolved("The board votes Friday, June 30, the mayor said.\n", dt.date(2023, 6, 4))
    assert found[0][2] == dt.date(2023, 6, 30)
    # A weekday that fits no year within six months leaves the tense to decide.
    found = resolved("The board will meet Saturday, June 11.\n", dt.date(2023, 6, 4))
    assert found[0][2] == dt.date(2023, 6, 11)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)), st.integers(0, 6),
       st.booleans())
def test_a_weekday_resolves_to_the_right_date(published, offset, future):
    target = published + dt.timedelta(days=offset if future else -offset)
    weekday = WEEKDAYS[target.weekday()].capitalize()
    sentence = f"The council will meet {weekday}.\n" if future else f"The council met {weekday}.\n"
    (found,) = resolved(sentence, published)
    assert found[2] == target
