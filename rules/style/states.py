"""U.S. state names, their AP abbreviations and postal codes (ST003, ST007).

AP abbreviates state names in datelines (and, before 2014, in body text)
with its own forms ("Calif.", "Ill.", "N.Y."), never the postal codes,
and never abbreviates eight states: Alaska, Hawaii, Idaho, Iowa, Maine,
Ohio, Texas and Utah. About 30 U.S. cities stand alone in AP datelines.
"""

from __future__ import annotations

from lint.article.document import Document
from lint.model import Span
from lint.support.patterns import LazyPattern
from lint.support.records import record

# name: (AP abbreviation, or None when AP never abbreviates it; postal code)
STATES = {
    "Alabama": ("Ala.", "AL"), "Alaska": (None, "AK"), "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"), "California": ("Calif.", "CA"), "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"), "Delaware": ("Del.", "DE"), "Florida": ("Fla.", "FL"),
    "Georgia": ("Ga.", "GA"), "Hawaii": (None, "HI"), "Idaho": (None, "ID"), "Illinois": ("Ill.", "IL"),
    "Indiana": ("Ind.", "IN"), "Iowa": (None, "IA"), "Kansas": ("Kan.", "KS"), "Kentucky": ("Ky.", "KY"),
    "Louisiana": ("La.", "LA"), "Maine": (None, "ME"), "Maryland": ("Md.", "MD"),
    "Massachusetts": ("Mass.", "MA"), "Michigan": ("Mich.", "MI"), "Minnesota": ("Minn.", "MN"),
    "Mississippi": ("Miss.", "MS"), "Missouri": ("Mo.", "MO"), "Montana": ("Mont.", "MT"),
    "Nebraska": ("Neb.", "NE"), "Nevada": ("Nev.", "NV"), "New Hampshire": ("N.H.", "NH"),
    "New Jersey": ("N.J.", "NJ"), "New Mexico": ("N.M.", "NM"), "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"), "North Dakota": ("N.D.", "ND"), "Ohio": (None, "OH"),
    "Oklahoma": ("Okla.", "OK"), "Oregon": ("Ore.", "OR"), "Pennsylvania": ("Pa.", "PA"),
    "Rhode Island": ("R.I.", "RI"), "South Carolina": ("S.C.", "SC"), "South Dakota": ("S.D.", "SD"),
    "Tennessee": ("Tenn.", "TN"), "Texas": (None, "TX"), "Utah": (None, "UT"), "Vermont": ("Vt.", "VT"),
    "Virginia": ("Va.", "VA"), "Washington": ("Wash.", "WA"), "West Virginia": ("W.Va.", "WV"),
    "Wisconsin": ("Wis.", "WI"), "Wyoming": ("Wyo.", "WY"),
}

BY_POSTAL = {postal: name for name, (_, postal) in STATES.items()}
BY_AP = {ap: name for name, (ap, _) in STATES.items() if ap}
# Other abbreviations seen in copy, for states AP writes in full or abbreviates otherwise.
OTHER_FORMS = {
    "Tex.": "Texas", "Ida.": "Idaho", "Penn.": "Pennsylvania", "Penna.": "Pennsylvania",
    "Calif": "California", "Mass": "Massachusetts", "Wash": "Washington", "Fla": "Florida",
    "W. Va.": "West Virginia", "W.V.": "West Virginia", "Wisc.": "Wisconsin", "Mich": "Michigan",
    "Minn": "Minnesota", "Tenn": "Tennessee", "Conn": "Connecticut", "Okla": "Oklahoma",
    "Colo": "Colorado", "Ariz": "Arizona",
}

# U.S. cities that AP datelines give without a state, with the state they are in.
STANDALONE_CITIES = {
    "ATLANTA": "Georgia", "BALTIMORE": "Maryland", "BOSTON": "Massachusetts", "CHICAGO": "Illinois",
    "CINCINNATI": "Ohio", "CLEVELAND": "Ohio", "DALLAS": "Texas", "DENVER": "Colorado",
    "DETROIT": "Michigan", "HONOLULU": "Hawaii", "HOUSTON": "Texas", "INDIANAPOLIS": "Indiana",
    "LAS VEGAS": "Nevada", "LOS ANGELES": "California", "MIAMI": "Florida", "MILWAUKEE": "Wisconsin",
    "MINNEAPOLIS": "Minnesota", "NEW ORLEANS": "Louisiana", "NEW YORK": "New York",
    "OKLAHOMA CITY": "Oklahoma", "PHILADELPHIA": "Pennsylvania", "PHOENIX": "Arizona",
    "PITTSBURGH": "Pennsylvania", "ST. LOUIS": "Missouri", "SALT LAKE CITY": "Utah",
    "SAN ANTONIO": "Texas", "SAN DIEGO": "California", "SAN FRANCISCO": "California",
    "SEATTLE": "Washington", "WASHINGTON": None,  # the capital: "WASHINGTON", never "D.C."
}
DISTRICT_FORMS = ("D.C.", "DC")


def state_named(token: str) -> tuple[str, str] | None:
    """(state name, kind) for a written state: kind is "postal", "ap",
    "other" or "name"; None when ``token`` is not a U.S. state."""
    if token in BY_POSTAL:
        return BY_POSTAL[token], "postal"
    if token in BY_AP:
        return BY_AP[token], "ap"
    if token in OTHER_FORMS:
        return OTHER_FORMS[token], "other"
    if token in STATES:
        return token, "name"
    return None


def ap_dateline_form(name: str) -> str:
    """How an AP dateline writes the state: its abbreviation, or the name."""
    return STATES[name][0] or name


HEADLINE_MAX_WORDS = 20


@record
class Dateline:
    """The place line opening the first paragraph: "SPRINGFIELD, Ill. (AP) —"."""

    city: Span
    state: Span  # as written: a postal code, an abbreviation or a name
    end: int  # after the dash


_DATELINE = LazyPattern(
    r"(?P<city>[A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3}),[ \u00a0]+"
    r"(?P<state>[A-Z][A-Za-z.]*(?:[ \u00a0][A-Z][A-Za-z.]*)?)"
    r"[ \u00a0]*(?:\([^()\n]{1,30}\)[ \u00a0]*)?(?:[—–]|--?(?=[ \u00a0]))"
)


def find_dateline(doc: Document) -> Dateline | None:
    """The dateline at the start of the first body paragraph (or of the
    second, when the first is a headline kept as a plain line), if it has a
    city and a state-like part (computed once per document)."""
    return doc.analysis(_find_dateline, doc)


def _find_dateline(doc: Document) -> Dateline | None:
    from lint.rules.style.scan import copy_spans

    spans = copy_spans(doc)
    for block in spans[:2]:
        match = _DATELINE.match(doc.text, block.start, block.end)
        if match is not None:
            return Dateline(Span(*match.span("city")), Span(*match.span("state")), match.end())
        text = doc.slice(block).strip()
        if not text or text[-1] in ".!?:;\"”’" or len(text.split()) > HEADLINE_MAX_WORDS:
            return None  # copy, not a headline kept as a paragraph: no dateline
    return None
