"""The newsroom vocabulary lists (rules/spelling/data/*.txt) as data.

Each list is UTF-8 text, one entry a line, a one-line ``#`` description at the
top, sorted by ``(casefold, entry)``, with no duplicates and no stray spaces.
news_terms.txt holds only lowercase words that pyspellchecker does not know.
"""

from __future__ import annotations

import os
import re
import unicodedata

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "rules", "spelling", "data")

# Minimum sizes: the lists are meant to be broad, and a truncated file must fail.
MINIMUM = {
    "countries.txt": 400,
    "places.txt": 800,
    "institutions.txt": 400,
    "people.txt": 600,
    "news_terms.txt": 400,
    "units.txt": 30,
}
FILES = sorted(MINIMUM)

# Name particles and brand spellings that rightly start with a lowercase letter.
LOWERCASE_STARTS = ("al-", "bin ", "de ", "el-", "von ")
LOWERCASE_NAMES = {"dpa", "easyJet", "xAI"}


def sort_key(entry: str) -> tuple[str, str]:
    return (entry.casefold(), entry)


def read_lines(name: str) -> list[str]:
    with open(os.path.join(DATA, name), encoding="utf-8", newline="") as handle:
        text = handle.read()
    assert text.endswith("\n") and not text.endswith("\n\n"), f"{name}: must end with exactly one newline"
    assert "\r" not in text, f"{name}: LF line endings only"
    assert not text.startswith("\ufeff"), f"{name}: no byte-order mark"
    return text[:-1].split("\n")


def entries_of(name: str) -> list[str]:
    lines = read_lines(name)
    header = 0
    while header < len(lines) and lines[header].startswith("#"):
        header += 1
    return lines[header:]


ENTRIES = {name: entries_of(name) for name in FILES}


@pytest.mark.parametrize("name", FILES)
def test_file_has_a_one_line_description_then_entries_only(name):
    lines = read_lines(name)
    assert lines[0].startswith("# ") and len(lines[0]) > 20, "first line describes the list"
    comments_after_header = [line for line in ENTRIES[name] if line.startswith("#")]
    assert comments_after_header == []


@pytest.mark.parametrize("name", FILES)
def test_is_broad_enough(name):
    assert len(ENTRIES[name]) >= MINIMUM[name]


@pytest.mark.parametrize("name", FILES)
def test_entries_are_clean(name):
    bad = [
        entry
        for entry in ENTRIES[name]
        if entry == ""
        or entry != entry.strip()
        or "  " in entry
        or "\t" in entry
        or unicodedata.normalize("NFC", entry) != entry
        or any(mark in entry for mark in "\u2018\u2019\u201c\u201d")
    ]
    assert bad == []


@pytest.mark.parametrize("name", FILES)
def test_is_sorted(name):
    entries = ENTRIES[name]
    assert entries == sorted(entries, key=sort_key)


@pytest.mark.parametrize("name", FILES)
def test_has_no_duplicates(name):
    entries = ENTRIES[name]
    seen: set[str] = set()
    repeated = sorted({entry for entry in entries if entry in seen or seen.add(entry)})
    assert repeated == []


WORD_FILES = ("news_terms.txt", "units.txt")


@pytest.mark.parametrize("name", [n for n in FILES if n not in WORD_FILES])
def test_proper_names_start_with_a_capital(name):
    bad = [
        entry
        for entry in ENTRIES[name]
        if not (entry[0].isupper() or entry[0].isdigit())
        and not entry.startswith(LOWERCASE_STARTS)
        and entry not in LOWERCASE_NAMES
    ]
    assert bad == []


# --- news_terms.txt -------------------------------------------------------------

NEWS_TERMS = ENTRIES["news_terms.txt"]


def test_news_terms_are_single_lowercase_words():
    assert [w for w in NEWS_TERMS if not re.fullmatch(r"[a-z]+", w)] == []


def test_units_are_lowercase_and_unknown_to_pyspellchecker():
    from spellchecker import SpellChecker

    known = SpellChecker()
    units = ENTRIES["units.txt"]
    assert all(u.isalpha() and u.islower() for u in units)
    assert [u for u in units if u in known] == []
    assert {"mph", "km", "kwh", "lbs"} <= set(units)


def test_news_terms_are_all_unknown_to_pyspellchecker():
    from spellchecker import SpellChecker

    checker = SpellChecker()
    assert [w for w in NEWS_TERMS if w in checker] == []


