"""What the TT rules share: the people of a document and the house style."""

from __future__ import annotations

from lint.analysis.house import HouseStyle, house_style, inferred_style
from lint.analysis.people import Person, find_people
from lint.analysis.peoplefile import people_file_for


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
