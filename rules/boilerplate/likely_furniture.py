"""Lines that are probably page furniture: near the story, but not of it.

## What it does
Reads a scraped page's layout (see ``layout.py``) and reports, as a
warning, what is probably not the story but could be:

- lines between the headline and the story that are neither byline nor
  standfirst (time stamps, labels, share counts);
- lines after the story before the page's furniture begins (a lone
  related headline, a "Topics" list, an author's bio);
- between paragraphs, a photo credit or caption (a caption is known by
  its source in brackets after the sentence, "… on Tuesday. (AP)", by its
  photographer after its full stop, "… at dawn. Jane Roe for the Courier",
  by a credit cut off on a line of its own, "Jane Roe/Reuters)", or by an
  opening such as "FILE -"), a gallery counter ("3 of 12"), a short line
  the page repeats ("Article content"), a longer one it gives again close
  by or three times, a line all in square brackets ("[Read: …]"), or a
  line that is a date or a time and nothing else ("Updated: May 14, 2024,
  9:02 AM", a live page's "21:00Jane Roe");
- between paragraphs, the links right under a list's heading ("Related
  articles"), up to the sentence where the story resumes, and a headline
  in capitals of ten words or more with copy under it;
- anywhere, a teaser cut short on dots glued to its last word ("Council
  weighs a second bridge as costs...");
- after the story, or after its last sentence, a writer's bio ("Jane Roe
  is a staff writer for …", "Roe covers city hall for …"); between the
  story's paragraphs, such a line is copy;
- a line that is one text given twice (a link's words and its title, both
  scraped);
- between paragraphs, another story's headline dropped into this one: a
  full headline (six words or more) that shares no word with the lines
  around it and few with the story (a subhead speaks of what follows it;
  subheads in capitals, numbered ones and the items of a list the story
  introduces are left alone);
- anywhere on the page, a prompt to the reader in words no phrase rule
  holds, whatever its shape: a call that names the site's channels
  ("Start your day with our briefing in your inbox"), or the small print
  of a sign-up form or a site ("By entering your email, you agree …",
  "… see our Privacy Policy"); a quotation is never one;
- after the story, a sentence in which the site speaks to its reader
  ("We do this work at no cost to you …");
- around the story, a short line with a leftover on either side, and
  after the story, a paragraph under two lines of page furniture (an
  author's bio under "Share" and "Related topics"); a paragraph after an
  advertisement's marker stays copy.

Any other short line between paragraphs that introduces the next ones is
a subhead, and is left alone; so are taglines, bylines and lines a phrase
rule (BP001–BP011, BP014) reports.

## Why is this bad?
Page furniture read as copy skews every later check, and a caption left
between two paragraphs reads as a sentence of the story.

## Example
```
The harbor board voted 5-2 on Tuesday to dredge the east channel before the autumn shipping season.

Dredging barges at the east channel in March. Photo: Dana Ruiz/Harbor Ledger

The work is expected to take 11 weeks, the board's chairwoman said.
```

## Use instead
```
The harbor board voted 5-2 on Tuesday to dredge the east channel before the autumn shipping season.

The work is expected to take 11 weeks, the board's chairwoman said.
```

## Fix safety
Unsafe: the line is removed only with ``--unsafe-fixes``, because a list
that ends a story, or an unusual subhead, can look the same.
"""

from __future__ import annotations

from lint.article.document import Document
from lint.article.edits import remove_lines
from lint.engine.registry import rule
from lint.model import Applicability, Fix
from lint.rules.boilerplate.layout import LIKELY
from lint.rules.boilerplate.page_furniture import describe_run, furniture_runs


@rule(code="BP013", name="likely-furniture", severity="warning", fix="sometimes",
      summary="A line near a scraped story that is probably page furniture")
def check(doc: Document, ctx):
    for span, reasons, count in furniture_runs(doc, LIKELY):
        fix = Fix((remove_lines(doc, span),), Applicability.UNSAFE, title="Remove the likely page furniture")
        message = describe_run(doc, span, reasons, count, hedge="probably ")
        yield ctx.report(span, message + "; check and remove it.", fix=fix)


RULE = check
