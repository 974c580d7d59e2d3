"""What a line's words say it is, whatever its shape: a prompt to the
reader, a writer's bio, a photo's caption, a time stamp, a link scraped
twice, or a line of a list of comments or stories.

The layout (``layout.py``) reads lines by their shape, and a prompt such as
"Get the day's top stories delivered to your inbox." is shaped like a
sentence of copy. Its words give it away: it opens on a call to the reader
("Get", "Sign up", "Follow", "Want more …?") and names the site's channels
(newsletter, inbox, app, account, subscription); copy about a newsletter
rarely does both in one line, and a quotation, which may, is left alone.
The phrase catalogue (BP003) holds the fixed wordings; this reads the rest.

A line that is a date or a time and nothing else is a stamp, not copy: a
story dates its events in sentences. A comment thread or a list of other
stories is stamped: "jdoe says:", "3 hours ago", "Rating: 12 votes",
"Nov 2, 2024 at 7:02 am", a story's "By Jane Roe". A stamp that comes back
every few lines marks the stretch around it as such a list.
"""

from __future__ import annotations

from lint.support.patterns import LazyPattern

LABEL_WORDS = 5  # a call this short is a button or a box's label
PROMPT_WORDS = 60  # a longer line is an article's paragraph, whatever it opens with
BIO_WORDS = 60  # … and so is a longer "Roe is a reporter who …"
DOUBLED_CHARS = 20  # a shorter line given twice may be a chant or a refrain
STAMP_CHARS = 60  # a longer line is more than a stamp
STAMPS = 3  # this many stamps make a stamped list …
STAMP_GAP = 6  # … when none is more than this many lines from the next

# The channels and dealings of a site with its reader.
_CHANNEL = LazyPattern(
    r"(?i)\b(?:newsletters?|subscri(?:be|bed|bers?|bing|ptions?)|sign(?:ing)?[\s-]?(?:up|in)|log[\s-]?in|"
    r"register(?:ing)?|inbox|e-?mails?|apps?|podcasts?|follow|twitter|facebook|instagram|youtube|linkedin|"
    r"tiktok|whatsapp|telegram|google news|preferred source|updates|latest|stories|articles?|journalism|"
    r"members?(?:hip)?|support|free|download|share|comments?|commenting|forums?|bookmarks?|alerts?|"
    r"notifications?|unsubscribe|spam|privacy policy|terms|account|unlimited|access|e-?paper|crossword|"
    r"puzzles?|digital|newsroom|news team|tips?|ad[\s-]?blocker|cookies?)\b"
)
# The opening of a call or a question to the reader.
_CALL = LazyPattern(
    r"(?i)^\W*(?:sign up|sign in|subscribe|follow|join|get|check out|click|tap|download|listen|watch|read|"
    r"share|support|become|add|choose|email|e-mail|send|tell|like|want|enjoyed|enjoy|love|have|got|"
    r"would you|don['’]t miss|stay|keep|never miss|find out|discover|visit|explore|create|access|register|"
    r"log in|unlock|try|start|receive|help)\b"
)
_READER = LazyPattern(r"(?i)\b(?:you|your|you['’](?:re|ll|ve)|our|us)\b")
# "By signing up, you agree to our terms …": the small print of a form.
_CONSENT = LazyPattern(
    r"(?i)^by (?:signing up|submitting|subscribing|registering|providing|clicking|continuing|creating|entering|"
    r"using)\b.{0,200}?\byou (?:agree|confirm|accept|consent|acknowledge|have read)"
)
# The small print under a sign-up form or at a page's foot: the site's
# policies by their names, or its promise about the reader's e-mail.
_SMALL_PRINT = LazyPattern(
    r"\b(?:Privacy (?:Policy|Notice|Statement|policy|notice)|Data Protection Policy|Terms (?:of (?:Service|Use)"
    r"|and Conditions)|Cookie (?:Policy|Statement)|(?i:unsubscribe (?:at )?any ?time))\b"
)
_SPOKEN_TO = LazyPattern(r"\b(?:[Yy]ou|[Yy]our|[Oo]ur|[Ww]e)\b")
_SITE = LazyPattern(r"(?i)\b(?:our|us)\b")
# A quotation: someone's words about a newsletter are copy.
_QUOTED = LazyPattern(r"[\"“”]|(?<!\w)['‘]|['’](?!\w)")

CUT_WORDS = 4  # a shorter line ending in dots is a label ("Loading...", "More...")
_CUT_SHORT = LazyPattern(r"[a-z,](?:\.\.\.|…)$")

