"""HTML pages against their text versions, on the labelled corpus.

    python tests/corpus/htmlpages.py            # the table (and the other extractors, when installed)
    python tests/corpus/htmlpages.py --json
    python tests/corpus/htmlpages.py --no-tools # copydesk alone

For each of the corpus's pages the original HTML (``html/NNNN.html.gz``) is
read by copydesk's HTML reader and each block of copy is matched to the line
of the text version it became (the text versions were made one HTML block a
line), so the text version's labels say which blocks are leftovers and which
are body. Then, beside the same figures for the text version:

* boilerplate recall and precision per line: a leftover line is found when a
  loud BP finding covers its block (or its line); precision is the share of
  flagged labelled lines that are not body;
* ``copydesk extract`` against the clean body: word-level precision, recall
  and F1 (bags of lower-cased words), beside trafilatura, readability-lxml
  and jusText on the same HTML when they are installed (they are not
  copydesk's dependencies: ``pip install trafilatura readability-lxml
  justext`` to include them; the script says which it skipped);
* time per page: reading and linting the HTML, the same for its text
  version, extracting from HTML, and trafilatura.

Everything is given for all pages, for the tuning outlets and for the
held-out ones (tests/corpus/pages.py splits them by outlet).

Blocks of the page outside the text version's window (it was trimmed to
~15 blocks before the story and 40 after) carry no label and are counted
apart. Without the corpus the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import os
import re
import sys
import time
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from corpus.pages import NOT_FOUND, Linter, find_corpus, loud, pages  # noqa: E402

_WORDS = re.compile(r"\w+")


def words(text: str) -> Counter:
    return Counter(w.lower() for w in _WORDS.findall(text))


def prf(got: Counter, want: Counter) -> tuple[float, float, float]:
    common = sum((got & want).values())
    precision = common / max(1, sum(got.values()))
    recall = common / max(1, sum(want.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _norm(text: str) -> str:
    return " ".join(text.split())


def flagged_lines(reading, spans, lines: list[str]) -> tuple[set[int], set[int]]:
    """Line numbers of the text version that loud findings (source spans)
    cover, and the lines found in the HTML's copy at all. Each line's text is
    looked for in the copy in order (the text version and the reader may cut
    blocks differently: a line may be part of a block, or run over two); a
    line is flagged when most of its characters are inside a finding."""
    text, starts = reading.text, reading.starts
    chars, origin = [], []  # the copy with whitespace collapsed, and each character's text offset
    for i, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                origin.append(i)
            continue
        chars.append(char)
        origin.append(i)
    flat = "".join(chars)
    spans = sorted(spans)
    flagged_at = bytearray(len(flat))
    for k, i in enumerate(origin):
        offset = starts[i]
        for span in spans:
            if span.start > offset:
                break
            if offset < span.end:
                flagged_at[k] = 1
                break
    flagged, matched = set(), set()
    cursor = 0
    for number, line in enumerate(lines, 1):
        wanted = _norm(line)
        if not wanted:
            continue
        at = flat.find(wanted, cursor)
        if at == -1:
            at = flat.find(wanted)
            if at == -1:
                continue
        else:
            cursor = at + len(wanted)
        matched.add(number)
        if sum(flagged_at[at:at + len(wanted)]) * 2 > len(wanted):
            flagged.add(number)
    return flagged, matched


def read_page_html(corpus: str, page_id: str) -> str:
    with gzip.open(os.path.join(corpus, "html", page_id + ".html.gz")) as handle:
        data = handle.read()
    return data.decode("utf-8", errors="replace")


def clean_body(page) -> str:
    text = page.clean()
    lines = text.split("\n")
    if lines and lines[0].startswith("- "):  # the header line
        lines = lines[1:]
    return "\n".join(lines)


def _tools() -> dict:
    """The other extractors that are installed: name -> function(html) -> text."""
    found = {}
    try:
        import trafilatura

        found["trafilatura"] = lambda html: trafilatura.extract(html, include_comments=False) or ""
    except ImportError:
        print("trafilatura not installed: left out", file=sys.stderr)
    try:
        import lxml.html
        from readability import Document as Readable

        def readability(html: str) -> str:
            summary = Readable(html).summary(html_partial=True)
            return lxml.html.fromstring(summary).text_content() if summary.strip() else ""

        found["readability-lxml"] = readability
    except ImportError:
        print("readability-lxml not installed: left out", file=sys.stderr)
    try:
        import justext

        def jus(html: str) -> str:
            paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
            return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

        found["justext"] = jus
    except ImportError:
        print("justext not installed: left out", file=sys.stderr)
    return found


def measure(corpus: str, tools: bool = True, limit: int | None = None, select: list[str] | None = None) -> dict:
    """Per-page figures; ``select=["BP"]`` runs the BP family alone (the
    same BP findings, sooner: the tests use it)."""
    from lint.commands.extract import extract_story

    linter = Linter(select=select) if select else Linter()
    engine = linter.engine
    others = _tools() if tools else {}
    rows = []
    timings: Counter = Counter()
    for n, page in enumerate(pages(corpus)):
        if limit is not None and n >= limit:
            break
        html = read_page_html(corpus, page.id)
        text = page.text()
        settings = linter.settings(page.published)
        lines = text.split("\n")

        # -- the text version, per line
        started = time.perf_counter()
        text_found = [f for f in linter.lint(text, page.published) if f.code.startswith("BP") and loud(f)]
        timings["lint text"] += time.perf_counter() - started
        text_flagged = {n for f in text_found for n in range(f.line, f.end_line + 1)}

        # -- the HTML, per block matched to its line
        started = time.perf_counter()
        result = engine.lint_text("page.html", html, settings)
        timings["lint html"] += time.perf_counter() - started
        spans = sorted(d.span for d in result.diagnostics if d.code.startswith("BP") and str(d.severity) in ("warning", "error"))
        doc = engine.load("page.html", html, settings)
        html_flagged, matched = flagged_lines(doc.html, spans, lines)

        def figures(flagged: set[int]) -> dict:
            leftover = page.lines_labelled("leftover")
            body = page.lines_labelled("body")
            labelled = [n for n in flagged if n in page.labels]
            return {"leftover": len(leftover), "found": sum(1 for n in leftover if n in flagged),
                    "flagged": len(labelled), "on_body": sum(1 for n in labelled if page.labels[n] == "body"),
                    "body": len(body)}

        row = {"id": page.id, "outlet": page.outlet, "held_out": page.held_out,
               "text": figures(text_flagged), "html": figures(html_flagged),
               "wrong_html_only": [(n, lines[n - 1]) for n in sorted(html_flagged - text_flagged)
                                   if page.labels.get(n) == "body"],
               "matched_lines": len(matched & set(page.labels)),
               "labelled_lines": len(page.labels)}

        # -- extraction
        want = words(clean_body(page))
        started = time.perf_counter()
        story = extract_story(engine, engine.load("page.html", html, settings), settings)
        timings["extract html"] += time.perf_counter() - started
        got = " ".join(p["text"] for p in story["paragraphs"])
        row["extract"] = {"copydesk (html)": prf(words(got), want)}
        text_story = extract_story(engine, engine.load("page.txt", text, settings), settings)
        row["extract"]["copydesk (text version)"] = prf(
            words(" ".join(p["text"] for p in text_story["paragraphs"])), want)
        for name, tool in others.items():
            started = time.perf_counter()
            try:
                out = tool(html)
            except Exception:  # a tool that fails on a page extracts nothing from it
                out = ""
            timings[name] += time.perf_counter() - started
            row["extract"][name] = prf(words(out), want)
        rows.append(row)
    return {"pages": rows, "seconds": dict(timings)}


def summary(rows: list[dict], seconds: dict | None = None) -> dict:
    out: dict = {"pages": len(rows)}
    for side in ("text", "html"):
        leftover = sum(r[side]["leftover"] for r in rows)
        flagged = sum(r[side]["flagged"] for r in rows)
        out[side] = {
            "recall": sum(r[side]["found"] for r in rows) / max(1, leftover),
            "precision": 1 - sum(r[side]["on_body"] for r in rows) / flagged if flagged else 1.0,
            "on_body": sum(r[side]["on_body"] for r in rows),
        }
    out["matched_lines"] = sum(r["matched_lines"] for r in rows) / max(1, sum(r["labelled_lines"] for r in rows))
    names = list(rows[0]["extract"]) if rows else []
    out["extract"] = {}
    for name in names:
        p = sum(r["extract"][name][0] for r in rows) / len(rows)
        rc = sum(r["extract"][name][1] for r in rows) / len(rows)
        f = sum(r["extract"][name][2] for r in rows) / len(rows)
        out["extract"][name] = {"precision": p, "recall": rc, "f1": f}
    if seconds:
        out["ms_per_page"] = {k: 1000 * v / max(1, len(rows)) for k, v in seconds.items()}
    return out


def report(s: dict) -> str:
    out = [f"pages: {s['pages']}; labelled lines found as HTML blocks: {s['matched_lines']:.3f}", "",
           "| boilerplate, per line | text version | HTML |", "| --- | ---: | ---: |"]
    out.append(f"| leftover lines reported (recall) | {s['text']['recall']:.3f} | {s['html']['recall']:.3f} |")
    out.append(f"| flagged lines not body (precision) | {s['text']['precision']:.3f} | {s['html']['precision']:.3f} |")
    out.append(f"| flagged body lines | {s['text']['on_body']} | {s['html']['on_body']} |")
    out += ["", "| extract, words, mean per page | precision | recall | F1 |", "| --- | ---: | ---: | ---: |"]
    for name, f in s["extract"].items():
        out.append(f"| {name} | {f['precision']:.3f} | {f['recall']:.3f} | {f['f1']:.3f} |")
    if "ms_per_page" in s:
        out += ["", "| time per page | ms |", "| --- | ---: |"]
        out += [f"| {k} | {v:.0f} |" for k, v in s["ms_per_page"].items()]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-tools", action="store_true", help="leave the other extractors out")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="list the N pages with the lowest HTML recall")
    parser.add_argument("--wrong", action="store_true", help="list body lines flagged in the HTML but not the text")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    corpus = find_corpus()
    if corpus is None:
        print(NOT_FOUND, file=sys.stderr)
        return 0
    measured = measure(corpus, tools=not args.no_tools, limit=args.limit)
    rows = measured["pages"]
    groups = {"all": summary(rows, measured["seconds"]),
              "tuning outlets": summary([r for r in rows if not r["held_out"]]),
              "held-out outlets": summary([r for r in rows if r["held_out"]])}
    if args.json:
        print(json.dumps({"summary": groups, "pages": rows}, indent=1))
        return 0
    print(report(groups["all"]))
    print("\ntuning outlets:\n" + report(groups["tuning outlets"]))
    print("\nheld-out outlets:\n" + report(groups["held-out outlets"]))
    if args.worst:
        print(f"\nworst {args.worst} pages by HTML recall:")
        for r in sorted((r for r in rows if r["html"]["leftover"]),
                        key=lambda r: r["html"]["found"] / r["html"]["leftover"])[:args.worst]:
            print(f"  {r['id']} {r['outlet']}: html {r['html']['found']}/{r['html']['leftover']}, "
                  f"text {r['text']['found']}/{r['text']['leftover']}")
    if args.wrong:
        print("\nbody lines flagged in the HTML, not in the text version:")
        for r in rows:
            for number, line in r["wrong_html_only"]:
                print(f"  {r['id']}:{number} {line[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
