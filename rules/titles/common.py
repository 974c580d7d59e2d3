"""What the TT rules share: the people of a document and the house style."""

from __future__ import annotations

import functools
import os
from typing import NamedTuple

from lint.people import Person, find_people
from lint.peoplefile import people_file_for

STYLE_DIR = os.path.join(os.path.dirname(__file__), "styles")
STYLE_ALIASES = {"bare": "ap"}
_STYLE_KEYS = {"name", "description", "later-reference"}


class HouseStyle(NamedTuple):
    name: str
    description: str
    later_reference: str  # "courtesy" or "bare"


@functools.cache
def house_style(name: str) -> HouseStyle:
    """The preset ``rules/titles/styles/<name>.toml`` ("bare" is "ap")."""
    name = STYLE_ALIASES.get(name, name)
    path = os.path.join(STYLE_DIR, f"{name}.toml")
    from lint.ruledata import load_toml

    data = load_toml(path)
    unknown = set(data) - _STYLE_KEYS
    if unknown or data.get("later-reference") not in ("courtesy", "bare"):
        raise ValueError(f"{path}: bad style preset (unknown keys {sorted(unknown)})")
    return HouseStyle(data["name"], data["description"], data["later-reference"])


def people(doc, ctx):
    """The document's people, with the run's people file applied."""
    return doc.analysis(find_people, doc, people_file_for(ctx.config))


def style(ctx) -> HouseStyle:
    return house_style(ctx.config.style)


def honorific_for(person: Person) -> str | None:
    """The honorific a later reference should carry, when it can be known."""
    if person.entry is not None and person.entry.honorific:
        return None if person.entry.honorific == "none" else person.entry.honorific
    used = {m.honorific for m in person.mentions if m.honorific and not m.in_quote}
    if len(used) == 1:
        return used.pop()
    gender = person.gender  # honorifics disagree (TT004/TT005 say so): go by the evidence
    return {"male": "Mr.", "female": "Ms."}.get(gender or "")


def exempt(person: Person, ctx, doc) -> bool:
    """People the desk does not give courtesy titles (people file, sections)."""
    entry = person.entry
    if entry is not None and (entry.honorific == "none" or entry.category in ctx.options.get(
            "exempt-categories", ())):
        return True
    section = doc.meta.get("section", "").lower()
    return bool(section) and section in [s.lower() for s in ctx.options.get("exempt-sections", ())]


def lines_of(doc, mentions) -> str:
    lines = sorted({doc.line_col(m.span.start)[0] for m in mentions})
    shown = ", ".join(str(n) for n in lines[:3])
    return f"line{'s' if len(lines) > 1 else ''} {shown}{'…' if len(lines) > 3 else ''}"
