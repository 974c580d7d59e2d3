"""A later reference that fits two people who share a surname.

## What it does
When two people in the story share a surname (spouses, siblings, a father
and son), reports each later reference that does not tell them apart: the
bare surname, or an honorific they share ("Mr. Kim" for two men). A
relative named once, in passing, by their tie to someone ("the youngest
of three children of Victor Quill, a retired bus driver", "Peter Voss's
mother"), in a sentence after the story's subject was introduced, who is
never quoted or named again, does not make the subject's surname
ambiguous: the writer means the subject. Nor does a namesake the story
has left behind: when the one named last was named again at least three
paragraphs after every other was last mentioned (a resident quoted near
the top, the minister of that surname paragraphs later), the later
"Kim" is the minister. Two given names one letter apart ("Brian Holt",
"Bryan Holt") may be one person spelt two ways; the message says so.

## Why is this bad?
The reader cannot tell who spoke. AP uses the full name again; courtesy
styles can use "Ms. Ruiz" and "Mr. Ruiz" when the two differ in gender.

## Example
```
Ana Ruiz and her brother, Marco Ruiz, opened the bakery in 2019. Ruiz said the rent had doubled.
```

## Use instead
```
Ana Ruiz and her brother, Marco Ruiz, opened the bakery in 2019. Ana Ruiz said the rent had doubled.
```

## Fix safety
No fix: only the writer knows which of them is meant.
"""

from __future__ import annotations

from lint.analysis.names import one_edit_apart
from lint.engine.registry import rule
from lint.rules.titles.common import people


@rule(code="TT007", name="ambiguous-shared-surname", severity="warning",
      summary="A later reference that fits two people with the same surname")
def check(doc, ctx):
    for mention, candidates in people(doc, ctx).ambiguous:
        if mention.in_quote:
            continue
        names = " or ".join(p.label for p in candidates)
        if _spelt_two_ways(candidates):
            advice = "if they are one person, the given name is spelt two ways."
        else:
            advice = "use the full name or a reference that tells them apart."
        yield ctx.report(mention.span, f"\"{doc.slice(mention.span)}\" could be {names}; {advice}")


def _spelt_two_ways(candidates) -> bool:
    """"Brian Holt" and "Bryan Holt": given names one letter apart."""
    given = [p.given for p in candidates]
    return len(given) == 2 and all(given) and one_edit_apart(*given)
