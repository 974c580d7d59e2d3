"""The shipped office-holders file: valid, and its terms consistent; and
people files in general: lookups, and the validation of a desk's own file."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from lint.analysis.peoplefile import load_people_file, validated_entries
from lint.engine.config import ConfigError
from lint.rules.factcheck.title_not_held import OFFICE_HOLDERS, office_holders


def test_the_file_loads_as_a_people_file_with_roles():
    entries = office_holders().entries
    assert len(entries) >= 50
    assert all(entry.roles and entry.gender in ("female", "male") for entry in entries)
    assert len({entry.name for entry in entries}) == len(entries)


def test_the_prebuilt_file_is_what_full_validation_of_its_toml_gives():
    # A run builds the shipped file from the prebuilt listing without checking
    # it: this is where it is checked.
    import tomllib

    text = open(OFFICE_HOLDERS, encoding="utf-8").read()
    assert validated_entries(tomllib.loads(text), OFFICE_HOLDERS, text) == office_holders().entries


def test_every_term_ends_after_it_starts():
    for entry in office_holders().entries:
        for role in entry.roles:
            assert role.start is not None, entry.name
            assert role.end is None or role.start < role.end, entry.name


def test_no_two_people_hold_one_office_at_once():
    terms = [(role.title, role.organisation, role.start, role.end, entry.name)
             for entry in office_holders().entries for role in entry.roles]
    for (office, organisation), group in itertools.groupby(sorted(terms, key=lambda t: (t[0], t[1], t[2])),
                                                           key=lambda t: (t[0], t[1])):
        group = list(group)
        for before, after in zip(group, group[1:]):
            assert before[3] is not None and before[3] <= after[2], (office, organisation, before[4], after[4])


def test_one_person_holds_one_office_once_at_a_time():
    for entry in office_holders().entries:
        roles = sorted(entry.roles, key=lambda r: r.start)
        for before, after in zip(roles, roles[1:]):
            if before.title == after.title and before.organisation == after.organisation:
                assert before.end is not None and before.end <= after.start, entry.name


# -- spot checks of facts: each fails if an entry is wrong or missing -----------

def _holders(title: str, organisation: str, day: str) -> list[str]:
    when = dt.date.fromisoformat(day)
    return sorted(entry.name for entry in office_holders().entries for role in entry.roles
                  if role.title == title and role.organisation == organisation
                  and role.start <= when and (role.end is None or when < role.end))


@pytest.mark.parametrize("title,organisation,day,expected", [
    ("Prime Minister", "Japan", "2000-06-01", "Yoshiro Mori"),
    ("Prime Minister", "Japan", "2010-01-01", "Yukio Hatoyama"),
    ("Prime Minister", "Japan", "2013-06-01", "Shinzo Abe"),
    ("Prime Minister", "Japan", "2025-03-01", "Shigeru Ishiba"),
    ("Secretary of Defense", "United States", "2015-06-01", "Ash Carter"),
    ("Secretary of Defense", "United States", "2014-01-01", "Chuck Hagel"),
    ("Secretary of the Treasury", "United States", "2020-06-01", "Steven Mnuchin"),
    ("Attorney General", "United States", "2016-01-01", "Loretta Lynch"),
    ("Attorney General", "United States", "1992-06-01", "William Barr"),
    ("Secretary of Homeland Security", "United States", "2018-06-01", "Kirstjen Nielsen"),
    ("Secretary of Labor", "United States", "2005-01-01", "Elaine Chao"),
    ("Secretary of Agriculture", "United States", "2022-01-01", "Tom Vilsack"),
    ("Premier", "China", "2010-01-01", "Wen Jiabao"),
    ("President", "China", "2000-01-01", "Jiang Zemin"),
    ("Prime Minister", "Turkey", "2010-01-01", "Recep Tayyip Erdoğan"),
    ("President", "Turkey", "2010-01-01", "Abdullah Gül"),
    ("King", "Saudi Arabia", "2010-01-01", "Abdullah bin Abdulaziz"),
    ("Prime Minister", "Saudi Arabia", "2020-01-01", "Salman bin Abdulaziz"),
    ("Prime Minister", "Saudi Arabia", "2023-01-01", "Mohammed bin Salman"),
    ("Crown Prince", "Saudi Arabia", "2016-01-01", "Mohammed bin Nayef"),
    ("President", "Brazil", "2008-01-01", "Luiz Inácio Lula da Silva"),
    ("President", "Brazil", "2024-01-01", "Luiz Inácio Lula da Silva"),
    ("President", "Argentina", "2010-01-01", "Cristina Fernández de Kirchner"),
    ("Prime Minister", "Australia", "2013-07-01", "Kevin Rudd"),
    ("Prime Minister", "India", "2001-01-01", "Atal Bihari Vajpayee"),
    ("Prime Minister", "Italy", "2019-01-01", "Giuseppe Conte"),
    ("President", "Mexico", "2015-01-01", "Enrique Peña Nieto"),
    ("President", "South Africa", "2009-01-01", "Kgalema Motlanthe"),
    ("President", "South Korea", "2019-01-01", "Moon Jae-in"),
    ("Prime Minister", "Russia", "2006-01-01", "Mikhail Fradkov"),
    ("Prime Minister", "France", "2019-01-01", "Édouard Philippe"),
    ("President", "European Commission", "2017-01-01", "Jean-Claude Juncker"),
    ("President", "European Council", "2020-01-01", "Charles Michel"),
    # A handover day belongs to the successor.
    ("Prime Minister", "United Kingdom", "2016-07-13", "Theresa May"),
    ("Secretary of Defense", "United States", "2011-07-01", "Leon Panetta"),
    ("Premier", "China", "2023-03-11", "Li Qiang"),
])
def test_the_file_says_who_held_an_office_on_a_day(title, organisation, day, expected):
    assert _holders(title, organisation, day) == [expected]


@pytest.mark.parametrize("title,organisation,day", [
    ("Secretary of Defense", "United States", "2019-03-01"),  # an acting secretary, not listed
    ("Attorney General", "United States", "2019-01-01"),      # likewise
    ("President", "South Korea", "2017-04-01"),               # between a removal and an election
    ("Prime Minister", "Turkey", "2019-01-01"),               # office abolished in 2018
])
def test_no_one_is_listed_while_an_office_was_vacant_or_held_in_an_acting_capacity(title, organisation, day):
    assert _holders(title, organisation, day) == []


def test_heads_of_government_are_continuous_where_no_one_acted_in_between():
    offices = [("President", "United States"), ("Prime Minister", "United Kingdom"), ("Prime Minister", "Japan"),
               ("Prime Minister", "Australia"), ("Prime Minister", "India"), ("Prime Minister", "Italy"),
               ("Prime Minister", "France"), ("Chancellor", "Germany"), ("President", "Brazil"),
               ("President", "Mexico"), ("President", "Indonesia"), ("Premier", "China"),
               ("President", "China"), ("King", "Saudi Arabia")]
    for year in range(2000, 2027):
        for title, organisation in offices:
            assert len(_holders(title, organisation, f"{year}-07-01")) == 1, (title, organisation, year)


def test_names_written_many_ways_find_their_entry():
    holders = office_holders()
    assert holders.find("da Silva", "Luiz").name == "Luiz Inácio Lula da Silva"
    assert holders.find("Lula", None).name == "Luiz Inácio Lula da Silva"
    assert holders.find("Erdogan", "Recep").name == "Recep Tayyip Erdoğan"
    assert holders.find("Xi", None).name == "Xi Jinping"
    assert holders.find("Salman", None).name == "Salman bin Abdulaziz"
    assert holders.find("bin Salman", "Mohammed").name == "Mohammed bin Salman"
    assert holders.find("Kirchner", "Cristina").name == "Cristina Fernández de Kirchner"
    assert holders.find("Kirchner", None) is None  # two Kirchners: the file cannot tell which


def _fc001(engine, body: str) -> list[str]:
    text = "- The Harbor Courier - Monday, June 1, 2015\n\n" + body
    return [d.message for d in engine.lint_text("article.txt", text).diagnostics if d.code == "FC001"]


def test_titles_news_copy_uses_are_checked_against_the_file(engine):
    body = ("Premier Wen Jiabao toured the new terminal, officials said.\n\n"
            "Premier Li Keqiang opened the terminal on Friday.\n\n"
            "Crown Prince Mohammed bin Salman sent a message of support.\n\n"
            "King Salman bin Abdulaziz sent a message of support.\n\n"
            "Prime Minister Recep Tayyip Erdogan sent a message of support.\n")
    assert _fc001(engine, body) == [
        "Wen Jiabao was not Premier on June 1, 2015 (held it 2003-03-16 to 2013-03-15).",
        "Mohammed bin Salman was not Crown Prince on June 1, 2015 (held it 2017-06-21 to now).",
        "Recep Tayyip Erdoğan was not Prime Minister on June 1, 2015 (held it 2003-03-14 to 2014-08-28),"
        " and on that date was President (Turkey).",
    ]


def test_a_namesake_with_another_given_name_and_title_is_left_alone(engine):
    # The file holds no Paul Martin or Alberto Fernández: a lookup by surname
    # alone would pin these leaders' titles on them.
    body = ("Prime Minister Micheál Martin visited the port on Friday.\n\n"
            "President Leonel Fernández visited the port on Friday.\n")
    assert _fc001(engine, body) == []


def test_a_namesake_with_another_given_name_is_not_the_office_holder():
    holders = office_holders()
    assert holders.find("Lynch", "Loretta").name == "Loretta Lynch"
    assert holders.find("Lynch", "Patrick") is None  # Rhode Island's attorney general, not the file's
    assert holders.find("Lynch", None).name == "Loretta Lynch"


# -- a desk's own people file ------------------------------------------------------

def _people_file(tmp_path, body: str):
    path = tmp_path / "people.toml"
    path.write_text(body, encoding="utf-8")
    return load_people_file(str(path))


def test_lookups_by_surname_alias_and_given_name(tmp_path):
    people = _people_file(tmp_path, """
