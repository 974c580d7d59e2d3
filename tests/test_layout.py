"""The BP family's reading of a scraped page's layout (rules/boilerplate/layout.py)."""

from __future__ import annotations

import pytest

from conftest import make_engine
from lint.rules.boilerplate.layout import (
    FRAGMENT, LEAD_IN, SENTENCE, SHORT_SENTENCE, find_layout, shape_of,
)
from lint.rules.boilerplate.line_text import caption, cut_short, doubled, reader_prompt, stamped_lists, time_stamp

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


def placed(text: str) -> dict[str, tuple[str, str]]:
    """Each line's (zone, role), by its text."""
    return {line: (zone, role) for line, zone, role in roles(text)}


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
    ("Ferry Operator Cuts Winter Sailings On The North Route!", FRAGMENT),  # a headline in title case
    ("Ana Brooks, Tom Hale and Lee Park voted against it.", SHORT_SENTENCE),
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



def test_the_headline_is_above_the_byline_nearest_the_story_not_above_a_card_higher_up():
    card = "Ferry operator cuts winter sailings on the north route"
    text = page("World", "Local", "Sport", card, "Lee Park", "Council approves new bridge over the Mill River",
                "Dana Ruiz", LEAD, SECOND)
    found = {line: role for line, zone, role in roles(text)}
    assert found["Council approves new bridge over the Mill River"] == "headline"
    assert found[card] == "likely-furniture"


def test_a_caption_above_the_headline_and_byline_is_not_taken_for_the_story():
    picture = "Crews lower the first steel span onto its piers over the Mill River on a cold morning in March."
    headline = "Council approves new bridge over the Mill River"
    text = page(picture, headline, "By Dana Ruiz", LEAD, SECOND, THIRD, "Advertisement")
    found = placed(text)
    assert found[picture] == ("head", "likely-furniture")
    assert found[headline] == ("head", "headline")
    assert found["By Dana Ruiz"][1] == "byline"
    assert found[LEAD] == ("story", "copy")


def test_a_name_up_in_the_menus_is_not_a_byline():
    menu = ["Local", "Sport", "Business", "Opinion", "Weather", "Travel", "Food", "Arts", "Science", "Health",
            "Money", "Homes"]
    text = page("World", "Prince Harry", "In Depth", *menu, "Council approves new bridge over the Mill River",
                "Dana Ruiz", LEAD, SECOND)
    found = {line: role for line, zone, role in roles(text)}
    assert found["Prince Harry"] == "furniture"  # a topic link far above the headline
    assert found["In Depth"] == "furniture"  # "In" is no given name here
    assert found["Dana Ruiz"] == "byline"


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
    found = placed(text)
    assert found["School board names interim superintendent"][0] == "tail"
    assert found[THIRD] == ("story", "copy")


def test_credits_counters_and_repeated_lines_between_paragraphs_are_likely_furniture():
    text = page("Advertisement", LEAD, "Article content", SECOND, "Workers at the river. Photo: Dana Ruiz/Courier",
                THIRD, "Article content", "The work starts in June, the city said in a statement on Monday.")
    assert bp_codes(text) == [("BP004", 3), ("BP013", 7), ("BP013", 11), ("BP013", 15)]



@pytest.mark.parametrize("line", [
    "Image copyright @CityOfRiverton", "Picture: iStock",  # credit forms
    "May 14, 2024",  # a time stamp
    "Workers lift the first span into place over the river on Tuesday. (AP)",  # a caption by its source
    "Crews close the old crossing at dawn on TuesdayCredit: Dana Ruiz",  # a credit glued to its caption
    "Riverton County Sheriff's Office via AP", "Dana Ruiz, Associated Press", "Courtesy of Dana Ruiz",
    "The new lobby at dusk. Supplied", "Source: Riverton budget office",
    "Crews close the old crossing at dawn. Dana Ruiz for the Courier",  # a credit after the caption's stop
    "[Read: Ferry operator cuts winter sailings on the north route]", "[The Valley Gazette]",  # in brackets
])
def test_credits_captions_and_stamps_between_paragraphs_are_likely_furniture(line):
    text = page("Advertisement", LEAD, line, SECOND, THIRD)
    assert (line, "story", "likely-furniture") in roles(text)


