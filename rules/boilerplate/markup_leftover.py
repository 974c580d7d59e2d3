"""HTML markup left in plain-text copy: tags and character entities.

## What it does
In a plain-text article, finds what a scraper or a CMS export left of the
web page's HTML: tags of known HTML elements (`<p>`, `</div>`, `<br/>`,
`<a href="…">`) and character entities (`&amp;`, `&#8217;`, `&nbsp;`).
One finding per line, at the first piece of markup. Markdown is left
alone: there, HTML and entities belong to the format.

## Why is this bad?
Readers see "&#8217;" where an apostrophe belongs and "<p>" before a
paragraph. Search, syndication and the spelling and name checks stumble
over them too.

## Example
```
The county&#8217;s budget adds $4 million for roads &amp; bridges.
```

## Use instead
```
The county’s budget adds $4 million for roads & bridges.
```

## Fix safety
Safe: tags are deleted and entities written as the characters they stand
for (a non-breaking space as a plain space); a line left with nothing but
markup is removed with its blank lines.
"""

from __future__ import annotations

import re

from lint.article.parts import BODY, BYLINE, HEADING, TAGLINE

from lint.article.edits import remove_lines
from lint.engine.registry import rule
from lint.model import Edit, Fix, Span
from lint.support.lines import iter_lines
from lint.support.patterns import LazyPattern

_ELEMENTS = """
a abbr article aside b blockquote body br caption cite code div em figcaption figure font footer h1 h2 h3
h4 h5 h6 head header hr html i iframe img li link meta nav noscript ol p picture pre script section small
source span strong style sub sup table tbody td th thead tr u ul video
""".split()
_TAG = LazyPattern(
    r"</?(?:" + "|".join(sorted(_ELEMENTS, key=len, reverse=True)) + r")"
    r"(?:\s(?:[^<>\"']|\"[^\"<>]*\"|'[^'<>]*')*)?/?>",
    re.IGNORECASE, ("<",))
_ENTITY = LazyPattern(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,30});", 0, ("&",))
_KINDS = (HEADING, BYLINE, BODY, TAGLINE)


def _markup(text: str, start: int, end: int) -> list[tuple[Span, str, str]]:
    """(span, as written, replacement) of each tag and known entity in the line."""
    import html

    found = [(Span(m.start(), m.end()), m.group(), "") for m in _TAG.finditer(text, start, end)]
    for m in _ENTITY.finditer(text, start, end):
        span = Span(m.start(), m.end())
        decoded = html.unescape(m.group())
        if decoded != m.group() and not any(tag.overlaps(span) for tag, _, _ in found):
            found.append((span, m.group(), " " if decoded == "\xa0" else decoded))
    return sorted(found, key=lambda item: item[0].start)


def _message(found: list[tuple[Span, str, str]]) -> str:
    _, written, replacement = found[0]
    if written.startswith("<"):
        first = f"HTML tag “{written if len(written) <= 40 else written[:39] + '…'}” is left in the copy"
    else:
        stands_for = "a non-breaking space" if replacement == " " else f"“{replacement}”"
        first = f"HTML entity “{written}” (for {stands_for}) is left in the copy"
    more = len(found) - 1
    return first + (f", with {more} more piece{'s' if more > 1 else ''} of markup on this line" if more else "") + "."


@rule(code="BP011", name="markup-leftover", severity="error", fix="always",
      summary="HTML tags or character entities left in plain-text copy")
def check(doc, ctx):
    if doc.format != "text":
        return
    text = doc.text
    for block in doc.blocks_of(*_KINDS):
        chunk = text[block.span.start:block.span.end]
        if "<" not in chunk and "&" not in chunk:
            continue
        for line_start, line_end in iter_lines(chunk):
            start, end = block.span.start + line_start, block.span.start + line_end
            found = _markup(text, start, end)
            if not found:
                continue
            rest = list(text[start:end])
            for span, _, replacement in reversed(found):
                rest[span.start - start:span.end - start] = replacement
            if "".join(rest).strip():
                fix = Fix(tuple(Edit(span, replacement) for span, _, replacement in found),
                          title="Remove the tags and write the entities as characters")
            else:
                fix = Fix((remove_lines(doc, Span(start, end)),), title="Remove the line of markup")
            yield ctx.report(found[0][0], _message(found), fix=fix)


RULE = check
