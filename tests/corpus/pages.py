"""The labelled corpus of scraped news pages, read for the evaluations.

The corpus (196 real pages with every line labelled body, headline, byline,
dek or leftover, and each page's clean body) is not part of the project: it
is looked for in ``$COPYDESK_CORPUS``, then in ``../shared/corpus`` beside
the checkout. ``find_corpus()`` returns None when it is in neither place, and
the evaluations and their tests say so instead of failing.

Outlets are split into a tuning half and a held-out half by a checksum of
the outlet's name, so the split is stable and owes nothing to what a page
holds: figures are reported for both, and the held-out half stands for the
outlets no corpus here has.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

LABELS = {
    "body_lines": "body",
    "boilerplate_lines": "leftover",
    "headline_lines": "headline",
    "byline_lines": "byline",
    "dek_lines": "dek",
    "unsure_lines": "unsure",
}


NOT_FOUND = "corpus not found: set COPYDESK_CORPUS or put it at ../shared/corpus"


def find_corpus() -> str | None:
    for folder in (os.environ.get("COPYDESK_CORPUS"), os.path.join(ROOT, "..", "shared", "corpus")):
        if folder and os.path.isfile(os.path.join(folder, "index.tsv")):
            return os.path.normpath(folder)
    return None


def held_out(outlet: str) -> bool:
    """One outlet in three is held out from tuning."""
    return zlib.crc32(outlet.encode("utf-8")) % 3 == 0


@dataclass
class Page:
    id: str
    outlet: str
    published: dt.date | None
    path: str
    clean_path: str
    labels: dict[int, str] = field(default_factory=dict)  # 1-based line -> label

    @property
    def held_out(self) -> bool:
        return held_out(self.outlet)

    def text(self) -> str:
        with open(self.path, encoding="utf-8") as handle:
            return handle.read()

    def clean(self) -> str:
        with open(self.clean_path, encoding="utf-8") as handle:
            return handle.read()

    def lines_labelled(self, label: str) -> list[int]:
        return sorted(n for n, value in self.labels.items() if value == label)


def pages(corpus: str) -> Iterator[Page]:
    """Every page of the corpus, in id order."""
    names = sorted(n for n in os.listdir(corpus) if n.endswith(".json"))
    for name in names:
        with open(os.path.join(corpus, name), encoding="utf-8") as handle:
            meta = json.load(handle)
        labels: dict[int, str] = {}
        for key, label in LABELS.items():
            for line in meta.get(key) or ():
                labels[line] = label
        published = dt.date.fromisoformat(meta["published"]) if meta.get("published") else None
        yield Page(
            id=meta["id"], outlet=meta["outlet"], published=published,
            path=os.path.join(corpus, meta["id"] + ".txt"),
            clean_path=os.path.join(corpus, "clean", meta["id"] + ".txt"),
            labels=labels,
        )


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    line: int
    column: int
    end_line: int
    message: str
    fix: str | None  # applicability, or None


class Linter:
    """One isolated engine (no config files, as ``--no-config``) for many pages,
    with the page's publication date given as ``--date`` would give it."""

    def __init__(self, **cli) -> None:
        from lint.engine.core import Engine
        from lint.engine.plugins import Plugins

        self.engine = Engine(Plugins(), cli=cli or None, isolated=True)
        self._settings: dict[dt.date | None, object] = {}

    def settings(self, date: dt.date | None):
        # kept alive per date: the engine caches rule selections by settings identity
        if date not in self._settings:
            from lint.engine.config import Settings

            base = self.engine.settings_for("page.txt")
            self._settings[date] = Settings(dict(base.values, date=date), base.source, base.root)
        return self._settings[date]

    def lint(self, text: str, date: dt.date | None, path: str = "page.txt") -> list[Finding]:
        settings = self.settings(date)
        result = self.engine.lint_text(path, text, settings)
        doc = self.engine.load(path, text, settings)
        found = []
        for d in result.diagnostics:
            line, column = doc.line_col(d.span.start)
            end_line = doc.line_col(max(d.span.start, d.span.end - 1))[0]
            found.append(Finding(d.code, str(d.severity), line, column, end_line, d.message,
                                 d.fix.applicability.value if d.fix else None))
        return found

    def fix(self, text: str, date: dt.date | None, path: str = "page.txt", unsafe: bool = False) -> str:
        fixed, _ = self.engine.fix_text(path, text, self.settings(date), unsafe)
        return fixed


def loud(finding: Finding) -> bool:
    return finding.severity in ("warning", "error")