def test_a_headline_in_capitals_between_paragraphs_is_a_link_but_a_short_subhead_is_not():
    link = "FERRY OPERATOR CUTS WINTER SAILINGS AFTER PASSENGER NUMBERS FALL FOR A THIRD YEAR"
    ticker = "RVC RIVERTON CROSSING CORP. 41.20 -0.35 -0.84%"
    text = page("Advertisement", LEAD, link, SECOND, "THE COST", THIRD, ticker, LEAD.replace("6-3", "7-2"))
    found = placed(text)
    assert found[link] == ("story", "likely-furniture")
    assert found["THE COST"] == ("story", "subhead")
    assert found[ticker] == ("story", "subhead")


def test_the_links_under_a_list_heading_between_paragraphs_are_likely_furniture_up_to_a_subhead():
    links = ["Ferry operator cuts winter sailings on the north route", "School board names interim head",
             "Paying for it"]
    fourth = "Work on the approach roads is due to start in the autumn, weeks before the first pier is sunk."
    text = page("Advertisement", LEAD, SECOND, "Related articles", *links, THIRD, fourth)
    found = placed(text)
    assert [found[link] for link in links] == [
        ("story", "likely-furniture"), ("story", "likely-furniture"), ("story", "subhead")]
    assert found[THIRD] == ("story", "copy")


def test_a_line_the_page_gives_twice_close_by_or_three_times_is_likely_furniture():
    picture = "Crews lower the first steel span onto its piers over the Mill River."
    promo = "Want fewer adverts? Become a member today"
    fourth = "Work on the approach roads is due to start in the autumn, weeks before the first pier is sunk."
    text = page("Advertisement", LEAD, picture, picture, SECOND, promo, THIRD, promo, fourth, promo,
                LEAD.replace("6-3", "7-2"))
    found = [(line, role) for line, zone, role in roles(text) if line in (picture, promo)]
    assert found == [(picture, "likely-furniture")] * 2 + [(promo, "likely-furniture")] * 3


def test_a_sentence_a_box_of_highlights_quotes_stays_copy_in_the_story():
    text = page("Advertisement", "Highlights", THIRD, LEAD, SECOND, THIRD, LEAD.replace("6-3", "7-2"))
    found = [(zone, role) for line, zone, role in roles(text) if line == THIRD]
    assert found[-1] == ("story", "copy")


@pytest.mark.parametrize("line,is_cut", [
    ("Council weighs a second bridge as costs...", True),
    ("The ferry will run every forty minutes, and a single fare will stay at...", True),
    ("Loading...", False),  # a label
    ("The bottom line ...", False),  # a subhead trailing off on its own
    ("Vote Leave...", False),  # too short for a teaser
])
def test_a_teaser_cut_short_ends_on_dots_glued_to_its_last_word(line, is_cut):
    assert cut_short(line) is is_cut


def test_a_teaser_cut_short_is_likely_furniture_but_a_paragraph_leading_into_a_quotation_is_not():
    teaser = "Ferry operator cuts winter sailings as passenger numbers fall for a..."
    lead_in = "The port authority set out its reasons on Thursday. It said in a statement..."
    text = page("Advertisement", LEAD, teaser, SECOND, lead_in, THIRD)
    found = placed(text)
    assert found[teaser] == ("story", "likely-furniture")
    assert found[lead_in] == ("story", "copy")


def test_after_the_story_the_site_speaking_to_its_reader_is_likely_furniture_but_a_quotation_is_not():
    appeal = "We do this work every day at no cost to you, and we cannot keep it up without our readers."
    quoted = "“We will keep the crossing open for you,” the mayor told residents, “whatever it costs us.”"
    for line, role in ((appeal, "likely-furniture"), (quoted, "copy")):
        found = placed(page("Advertisement", LEAD, SECOND, THIRD, "Advertisement", "Most read", line))
        assert found[line] == ("tail", role)


