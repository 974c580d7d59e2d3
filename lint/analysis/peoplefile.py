"""The newsroom's people file: who is who, pinned by the desk.

A TOML file (path in the ``people`` config key) with one ``[[person]]``
table per person::

    [[person]]
    name = "Renata Okafor"          # canonical full name (required)
    gender = "female"               # female | male | nonbinary
    honorific = "Dr."               # Mr. | Ms. | Mrs. | Miss | Mx. | Dr. | none
    category = "historical"         # athlete, artist, historical, convicted, minor, royalty, clergy, military
    aliases = ["Renata K. Okafor"]
    roles = [{ title = "Port Director", organisation = "Harbor City port", from = 2019-03-01 }]

Unknown keys and bad values are errors that name the file and line.
"""

from __future__ import annotations

import datetime as dt
import functools
import os

from lint.support.datafiles import ConfigError, line_of, read_config_bytes
from lint.support.records import record

GENDERS = ("female", "male", "nonbinary")
HONORIFIC_CHOICES = ("Mr.", "Ms.", "Mrs.", "Miss", "Mx.", "Dr.", "none")
CATEGORIES = ("athlete", "artist", "historical", "convicted", "minor", "royalty", "clergy", "military")
_PERSON_KEYS = {"name", "gender", "honorific", "category", "aliases", "roles"}
_ROLE_KEYS = {"title", "organisation", "organization", "from", "until"}


@record
class Role:
    title: str
    organisation: str | None
    start: dt.date | None
    end: dt.date | None


@record
class PersonEntry:
    name: str
    surname: str
    given: str | None
    gender: str | None
    honorific: str | None  # None: not pinned; "none": no honorific at all
    category: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]


@record
class _PeopleFileFields:
    path: str
    entries: tuple[PersonEntry, ...]


class PeopleFile(_PeopleFileFields):
    """A loaded people file. Not slotted: an instance keeps its own lookup index."""

    def find(self, surname: str, given: str | None) -> PersonEntry | None:
        """The entry for a name: by surname and given name, or by surname alone
        when only one entry has it and the copy gives no other given name
        ("Prime Minister Micheál Martin" is not the file's Paul Martin)."""
        matches = self._by_surname.get(surname, ())
        if given:
            exact = [e for e in matches if e.given == given or any(a.split()[0] == given for a in e.aliases)]
            return exact[0] if exact else None
        return matches[0] if len(matches) == 1 else None

    def __hash__(self) -> int:
        # Equal files have equal paths. The file is part of an analysis cache key
        # looked up many times per article: the path hashes at once, every entry slowly.
        return hash(self.path)

    @functools.cached_property
    def _by_surname(self) -> dict[str, list[PersonEntry]]:
        """Entries by surname and by each alias's last word, in file order
        (built on the first lookup, instead of a scan of the file on every one)."""
        index: dict[str, list[PersonEntry]] = {}
        for entry in self.entries:
            alias_words = [alias.split() for alias in entry.aliases]
            keys = [entry.surname] + [words[-1] for words in alias_words if words]  # a blank alias names no one
            for key in dict.fromkeys(keys):  # an entry once per key, however many names give it
                index.setdefault(key, []).append(entry)
        return index


@functools.lru_cache(maxsize=16)
def load_people_file(path: str) -> PeopleFile:
    """Read a people file, validating a desk's own in full (cached per path and run)."""
    from lint.support.ruledata import cached

    raw = read_config_bytes(path, "people file")
    try:
        text = raw.decode("utf-8-sig")
        prebuilt = cached(path, raw)  # the shipped office holders: prebuilt, no TOML parsing
        if prebuilt is None:
            import tomllib

            data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise ConfigError(path, f"people file is not valid UTF-8 (byte offset {exc.start})") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError
        raise ConfigError(path, f"invalid TOML in people file: {exc}") from None
    if prebuilt is not None:
        # A shipped file, validated by the test suite: a run only builds its entries.
        return PeopleFile(path, tuple(_build_entry(table) for table in prebuilt.get("person", [])))
    return PeopleFile(path, validated_entries(data, path, text))


def validated_entries(data: dict, path: str, text: str) -> tuple[PersonEntry, ...]:
    """The entries of a parsed people file; a ConfigError naming the file and
    line for the first thing wrong in it."""
    unknown = set(data) - {"person"}
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(path, f"unknown key {key!r} (people files hold [[person]] tables)", line_of(text, key))
    entries = []
    for table in data.get("person", []):
        _check_entry(table, path, text)
        entries.append(_build_entry(table))
    return tuple(entries)


def _check_entry(table: dict, path: str, text: str) -> None:
    def fail(message: str, token: str) -> ConfigError:
        return ConfigError(path, message, line_of(text, token))

    unknown = set(table) - _PERSON_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise fail(f"unknown person key {key!r}", key)
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("every [[person]] needs a name", "person")
    for key, choices in (("gender", GENDERS), ("honorific", HONORIFIC_CHOICES), ("category", CATEGORIES)):
        value = table.get(key)
        if value is not None and value not in choices:
            raise fail(f"{name}: {key} must be one of {', '.join(choices)}", name)
    aliases = table.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise fail(f"{name}: aliases must be a list of names", name)
    for role in table.get("roles", []):
        if not isinstance(role, dict) or set(role) - _ROLE_KEYS or "title" not in role:
            raise fail(f"{name}: each role needs a title and may have organisation, from, until", name)
        start, end = role.get("from"), role.get("until")
        for value in (start, end):
            if value is not None and not isinstance(value, dt.date):
                raise fail(f"{name}: role dates must be TOML dates (YYYY-MM-DD)", name)
        if start and end and end < start:
            raise fail(f"{name}: a role ends before it starts", name)


def _build_entry(table: dict) -> PersonEntry:
    """The entry of a valid ``[[person]]`` table."""
    from lint.analysis.people import split_name

    name = table["name"]
    roles = tuple(Role(role["title"], role.get("organisation") or role.get("organization"), role.get("from"),
                       role.get("until")) for role in table.get("roles", []))
    given, surname = split_name(name.split())
    return PersonEntry(name, surname, given, table.get("gender"),
                       table.get("honorific"), table.get("category"), tuple(table.get("aliases", [])), roles)


def people_file_for(settings) -> PeopleFile | None:
    """The people file the settings name, resolved against the config's folder."""
    path = settings.get("people")
    if not path:
        return None
    if not os.path.isabs(path):
        path = os.path.join(settings.root, path)
    return load_people_file(os.path.normpath(path))