# The stamp of a comment or of a story in a list.
STAMP = LazyPattern(
    r"(?i)^(?:\S+(?: \S+){0,2} (?:says|wrote):"
    r"|(?:\d+|an?|one) (?:second|minute|hour|day|week|month|year)s? ago(?: at \d{1,2}:\d\d ?[ap]\.?m\.?)?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4},? at \d{1,2}:\d\d ?[ap]\.?m\.?"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4},? at \d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?"
    r"|rating: \d+ votes?"
    r"|(?P<byline>by (?-i:(?:[A-Z][\w.'’-]+ ?){1,4}(?:and (?:[A-Z][\w.'’-]+ ?){1,4})?)))$"
)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?"
_TIME = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*))?"
_DATE = (rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})")
_AGO = r"(?:\d+|an?)\s+(?:sec|min|mins|minute|hour|hr|day|week|month|year)s?\s+ago"
# A line that is a date or a time and nothing else ("Updated: May 14, 2024, 9:02 AM"),
# a live page's entry stamp glued to its author ("21:00Jane Roe", "2 hours ago
# 10:05 Jane Roe"), or a video's length ("Duration 1:30").
_TIME_STAMP = LazyPattern(
    rf"(?i)^\W*(?:(?:published|updated|posted|last updated|first published|modified)(?:\s+on)?\s*:?\s*)?"
    rf"(?:{_DATE}(?:,?\s*(?:at\s+)?{_TIME})?|{_TIME},?\s*{_DATE}|{_TIME}|{_AGO})\W*$"
)
_GLUED_STAMP = LazyPattern(
    rf"^(?:{_AGO}\s*\d{{1,2}}:\d\d(?:\s*[ap]m)?\s*|\d{{1,2}}:\d\d(?:\s*[ap]m)?)(?=[A-Z])\S"
    r"|^(?i:duration|length|running time)\s*:?\s*\d{1,2}:\d\d(?::\d\d)?$"
)

_CAPTION_OPENINGS = ("FILE", "In this", "This", "Pictured", "Above", "Top", "Main", "Inset")
# A caption: a sentence with its picture's source in brackets after its
# full stop ("… on Tuesday. (AP)"), or a caption's own opening ("FILE -",
# "This May 2, 2024, file photo …").
_CAPTION = LazyPattern(
    r"[.!?][\"”’]?\s*\([A-Z][\w'’&.\-/]*(?:\s+[\w'’&\-/]+){0,4}[\w'’&\-/]\)$"
    r"|^(?:FILE(?: PHOTO)?\s*[-–—:]|In this (?:undated |handout |file )*(?:photo|image|picture)\b|Pictured\b"
    r"|(?:In t|T)his (?:(?:[A-Z][a-z]+\.? \d{1,2}, \d{4},?|undated|handout|file|aerial) )+(?:photo|image|picture)s?\b"
    r"|(?:Above|Top|Main|Inset)\s*:)"
)

CAPTION_WORDS = 3  # a credited caption's sentence is at least this long …
CREDIT_WORDS = 6  # … and its credit at most this long
# A sentence ended by a word of three lower-case letters or more ("Rep."
# is no such word), then a credit: capitalised words, "for", "via", "of",
# "and", "/", "-".
_CREDIT_TAIL = LazyPattern(
    rf"\b[A-Z]?[a-z]{{3,}}[.!?]\s+"
    rf"(?P<credit>(?:[A-Z][\w'’&-]*(?:\s+(?:for|via|of|and|the|&|/|-))*\s*){{1,{CREDIT_WORDS}}})$"
)
# A sentence's first word is no photographer.
_TAIL_OPENINGS = frozenset("a an the it he she they we i this that there then but and or so his her its our".split())

# "Jane Roe is a senior reporter for …", "Roe covers transport at …".
_JOURNALIST = (r"(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|critic|"
               r"photographer|author|anchor|presenter|analyst|freelancer|intern|fellow)")
_BIO = LazyPattern(
    rf"^(?:About\s+)?(?!(?:He|She|They|It|This|That)\s)(?:[A-Z][\w.'’-]+\s+){{0,3}}[A-Z][\w.'’-]+\s+"
    rf"(?:\([^()]{{1,60}}\)\s+)?"  # an address: "Jane Roe (@janeroe) is …"
    rf"(?:(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,5}}(?i:{_JOURNALIST})s?\b"
    rf"|covers\s+[^.]{{3,80}}\b(?:for|at)\s+(?:the\s+)?[A-Z])"
)


def reader_prompt(text: str) -> bool:
    """Whether a line is a call to the reader: a call that names two of the
    site's channels, a call or question to "you" that names one, a label of
    a few words that names one after its call, or the site speaking of
    itself ("our", "us") in a line that names three; or the small print of
    a sign-up form ("By signing up, you agree …") or a site's, to "you"
    and naming its policies ("… see our Privacy Policy", "You can
    unsubscribe at any time"), which a quotation may do and is left alone."""
    if _CONSENT.search(text):
        return True
    if _SMALL_PRINT.search(text) and _SPOKEN_TO.search(text) and not _QUOTED.search(text):
        return True
    call = _CALL.search(text)
    if not call and not _SITE.search(text):  # most lines of copy: neither test can pass
        return False
    words = len(text.split())
    if words > PROMPT_WORDS or _QUOTED.search(text):
        return False
    channels = len({m.group(0).lower() for m in _CHANNEL.finditer(text)})
    if not channels:
        return False
    if call:
        # A label of a few words needs one channel past its call ("Read more
        # stories", "Explore all newsletters"; not "Follow the money").
        label = words <= LABEL_WORDS and _CHANNEL.search(text, call.end())
        return channels >= 2 or bool(_READER.search(text)) or bool(label)
    return channels >= 3 and bool(_SITE.search(text))


