"""In-process cost of each shared analysis and of each rule family.

    python tests/bench/families.py [--articles 250] [--passes 3]

Generates the benchmark corpus, then times, per article and best of the
passes: reading the Document's blocks, each analysis alone (quotes,
people, attribution, dates — the analyses it depends on run untimed
before it, as a run's cache would hold them), and a whole lint with one rule family
selected at a time and with all of them. Start-up is left out: the cold
start is bench.py's measurement.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from articles import write_corpus  # noqa: E402


def stages():
    from lint.analysis.attribution import find_attributions
    from lint.analysis.dates import find_dates
    from lint.analysis.people import find_people
    from lint.analysis.quotes import find_quotes

    return (
        ("quotes", lambda doc: doc.analysis(find_quotes)),
        ("people", lambda doc: doc.analysis(find_people)),
        ("attribution", lambda doc: doc.analysis(find_attributions, doc, doc.analysis(find_people))),
        ("dates", lambda doc: doc.analysis(find_dates)),
    )


def best_per_article(passes: int, texts: list[tuple[str, str]], work) -> float:
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        for path, text in texts:
            work(path, text)
        best = min(best, time.perf_counter() - started)
    return best / len(texts) * 1000


def stage_cost(passes: int, texts: list[tuple[str, str]], before: list, stage) -> float:
    """ms per article of ``stage`` alone, the analyses it needs run untimed first."""
    from lint.article.document import Document

    best = float("inf")
    for _ in range(passes):
        spent = 0.0
        for path, text in texts:
            doc = Document(path, text)
            for step in before:
                step(doc)
            started = time.perf_counter()
            stage(doc)
            spent += time.perf_counter() - started
        best = min(best, spent)
    return best / len(texts) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=250)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)

    from lint.engine.core import Engine
    from lint.engine.plugins import Plugins

    with tempfile.TemporaryDirectory() as folder:
        files = write_corpus(folder, args.articles).files
        texts = [(path, open(path, encoding="utf-8").read()) for path in files]
    words = sum(len(text.split()) for _, text in texts) / len(texts)
    print(f"{len(texts)} articles, {words:.0f} words on average; ms per article, best of {args.passes} passes")

    engine = Engine(Plugins(autoload=False), isolated=True)
    for path, text in texts[:5]:
        engine.lint_text(path, text)  # warm every lazy import and pattern
    print(f"  {'document and blocks':<24}{stage_cost(args.passes, texts, [], lambda d: d.blocks):7.2f}")
    done = [lambda doc: doc.blocks]
    for name, run in stages():
        print(f"  {name + ' analysis':<24}{stage_cost(args.passes, texts, done, run):7.2f}")
        done.append(run)
    families = sorted({rule.code[:2] for rule in engine.rules})
    for family in families + ["all"]:
        cli = {} if family == "all" else {"select": [family]}
        selected = Engine(Plugins(autoload=False), cli=cli, isolated=True)
        for path, text in texts[:5]:
            selected.lint_text(path, text)
        cost = best_per_article(args.passes, texts, selected.lint_text)
        print(f"  {'lint, ' + family + ' rules':<24}{cost:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