def test_a_related_link_line_of_a_few_words_with_no_colon_heads_a_list():
    # headlines that share the story's words: no stray headlines, only the heading says what they are
    links = ["Council names a director for the Mill River bridge project",
             "How the city will pay for its second bridge"]
    fourth = "Work on the approach roads is due to start in the autumn, weeks before the first pier is sunk."
    text = page("Advertisement", LEAD, SECOND, "Next up in Science & Health", *links, THIRD, fourth)
    found = placed(text)
    assert [found[link] for link in links] == [("story", "likely-furniture")] * 2
    assert found[THIRD] == ("story", "copy")


def test_an_editors_note_in_square_brackets_is_copy():
    note = "[Editor's note: An earlier version of this story gave the wrong cost.]"
    text = page("Advertisement", LEAD, note, SECOND, THIRD)
    assert (note, "story", "copy") in roles(text)


def test_a_subhead_between_paragraphs_is_left_alone():
    text = page("Advertisement", LEAD, "Paying for it", SECOND, THIRD)
    assert ("Paying for it", "story", "subhead") in roles(text)
    assert [code for code, _ in bp_codes(text)] == ["BP004"]



# -- lines that are furniture by their words ----------------------------------------------

def test_a_prompt_to_the_reader_after_the_story_is_furniture_whatever_its_shape():
    prompt = "Start every weekday with the Courier: our morning email lands in your inbox at 6 a.m."
    consent = "By entering your email, you agree to the Courier's terms and privacy notice."
    text = page("Advertisement", LEAD, SECOND, THIRD, prompt, consent)
    found = placed(text)
    assert found[prompt] == ("tail", "likely-furniture")
    assert found[consent] == ("tail", "likely-furniture")
    assert found[THIRD] == ("story", "copy")
    assert bp_codes(text) == [("BP004", 3), ("BP013", 11)]  # one finding for the run of two
    doc, layout = layout_of(text)
    assert [line.reason for line in layout.lines[-2:]] == ["after the story, a prompt to the reader"] * 2


@pytest.mark.parametrize("line", [
    # copy about newsletters and apps, or a quotation of someone's call
    "The paper said 40,000 readers had signed up for its newsletter since the app was launched in March.",
    "\u201cGet the app and follow us on every platform,\u201d the chief executive told staff on Monday.",
    "Subscribers will pay $4 a month from June, the company said.",
    "Follow the money.",  # a call, but the only channel named is its own verb
    "“We rewrote our Privacy Policy in plain English,” the company said.",  # a quotation
    "The regulator said the firm's privacy policy misled users about what it kept.",
])
def test_copy_about_a_sites_channels_is_not_a_prompt(line):
    assert not reader_prompt(line)


@pytest.mark.parametrize("line", [
    "Sign up for the Courier's free weekday email.",
    "Want more stories like this? Follow us on Facebook.",
    "Enjoyed this story? Support local journalism by becoming a member.",
    "By signing up, you confirm that you have read our privacy policy.",
    "Explore all newsletters",
    "No junk, we promise. You can unsubscribe at any time.",  # a site's small print
    "For more on how we use your details, see our Data Protection Policy.",
])
def test_calls_to_the_reader_are_prompts(line):
    assert reader_prompt(line)


def test_a_stamped_comment_thread_after_the_story_is_certain_furniture():
    comments = ["rivertonfan says:", "May 14, 2024 at 7:02 am", "About time. The old bridge is a mess.",
                "mill_walker says:", "May 14, 2024 at 7:40 am", "Who pays for the upkeep, though?",
                "jdoe99 says:", "May 14, 2024 at 8:15 am", "Great news for the east side."]
    text = page("Advertisement", LEAD, SECOND, THIRD, "3 Comments", *comments)
    found = placed(text)
    assert [found[line] for line in comments] == [("tail", "furniture")] * len(comments)
    assert found[THIRD] == ("story", "copy")
    assert [code for code, _ in bp_codes(text)] == ["BP004", "BP003", "BP012"]


@pytest.mark.parametrize("line,stamp", [
    ("Updated: May 14, 2024, 9:02 AM", True),
    ("Tuesday, 14 May 2024 09:02 BST", True),
    ("2 hours ago", True),
    ("21:00Jane Roe", True),  # a live page's entry stamp glued to its author
    ("2 hours ago 10:05 Jane Roe", True),
    ("Duration 1:30", True),  # a video's length
    ("The 10:05 train", False),
    ("May 14, 2024: the council votes", False),
    ("The council meets on May 14, 2024.", False),
])
def test_a_line_that_is_only_a_date_or_a_time_is_a_time_stamp(line, stamp):
    assert time_stamp(line) is stamp


