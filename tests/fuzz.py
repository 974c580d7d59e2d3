"""Fuzz copydesk with generated copy and junk, for as long as you like.

    python tests/fuzz.py --minutes 30            # until 30 minutes have passed
    python tests/fuzz.py --inputs 2000 --seed 7  # a fixed number of inputs, reproducible
    python tests/fuzz.py --minutes 5 --save /tmp/fuzz-failures
    python tests/fuzz.py --minutes 5 --ignore AT   # leave a rule family out

Each input is an article (plain text or Markdown, up to ``--max-kb``, 100 KB
by default) built from invented news paragraphs, copy that copydesk fixes
("10:00 AM.", "Jan 9", "e-mail", "Mr. Mr. Smith", related-link lines,
duplicated paragraphs), and junk: control characters, stray quotation marks,
unclosed ``<!--`` and code fences, long runs of one character, mixed line
endings. Some paragraphs hold a quotation with a unique marker word in it;
those paragraphs get no junk quotation marks, so which words are quoted is
certain. For every input the run checks that:

- linting raises nothing and reports no internal error;
- linting takes under 2 seconds (``--limit``);
- every diagnostic's and every fix's range lies inside the text;
- ``--fix --unsafe-fixes`` converges: the fixed text has nothing left to fix,
  fixing it again changes nothing, and no fixes undo each other;
- no fix changes a quotation: each marked quotation is in the fixed text
  word for word, or gone as a whole (a removed paragraph).

A failing input is printed (with ``--save``, written to a file), and the exit
status is 1. ``tests/test_fuzz.py`` runs the same checks on small inputs under
hypothesis in the test suite, without the time limit.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "bench"))
from articles import Writer  # noqa: E402

LIMIT_SECONDS = 2.0

FIXABLE = (
    "The hearing starts at 10:00 AM.", "The vote is at 1:00AM1:00AM1:00AM today.", "They meet on Jan 9.",
    "Send it by e-mail towards the end of the day.", "3 people were hurt.", "The council has 7 members.",
    "Governor Dana Pike signed it.", "John Smith, the mayor, spoke. Mr. Mr. Mr. Smith left.",
    "Fifteen homes burned.", "SEE ALSO: Parks department seeks more staff", "Advertisement",
    "The rate rose 4 per cent.", "AUSTIN, TX — The legislature adjourned.", "It was okay, he said.",
    "Ms. Jane Doe spoke, and he said it was fine.", "He said it in 2023 on Tuesday, June 6.",
)
QUOTED = (
    "we meet on Jan 9 with Gov Smith at 10:00 AM", "I will e-mail all 3 members towards noon",
    "Mr Mr Smith said it was okay per cent", "the 1:00AM1:00AM ferry was late", "4 people and 7 boats",
    "SEE ALSO: nothing at all", "Governor Dana Pike will utilize the money",
)
JUNK = (
    "\x00", "\x07", "\x0b", "\x0c", "\u2028", "\u00a0", "\ufeff", "\r", "\r\n", "\n", "\t", "“", "”", '"',
    "‘", "’", "'", "<!--", "-->", "```", "~~~", "---", "# ", "> ", "* ", "|a|b|", "<p>", "</p>", "[x](http://y)",
    "...", "—", "–", "Mr.", "Ms.", "Dr.", "said", "says", "U.S.", "👍", "e\u0301", "ǅ", "İ", "ß", "ﬁ",
)
RUNS = ("a", ".", '"', "“", " ", "\n", "-", "Mr. ", "1:00AM", "Smith ", "<!--")
_MARKS = str.maketrans("“”", '""')
SAFE_JUNK = tuple(piece for piece in JUNK if not set(piece) & set("“”\"'‘’<>`~#|*[]-\n\r\u2028\x0b\x0c"))


@dataclass
class Case:
    """One generated input and the quotations that must survive any fix."""

    text: str
    path: str
    quotes: dict[str, str] = field(default_factory=dict)  # marker -> the whole quotation


def generate(rng: random.Random, max_bytes: int) -> Case:
    """An input of at most ``max_bytes`` UTF-8 bytes (and usually far fewer)."""
    path = rng.choice(("story.txt", "story.md"))
    writer = Writer(rng.randrange(1 << 30))
    target = rng.choice((max_bytes // 50, max_bytes // 10, max_bytes // 2, max_bytes))
    paragraphs: list[str] = []
    quotes: dict[str, str] = {}
    size = 0
    newline = rng.choice(("\n", "\n", "\r\n", "\r"))
    while size < target:
        kind = rng.random()
        if kind < 0.35:
            text, _ = writer.article(rng.randint(40, 200))
            piece = rng.choice(text.split("\n\n"))
        elif kind < 0.55:
            piece = rng.choice(FIXABLE)
        elif kind < 0.7:
            marker = f"Qz{len(quotes)}x{rng.randrange(10**6)}"
            words = rng.choice(QUOTED)
            opening, closing = rng.choice((("“", "”"), ('"', '"')))
            quote = f"{opening}{marker} {words},{closing}"
            quotes[marker] = quote
            before = "".join(rng.choice(SAFE_JUNK) for _ in range(rng.randint(0, 2)))
            piece = rng.choice((f"{quote} she said.{before}", f"The mayor said{before}, {quote} on Tuesday.",
                                f"{before}{quote} said John Smith, 3 feet away. It was 10:00 AM."))
        elif kind < 0.9:
            piece = "".join(rng.choice(JUNK) if rng.random() < 0.6 else rng.choice(FIXABLE)[:rng.randint(0, 20)]
                            for _ in range(rng.randint(1, 12)))
        else:
            piece = rng.choice(RUNS) * rng.choice((2, 10, 100, 1000, 5000))
        if rng.random() < 0.1 and paragraphs:
            piece = rng.choice(paragraphs)  # a duplicated paragraph
        paragraphs.append(piece)
        size += len(piece.encode("utf-8")) + 2
    text = (newline * 2).join(paragraphs) + rng.choice(("", newline))
    encoded = text.encode("utf-8")[:max_bytes]
    text = encoded.decode("utf-8", "ignore")
    return Case(text, path, {m: q for m, q in quotes.items() if q in text})


def check(engine, case: Case, limit: float | None = LIMIT_SECONDS) -> tuple[list[str], dict[str, float]]:
    """Every way ``case`` breaks a guarantee (empty when none), and how long the steps took."""
    from lint.engine.fixer import applicable

    failures: list[str] = []
    settings = engine.settings_for(case.path)
    text = case.text
    began = time.perf_counter()
    try:
        result = engine.lint_text(case.path, text, settings)
    except Exception as exc:  # noqa: BLE001 - the point is to catch anything
        return [f"lint raised {type(exc).__name__}: {exc}"], {}
    lint_seconds = time.perf_counter() - began
    if limit is not None and lint_seconds > limit:
        failures.append(f"lint took {lint_seconds:.2f} s (limit {limit} s)")
    failures.extend(f"internal error: {problem}" for problem in result.problems)
    for diagnostic in result.diagnostics:
        spans = [diagnostic.span] + [edit.span for edit in (diagnostic.fix.edits if diagnostic.fix else ())]
        for span in spans:
            if not 0 <= span.start <= span.end <= len(text):
                failures.append(f"{diagnostic.code}: range {span.start}-{span.end} outside 0-{len(text)}")
    began = time.perf_counter()
    try:
        fixed, fix_result = engine.fix_text(case.path, text, settings, True)
        again = engine.lint_text(case.path, fixed, settings)
        refixed, _ = engine.fix_text(case.path, fixed, settings, True)
    except Exception as exc:  # noqa: BLE001
        return failures + [f"fix raised {type(exc).__name__}: {exc}"], {"lint": lint_seconds}
    fix_seconds = time.perf_counter() - began
    failures.extend(f"fix: {notice}" for notice in fix_result.notices if "fixes" in notice)
    left = applicable(again.diagnostics, True)
    if left:
        failures.append("fixes do not converge: still to fix after --fix: "
                        + ", ".join(sorted({d.code for d in left})))
    if refixed != fixed:
        failures.append("a second --fix changed the text again")
    plain = fixed.translate(_MARKS)  # straight marks made curly (QT002) change no word
    for marker, quote in case.quotes.items():
        if marker in fixed and quote.translate(_MARKS) not in plain:
            failures.append(f"a fix changed the quotation {quote!r}")
    return failures, {"lint": lint_seconds, "fix": fix_seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0, help="how long to run (default 1)")
    parser.add_argument("--inputs", type=int, help="stop after this many inputs instead")
    parser.add_argument("--seed", type=int, help="seed of the first input (default: from the clock)")
    parser.add_argument("--max-kb", type=int, default=100, help="largest input, in KB (default 100)")
    parser.add_argument("--limit", type=float, default=LIMIT_SECONDS, help="seconds one lint may take (2)")
    parser.add_argument("--save", metavar="DIR", help="write each failing input into DIR")
    parser.add_argument("--ignore", default="", help="rule codes or prefixes left out, comma-separated")
    args = parser.parse_args(argv)
    from lint.engine.core import Engine

    ignore = [code for code in args.ignore.split(",") if code]
    engine = Engine(isolated=True, cli={"ignore": ignore} if ignore else None)
    seed = args.seed if args.seed is not None else int(time.time())
    deadline = time.monotonic() + args.minutes * 60
    count = failing = 0
    total_bytes = 0
    lint_times: list[float] = []
    per_kb: list[float] = []
    fix_times: list[float] = []
    while (count < args.inputs) if args.inputs else (time.monotonic() < deadline):
        case = generate(random.Random(seed + count), args.max_kb * 1024)
        failures, times = check(engine, case, args.limit)
        count += 1
        size = len(case.text.encode("utf-8"))
        total_bytes += size
        if "lint" in times:
            lint_times.append(times["lint"])
            per_kb.append(times["lint"] * 1000 / max(size / 1024, 1))
        if "fix" in times:
            fix_times.append(times["fix"])
        if failures:
            failing += 1
            print(f"seed {seed + count - 1} ({case.path}, {size:,} bytes):")
            for failure in failures:
                print(f"  {failure}")
            if args.save:
                os.makedirs(args.save, exist_ok=True)
                name = os.path.join(args.save, f"fuzz-{seed + count - 1}{os.path.splitext(case.path)[1]}")
                with open(name, "w", encoding="utf-8", newline="") as handle:
                    handle.write(case.text)
        if count % 100 == 0:
            sys.stderr.write(f"fuzz: {count} inputs, {failing} failing\n")
    lint_times.sort()
    fix_times.sort()

    def pick(values: list[float], share: float) -> float:
        return values[min(len(values) - 1, int(share * len(values)))] if values else 0.0

    print(f"fuzz: {count} inputs from seed {seed} ({total_bytes / 1024 / 1024:.1f} MB, up to "
          f"{args.max_kb} KB each), {failing} failing")
    print(f"fuzz: lint time median {pick(lint_times, 0.5) * 1000:.0f} ms, 99th percentile "
          f"{pick(lint_times, 0.99) * 1000:.0f} ms, slowest {pick(lint_times, 1.0) * 1000:.0f} ms "
          f"(limit {args.limit:g} s); slowest --fix (three lints or more) {pick(fix_times, 1.0) * 1000:.0f} ms")
    return 1 if failing else 0


if __name__ == "__main__":
    raise SystemExit(main())
