"""Invented news articles for the benchmark, made deterministically from a seed.

Every sentence is assembled from the small vocabulary and templates below:
outlets, towns, people and events are all made up. Each article has a
dateline header (``- The Daily Ledger - Sunday, June 4, 2023``), body
paragraphs with quotes and named people, and, as scraped copy often has,
some leftovers: related-link lines (``SEE ALSO: ...``), a copyright line, a
comment-policy line, newsletter prompts and credit taglines. A manifest
records what was planted, so a run can be checked against it.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from dataclasses import dataclass, field

OUTLETS = (
    "The Daily Ledger", "Harbor City Courier", "The Millbrook Sentinel", "Northfield Gazette",
    "The Riverside Herald", "Lakeshore Tribune", "The Granite Valley Post", "Eastbrook Record",
)
TOWNS = (
    "Harbor City", "Millbrook", "Northfield", "Riverside", "Lakeshore", "Granite Falls",
    "Eastbrook", "Cedar Point", "Willow Bend", "Fairhaven", "Stonebridge", "Maple Hollow",
)
FIRST_NAMES = (
    "Ana", "Marcus", "Priya", "Tomas", "Helen", "David", "Keiko", "Samuel", "Leila", "Owen",
    "Grace", "Rafael", "Nadia", "Victor", "Irene", "Jonah", "Beatrice", "Malik", "Clara", "Felix",
    "Rosa", "Henry", "Amara", "Walter", "Ingrid", "Daniel", "Lucia", "Gordon", "Yusuf", "Martha",
)
SURNAMES = (
    "Okafor", "Lindqvist", "Ramirez", "Castellano", "Whitfield", "Brennan", "Nakamura", "Adeyemi",
    "Haddad", "Kowalski", "Pemberton", "Silva", "Rasmussen", "Delacroix", "Mbeki", "Thornton",
    "Valdez", "Ostrowski", "Fairbanks", "Quincy", "Albright", "Moreau", "Eriksen", "Calloway",
    "Nguyen", "Farrell", "Dunmore", "Achebe", "Larkin", "Sorensen",
)
ROLES = (
    ("Mayor", "mayor of {town}"),
    ("Council member", "a member of the {town} City Council"),
    ("Police Chief", "the {town} police chief"),
    ("Superintendent", "superintendent of the {town} school district"),
    ("Sen.", "a state senator who represents {town}"),
    ("Commissioner", "a county commissioner"),
    ("Dr.", "a physician at {town} General Hospital"),
    ("Director", "director of the {town} Public Library"),
)
ORGS = (
    "the {town} City Council", "the county water authority", "the {town} school board",
    "the regional transit agency", "the state Department of Transportation", "the harbor commission",
    "the {town} planning board", "the county health department", "the library trustees",
)
TOPICS = (
    {
        "thing": ("the harbor dredging project", "the channel deepening plan", "the new breakwater"),
        "act": ("approve", "delay", "scale back", "pay for", "review"),
        "detail": ("silt from the main channel", "the fishing fleet's moorings", "the old ferry pier"),
    },
    {
        "thing": ("the bus network redesign", "the fare increase", "the new express route"),
        "act": ("adopt", "postpone", "fund", "reconsider", "expand"),
        "detail": ("late-night service", "the downtown transfer station", "routes to the hospital"),
    },
    {
        "thing": ("the school budget", "the teachers' contract", "the plan to close two schools"),
        "act": ("approve", "reject", "renegotiate", "cut", "revisit"),
        "detail": ("class sizes", "bus routes for rural students", "the music program"),
    },
    {
        "thing": ("the library renovation", "the branch reopening", "the new reading room"),
        "act": ("finish", "delay", "open", "pay for", "expand"),
        "detail": ("weekend hours", "the children's section", "the historic reading room ceiling"),
    },
    {
        "thing": ("the zoning overhaul", "the riverfront housing plan", "the parking rules"),
        "act": ("pass", "amend", "table", "rewrite", "put to a vote"),
        "detail": ("building heights near the river", "affordable units", "the old mill site"),
    },
    {
        "thing": ("the storm cleanup", "the flood barrier repairs", "the emergency shelter plan"),
        "act": ("speed up", "pay for", "review", "extend", "finish"),
        "detail": ("downed power lines", "the flooded underpass", "roads along the creek"),
    },
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

NARRATIVE = (
    "{org_cap} voted {yes}-{no} on {weekday} to {act} {thing}, a decision that came after months of debate.",
    "The plan would cost about ${money} million over {years} years, according to figures released by {org}.",
    "Residents packed the meeting room on {weekday} night, and more than {count} people signed up to speak.",
    "Supporters argued that {thing} would help {town} keep pace with its neighbors, while critics worried about {detail}.",
    "Officials said the first phase could begin as early as {month}, though several permits are still pending.",
    "The proposal drew objections from business owners, who said {detail} had been ignored in earlier drafts.",
    "A report prepared for {org} last {month} found that {detail} accounted for nearly {pct} percent of the complaints.",
    "{full} first raised concerns about {detail} at a public hearing in {month}.",
    "The vote followed a {hours}-hour session in which members traded amendments and questioned staff at length.",
    "State officials have promised to cover part of the cost, but the grant has not yet been approved.",
    "In {town}, where about {pop} people live, {thing} has become a leading issue in this year's local elections.",
    "The agency expects to publish a revised schedule by the end of {month}, a spokesman said.",
    "Several neighbors said they had not been told about {detail} until the plan was already on the agenda.",
    "Under the proposal, {detail} would be handled by a new committee that reports to {org}.",
)
QUOTES = (
    "We have waited long enough for {thing}, and people here deserve an answer",
    "Nobody on this board wants to {act} {thing} without hearing from residents first",
    "The numbers simply do not add up, and I think everyone in the room knows it",
    "This is about {detail}, and we owe families a plan they can actually count on",
    "I am not going to vote for something I have not had time to read",
    "We heard the concerns about {detail} and we changed the plan because of them",
    "If we {act} {thing} now, the cost will only go up next year",
    "There is a lot of work left, but this is the right direction for {town}",
)
HEADLINES = (
    "{town} council delays vote on {thing}", "What the new budget means for {detail}",
    "Five questions about {thing}", "{town} residents split over {thing}",
    "County weighs options for {detail}", "Inside the long fight over {thing}",
)
COPYRIGHT = (
    "Copyright © {year} {outlet}. All rights reserved.",
    "© {year} {outlet}. All rights reserved.",
    "Copyright {year} {outlet}",
)
COMMENT_POLICY = (
    "Comments are moderated. Please read our comment policy before posting.",
    "Join the conversation: comments are open to subscribers and reviewed before they appear.",
    "We welcome your comments; please keep them civil and on topic.",
)
NEWSLETTER = (
    "Sign up for our morning newsletter to get the day's top stories in your inbox.",
    "Subscribe to our free weekday newsletter for more local news.",
)
TAGLINES = (
    "{full} contributed reporting to this article.",
    "{full} can be reached at {email}.",
    "• {full} is a staff writer for {outlet}.",
)


@dataclass
class Manifest:
    """What the generator planted, summed over all articles."""

    articles: int = 0
    words: int = 0
    related_links: int = 0
    copyright_lines: int = 0
    comment_lines: int = 0
    newsletter_lines: int = 0
    taglines: int = 0
    files: list[str] = field(default_factory=list)


class Writer:
    """Makes one article at a time from a seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def _person(self) -> tuple[str, str, str, str]:
        first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES)
        title, description = self.rng.choice(ROLES)
        return f"{first} {last}", last, title, description

    def _fill(self, template: str, slots: dict[str, str]) -> str:
        rng = self.rng
        values = dict(slots)
        values.update(
            weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS), yes=str(rng.randint(4, 7)),
            no=str(rng.randint(0, 3)), money=f"{rng.randint(2, 95)}.{rng.randint(1, 9)}",
            years=str(rng.randint(2, 12)), count=str(rng.randint(40, 300)), pct=str(rng.randint(12, 61)),
            hours=rng.choice(("three", "four", "five", "six")), pop=f"{rng.randint(8, 180)},000",
            act=rng.choice(slots["acts"]), detail=rng.choice(slots["details"]),
            thing=rng.choice(slots["things"]), full=self._person()[0],
        )
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def article(self, target_words: int) -> tuple[str, dict[str, int]]:
        """Return (text, counts of planted leftovers) for one article."""
        rng = self.rng
        outlet, town = rng.choice(OUTLETS), rng.choice(TOWNS)
        topic = rng.choice(TOPICS)
        org = rng.choice(ORGS).format(town=town)
        date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        slots = {"town": town, "org": org, "org_cap": org[0].upper() + org[1:], "outlet": outlet,
                 "things": topic["thing"], "acts": topic["act"], "details": topic["detail"]}
        speakers = [self._person() for _ in range(rng.randint(2, 4))]
        introduced: set[str] = set()
        counts = dict.fromkeys(("related_links", "copyright_lines", "comment_lines",
                                "newsletter_lines", "taglines"), 0)

        date_text = f"{WEEKDAYS[date.weekday()]}, {MONTHS[date.month - 1]} {date.day}, {date.year}"
        if rng.random() < 0.15:
            byline = self._person()[0]
            header = f"- {outlet} - By {byline} - {date_text}"
        else:
            header = f"- {outlet} - {date_text}"
        body: list[str] = []
        words = 0
        lead_speaker = speakers[0]
        lead = self._fill(
            f"{lead_speaker[2]} {lead_speaker[0]} said {{weekday}} that {org} would {{act}} {{thing}}, "
            "a move that could reshape {detail} for years.", slots)
        introduced.add(lead_speaker[0])
        body.append(lead)
        words += len(lead.split())
        while words < target_words:
            kind = rng.random()
            if kind < 0.4:
                full, last, title, description = rng.choice(speakers)
                quote = self._fill(rng.choice(QUOTES), slots)
                if full in introduced:
                    text = f"“{quote},” {last} said."
                else:
                    text = f"“{quote},” said {full}, {description.format(town=town)}."
                    introduced.add(full)
                if rng.random() < 0.5:
                    text += " " + self._fill(rng.choice(NARRATIVE), slots)
            else:
                count = rng.randint(1, 3)
                text = " ".join(self._fill(rng.choice(NARRATIVE), slots) for _ in range(count))
            body.append(text)
            words += len(text.split())
            if len(body) > 3 and rng.random() < 0.06 and counts["related_links"] < 2:
                body.append("SEE ALSO: " + self._fill(rng.choice(HEADLINES), slots))
                counts["related_links"] += 1

        tail: list[str] = []
        if rng.random() < 0.5:
            full = self._person()[0]
            email = full.split()[1].lower() + "@" + outlet.lower().replace("the ", "").replace(" ", "") + ".example"
            tail.append(rng.choice(TAGLINES).format(full=full, email=email, outlet=outlet))
            counts["taglines"] += 1
        if rng.random() < 0.3:
            tail.append(rng.choice(NEWSLETTER))
            counts["newsletter_lines"] += 1
        if rng.random() < 0.6:
            tail.append(rng.choice(COPYRIGHT).format(year=date.year, outlet=outlet))
            counts["copyright_lines"] += 1
        if rng.random() < 0.4:
            tail.append(rng.choice(COMMENT_POLICY))
            counts["comment_lines"] += 1
        text = header + "\n\n" + "\n\n".join(body + tail) + "\n"
        return text, counts


def write_corpus(folder: str, count: int, seed: int = 2023, markdown_share: float = 0.2,
                 min_words: int = 300, max_words: int = 860) -> Manifest:
    """Write ``count`` articles into ``folder``; return what was planted."""
    os.makedirs(folder, exist_ok=True)
    writer = Writer(seed)
    manifest = Manifest()
    for number in range(1, count + 1):
        target = writer.rng.randint(min_words, max_words)
        suffix = ".md" if writer.rng.random() < markdown_share else ".txt"
        text, counts = writer.article(target)
        path = os.path.join(folder, f"article-{number:04d}{suffix}")
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        manifest.articles += 1
        manifest.words += len(text.split())
        for key, value in counts.items():
            setattr(manifest, key, getattr(manifest, key) + value)
        manifest.files.append(path)
    return manifest


def write_single(path: str, words: int = 800, seed: int = 800) -> int:
    """Write one article of about ``words`` words; return its word count."""
    # The last paragraph overshoots the target by about 50 words on average.
    text, _ = Writer(seed).article(words - 50)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return len(text.split())
