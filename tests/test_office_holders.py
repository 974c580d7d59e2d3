"""The shipped office-holders file: valid, and its terms consistent."""

from __future__ import annotations

import itertools

from lint.rules.factcheck.title_not_held import office_holders


def test_the_file_loads_as_a_people_file_with_roles():
    entries = office_holders().entries
    assert len(entries) >= 50
    assert all(entry.roles and entry.gender in ("female", "male") for entry in entries)
    assert len({entry.name for entry in entries}) == len(entries)


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
