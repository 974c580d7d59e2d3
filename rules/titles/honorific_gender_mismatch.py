"""A courtesy title that contradicts what the story says about the person.

## What it does
Compares each "Mr." / "Ms." / "Mrs." / "Miss" with the other evidence of
the person's gender: pronouns that refer back to them ("she said"), the
people file, and the given name. Reports the honorific when the evidence
disagrees with it.

## Why is this bad?
"Mr. Maliar … she said" is an error readers notice at once, and one that
embarrasses the person named.

## Example
```
Deputy Defense Minister Hanna Maliar spoke on Sunday. Mr. Maliar said she expected more fighting.
```

## Use instead
```
Deputy Defense Minister Hanna Maliar spoke on Sunday. Ms. Maliar said she expected more fighting.
```

## Severity
An error when pronouns referring to the person disagree with the
honorific; a warning when only the people file or the given name does.
Nothing is reported when the gender is unknown.

## Fix safety
Unsafe: the fix swaps the honorific for the one the evidence supports. When
the kinds of evidence disagree with each other (the pronouns with the
given name), there is no fix: the report stands, and the desk decides.
"""

from __future__ import annotations

from lint.analysis.titles import HONORIFIC_GENDER
from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix, Severity, Span
from lint.rules.titles.common import people

_FOR_GENDER = {"female": "Ms.", "male": "Mr."}


def conflict(person, mention) -> tuple[str, str] | None:
    """(gender the evidence supports, the evidence) when it contradicts the honorific."""
    said = HONORIFIC_GENDER.get(mention.honorific or "")
    if said is None or mention.in_quote:
        return None
    for source in ("pronoun", "people file", "given name"):
        gender = person.gender_from(source)
        if gender and gender != said:
            detail = next(d for s, g, d in person.evidence if s == source and g == gender)
            return gender, source if source != "pronoun" else f"pronoun \"{detail.split()[0]}\""
    return None


@rule(code="TT004", name="honorific-gender-mismatch", severity="error", fix="sometimes",
      summary="Mr./Ms. that contradicts pronouns, the people file or the given name")
def check(doc, ctx):
    for person in people(doc, ctx).persons:
        for mention in person.mentions:
            found = conflict(person, mention)
            if found is None:
                continue
            gender, source = found
            # Only evidence that agrees on one gender earns a fix: when the pronouns
            # say one thing and the given name another, swapping the honorific
            # would only trade one contradiction for the other.
            agreed = person.gender_from("pronoun", "people file", "given name") == gender
            better = _FOR_GENDER.get(gender) if agreed else None
            fix = None
            if better:
                honorific_span = Span(mention.span.start, mention.span.start + len(mention.honorific))
                fix = Fix((Edit(honorific_span, better),), Applicability.UNSAFE, f"Write \"{better}\"")
            diagnostic = ctx.report(mention.span, f"\"{mention.honorific} {person.surname}\" contradicts the "
                                    f"{source} for {person.label}, which indicates {gender}.", fix=fix)
            if not source.startswith("pronoun") and diagnostic.severity > Severity.WARNING:
                diagnostic = diagnostic._replace(severity=Severity.WARNING)
            yield diagnostic
