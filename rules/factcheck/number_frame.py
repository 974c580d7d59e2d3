"""One figure given two different values in the same phrase.

## What it does
Reads each number in body copy — in figures, or in words from two to
twenty — with the words it hangs on: the nearest
content word before it (with any hedge such as "at least" in between) and
the word after it, so "destroyed 12 homes" has the frame "destroyed … homes";
and the three words after it ("… people were injured").
When the story gives the same frame twice with different numbers, the later
one is reported with the earlier value and its line. Years, dates, times,
ages, ranges and quotations are left out, and so is a frame one sentence
gives two figures for two subjects (a list: "construction added 2,100 jobs
and health care added 3,400 jobs"), and frames made only of
short function words or ending in an article, and rates, whose word
belongs to another figure ("$4.5 million over 10 years", "40 beds in 2
days").

## Why is this bad?
"The fire destroyed 12 homes" in the lead and "destroyed 14 homes" further
down cannot both be right; one of them was typed wrong or not updated.

## Example
```
The fire destroyed 12 homes on Elm Street. Crews worked through the night, and officials said later that the fire destroyed 14 homes.
```

## Use instead
```
The fire destroyed 12 homes on Elm Street. Crews worked through the night, and officials said later that the fire destroyed 12 homes.
```

## Fix safety
No fix: only the reporter knows which figure is right.
"""

from __future__ import annotations

import bisect

from lint.analysis.dates import find_dates
from lint.analysis.people import copy_blocks
from lint.analysis.quotes import in_quotes
from lint.analysis.sentences import SENTENCE_REACH
from lint.engine.registry import rule
from lint.model import Span
from lint.support.patterns import LazyPattern

NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()) if value >= 2}  # "one" is as often a pronoun
_NUMBER = LazyPattern(
    r"(?<![\w.,$£€-])(?P<value>[$£€]?\d[\d,]*(?:\.\d+)?|(?:" + "|".join(NUMBER_WORDS) + r")\b)"
    r"(?:\s?(?P<scale>%|percent|million|billion|trillion))?(?![\w.,]?\d)(?![\w%-])")
_WORD = LazyPattern(r"[A-Za-z][a-z'’]*")
_YEAR = LazyPattern(r"^(?:1[89]|20)\d\d$")
_YEAR_IN = LazyPattern(r"\b(?:1[89]|20)\d\d\b")
HEDGES = frozenset(
    "a about almost an approximately around at just least less more most nearly only over than the some roughly "
    "under up to fewer estimated another".split())
# Words too common to make two phrases "the same": "of 12 people", "and 14 people".
WEAK = frozenset(
    "and or but of in on for with by from as is are was were be been has have had it its that this these those "
    "than then when while who which what where there their they he she his her we our you your i".split())
SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "percent", "dozen"})
_FIGURE = LazyPattern(r"[$£€]?\d")
_BACK_WORDS = 4
_AFTER_WORDS = 3


def _frames(text: str, start: int, end: int, sentence_start: int) -> list[tuple[str, str]]:
    """The firm frames of a number as (words before, words after): the
    content word before it with the word after ("destroyed … homes"), and
    the three words after ("… people were injured")."""
    after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if after is None or after.group().lower() in WEAK or after.group().lower() in HEDGES:
        return []
    frames = []
    before = _words_before(text, start, sentence_start)
    if before is not None:
        frames.append((before, after.group().lower()))
    following = text[end:end + 60].split()[:_AFTER_WORDS]
    if len(following) == _AFTER_WORDS and all(_WORD.fullmatch(w) for w in following) \
            and following[-1].lower() not in WEAK and following[-1].lower() not in HEDGES \
            and len(following[-1]) >= 3:
        frames.append(("", " ".join(w.lower() for w in following)))
    return frames


def _words_before(text: str, start: int, sentence_start: int) -> str | None:
    before = text[sentence_start:start].split()[-_BACK_WORDS - 1:]
    words: list[str] = []
    while before and len(words) < _BACK_WORDS:
        token = before.pop()
        if not _WORD.fullmatch(token):
            return None  # punctuation, another number: a list or a range
        words.insert(0, token.lower())
        if token.lower() not in HEDGES:
            break
    else:
        return None
    if words[0] in WEAK or len(words[0]) < 3 or words[0] in SCALES:
        return None
    if before and _FIGURE.match(before[-1]):
        # "$33.6 million over 12 years", "5 homes in 3 days": the word
        # belongs to another figure, so the phrase is a rate, not a fact
        # to compare across the story.
        return None
    return " ".join(words)