STRAY = "Ferry operator cuts winter sailings on the north route"


def test_another_storys_headline_between_paragraphs_is_likely_furniture():
    text = page("Advertisement", LEAD, STRAY, SECOND, THIRD)
    assert (STRAY, "story", "likely-furniture") in roles(text)
    doc, layout = layout_of(text)
    assert [line.reason for line in layout.lines if doc.slice(line.span) == STRAY] == [
        "between paragraphs, a headline of another story (no word of it in the story)"]


@pytest.mark.parametrize("line", [
    "Who will pay for the new bridge over the river",  # a subhead: it shares words with the story
    "FERRY OPERATOR CUTS WINTER SAILINGS ON THE NORTH ROUTE",  # capitals: a tabloid's subhead
    "Ferry operator cuts winter sailings",  # too short to be taken for a full headline
])
def test_a_subhead_is_not_taken_for_another_storys_headline(line):
    text = page("Advertisement", LEAD, line, SECOND, THIRD)
    assert (line, "story", "subhead") in roles(text)


def test_the_items_of_a_list_the_story_introduces_are_not_stray_headlines():
    items = ["Ferry operator cuts winter sailings on the north route",
             "School board names a retired principal as its interim head"]
    text = page("Advertisement", LEAD, "The council also agreed on Monday that:", *items, SECOND, THIRD)
    found = {line: role for line, zone, role in roles(text)}
    assert [found[item] for item in items] == ["copy", "subhead"]


@pytest.mark.parametrize("line,is_caption", [
    ("Workers lift the first span into place over the river on Tuesday. (AP)", True),
    ("The old crossing at dusk in March. (Dana Ruiz)", True),
    ("FILE - The Mill River crossing in 2019.", True),
    ("This May 2, 2024, file photo, provided by the city, shows the Mill River crossing.", True),
    ("This photo of the crossing went round the town within the hour.", False),
    ("The council had argued for two years over the cost. (The mayor disputes that.)", False),
    ("The bridge (pictured) opens in 2027.", False),
    ("Crews close the old crossing at dawn. Dana Ruiz for the Courier", True),
    ("Crews close the old crossing at dawn (", True), ("Dana Ruiz/Riverton Courier)", True),  # cut at the credit
    ("the mayor said.)", False),  # an aside's end
    ("The new lobby at dusk. Riverton Council", True),
    ("The vote was close,” she said. AB", False),  # a quotation's sign-off
    ("Acme Corp. Names New Bridge Builder", False),  # a headline in title case
    ("The council met on Monday. It", False),  # a sentence cut short
])
def test_a_caption_is_known_by_its_bracketed_source_or_its_opening(line, is_caption):
    assert caption(line) is is_caption



def test_a_link_scraped_twice_is_likely_furniture_and_does_not_end_the_story():
    link = "Ferry operator cuts winter sailings Ferry operator cuts winter sailings"
    text = page("Advertisement", LEAD, SECOND, link, THIRD)
    found = placed(text)
    assert found[link] == ("story", "likely-furniture")
    assert found[THIRD] == ("story", "copy")
    assert not doubled("Go, go, go, go")  # a short refrain is not a doubled link


def test_a_writers_bio_after_the_story_is_likely_furniture_but_not_in_it():
    bio = "Dana Ruiz covers transport and the river for the Courier."  # "is a reporter for …" is a tagline
    tagline = "Tom Hale contributed reporting."
    text = page("Advertisement", LEAD, SECOND, THIRD, bio, tagline)
    found = placed(text)
    assert found[bio] == ("tail", "likely-furniture")
    assert found[tagline][1] != "furniture"  # a bio is no proof that what follows is the site's
    profile = page("Advertisement", LEAD, bio, SECOND, THIRD)
    assert (bio, "story", "copy") in roles(profile)


