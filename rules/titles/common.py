"""What the TT rules share: the people of a document and the house style."""

from __future__ import annotations

import functools
import os

from lint.people import Person, find_people
from lint.peoplefile import people_file_for
from lint.records import record

STYLE_DIR = os.path.join(os.path.dirname(__file__), "styles")
STYLE_ALIASES = {"bare": "ap"}
_STYLE_KEYS = {"name", "description", "later-reference"}


@record
class HouseStyle:
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


def style(doc, ctx) -> HouseStyle | None:
    """The house style to enforce: the configured preset, or with ``auto``
    (the default) the form the article itself uses for most later references.
    None when ``auto`` finds no majority: there is nothing to enforce."""
    if ctx.config.style != "auto":
        return house_style(ctx.config.style)
    return doc.analysis(inferred_style, doc, people(doc, ctx))


def inferred_style(doc, found) -> HouseStyle | None:
    """Courtesy style when at least half the later references carry an
    honorific, AP style when most are bare surnames."""
    from lint.people import BARE, HONORIFIC

    honorific = bare = 0
    for person in found.persons:
        intro = person.introduction
        if intro is None or (person.entry is not None and person.entry.honorific == "none"):
            continue
        for mention in person.mentions:
            if mention.in_quote or mention.span.start < intro.span.end:
                continue
            if mention.kind == HONORIFIC and mention.honorific != "Dr.":
                honorific += 1
            elif mention.kind == BARE:
                bare += 1
    if honorific and honorific >= bare:
        # On a tie the courtesy title is the deliberate form: a writer adds
        # "Ms." on purpose and drops it by slip ("Ms. Roe" … "Roe’s plan").
        return house_style("courtesy")
    if bare > honorific:
        return house_style("ap")
    return None


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
