"""Words that stand before names in news copy: honorifics, formal titles and
their abbreviations, and the words that mark a capitalised run as an
organisation or a place rather than a person.

Facts of usage (AP and the courtesy-title desks), kept as plain sets so the
people analysis and the title rules read one list.
"""

from __future__ import annotations

HONORIFIC_GENDER = {
    "Mr.": "male", "Mr": "male",
    "Ms.": "female", "Ms": "female",
    "Mrs.": "female", "Mrs": "female",
    "Miss": "female",
    "Mx.": None, "Mx": None,
    "Dr.": None,
}
HONORIFICS = frozenset(HONORIFIC_GENDER)

# Formal titles: capitalised directly before a name, lowercase elsewhere (AP).
# Multi-word titles are matched longest first.
FORMAL_TITLES = frozenset("""
president vice-president premier chancellor king queen prince princess pope emperor
senator sen. governor gov. mayor representative rep. congressman congresswoman
minister secretary ambassador chairman chairwoman chair commissioner
judge justice attorney-general treasurer speaker
general gen. admiral adm. colonel col. major maj. captain capt. lieutenant lt.
sergeant sgt. commander cmdr. corporal cpl. marshal doctor
""".split()) | {
    "vice president", "prime minister", "deputy prime minister", "secretary of state",
    "attorney general", "lieutenant governor", "lt. gov.", "secretary-general",
    "secretary general", "foreign minister", "defense minister", "defence minister",
    "finance minister", "interior minister", "deputy minister", "chief justice",
    "supreme leader", "crown prince", "first lady", "house speaker", "majority leader",
    "minority leader", "state senator", "state representative", "lt. gen.", "maj. gen.",
    "brig. gen.", "rear adm.", "vice adm.", "the rev.", "rev.",
} | {
    # U.S. cabinet offices, formal and as copy writes them ("Defense Secretary").
    form
    for department in ("defense", "the treasury", "homeland security", "energy", "the interior", "agriculture",
                       "commerce", "labor", "health and human services", "housing and urban development",
                       "transportation", "education", "veterans affairs")
    for form in (f"secretary of {department}", f"{department.removeprefix('the ')} secretary")
}

# First words of the titles above, so scanners can skip most words at once.
TITLE_FIRST_WORDS = frozenset(title.split()[0] for title in FORMAL_TITLES)


def _word_counts_by_first_word(titles) -> dict[str, tuple[int, ...]]:
    counts: dict[str, set[int]] = {}
    for title in titles:
        words = title.split()
        counts.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(found, reverse=True)) for first, found in counts.items()}


# How many words the titles starting with each first word have, longest
# first: a scanner tries only the phrase lengths that can match.
TITLE_WORD_COUNTS = _word_counts_by_first_word(FORMAL_TITLES)
# Last words of the multi-word titles: most phrases a first word opens ("the
# council") fail on this before the phrase is built.
TITLE_LAST_WORDS = frozenset(title.split()[-1] for title in FORMAL_TITLES if " " in title)

# Titles an editor checks for case (TT008): governmental and ranked ones,
# not job descriptions that happen to stand before names.
CASE_CHECKED_TITLES = frozenset({
    "president", "vice president", "prime minister", "deputy prime minister", "premier",
    "chancellor", "senator", "governor", "lieutenant governor", "mayor", "secretary of state",
    "attorney general", "king", "queen", "pope",
})

# AP abbreviations before a full name (TT009). Never abbreviated: President,
# Vice President, Secretary, Attorney General.
AP_ABBREVIATIONS = {
    "Governor": "Gov.", "Senator": "Sen.", "Representative": "Rep.",
    "Lieutenant Governor": "Lt. Gov.", "General": "Gen.", "Lieutenant": "Lt.",
    "Colonel": "Col.", "Sergeant": "Sgt.", "Captain": "Capt.", "Admiral": "Adm.",
    "Major": "Maj.", "Doctor": "Dr.", "Commander": "Cmdr.", "Corporal": "Cpl.",
    "Reverend": "the Rev.", "Professor": "Prof.",
}

# Lowercase job descriptions that introduce a name ("spokesman Dmitry Peskov").
DESCRIPTORS = frozenset("""
spokesman spokeswoman spokesperson lawyer attorney director chief executive founder
analyst economist official officer aide adviser advisor minister deputy secretary
president chairman chairwoman chair commissioner manager coach captain player
professor researcher scientist teacher student resident farmer owner worker
driver nurse doctor physician surgeon pastor priest rabbi imam bishop author
writer reporter editor photographer actor actress singer artist musician
councilman councilwoman councilor councillor member leader head administrator
mayor governor senator representative judge prosecutor detective sheriff
spokesmen neighbor neighbour friend wife husband son daughter brother sister
mother father colleague partner candidate challenger opponent incumbent
""".split())

# A capitalised run containing one of these names a body, place or thing.
# Words that are also common surnames ("Park", "Hall", "Church", "White")
# are left out.
NON_PERSON_WORDS = frozenset("""
court courts university college school academy institute bank ministry department
agency office council committee commission parliament congress senate house assembly
party union league association federation foundation fund group company corporation
corp corp. inc inc. ltd ltd. co co. llc airlines airways motors industries holdings
times post news journal tribune herald gazette ledger press radio television tv
street st. avenue ave. road rd. boulevard square river mount mountains
island islands valley county city state province region district republic kingdom
cathedral mosque hospital center centre museum library stadium arena
airport station base army navy force financial capital partners securities insurance
pharmaceuticals technologies systems solutions communications airlines holdings
police ministry kremlin pentagon capitol cabinet administration government
cooperation organization organisation alliance summit forum conference partnership coalition
network bureau authority services initiative programme treaty accord agreement society
festival championship championships olympics railway railroad highway economic
""".split())

PARTICLES = frozenset("de del della der di da dos das du la le van von bin ibn al el ter ten y st. mac".split())
SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"})

PRONOUN_GENDER = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}