[[person]]
name = "Ana Silva"
aliases = ["Ana Maria Silva", "Annie Costa"]

[[person]]
name = "Tomas Brennan"

[[person]]
name = "Rosa Brennan"
aliases = ["Rosie Brennan"]
""")
    assert people.find("Silva", None).name == "Ana Silva"  # its surname and an alias's: still one entry
    assert people.find("Costa", None).name == "Ana Silva"  # an alias's surname
    assert people.find("Costa", "Annie").name == "Ana Silva"  # an alias's given name
    assert people.find("Costa", "Paula") is None
    assert people.find("Brennan", None) is None  # two Brennans
    assert people.find("Brennan", "Rosie").name == "Rosa Brennan"
    assert people.find("Brennan", "Tomas").name == "Tomas Brennan"
    assert people.find("Okafor", None) is None


@pytest.mark.parametrize("body,line,message", [
    ('[settings]\nx = 1\n', 1, "unknown key 'settings' (people files hold [[person]] tables)"),
    ('[[person]]\nname = "Ana Silva"\nnickname = "Ani"\n', 3, "unknown person key 'nickname'"),
    ('[[person]]\ngender = "female"\n', 1, "every [[person]] needs a name"),
    ('[[person]]\nname = "Ana Silva"\nhonorific = "Sir"\n', 2,
     "Ana Silva: honorific must be one of Mr., Ms., Mrs., Miss, Mx., Dr., none"),
    ('[[person]]\nname = "Ana Silva"\naliases = "Ana"\n', 2, "Ana Silva: aliases must be a list of names"),
    ('[[person]]\nname = "Ana Silva"\nroles = [{ organisation = "Port" }]\n', 2,
     "Ana Silva: each role needs a title and may have organisation, from, until"),
    ('[[person]]\nname = "Ana Silva"\nroles = [{ title = "Mayor", from = "2019" }]\n', 2,
     "Ana Silva: role dates must be TOML dates (YYYY-MM-DD)"),
    ('[[person]]\nname = "Ana Silva"\nroles = [{ title = "Mayor", from = 2020-01-01, until = 2019-01-01 }]\n', 2,
     "Ana Silva: a role ends before it starts"),
    ('[[person]]\nname = "Ana Silva"\n\n[[person]]\nname = "Tomas Brennan"\ngender = "x"\n', 5,
     "Tomas Brennan: gender must be one of female, male, nonbinary"),
])
def test_a_desks_own_file_is_validated_on_load(tmp_path, body, line, message):
    with pytest.raises(ConfigError) as caught:
        _people_file(tmp_path, body)
    assert (caught.value.line, caught.value.detail) == (line, message)
