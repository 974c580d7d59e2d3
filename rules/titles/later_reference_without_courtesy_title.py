"""A later reference by bare surname where the house style wants a courtesy title.

## What it does
In courtesy-title style, checks that every reference to a person after
their full-name introduction carries an honorific ("Mr. Peskov", "Ms.
Maliar") or a formal title ("President Putin"), and reports a bare surname
("Peskov said"). The style is `style = "courtesy"`, or — with the default
`style = "auto"` — inferred from the article: courtesy when most of its
later references carry an honorific.

## Why is this bad?
Courtesy-title papers (The Washington Times, The New York Times) use "Mr."
or "Ms." on every later reference; a bare surname reads as a slip, and an
inconsistent story looks careless.

## Example
```
<!-- options: {"style": "courtesy"} -->
Port Director Renata Okafor said the channel would be dredged. Okafor said the work would start in the fall.
```

## Use instead
```
<!-- options: {"style": "courtesy"} -->
Port Director Renata Okafor said the channel would be dredged. Ms. Okafor said the work would start in the fall.
```

## Exceptions
Mentions inside direct quotations; a formal title before the surname;
people the people file marks with `honorific = "none"` or an exempt
category (option `exempt-categories`, default `["historical"]`); stories
whose front matter `section` is in `exempt-sections` (default `["sports"]`);
a surname shared by two people (TT007 reports that instead).

## Fix safety
Unsafe, and offered only when the person's gender is known (from an
honorific used elsewhere, the people file, pronouns or the given name):
the honorific is inserted before the surname.
"""

from __future__ import annotations

from lint.analysis.people import BARE
from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix, Span
from lint.rules.titles.common import exempt, honorific_for, lines_of, people, style


@rule(code="TT001", name="later-reference-without-courtesy-title", severity="warning", fix="sometimes",
      summary="A bare surname on a later reference where the house style wants Mr./Ms.",
      options={"exempt-categories": ["historical"], "exempt-sections": ["sports"]})
def check(doc, ctx):
    chosen = style(doc, ctx)
    if chosen is None or chosen.later_reference != "courtesy":
        return
    found = people(doc, ctx).persons
    written = [m.honorific for p in found for m in p.mentions if m.honorific and not m.in_quote]
    no_point = sum(1 for h in written if not h.endswith(".")) > len(written) / 2  # "Mr Mugabe": British
    for person in found:
        intro = person.introduction
        if intro is None or exempt(person, ctx, doc):
            continue
        honorific = honorific_for(person)
        if honorific and no_point:
            honorific = honorific.rstrip(".")
        titled = [m for m in person.mentions if m.honorific and not m.in_quote]
        for mention in person.mentions:
            if mention.kind != BARE or mention.in_quote or mention.span.start < intro.span.end:
                continue
            if _in_heading(doc, mention.span.start):
                continue  # "Five things we learned from Obama interview": headings drop titles
            if honorific:
                where = f" (as on {lines_of(doc, titled)})" if titled else ""
                message = (f"Later reference to {person.label} should be \"{honorific} {person.surname}\" "
                           f"in courtesy style{where}.")
                fix = Fix((Edit(Span(mention.span.start, mention.span.start), honorific + " "),),
                          Applicability.UNSAFE, f"Write \"{honorific} {person.surname}\"")
            else:
                message = (f"Later reference to {person.label} needs a courtesy title in courtesy style; "
                           f"the person's gender is not known, so choose Mr., Ms. or Mx.")
                fix = None
            yield ctx.report(mention.span, message, fix=fix)


def _in_heading(doc, offset: int) -> bool:
    """In a line that does not end as a sentence does: a subhead or a
    headline inside the copy."""
    end = doc.text.find("\n", offset)
    line = doc.text[doc.text.rfind("\n", 0, offset) + 1:end if end != -1 else len(doc.text)].rstrip()
    return not line.endswith(tuple(".!?:;,\"”’')"))
