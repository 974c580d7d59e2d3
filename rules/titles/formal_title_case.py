"""A formal title in the wrong case for where it stands.

## What it does
Formal titles (president, vice president, prime minister, senator,
governor, mayor, secretary of state, chancellor, …) are capitalised
directly before a name and lowercase elsewhere (AP, and the courtesy-title
papers since the 1990s). Reports "the Governor said" and "Russian
president Vladimir Putin".

## Why is this bad?
A capitalised title standing alone reads as promotional; a lowercase title
before a name looks like a typo. Both are among the first things a copy
desk fixes.

## Example
```
The Governor vetoed the bill on Friday after a long session.
```

## Use instead
```
The governor vetoed the bill on Friday after a long session.
```

## Exceptions
British and Commonwealth copy, where "the Prime Minister said" is many
papers' house style; quotations; a title at the start of a sentence; bodies and places are not
titles ("the Senate"), nor is a title inside a proper name ("the King's
Fund", "the President's Cup"), a state's office by its proper name ("the
New York State Attorney General") or a card in a list ("King, Queen,
Knight"). A title lowercase before a name is reported only in a story
that capitalises another one there: a house that lowercases them all
("Montana senator Jon Tester") does so by choice; and a title joined to
another ("COO and president Mia Roe") is a job description. Only
governmental and ranked titles are checked, not job descriptions such as
"spokesman" or "company president".

## Fix safety
Safe: the fix changes only the case of the title's letters.
"""

from __future__ import annotations

from lint.analysis.house import american_only
from lint.analysis.titles import CASE_CHECKED_TITLES, NON_PERSON_WORDS
from lint.engine.registry import rule
from lint.model import Edit, Fix
from lint.rules.titles.scan import title_uses
from lint.support.patterns import LazyPattern

# Words before a lowercase title that make it a job description, not a
# formal title ("company president Jane Doe", "club president").
_OCCUPATIONAL_LEAD = NON_PERSON_WORDS | frozenset("""
company club board firm team student shipyard chapter class network startup bank union league
association hospital church school college university society fund corporation museum district
alumni business store restaurant factory plant farm lab laboratory foundation group
""".split())


# A title word after a given name or an initial ends a name: "Martin Luther
# King", "Carole King", "B.B. King" are people, not kings.
_INITIALS = LazyPattern(r"^(?:[A-Z]\.){1,3}$")


def _ends_a_name(use) -> bool:
    from lint.analysis.names import is_known_given_name

    previous = use.previous
    return previous[:1].isupper() and (bool(_INITIALS.match(previous)) or is_known_given_name(previous))


def _office_name(text: str, use) -> bool:
    """"the New York State Attorney General", "the Ohio Attorney General's
    office": a state's office by its proper name, capitalised."""
    from lint.rules.style.states import STATES

    before = text[max(0, use.span.start - 30):use.span.start].rstrip()
    return before.endswith(" State") or any(before.endswith(name) for name in STATES)


def _in_a_list(text: str, use) -> bool:
    """"(King, Queen, Knight, and Jack)": one of a list of capitalised
    names, a playing card or a chess piece, not an office."""
    before = text[max(0, use.span.start - 20):use.span.start].rstrip()
    after = text[use.span.end:use.span.end + 20].lstrip(",").split()[:2]
    after = [w for w in after if w != "and"][:1]
    return (before.endswith(",") and before[:-1].split()[-1:][0][:1].isupper() if before[:-1].split() else False) \
        or (text[use.span.end:use.span.end + 1] == "," and bool(after) and after[0][:1].isupper())


@rule(code="TT008", name="formal-title-case", severity="warning", fix="always",
      summary="A formal title capitalised when standing alone, or lowercase before a name")
@american_only
def check(doc, ctx):
    every = doc.analysis(title_uses)
    uses = [use for use in every if use.words.lower() in CASE_CHECKED_TITLES]
    # A story that never capitalises a title before a name ("Gov. Roe",
    # "Majority Leader Roe") lowercases them all by its house's choice
    # ("Montana senator Jon Tester"): only a story that does both is
    # inconsistent.
    capitalises = any(use.before_name and all(w[:1].isupper() for w in use.words.split() if w != "of") and (
        not use.sentence_start or use.words.endswith(".") or " " in use.words) for use in every)
    for use in uses:
        if (use.words[0].isupper() and not use.before_name and not use.sentence_start and not use.next_capitalised
                and not _ends_a_name(use) and not _office_name(doc.text, use) and not _in_a_list(doc.text, use)):
            fix = Fix((Edit(use.span, use.words.lower()),), title=f"Write \"{use.words.lower()}\"")
            yield ctx.report(use.span, f"\"{use.words}\" is lowercase when it does not stand directly "
                             f"before a name.", fix=fix)
        elif use.words[0].islower() and use.before_name and capitalises and not (
                use.previous.lower() in _OCCUPATIONAL_LEAD or use.previous.endswith(("’s", "'s"))
                or use.previous.lower() in ("and", "&")):
            title = " ".join(w[:1].upper() + w[1:] for w in use.words.split(" "))
            title = title.replace(" Of ", " of ")
            fix = Fix((Edit(use.span, title),), title=f"Write \"{title}\"")
            yield ctx.report(use.span, f"\"{use.words}\" is capitalised directly before a name: "
                             f"\"{title}\".", fix=fix)