def _sentence_start(text: str, block_start: int, offset: int) -> int:
    block_start = max(block_start, offset - SENTENCE_REACH)
    cut = max(text.rfind(". ", block_start, offset), text.rfind("? ", block_start, offset),
              text.rfind("! ", block_start, offset))
    return block_start if cut == -1 else cut + 2


def _sentence_end(text: str, block_end: int, offset: int) -> int:
    block_end = min(block_end, offset + SENTENCE_REACH)
    ends = [p for p in (text.find(". ", offset, block_end), text.find("? ", offset, block_end),
                        text.find("! ", offset, block_end)) if p != -1]
    return min(ends) if ends else block_end


def numbers_in_frames(doc):
    """(frame, number as written, span, (sentence start, subject word)) for
    each firm frame of each number in copy; the frame ends with the years
    its sentence names."""
    text = doc.text
    quotes = in_quotes(doc)
    dates = sorted(item.span for item in doc.analysis(find_dates))
    date_starts = [span.start for span in dates]
    found = []
    for block in doc.analysis(copy_blocks):
        for match in _NUMBER.finditer(text, block.start, block.end):
            value = match.group("value")
            if _YEAR.match(value) or match.start() in quotes:
                continue
            if text[match.end():match.end() + 1] in (":", "-") or text[match.end():match.end() + 5] in (
                    " a.m.", " p.m."):
                continue  # times, scores and compound adjectives ("61-year-old")
            span = Span(match.start(), match.end())
            at = bisect.bisect_right(date_starts, span.start)
            if any(d.overlaps(span) for d in dates[max(0, at - 1):at + 1]):
                continue
            sentence = _sentence_start(text, block.start, match.start())
            frames = _frames(text, match.start(), match.end(), sentence)
            if frames:
                # "In 2019 a fire destroyed 3 homes" tells of another event.
                years = tuple(sorted(set(_YEAR_IN.findall(text, sentence,
                                                          _sentence_end(text, block.end, match.end())))))
                words_before = text[max(sentence, match.start() - 120):match.start()].split()
                for frame in frames:
                    # The word before the frame: "construction" in
                    # "construction added 2,100 jobs".
                    ahead = words_before[:len(words_before) - len(frame[0].split())]
                    subject = ahead[-1].strip(",;:—–()\"“”").lower() if ahead else ""
                    found.append((frame + years, match.group(), span, (sentence, subject)))
    return found


def _parallel_frames(found) -> set:
    """Frames one sentence gives two different figures for two different
    subjects ("construction added 2,100 jobs and health care added 3,400
    jobs"): a list of different things, so the frame names no single fact
    to compare. "Crews used two cranes … crews used three cranes" is a
    contradiction, not a list."""
    seen: dict[tuple, tuple] = {}
    parallel = set()
    for frame, written, _, (sentence, subject) in found:
        before = seen.get(frame)
        if before is not None and before[0] == sentence and before[1] != subject \
                and before[2] != _value(written):
            parallel.add(frame)
        seen[frame] = (sentence, subject, _value(written))
    return parallel


def _value(written: str) -> str:
    """A figure as a comparable string: "2" and "two", "1,200" and "1200" agree."""
    head, _, rest = written.partition(" ")
    word = NUMBER_WORDS.get(head.lower())
    return (str(word) if word is not None else head.replace(",", "")) + (" " + rest if rest else "")


@rule(code="FC004", name="number-frame-mismatch", severity="info",
      summary="The same phrase given two different numbers (\"destroyed 12 homes\" … \"destroyed 14 homes\")")
def check(doc, ctx):
    found = doc.analysis(numbers_in_frames)
    parallel = _parallel_frames(found)
    first: dict[tuple[str, ...], tuple[str, Span]] = {}
    reported: set[Span] = set()
    for frame, written, span, _ in found:
        if frame in parallel:
            continue
        if frame not in first:
            first[frame] = (written, span)
            continue
        earlier, where = first[frame]
        if _value(written) == _value(earlier) or span in reported:
            continue
        reported.add(span)
        line, _ = doc.line_col(where.start)
        before, after = frame[0] + " " if frame[0] else "", frame[1]
        yield ctx.report(span, f"\"{before}{written} {after}\" here, but \"{before}{earlier} {after}\" "
                               f"at line {line}; check which figure is right.")
