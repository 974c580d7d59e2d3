"""HTML input: CMS fragments, saved pages, broken markup, entities, big pages.

Every page here was written for these tests. Positions are asserted exactly:
a finding must point at the text in the HTML file, not in the copy the
reader made of it.
"""

from __future__ import annotations

import json
import os

import pytest

from lint.formats.html import NotHtml, read_html
from test_command_line import run

FRAGMENT = (
    "<p>The mayor&rsquo;s office said the vote was <a href=\"/x\">set for\n"
    "Tuesday</a>, but the date is TK.</p>\n"
    "<p>Residents &amp; business owners packed the hall on Tuesday, March 11, 2024 to hear the plan.\n"
    "<div>Council member Ann Lee said the plan was <em>fair</em>.\n"
    "</div>\n"
)

PAGE = """<!DOCTYPE html>
<html><head><title>Council votes | The Ledger</title>
<meta property="og:site_name" content="The Ledger">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-12T09:00:00Z",
 "publisher":{"@type":"Organization","name":"Ledger Media"}}</script>
<style>p { content: "TK" }</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Council votes to close the Elm Street library</h1>
<p class="byline">By Jane Roe</p>
<p>The city council voted 5-2 on Tuesday to close the Elm Street library, ending a fight that lasted two years and drew hundreds of residents to its meetings.</p>
<p>&ldquo;We had no choice,&rdquo; said Mayor Tom Smith, who cast the deciding vote. &ldquo;The building is falling down &amp; the money is gone.&rdquo;</p>
<figure><img src="x.jpg" alt="The library"><figcaption>The library in 2019. Photo: Ann Lee/The Ledger</figcaption></figure>
<p>Residents said they would <em>appeal</em> the decision to the state board, which meets in April and has overturned two such votes.</p>
<!-- <p>TK add a quote from the librarian</p> -->
<p hidden>TK hidden text is not copy.</p>
<template><p>TK template text is not copy.</p></template>
<script>var note = "TK";</script>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Library hours cut again</a></li><li><a href="/b">Budget gap grows to $4 million</a></li></ul></aside>
<footer><p>&copy; 2024 The Ledger. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def concise(capsys, monkeypatch, *args, stdin=None):
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--format", "concise", *args,
                                 stdin=stdin)
    return status, stdout.splitlines(), stderr


# -- reading -------------------------------------------------------------------

def test_a_cms_fragment_is_read_and_findings_point_into_the_source(folder, capsys, monkeypatch):
    (folder / "story.html").write_text(FRAGMENT, encoding="utf-8")
    status, lines, stderr = concise(capsys, monkeypatch, "--date", "2024-03-12", "story.html")
    assert (status, stderr) == (1, "")
    assert lines == [
        "story.html:2:30: BP006 Placeholder “TK” is still in the copy; the missing fact must be filled in "
        "before publication.",
        "story.html:3:55: DT001 March 11, 2024 is a Monday, not a Tuesday.",
    ]


def test_inline_markup_does_not_split_a_paragraph_and_blocks_are_elements():
    page = read_html(FRAGMENT)
    assert page.text.split("\n\n") == [
        "The mayor’s office said the vote was set for Tuesday, but the date is TK.",
        "Residents & business owners packed the hall on Tuesday, March 11, 2024 to hear the plan.",
        "Council member Ann Lee said the plan was fair.",
    ]
    assert [b.element.tag for b in page.blocks] == ["p", "p", "div"]
    # The <p> left open is closed by the <div>, where the <div> starts.
    second = page.blocks[1].element
    assert FRAGMENT[second.start:second.end].endswith("to hear the plan.\n")


def test_entities_map_to_their_characters_and_back_to_the_source():
    source = "<p>Smith&#8217;s&nbsp;plan &amp co. &#x201C;won&#x201D; &bogus; TK</p>"
    page = read_html(source)
    assert page.text == "Smith’s plan & co. “won” &bogus; TK"
    at = page.text.index("TK")
    assert source[page.source_offset(at):page.source_offset(at + 2, end=True)] == "TK"
    quote = page.text.index("“")
    assert source[page.source_offset(quote):page.source_offset(quote + 1, end=True)] == "&#x201C;"


def test_scripts_styles_templates_hidden_elements_and_comments_are_not_copy():
    page = read_html(PAGE)
    assert "TK" not in page.text
    assert "var note" not in page.text and "content:" not in page.text
    assert page.meta["date"] == "2024-03-12"
    assert page.meta["outlet"] == "The Ledger"  # og:site_name before the JSON-LD publisher
    assert page.meta["title"] == "Council votes to close the Elm Street library"


def test_metadata_falls_back_to_json_ld_meta_and_time():
    page = read_html('<script type="application/ld+json">[{"@graph": [{"headline": "A", "datePublished": '
                     '"2023-10-24", "publisher": {"name": "The Courier"}}]}]</script><p>Text.</p>')
    assert (page.meta["date"], page.meta["outlet"], page.meta["title"]) == ("2023-10-24", "The Courier", "A")
    page = read_html('<meta property="article:published_time" content="2022-01-05T10:00"><p>Text.</p>')
    assert page.meta["date"] == "2022-01-05"
    page = read_html('<p>By Jane Roe <time datetime="2021-06-01">June 1</time></p><p>Text.</p>')
    assert page.meta["date"] == "2021-06-01"


def test_broken_markup_is_read_never_refused():
    source = ("<div><p>First <b>bold <i>both</b> italic</i> paragraph.\n"
              "<p>Second</span> paragraph</div></div>\n"
              "<li>Loose item<li>Another item\n"
              "<p>Unclosed at the end <a href='x'>link")
    page = read_html(source)
    assert page.text.split("\n\n") == [
        "First bold both italic paragraph.", "Second paragraph", "Loose item", "Another item",
        "Unclosed at the end link",
    ]
    last = page.blocks[-1].element
    assert source[last.start:last.end] == "<p>Unclosed at the end <a href='x'>link"


def test_a_file_that_is_not_html_is_refused():
    with pytest.raises(NotHtml):
        read_html("The council met on Tuesday.\n\nIt adjourned late.\n")


def test_a_full_page_is_read_with_its_furniture_reported(folder, capsys, monkeypatch):
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    status, lines, stderr = concise(capsys, monkeypatch, "--select", "BP", "page.html")
    assert (status, stderr) == (1, "")
    assert lines == [
        "page.html:8:26: BP012 3 lines from “Home” are page furniture (above the story), not copy; remove it.",
        "page.html:14:56: BP013 “The library in 2019. Photo: Ann Lee/The Ledger” is probably page furniture "
        "(between paragraphs, a photo caption or credit, in a <figure>), not copy; check and remove it.",
        "page.html:21:28: BP001 Related-link line “Related” is page furniture, not copy; remove it.",
        "page.html:21:61: BP012 2 lines from “Library hours cut again” are page furniture (after the story), "
        "not copy; remove it.",
        "page.html:22:12: BP002 Copyright or reprint line “© 2024 The Ledger. All rights reserved.” belongs "
        "to the web page, not the story; remove it.",
    ]


def test_json_positions_are_the_files(folder, capsys, monkeypatch):
    (folder / "story.html").write_text(FRAGMENT, encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--format", "json", "--select", "BP006",
                            "story.html")
    found = json.loads(stdout)
    assert [(d["line"], d["column"], d["end_line"], d["end_column"]) for d in found] == [(2, 30, 2, 32)]


def test_stdin_named_html_and_a_configured_suffix_are_read_as_html(folder, capsys, monkeypatch):
    status, lines, _ = concise(capsys, monkeypatch, "--select", "BP006", "--stdin-filename", "x.html", "-",
                               stdin=FRAGMENT)
    assert lines == ["x.html:2:30: BP006 Placeholder “TK” is still in the copy; the missing fact must be filled "
                     "in before publication."]
    (folder / "copydesk.toml").write_text('[formats]\n".story" = "html"\n', encoding="utf-8")
    (folder / "a.story").write_text(FRAGMENT, encoding="utf-8")
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--format", "concise", "--select", "BP006",
                                 "a.story")
    assert stdout.splitlines() == ["a.story:2:30: BP006 Placeholder “TK” is still in the copy; the missing fact "
                                   "must be filled in before publication."]


def test_a_bad_formats_table_is_a_config_error(folder, capsys, monkeypatch):
    (folder / "copydesk.toml").write_text('[formats]\n".story" = "pdf"\n', encoding="utf-8")
    (folder / "a.txt").write_text("The council met.\n", encoding="utf-8")
    status, _, stderr = run(capsys, monkeypatch, "check", "a.txt")
    assert status == 2 and "'pdf' is not one of html, markdown, text" in stderr


# -- fixes -----------------------------------------------------------------------

FIXED_PAGE = PAGE.replace(
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a>'
    '</li></ul></nav>\n', "").replace(
    '<aside class="related"><h2>Related</h2><ul><li><a href="/a">Library hours cut again</a></li><li>'
    '<a href="/b">Budget gap grows to $4 million</a></li></ul></aside>\n', "").replace(
    "<footer><p>&copy; 2024 The Ledger. All rights reserved.</p></footer>\n", "")


def test_fix_removes_whole_elements_and_keeps_the_rest_byte_for_byte(folder, capsys, monkeypatch):
    (folder / "page.html").write_bytes(PAGE.replace("\n", "\r\n").encode("utf-8"))
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP", "--fix",
                                 "page.html")
    assert (folder / "page.html").read_bytes() == FIXED_PAGE.replace("\n", "\r\n").encode("utf-8")
    # The caption's finding is only likely: its element stays without --unsafe-fixes.
    assert "<figcaption>" in (folder / "page.html").read_text(encoding="utf-8")
    status, stdout, stderr = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP", "--fix",
                                 "page.html")
    assert (folder / "page.html").read_bytes() == FIXED_PAGE.replace("\n", "\r\n").encode("utf-8")


def test_an_emptied_parent_goes_with_its_last_child_and_a_figure_with_its_caption(folder, capsys, monkeypatch):
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    run(capsys, monkeypatch, "check", "--no-config", "--select", "BP", "--fix", "--unsafe-fixes", "page.html")
    fixed = (folder / "page.html").read_text(encoding="utf-8")
    assert fixed == FIXED_PAGE.replace(
        '<figure><img src="x.jpg" alt="The library"><figcaption>The library in 2019. Photo: Ann Lee/The Ledger'
        '</figcaption></figure>\n', "")


def test_diff_shows_the_html_change(folder, capsys, monkeypatch):
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "check", "--no-config", "--select", "BP002", "--diff",
                            "page.html")
    assert "-<footer><p>&copy; 2024 The Ledger. All rights reserved.</p></footer>\n" in stdout
    assert (folder / "page.html").read_text(encoding="utf-8") == PAGE


def test_an_edit_across_markup_or_an_entity_is_only_shown(folder, capsys, monkeypatch):
    from lint.model import Applicability, Diagnostic, Edit, Fix, Severity, Span

    source = "<p>The mayor&rsquo;s <b>office</b> said so and more.</p>"
    page = read_html(source)
    start = page.text.index("mayor")

    def fixed(end_text: str, replacement: str) -> Fix:
        end = page.text.index(end_text) + len(end_text)
        d = Diagnostic("XX001", "x", Severity.WARNING, "m", Span(start, end),
                       Fix((Edit(Span(start, end), replacement),), Applicability.SAFE))
        return page.translate(d).fix

    assert fixed("office", "council").applicability is Applicability.DISPLAY  # crosses an entity and a tag
    start = page.text.index("said")
    fix = fixed("said", "said & added")
    assert fix.applicability is Applicability.SAFE
    assert (source[fix.edits[0].span.start:fix.edits[0].span.end], fix.edits[0].replacement) == (
        "said", "said &amp; added")


# -- inspect and extract -----------------------------------------------------------

def test_inspect_shows_each_blocks_element(folder, capsys, monkeypatch):
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "inspect", "--no-config", "--format", "json", "page.html")
    info = json.loads(stdout)
    assert (info["format"], info["outlet"], info["publication_date"]) == ("html", "The Ledger", "2024-03-12")
    assert [(b["line"], b["kind"], b["element"]) for b in info["blocks"][3:6]] == [
        (10, "heading", "<h1>"), (11, "body", '<p class="byline">'), (12, "body", "<p>")]


def test_extract_prints_the_story_alone(folder, capsys, monkeypatch):
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "extract", "--no-config", "page.html")
    assert status == 0
    assert stdout == (
        "Council votes to close the Elm Street library\n\n"
        "The city council voted 5-2 on Tuesday to close the Elm Street library, ending a fight that lasted two "
        "years and drew hundreds of residents to its meetings.\n\n"
        "“We had no choice,” said Mayor Tom Smith, who cast the deciding vote. “The building is falling down "
        "& the money is gone.”\n\n"
        "Residents said they would appeal the decision to the state board, which meets in April and has "
        "overturned two such votes.\n")


# -- a big page ------------------------------------------------------------------------

def test_a_five_megabyte_page_is_read_with_positions_to_its_end(folder, capsys, monkeypatch):
    paragraph = ("<p>The board met again on a weekday to weigh the plan &amp; its cost, and members "
                 "asked the <a href=\"/s\">staff</a> for a fuller account of the spending.</p>\n")
    count = 5_000_000 // len(paragraph) + 1
    source = "<html><body><article>\n" + paragraph * count + "<p>The final figure is TK.</p>\n</article></body></html>\n"
    assert len(source) > 5_000_000
    (folder / "big.html").write_text(source, encoding="utf-8")
    status, lines, stderr = concise(capsys, monkeypatch, "--select", "BP006", "big.html")
    assert lines == [f"big.html:{count + 2}:24: BP006 Placeholder “TK” is still in the copy; the missing fact "
                     "must be filled in before publication."]


def test_an_insertion_at_a_paragraphs_end_goes_inside_its_element():
    from lint.model import Applicability, Diagnostic, Edit, Fix, Severity, Span

    source = "<p>He said, &ldquo;We will build it.</p>\n<p>Next.</p>"
    page = read_html(source)
    end = page.text.index("\n")
    d = Diagnostic("XX001", "x", Severity.WARNING, "m", Span(end - 1, end),
                   Fix((Edit(Span(end, end), "”"),), Applicability.SAFE))
    edit = page.translate(d).fix.edits[0]
    assert source[:edit.span.start] + edit.replacement + source[edit.span.end:] == (
        "<p>He said, &ldquo;We will build it.”</p>\n<p>Next.</p>")


def test_suppression_comments_in_the_html_work_and_bad_ones_are_warned_about(folder, capsys, monkeypatch):
    (folder / "story.html").write_text(
        "<!-- copydesk: disable-next-line=BP006 -->\n<p>The date is TK.</p>\n<p>The cost is TK.</p>\n"
        "<!-- copydesk: disable=BP999 -->\n", encoding="utf-8")
    status, lines, stderr = concise(capsys, monkeypatch, "--select", "BP006", "story.html")
    assert lines == ["story.html:3:16: BP006 Placeholder “TK” is still in the copy; the missing fact must be "
                     "filled in before publication."]
    assert stderr == ("copydesk: story.html:4: warning: <!-- copydesk: disable=BP999 -->: no rule has the code "
                      "or name 'BP999'; it switches nothing off\n")


# -- extract: where the markup says the story runs ---------------------------------------
# The pages in tests/html/ were written for these tests; each shows one thing a
# page's markup tells about where its story runs.

PAGES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "html")


def extracted(capsys, monkeypatch, name: str) -> list[tuple[int, str]]:
    """(source line, first words) of each paragraph ``extract`` keeps from a page in tests/html/."""
    status, stdout, _ = run(capsys, monkeypatch, "extract", "--no-config", "--format", "json",
                            os.path.join(PAGES, name))
    assert status == 0
    return [(p["line"], " ".join(p["text"].split()[:4])) for p in json.loads(stdout)["paragraphs"]]


def test_a_rail_of_summaries_above_a_marked_story_body_is_not_the_story(capsys, monkeypatch):
    # Six opinion teasers (a headline and a sentence each) outscore a story of
    # four paragraphs; the page marks its story's body (class="article-body"),
    # so the sentences outside it count for less. Above the headline and its
    # byline, the teasers' sentences are furniture with their headlines: the
    # rail is one finding.
    assert extracted(capsys, monkeypatch, "marked-story.html") == [
        (24, "The harbour ferry will"), (25, "Boats will leave the"), (26, "The authority said the"),
        (27, "Night workers at the")]
    status, lines, _ = concise(capsys, monkeypatch, "--select", "BP013", os.path.join(PAGES, "marked-story.html"))
    assert [line.split(": BP013")[0].rsplit(".html:", 1)[1] for line in lines] == ["7:18"]
    assert "12 lines from “Why the bridge toll should stay”" in lines[0]


def test_the_story_body_markers_the_reader_hears():
    page = read_html('<div class="c-entry-content"><p>A</p></div><div class="article-content__text"><p>B</p></div>'
                     '<div itemprop="articleBody"><p>C</p></div><div class="article-body-related"><p>D</p></div>'
                     '<div class="content"><p>E</p></div>')
    assert [(page.text[b.span.start:b.span.end], b.element.story) for b in page.blocks] == [
        ("A", True), ("B", True), ("C", True), ("D", False), ("E", False)]


def test_the_marked_story_body_holds_the_story_across_boxes_but_not_its_boxes(capsys, monkeypatch):
    # Each paragraph sits in a box of its own inside itemprop="articleBody", and
    # a long list of trending links cuts the first one off from the rest: it is
    # still the story's. A sign-up box inside the body is not, though its second
    # line is a sentence, nor is a label for screen readers (class="sr-only").
    assert extracted(capsys, monkeypatch, "boxes-in-story.html") == [
        (8, "A rail strike planned"), (21, "The offer raises pay"), (22, "Union members will vote"),
        (24, "The operator said trains"), (25, "Passengers who bought tickets")]
    status, lines, _ = concise(capsys, monkeypatch, "--select", "BP003,BP013",
                               os.path.join(PAGES, "boxes-in-story.html"))
    # the sign-up sentence and the screen reader's label after it ("Article text") are one finding
    assert [line.split(".html:", 1)[1][:12] for line in lines if ":23:" in line or ":24:" in line] == [
        "23:32: BP003", "23:78: BP013"]
    assert "2 lines from “By signing up" in next(line for line in lines if ":23:78:" in line)


def test_text_for_screen_readers_alone_is_furniture_between_paragraphs():
    from lint.formats.html import furniture_evidence

    page = read_html('<div class="visually-hidden">Article content</div><div class="sr-only">Share</div>'
                     '<div class="offer hidden">Subscribe</div><div class="overflow-hidden">Copy</div>')
    assert [furniture_evidence(b.element) for b in page.blocks] == [
        'in an element whose class says "visually-hidden"', 'in an element whose class says "sr-only"',
        'in an element whose class says "hidden"', ""]


def test_a_story_that_ends_in_lines_without_a_full_stop_keeps_them(capsys, monkeypatch):
    # The race's start times are more of the story's paragraphs (the same
    # element, the same tag, nothing to say they are furniture); the related
    # box after them is not.
    assert extracted(capsys, monkeypatch, "story-ends-in-a-list.html") == [
        (9, "The city marathon will"), (10, "Slower runners had complained"), (11, "The new wave will"),
        (12, "Entries have risen to"), (13, "Start times on race"), (14, "7:00 – Wheelchair race"),
        (15, "7:30 – Elite runners"), (16, "8:15 – First wave"), (17, "9:00 – Second wave")]
    status, lines, _ = concise(capsys, monkeypatch, "--select", "BP",
                               os.path.join(PAGES, "story-ends-in-a-list.html"))
    assert [line.split(".html:", 1)[1][:12] for line in lines] == [
        "4:26: BP012 ", "20:23: BP001", "20:64: BP012", "21:12: BP014", "21:29: BP014"]


def test_a_thread_of_comments_after_the_story_is_not_the_story(capsys, monkeypatch, tmp_path):
    # Readers' comments are sentences too, more of them than the story has;
    # the element named for them (id="comments") begins after the story.
    # (These carry no time stamps: stamped comments are furniture by their
    # words alone, test_layout.py.)
    story = [(9, "The central library will"), (10, "The extra hours will"), (11, "Branch libraries will keep")]
    assert extracted(capsys, monkeypatch, "comments-after-story.html") == story
    status, lines, _ = concise(capsys, monkeypatch, "--select", "BP013",
                               os.path.join(PAGES, "comments-after-story.html"))
    assert [line.split(".html:", 1)[1][:30] for line in lines] == ["15:25: BP013 7 lines from “rea"]
    # a class that only says comments are switched on for the page is no thread
    with open(os.path.join(PAGES, "comments-after-story.html"), encoding="utf-8") as handle:
        source = handle.read().replace('<div class="page">', '<div class="page comments-enabled">')
    (tmp_path / "flagged.html").write_text(source, encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "extract", "--no-config", "--format", "json",
                            str(tmp_path / "flagged.html"))
    assert [(p["line"], " ".join(p["text"].split()[:4])) for p in json.loads(stdout)["paragraphs"]] == story


def test_other_stories_cards_after_the_story_are_not_the_story(capsys, monkeypatch, tmp_path):
    # Each card (<article>: a kicker, a headline and a one-sentence summary)
    # scores like a short story of its own; the story is the <article> that
    # holds most of the sentences, and it ends at its last one.
    story = [(8, "A bakery on the"), (9, "The owners, a brother"), (10, "The guide praised the")]
    assert extracted(capsys, monkeypatch, "cards-after-story.html") == story
    status, lines, _ = concise(capsys, monkeypatch, "--select", "BP013", os.path.join(PAGES, "cards-after-story.html"))
    assert [line.split(".html:", 1)[1][:30] for line in lines] == ["13:28: BP013 12 lines from “FO"]
    # a card between the story's paragraphs does not cut the story short, and is not the story either
    with open(os.path.join(PAGES, "cards-after-story.html"), encoding="utf-8") as handle:
        source = handle.read()
    card = source[source.index('<article class="card">'):source.index("</article>", source.index('class="card"'))]
    source = source.replace("<p>The guide praised", card + "</article>\n<p>The guide praised")
    (tmp_path / "inside.html").write_text(source, encoding="utf-8")
    status, stdout, _ = run(capsys, monkeypatch, "extract", "--no-config", "--format", "json",
                            str(tmp_path / "inside.html"))
    assert [(p["line"], " ".join(p["text"].split()[:4])) for p in json.loads(stdout)["paragraphs"]] == [
        *story[:2], (11, "The guide praised the")]
    status, lines, _ = concise(capsys, monkeypatch, "--select", "BP013", str(tmp_path / "inside.html"))
    assert [line.split(".html:", 1)[1][:30] for line in lines] == [
        "10:28: BP013 3 lines from “FOO", "14:28: BP013 12 lines from “FO"]


def test_a_headline_shaped_like_a_sentence_is_not_the_storys_first_paragraph(capsys, monkeypatch):
    # A question is shaped like a sentence, so the story's run would start
    # at the <h1>; the story starts below the page's headline.
    status, stdout, _ = run(capsys, monkeypatch, "extract", "--no-config", "--format", "json",
                            os.path.join(PAGES, "question-headline.html"))
    story = json.loads(stdout)
    assert story["headline"] == "Will the new city budget close the gap in what the schools are paid?"
    assert [(p["line"], " ".join(p["text"].split()[:4])) for p in story["paragraphs"]] == [
        (9, "The city's budget for"), (10, "The mayor said the"), (11, "Parents at Tuesday's hearing")]


def test_a_sign_up_box_among_the_storys_paragraphs_is_not_the_story(capsys, monkeypatch):
    # No marker says where the story's body is, but its paragraphs stand side
    # by side in one element; a small box among them that says "newsletter"
    # is furniture, though its line is a sentence.
    assert extracted(capsys, monkeypatch, "signup-box-in-story.html") == [
        (8, "The tram line to"), (9, "The first tram left"), (11, "The transport authority said"),
        (12, "Buses that replaced the")]
    status, lines, _ = concise(capsys, monkeypatch, "--select", "BP013",
                               os.path.join(PAGES, "signup-box-in-story.html"))
    assert [line.split(".html:", 1)[1][:12] for line in lines] == ["10:28: BP013"]
    assert "in a box inside the story's body element, in an element whose class or id says" in lines[0]
