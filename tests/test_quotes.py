"""Quotation spans, and the guarantee that no fix rewrites a source's words."""

from __future__ import annotations

from lint.analysis.quotes import quote_spans, rewrites_quote
from lint.article.document import Document
from lint.engine.core import Engine
from lint.engine.hookspecs import hookimpl
from lint.engine.plugins import Plugins
from lint.engine.registry import rule
from lint.model import Applicability, Edit, Fix, Span

ARTICLE = (
    "The mayor spoke Monday.\n\n"
    "“We will rebuild the pier,” Mayor Ada Lunde said. She called it \"urgent.\"\n\n"
    "“The first phase starts in May.\n\n"
    "“The second follows in the fall,” she said.\n"
)


def quoted_texts(text: str) -> list[str]:
    doc = Document("a.txt", text)
    return [doc.slice(span) for span in quote_spans(doc)]


def test_curly_and_straight_quotes_and_open_paragraphs():
    assert quoted_texts(ARTICLE) == [
        "“We will rebuild the pier,”",
        "\"urgent.\"",
        "“The first phase starts in May.",
        "“The second follows in the fall,”",
    ]


def test_an_edit_inside_a_quote_rewrites_it_but_deleting_the_whole_quote_does_not():
    doc = Document("a.txt", ARTICLE)
    start = ARTICLE.index("rebuild")
    assert rewrites_quote(doc, Span(start, start + 7))
    line_start = ARTICLE.index("“We")
    line_end = ARTICLE.index("\n", line_start)
    assert not rewrites_quote(doc, Span(line_start, line_end))
    assert not rewrites_quote(doc, Span(0, 10))


class WordSwap:
    """A test plugin: offers a safe fix replacing every 'rebuild' and 'spoke'."""

    @hookimpl
    def copydesk_rules(self):
        @rule(code="XQ001", name="word-swap", severity="warning", summary="swap", fix="always", docs="x")
        def check(doc, ctx):
            for word in ("rebuild", "spoke"):
                start = doc.text.index(word)
                span = Span(start, start + len(word))
                yield ctx.report(span, f"swap {word}", fix=Fix((Edit(span, "X"),), title="swap"))

        return [check]


def test_engine_demotes_fixes_inside_quotes_to_display_only():
    engine = Engine(Plugins(autoload=False, extra=(WordSwap(),)), isolated=True)
    result = engine.lint_text("a.txt", ARTICLE)
    fixes = {d.message: d.fix.applicability for d in result.diagnostics if d.code == "XQ001"}
    assert fixes == {"swap rebuild": Applicability.DISPLAY, "swap spoke": Applicability.SAFE}
    fixed, _ = engine.fix_text("a.txt", ARTICLE, engine.settings_for("a.txt"), unsafe=True)
    assert "rebuild" in fixed and "spoke" not in fixed


def test_swapping_a_quotation_mark_is_not_rewriting_the_quote():
    doc = Document("a.txt", ARTICLE)
    opening = ARTICLE.index("\"urgent")
    assert not rewrites_quote(doc, Span(opening, opening + 1), "“")
    assert rewrites_quote(doc, Span(opening + 1, opening + 2), "U")
    assert rewrites_quote(doc, Span(opening, opening + 1), "x")
