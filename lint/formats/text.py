"""Plain-text articles: everything is copy; the fallback loader for any file."""

from __future__ import annotations

from lint.article.document import Document
from lint.engine.hookspecs import hookimpl


@hookimpl(trylast=True)
def copydesk_load_document(path: str, text: str, config) -> Document | None:
    """Claim any file no other loader wanted: it is read as plain text."""
    return Document(path=path, text=text, format="text")