def test_a_writers_bio_ends_the_story_unless_two_paragraphs_follow_it():
    bio = "Dana Ruiz (dana.ruiz@example.com) is the Courier's Transport Reporter."
    note = "Comments on this story are held for review while the site moves to a new system."
    found = placed(page("Advertisement", LEAD, SECOND, THIRD, bio, note))
    assert found[bio] == ("tail", "likely-furniture")
    found = placed(page("Advertisement", LEAD, bio, SECOND, THIRD))
    assert found[bio] == ("story", "copy")


def test_sentences_standing_alone_past_a_list_heading_or_a_prompt_are_not_the_story():
    teasers = ["Ferry operator cuts winter sailings on the north route",
               "The operator said that fewer passengers travel on the route between December and March.",
               "School board names a retired principal as its interim head",
               "The board said that it would choose a permanent head of the district by the end of June.",
               "Market reopens after the spring flood",
               "Traders returned to the riverside market on Monday after three weeks of repairs to the hall."]
    text = page("Advertisement", LEAD, SECOND, THIRD, "Most read", *teasers)
    found = placed(text)
    assert [found[line][0] for line in teasers] == ["tail"] * len(teasers)
    assert found[THIRD] == ("story", "copy")
    # a sign-up box: its one sentence stands alone between labels, past a prompt
    box = ["Start every weekday with the Courier in your inbox.", "Email address",
           "We send the briefing at six each morning with the top local stories of the day and the weather.",
           "Privacy"]
    found = placed(page("Advertisement", LEAD, SECOND, THIRD, *box))
    assert found[box[2]] == ("tail", "likely-furniture")
    # two sentences in a row after the heading: the story goes on (a box of links inside it)
    fourth = ("Work on the approach roads is to begin in the autumn, once the state has signed off on the "
              "final design and the river authority has given its permit.")
    resumed = page("Advertisement", LEAD, SECOND, "Most read", teasers[0], THIRD, fourth)
    assert (fourth, "story", "copy") in roles(resumed)


def test_stamps_far_apart_are_not_a_list():
    lines = ["3 hours ago"] + [LEAD] * 7 + ["5 hours ago"] + [SECOND] * 7 + ["6 hours ago"]
    assert stamped_lists(lines) == []
    close = ["Ferry cuts winter sailings", "3 hours ago", "School names a head", "5 hours ago",
             "Market reopens", "6 hours ago"]
    assert stamped_lists(close) == [(0, 5)]
    teasers = ["Ferry cuts winter sailings", "By Dana Ruiz", "The operator blamed falling numbers.",
               "School names a head", "By Tom Hale", "The board chose a retired principal.",
               "Market reopens", "By Ana Brooks and Lee Park", "Traders return after the flood."]
    assert stamped_lists(teasers) == [(0, 8)]


def test_a_short_line_between_two_leftovers_around_the_story_is_one():
    text = page("Subscribe now", "Unlimited access to every edition.", "Sign in",
                "Council approves new bridge over the Mill River", LEAD, SECOND, THIRD)
    found = placed(text)
    assert found["Unlimited access to every edition."] == ("head", "likely-furniture")


def test_a_short_paragraph_between_two_repeated_labels_in_the_story_stays():
    text = page("Advertisement", LEAD, "Article content", "The vote was close.", "Article content", SECOND, THIRD)
    assert ("The vote was close.", "story", "copy") in roles(text)


def test_a_paragraph_below_a_footer_is_likely_furniture_but_not_below_an_advertisement():
    bio = "Dana Ruiz covers city hall and transport for the Courier."
    text = page("Advertisement", LEAD, SECOND, THIRD, "Share this article", "Related topics", bio)
    assert ("Dana Ruiz covers city hall and transport for the Courier.", "tail", "likely-furniture") in roles(text)
    resumed = page(LEAD, SECOND, "Advertisement", "The work starts in June.")
    assert ("The work starts in June.", "tail", "copy") in roles(resumed)

# -- an HTML page: the markup's own say on where the story runs ---------------------------

