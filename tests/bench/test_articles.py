"""The benchmark corpus: deterministic, the promised shape, and linted as planted."""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from articles import Writer, write_corpus, write_single  # noqa: E402

from lint.article.header import parse_header  # noqa: E402


def read_all(folder: str) -> dict[str, str]:
    return {name: open(os.path.join(folder, name), encoding="utf-8").read() for name in sorted(os.listdir(folder))}


def test_same_seed_same_corpus(tmp_path):
    write_corpus(str(tmp_path / "a"), 12, seed=7)
    write_corpus(str(tmp_path / "b"), 12, seed=7)
    write_corpus(str(tmp_path / "c"), 12, seed=8)
    assert read_all(str(tmp_path / "a")) == read_all(str(tmp_path / "b"))
    assert read_all(str(tmp_path / "a")) != read_all(str(tmp_path / "c"))


def test_articles_have_header_length_and_leftovers(tmp_path):
    manifest = write_corpus(str(tmp_path), 60, seed=3)
    assert manifest.articles == len(manifest.files) == 60
    assert sum(f.endswith(".md") for f in manifest.files) > 0
    for path in manifest.files:
        text = open(path, encoding="utf-8").read()
        assert 300 <= len(text.split()) <= 1000, path
        header = parse_header(text.splitlines()[0])
        assert header is not None and header.outlet, path
        # The weekday written in the header is the date's real weekday.
        assert header.weekday == header.date.strftime("%A"), path
        assert "“" in text and "said" in text
    for key in ("related_links", "copyright_lines", "comment_lines", "newsletter_lines", "taglines"):
        assert getattr(manifest, key) > 0, key


def test_single_article_is_about_800_words(tmp_path):
    words = write_single(str(tmp_path / "one.txt"))
    assert 750 <= words <= 900


def test_planted_related_links_are_exactly_what_bp001_finds(tmp_path, engine):
    manifest = write_corpus(str(tmp_path), 40, seed=11)
    found = 0
    for path in manifest.files:
        text = open(path, encoding="utf-8").read()
        result = engine.lint_text(path, text, engine.settings_for(path))
        assert not result.problems, result.problems
        lines = {text.count("\n", 0, d.span.start) for d in result.diagnostics if d.code == "BP001"}
        planted = {i for i, line in enumerate(text.split("\n")) if line.startswith("SEE ALSO: ")}
        assert lines == planted, path
        found += len(lines)
    assert found == manifest.related_links > 0


def test_writer_dates_fall_in_2023():
    text, _ = Writer(5).article(300)
    header = parse_header(text.splitlines()[0])
    assert header is not None and dt.date(2023, 1, 1) <= header.date <= dt.date(2023, 12, 31)
