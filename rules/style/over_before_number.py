""""Over" before a number, where the desk writes "more than".

## What it does
Off unless the desk asks for it: AP has accepted both "over" and "more
than" with numbers since 2014, and so does this rule by default
(`over = "allow"`). With `[rules.ST004] over = "more-than"` it reports
"over" directly before a figure or a number word ("over 100 people",
"over $5 million", "Over two dozen") and offers "more than".

## Why is this bad?
Many desks keep the older rule: "over" is spatial ("over the bridge"),
"more than" is a quantity. Mixing them in one paper reads as careless.

## Example
```
<!-- options: {"rules": {"ST004": {"over": "more-than"}}} -->
The council has received over 300 letters about the new parking rules.
```

## Use instead
```
<!-- options: {"rules": {"ST004": {"over": "more-than"}}} -->
The council has received more than 300 letters about the new parking rules.
```

## Exceptions
"Over" that is not about quantity: spatial verbs ("the jet flew over 3
towns"), "because of" after a dispute or an arrest ("a fight over $2
million", "arrested over 2 deaths"), periods of time ("over 10 years",
"over three days"), an age standing alone ("people over 65"), and
"well over", "just over", "slightly over" (rewrite by hand). Quotations
are never edited. Part of the AP pack: off when `style-packs` leaves out
`ap`, and silent on copy in British or Commonwealth style.

## Options
`over`: `"allow"` (default; nothing is reported) or `"more-than"`.

## Fix safety
Unsafe: "over" can still carry another sense the rule cannot see, so the
fix is applied only with `--unsafe-fixes`.
"""

from __future__ import annotations

from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix, Span
from lint.rules.style.numbers import FUNCTION_WORDS, NUMBER_WORDS
from lint.rules.style.packs import option_error
from lint.rules.style.scan import ap_rules_apply, matches_in_copy, previous_word
from lint.support.patterns import LazyPattern

CHOICES = ("allow", "more-than")
_NUMBER_WORD = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("zero", "one")), key=len, reverse=True))
_OVER = LazyPattern(
    r"(?P<over>[Oo](?<![\w][Oo])ver)[ \u00a0]+(?P<amount>[$€£]?\d[\d,.]*%?|(?:" + _NUMBER_WORD + r")(?:-\w+)?"
    r"|a[ \u00a0]+(?:dozen|hundred|thousand|million|billion))(?P<after>[ \u00a0]+[^\s]+|[^\w\s-]?)",
    needles=("over",),
)
_HEDGES = frozenset("well just slightly far way little somewhat barely only all".split())
# Before "over", these make it spatial, or mean "because of" / "in control of".
_OTHER_SENSES = frozenset("""
jump jumped jumps jumping leap leaped leapt leaps vault vaulted hop hopped step stepped steps fly flew flies
flying flown climb climbed climbs hover hovered hovers hovering tower towered towers towering loom loomed
looms looming lean leaned leaning spill spilled spills spilling pour poured pouring cross crossed crosses
roll rolled rolls fall fell falls falling sail sailed soar soared glide glided pass passed passing trip
tripped hang hung hangs look looked looks looking watch watched watches watching preside presided presides
presiding rule ruled rules reign reigned win won wins victory victories lead leads edge advantage triumph
priority precedence control authority power jurisdiction say influence
dispute disputes disputed fight fights fighting fought battle battles battling row rows feud feuds argument
arguments argue argued arguing lawsuit lawsuits suit suits sue sued suing clash clashes clashed standoff talks
negotiations debate debates debated controversy concern concerns concerned worry worries worried fear fears
anger angry outrage protest protests protested tension tensions split divided arrest arrested arrests charge
charged charges fine fined fines jail jailed sentence sentenced quit resign resigned fire fired sack sacked
apologize apologized apologise apologised probe probed investigation inquiry
""".split())
_PERIODS = frozenset("""
year years month months week weeks day days decade decades hour hours minute minutes second seconds night
nights weekend weekends season seasons century centuries quarter quarters period generation generations
summer winter spring fall autumn term terms
""".split())


@rule(code="ST004", name="over-before-number", severity="info", fix="always",
      summary="\"Over\" before a number where the desk writes \"more than\" (off by default)",
      options={"over": "allow"})
def check(doc, ctx):
    choice = ctx.options.get("over", "allow")
    if choice not in CHOICES:
        raise option_error(ctx.config, ctx.rule, "over", f"{choice!r} is not one of {', '.join(CHOICES)}",
                           str(choice))
    if choice == "allow":
        return
    text = doc.text
    found = []
    for match, block in matches_in_copy(doc, _OVER):
        if _other_sense(text, match, block):
            continue
        found.append(Span(*match.span("over")))
    if not found or not ap_rules_apply(doc, ctx):
        return
    for span in found:
        written = doc.slice(span)
        wanted = "More than" if written[0].isupper() else "more than"
        fix = Fix((Edit(span, wanted),), Applicability.UNSAFE, f"Write \"{wanted}\"")
        yield ctx.report(span, f"The desk writes \"{wanted}\", not \"{written}\", before a number.", fix=fix)


def _other_sense(text: str, match, block) -> bool:
    """True when this "over" may not mean "more than", or needs a rewrite."""
    before, _ = previous_word(text, match.start(), block.start)
    before = before.lower().strip(",;:\"“”‘’'()")
    if before in _HEDGES or before in _OTHER_SENSES:
        return True
    amount = match.group("amount")
    after = match.group("after").strip()
    if amount.endswith("%"):
        return False  # "over 40%"
    if amount.endswith((".", ",")) or not after or not after[0].isalpha():
        return True  # "people over 65", "over 65." — an age or a bare figure
    word = after.lower().strip(".,;:!?\"”’)")
    if word in _PERIODS or word == "old":
        return True
    if word in FUNCTION_WORDS and word != "of":
        return True  # "over 2 to 1", "over 18 and"
    return not after[0].islower() and word not in NUMBER_WORDS
