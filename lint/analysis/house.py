"""Which house style the copy is written in: AP, courtesy (NYT-like) or British.

Rules that belong to one style book must not fire on copy edited to
another: AP's "drop *on* before a weekday", "last Tuesday" and its date and
time forms are right for an AP desk and noise for a British or a
courtesy-title desk. The ``house`` setting names the desk's style; with
``auto`` (the default) the copy says which:

- ``british``: British or Commonwealth spelling, courtesy titles without a
  full point ("Mr Patel"), day-month dates, "per cent" (see ``lint.analysis.british``);
- ``courtesy``: American copy whose later references mostly carry Mr./Ms.
  (the New York Times and papers that follow it);
- ``ap``: the rest — American copy with bare surnames, or too little to
  tell, where AP is the common American default.

``copydesk inspect`` shows the house and whether it was detected or set.
The module also reads the title-style presets (``house_style``), infers the
later-reference style an article uses (``inferred_style``), and gives the
guards that keep one style book's rules off another's copy (``ap_only``,
``american_only``).
"""

from __future__ import annotations

import functools
import os

from lint.article.document import Document
from lint.support.records import record

HOUSES = ("auto", "ap", "courtesy", "british")
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
    from lint.support.ruledata import load_toml, rules_root

    name = STYLE_ALIASES.get(name, name)
    path = os.path.join(rules_root(), "titles", "styles", f"{name}.toml")
    data = load_toml(path)
    unknown = set(data) - _STYLE_KEYS
    if unknown or data.get("later-reference") not in ("courtesy", "bare"):
        raise ValueError(f"{path}: bad style preset (unknown keys {sorted(unknown)})")
    return HouseStyle(data["name"], data["description"], data["later-reference"])


def inferred_style(doc, found) -> HouseStyle | None:
    """Courtesy style when at least half the later references carry an
    honorific, AP style when most are bare surnames."""
    from lint.analysis.people import BARE, HONORIFIC

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


def detected_house(doc: Document) -> str:
    """The house the copy reads as (computed once per document)."""
    from lint.analysis.british import british_copy
    from lint.analysis.people import find_people

    if doc.analysis(british_copy):
        return "british"
    style = doc.analysis(inferred_style, doc, doc.analysis(find_people, doc, None))
    if style is not None and style.later_reference == "courtesy":
        return "courtesy"
    return "ap"


def house(doc: Document, config) -> str:
    """The configured house, or the detected one under ``auto``."""
    configured = config.get("house", "auto") if config is not None else "auto"
    return configured if configured != "auto" else doc.analysis(detected_house)


def ap_only(check):
    """Run an AP house-style check only on AP copy (see the module
    docstring). The house is judged only once the check has something to
    say, and once per document."""
    @functools.wraps(check)
    def guarded(doc, ctx):
        findings = iter(check(doc, ctx) or ())
        for first in findings:
            if house(doc, ctx.config) != "ap":
                return
            yield first
            yield from findings
            return

    return guarded


def american_only(check):
    """Silence an American house-style check on British or Commonwealth
    copy ("7am", "14 March", "the Prime Minister said" are that style's
    own). The style is judged only once the check has something to say, and
    once per document."""
    @functools.wraps(check)
    def guarded(doc, ctx):
        findings = iter(check(doc, ctx) or ())
        for first in findings:
            if house(doc, ctx.config) == "british":
                return
            yield first
            yield from findings
            return

    return guarded
