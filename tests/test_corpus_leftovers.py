"""The BP family on the labelled corpus of real scraped pages, when it is here.

The corpus is not part of the project (see tests/corpus/pages.py); without
it these tests are skipped. The floors are the figures the family reaches
today, so that a change that loses ground fails; the README's accuracy
section gives the figures and what the issue's targets were.
"""

from __future__ import annotations

import pytest

from corpus.leftovers import measure, summary
from corpus.pages import find_corpus

CORPUS = find_corpus()
pytestmark = pytest.mark.skipif(CORPUS is None, reason="corpus not found (set COPYDESK_CORPUS or ../shared/corpus)")


@pytest.fixture(scope="module")
def figures():
    rows = measure(CORPUS)["pages"]
    return {"all": summary(rows), "held-out": summary([r for r in rows if r["held_out"]]), "rows": rows}


def test_most_leftover_lines_are_reported(figures):
    assert figures["all"]["recall_all_lines"] >= 0.948
    assert figures["all"]["recall_per_page"] >= 0.95
    assert figures["held-out"]["recall_all_lines"] >= 0.938
    assert figures["held-out"]["recall_per_page"] >= 0.94


def test_findings_land_on_leftovers_not_on_the_story(figures):
    assert figures["all"]["precision"] >= 0.98
    assert figures["held-out"]["precision"] >= 0.98


def test_clean_bodies_get_hardly_a_loud_finding(figures):
    # One clean body keeps a photo credit glued to its first paragraph
    # ("© Provided by …"): a real leftover, reported with a fix that is
    # only shown, since the line runs on into copy.
    found = [(r["id"], r["wrong_clean"]) for r in figures["rows"] if r["clean_findings"]]
    assert len(found) <= 1, found


def test_fix_removes_no_body_line_the_page_does_not_repeat(figures):
    # One page's table heading sits above a misread headline: the known loss.
    lost = [(r["id"], n) for r in figures["rows"] for n in r["lost"]]
    assert len(lost) <= 1, lost