PARAGRAPHS = [
    "The city council voted 6-3 on Monday to build a second bridge over the Mill River, ending two years of "
    "argument over how the crossing would be paid for.",
    "The bridge will cost about $48 million, most of it from a state grant that the city won in March, and is "
    "expected to open in the spring of 2027.",
    "Councilwoman Ana Brooks, who voted against the plan, said the city should have repaired the old crossing "
    "first and built a new one later.",
    "Work on the approach roads is to begin in the autumn, once the state has signed off on the final design "
    "and the river authority has given its permit.",
]
SIGNUP = ("<aside class=\"newsletter\"><p>Sign up for our morning briefing</p><p>Enter your email</p>"
          "<button>Sign up</button><p>Newsletters may contain offers from partners</p></aside>"
          "<figure><figcaption>The old bridge in 2020</figcaption></figure>"
          "<figure><figcaption>The river at the crossing</figcaption></figure>")
HTML_HEAD = ("<html><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
             "<li><a href=\"/sport\">Sport</a></li></ul></nav><article><h1>Council votes to build a second "
             "bridge over the Mill River</h1><p class=\"byline\">By Jane Roe</p>")


def html_roles(html: str) -> dict[str, tuple[str, str]]:
    engine = make_engine()
    doc = engine.load("page.html", html, engine.settings_for("page.html"))
    return {doc.slice(line.span): (line.zone, line.role) for line in doc.analysis(find_layout, doc).lines}


def test_a_paragraph_beside_the_storys_own_after_a_box_is_copy():
    last = ("The mayor said he expected the first cars to cross the new bridge before the next election, "
            "which falls in the autumn of 2027.")
    teaser = ("The council will also vote next month on whether to extend the riverside path to the edge of "
              "the city.")
    html = (HTML_HEAD + "<div class=\"body\">" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + SIGNUP
            + f"<p>{last}</p></div></article>"
            "<div class=\"more\"><h3><a href=\"/x\">Riverside path may reach the city line</a></h3>"
            f"<div><p>{teaser}</p></div>"
            "<h3><a href=\"/y\">Bus fares to rise in June</a></h3></div>"
            "<footer><p>Contact us</p><p>Careers</p></footer></body></html>")
    found = html_roles(html)
    assert found[PARAGRAPHS[0]] == ("story", "copy")
    # the story's run ends at the sign-up box, but its last paragraph stands beside the others
    assert found[last] == ("story", "copy")
    # a related story's summary, nested in another box, is still furniture
    assert found[teaser][1] == "likely-furniture"
    assert found["The old bridge in 2020"][1] in ("furniture", "likely-furniture")


def test_a_list_among_the_storys_paragraphs_is_the_storys():
    items = ["Ana Brooks, Ward 2", "Tom Hale, Ward 5", "Lee Park, Ward 7"]
    html = (HTML_HEAD + "<div class=\"body\"><p>The three who voted against the plan were:</p>" + SIGNUP
            + "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></article></body></html>")
    found = html_roles(html)
    assert [found[item] for item in items] == [("story", "copy")] * 3
    # the same list in a box of its own is not taken in
    boxed = html.replace("<ul>", "<div class=\"box\"><ul>").replace("</ul>", "</ul></div>")
    assert html_roles(boxed)[items[0]][1] == "likely-furniture"


def test_a_label_that_is_all_one_link_between_paragraphs_is_likely_furniture():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    html = (HTML_HEAD + "<div class=\"body\">" + body
            + "<p><a href=\"/tags/bridges\">Bridges</a></p>"
            + "<p><a href=\"/c/1\">May 14, 2024 at 9:02 am</a></p>"
            + "<p><a href=\"/r\">Riverside path may reach the city line next year</a></p>"
            + "<p>The vote</p>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:]) + "</div></article></body></html>")
    found = html_roles(html)
    assert found["Bridges"] == ("story", "likely-furniture")
    assert found["May 14, 2024 at 9:02 am"] == ("story", "likely-furniture")
    assert found["The vote"] == ("story", "subhead")  # a subhead is no link
    # a linked headline is left alone: a story may list its sources so
    assert found["Riverside path may reach the city line next year"][1] != "likely-furniture"


def test_the_reader_counts_the_linked_characters_of_a_block():
    from lint.formats.html import read_html

    page = read_html("<p><a href=\"/a\">All of it</a></p><p>Half <a href=\"/b\">linked</a></p>"
                     "<p><a name=\"x\">An anchor</a></p>")
    assert [(page.text[b.span.start:b.span.end], b.all_link) for b in page.blocks] == [
        ("All of it", True), ("Half linked", False), ("An anchor", False)]