def author_bio(text: str) -> bool:
    """Whether a line is a writer's bio: "Jane Roe is a staff writer for
    the Courier", "Roe covers city hall for the Courier"."""
    if not any(verb in text for verb in (" is ", " was ", " has been ", " covers ")):
        return False
    return len(text.split()) <= BIO_WORDS and bool(_BIO.match(text))


def caption(text: str) -> bool:
    """Whether a line reads as a photo's caption by its words: its source
    in brackets after the sentence ("(AP)", "(Jane Roe)"; an aside in
    brackets ends with its own full stop), or an opening such as "FILE -"
    or "Pictured", or its photographer named after its full stop; or a
    caption cut at its credit's bracket, the credit on a line of its own
    ("Crowds on the quay (" … "Jane Roe/Reuters)"), which copy never is."""
    if text[-1:].isalpha():
        return _credited(text)
    if _cut_at_credit(text):
        return True
    if not (text.endswith(")") or text.startswith(_CAPTION_OPENINGS)):  # most lines: neither
        return False
    return bool(_CAPTION.search(text))


def _cut_at_credit(text: str) -> bool:
    """Whether a line is a caption cut at its credit's opening bracket
    ("Crowds on the quay (") or the credit cut off from it ("Jane
    Roe/Reuters)"): an aside's end has its own stop ("… the mayor said.)")."""
    if text.endswith("(") and "(" not in text[:-1]:
        return True
    return (text.endswith(")") and "(" not in text and len(text.split()) <= CREDIT_WORDS
            and text[-2:-1] not in ".!?")


def _credited(text: str) -> bool:
    """Whether a line is a caption with its credit set after its full stop
    ("Crews close the old bridge. Jane Roe for the Courier", "… on Tuesday.
    Riverton Council"): a sentence of a few words, then a name of up to
    CREDIT_WORDS capitalised words and no stop. A paragraph does not end
    on a bare name; a quotation's "…," he said. JR" sign-off is copy, and
    a headline in title case ("Acme Corp. Names New Chief") is no caption."""
    if ". " not in text and "? " not in text and "! " not in text:  # most lines: one sentence or none
        return False
    found = _CREDIT_TAIL.search(text)
    if not found or _QUOTED.search(text):
        return False
    sentence = text[:found.start("credit")].split()
    capitals = sum(1 for word in sentence if word[:1].isupper())
    opening = found.group("credit").split()[0].lower()
    return len(sentence) >= CAPTION_WORDS and capitals * 2 < len(sentence) and opening not in _TAIL_OPENINGS


def doubled(text: str) -> bool:
    """Whether a line is one text given twice ("Port hires a director Port
    hires a director"): a link's words and its title both scraped, which
    copy never is."""
    text = text.strip()
    half = len(text) // 2
    if len(text) < DOUBLED_CHARS or text.find(text[:DOUBLED_CHARS // 2], half - 2) < 0:
        return False
    return any(text[:cut].strip() == text[cut:].strip() for cut in range(half - 1, half + 2))


def cut_short(text: str) -> bool:
    """Whether a line is a teaser cut short by the page: a headline or a
    summary that stops mid-sentence on three dots glued to its last word
    ("Council weighs a second bridge as costs…", "… the city may soon...").
    A line of a few words ("Loading...") is a label, and dots set apart
    by a space ("The bottom line ...") trail off on purpose."""
    if not (text.endswith("...") or text.endswith("…")):
        return False
    return bool(_CUT_SHORT.search(text)) and len(text.split()) >= CUT_WORDS


def time_stamp(text: str) -> bool:
    """Whether a line is a date or a time and nothing else, or a live
    page's entry stamp glued to its author's name."""
    return bool(_TIME_STAMP.match(text) or _GLUED_STAMP.match(text))


def stamped_lists(texts: list[str]) -> list[tuple[int, int]]:
    """(first, last) line indexes of each stamped list: from the line above
    its first stamp (the commenter's name, the story's headline) to as far
    past its last stamp as its stamps are apart (the last comment). A list
    repeats one kind of stamp: a story's own byline and the dates of the
    comments under it are not one list."""
    kinds: dict[bool, list[int]] = {True: [], False: []}
    for i, text in enumerate(texts):
        found = STAMP.match(text.strip()) if len(text) < STAMP_CHARS else None
        if found:
            kinds[bool(found.group("byline"))].append(i)
    lists: list[tuple[int, int]] = []
    for stamps in kinds.values():
        run: list[int] = []
        for i in stamps + [None]:
            if i is not None and (not run or i - run[-1] <= STAMP_GAP):
                run.append(i)
                continue
            if len(run) >= STAMPS:
                gap = max(b - a for a, b in zip(run, run[1:]))
                lists.append((max(0, run[0] - 1), min(len(texts) - 1, run[-1] + gap - 1)))
            run = [i] if i is not None else []
    return sorted(lists)