@pytest.mark.parametrize(
    "misspelling",
    [
        "recieve", "seperate", "occured", "definately", "accomodate", "goverment",
        "untill", "wich", "acheive", "beleive", "tommorow", "neccessary", "embarass",
        "existance", "publically", "arguement", "concensus", "independant", "millenium",
        "occurence", "persistant", "priviledge", "refered", "relevent", "succesful",
        "truely", "wierd", "ceasfire", "cyberatack", "livesteam", "cryptocurreny",
        "smartphoen", "misinfomation", "whistleblowr", "counterofensive", "parliment",
    ],
)
def test_news_terms_hold_no_common_misspelling(misspelling):
    assert misspelling not in NEWS_TERMS


@pytest.mark.parametrize(
    "word",
    [
        "livestream", "livestreamed", "livestreaming", "cyberattack", "cyberattacks",
        "deepfake", "deepfakes", "cryptocurrency", "blockchain", "smartphone", "smartphones",
        "superdelegate", "mpox", "fintech", "hashtag", "coronavirus", "lockdown",
        "whistleblower", "ransomware", "doxxing", "greenwashing", "organisation", "defence",
    ],
)
def test_news_terms_spot_checks(word):
    assert word in NEWS_TERMS


# --- spot checks in the name lists ----------------------------------------------

SPOT_CHECKS = {
    "countries.txt": [
        "Ivory Coast", "Côte d'Ivoire", "Czechia", "Czech Republic", "Ukrainian", "Ukrainians",
        "Filipino", "Emirati", "Taiwan", "Kosovo", "Gaza", "West Bank", "Hong Kong", "Crimea",
        "Donbas", "Iran", "Iraq", "Austria", "Australia", "Sudan", "South Sudan", "Holy See",
        "State of Palestine", "Türkiye", "Eswatini", "Timor-Leste", "Niger", "Nigeria",
        "Nigerien", "Gambia", "Zambia", "Iceland", "Ireland",
    ],
    "places.txt": [
        "Kharkiv", "Bakhmut", "Zaporizhzhia", "Kherson", "Donetsk", "Luhansk", "Belgorod",
        "Mariupol", "Odesa", "Avdiivka", "Kyiv", "Pokrovsk", "Calif.", "Mass.", "W.Va.",
        "Sacramento", "Quebec", "Khan Younis", "Rafah", "Strait of Hormuz", "Black Sea",
        "Dnieper", "Carpathians", "Antarctica",
    ],
    "institutions.txt": [
        "NATO", "Kremlin", "Pentagon", "Bundestag", "Knesset", "Duma", "Rada", "Hamas",
        "Hezbollah", "Interpol", "Europol", "Rosatom", "Gazprom", "Wagner", "OPEC", "Reuters",
        "Bloomberg", "Democrats", "Republicans", "GOP", "Tories", "Likud", "FBI", "CIA",
    ],
    "people.txt": [
        "Putin", "Peskov", "Lavrov", "Shoigu", "Zelenskyy", "Zelensky", "Zelenskiy", "Kuleba",
        "Yermak", "Maliar", "Hanna Maliar", "Blinken", "Biden", "Trump", "Netanyahu",
        "Erdogan", "Erdoğan", "Modi", "Xi", "Macron", "Scholz", "Sunak", "Starmer", "Guterres",
        "Stoltenberg", "Rutte",
    ],
}


@pytest.mark.parametrize(
    "name, entry",
    [(name, entry) for name, entries in SPOT_CHECKS.items() for entry in entries],
)
def test_name_list_spot_checks(name, entry):
    assert entry in ENTRIES[name]


# The 193 UN member states by their UN short names (or the form this list uses).
UN_MEMBERS = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|
Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|
Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|
Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|
Costa Rica|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czechia|Democratic Republic of the Congo|Denmark|
Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|
Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|
Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|
Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Norway|Oman|Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|
Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|
South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Tajikistan|Tanzania|Thailand|
Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|
United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|
Yemen|Zambia|Zimbabwe
"""
UN_MEMBER_NAMES = [n.strip() for n in UN_MEMBERS.replace("\n", "").split("|")]


def test_un_member_list_in_this_test_is_complete():
    assert len(UN_MEMBER_NAMES) == len(set(UN_MEMBER_NAMES)) == 193


def test_every_un_member_state_is_listed():
    listed = set(ENTRIES["countries.txt"])
    assert [n for n in UN_MEMBER_NAMES if n not in listed] == []


US_STATES = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|
Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|
Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|
North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|
South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming
"""
US_STATE_NAMES = [n.strip() for n in US_STATES.replace("\n", "").split("|")]

# AP style abbreviates every state but these eight in datelines.
AP_ABBREVIATIONS = (
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. "
    "Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. "
    "S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo."
).split()


def test_every_us_state_and_ap_abbreviation_is_listed():
    assert len(US_STATE_NAMES) == 50 and len(AP_ABBREVIATIONS) == 42
    listed = set(ENTRIES["places.txt"])
    assert [n for n in US_STATE_NAMES + AP_ABBREVIATIONS if n not in listed] == []
