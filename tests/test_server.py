"""``copydesk server`` driven as an editor drives it: a subprocess speaking
LSP over stdio (pygls's client), documents opened, changed, saved and
closed, code actions applied and the diagnostics that follow checked
against ``copydesk check``'s JSON for the same text."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import textwrap

import pytest
from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

from conftest import run_cli
from lint.server.positions import PositionMap, units

WAIT = 120  # seconds: a safety net for a loaded machine, never a timing assertion

# Curly quotes, dashes, a letter outside the Basic Multilingual Plane (two
# UTF-16 units, four UTF-8 bytes) and non-Latin names before the findings.
STORY = textwrap.dedent("""\
    # Noodle shop reopens after flood

    HARBOR CITY — The cook 𠮷田 Ōno — “the broth man” — said teh shop had 5 tables on Tuesday, March 12, 2024.

    “We are open again,” said Zoë Łukasiewicz, who runs the shop with 王小明. She said the queue was "long".

    SEE ALSO: Flood closes riverside shops
    """)


class Editor(LanguageClient):
    """A client that keeps what the server publishes and shows."""

    def __init__(self) -> None:
        super().__init__("copydesk-test-editor", "1")
        self.published: dict[str, lsp.PublishDiagnosticsParams] = {}
        self.messages: list[lsp.ShowMessageParams] = []
        self.changed = asyncio.Event()
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}
        self.stderr = bytearray()

        @self.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
            self.published[params.uri] = params
            self.changed.set()

        @self.feature(lsp.WINDOW_SHOW_MESSAGE)
        def message(params: lsp.ShowMessageParams) -> None:
            self.messages.append(params)
            self.changed.set()

        @self.feature(lsp.WINDOW_LOG_MESSAGE)
        def log_message(params: lsp.LogMessageParams) -> None:
            pass

    async def launch(self, cwd, encodings=None, options=None, env=None, args=()) -> lsp.InitializeResult:
        full_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COPYDESK_DISABLE_PLUGIN_AUTOLOAD")}
        full_env.update(env or {})
        await self.start_io(sys.executable, "-m", "lint", "server", *args, cwd=str(cwd), env=full_env)
        asyncio.ensure_future(self._drain_stderr())
        capabilities = lsp.ClientCapabilities(
            general=lsp.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
            workspace=lsp.WorkspaceClientCapabilities(
                workspace_edit=lsp.WorkspaceEditClientCapabilities(document_changes=True)),
            text_document=lsp.TextDocumentClientCapabilities(
                hover=lsp.HoverClientCapabilities(content_format=[lsp.MarkupKind.Markdown])),
        )
        result = await self.initialize_async(lsp.InitializeParams(
            capabilities=capabilities, root_uri=f"file://{cwd}", initialization_options=options or {}))
        self.initialized(lsp.InitializedParams())
        return result

    async def _drain_stderr(self) -> None:
        while self._server is not None and self._server.stderr is not None:
            chunk = await self._server.stderr.read(4096)
            if not chunk:
                return
            self.stderr += chunk

    async def close_session(self) -> None:
        await asyncio.wait_for(self.shutdown_async(None), WAIT)
        self.exit(None)
        await asyncio.wait_for(self.stop(), WAIT)

    def open(self, path, text: str, language: str = "markdown") -> str:
        uri = f"file://{path}"
        self.versions[uri] = 1
        self.texts[uri] = text
        self.published.pop(uri, None)
        self.text_document_did_open(lsp.DidOpenTextDocumentParams(
            lsp.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    def change(self, uri: str, range_: lsp.Range, new_text: str, encoding: str = "utf-16") -> None:
        """An incremental change; the client's copy of the text follows it."""
        positions = PositionMap(self.texts[uri], encoding)
        start = positions.offset(range_.start.line, range_.start.character)
        end = positions.offset(range_.end.line, range_.end.character)
        self.texts[uri] = self.texts[uri][:start] + new_text + self.texts[uri][end:]
        self.versions[uri] += 1
        self.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            content_changes=[lsp.TextDocumentContentChangePartial(range=range_, text=new_text)]))

    def apply(self, edit: lsp.WorkspaceEdit) -> None:
        """Apply a returned workspace edit the way an editor would."""
        for change in edit.document_changes:
            uri = change.text_document.uri
            assert change.text_document.version == self.versions[uri]
            positions = PositionMap(self.texts[uri], "utf-16")
            text = self.texts[uri]
            for text_edit in sorted(change.edits, key=lambda e: (e.range.start.line, e.range.start.character),
                                    reverse=True):
                start = positions.offset(text_edit.range.start.line, text_edit.range.start.character)
                end = positions.offset(text_edit.range.end.line, text_edit.range.end.character)
                text = text[:start] + text_edit.new_text + text[end:]
            self.versions[uri] += 1
            self.texts[uri] = text
            self.text_document_did_change(lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)]))

    async def until(self, condition, what: str):
        """Wait until ``condition()`` is true (re-checked on every publish or message)."""
        async def wait():
            while True:
                value = condition()
                if value:
                    return value
                self.changed.clear()
                await self.changed.wait()
        try:
            return await asyncio.wait_for(wait(), WAIT)
        except asyncio.TimeoutError:
            raise AssertionError(f"gave up waiting for {what}; stderr: {self.stderr.decode(errors='replace')}")

    async def diagnostics(self, uri: str) -> list[lsp.Diagnostic]:
        """The diagnostics published for the document's current version."""
        found = await self.until(
            lambda: (p := self.published.get(uri)) is not None and p.version == self.versions[uri] and p,
            f"diagnostics for version {self.versions[uri]} of {uri}")
        return found.diagnostics


def session(test):
    """Run an async test body with a fresh editor, closed at the end."""
    def run(*args, **kwargs):
        async def body():
            editor = Editor()
            try:
                await test(editor, *args, **kwargs)
            finally:
                if not editor.stopped:
                    await editor.close_session()
        asyncio.run(body())
    run.__name__ = test.__name__
    return run


def expected(path, text: str, cwd, encoding: str = "utf-16") -> list[tuple]:
    """``copydesk check``'s findings for ``text`` at ``path``, as
    (code, severity, message, start, end) with LSP positions in ``encoding``."""
    proc = run_cli("check", "--format", "json", "--no-cache", "--stdin-filename", str(path), "-",
                   cwd=cwd, stdin=text.encode("utf-8"))
    assert proc.returncode in (0, 1), proc.stderr
    lines = text.splitlines(keepends=True)
    severity = {"error": 1, "warning": 2, "info": 3}

    def position(line: int, column: int) -> tuple[int, int]:
        prefix = lines[line - 1][:column - 1] if line - 1 < len(lines) else ""
        return line - 1, units(prefix, encoding)

    return [(d["rule"], severity[d["severity"]], d["message"], position(d["line"], d["column"]),
             position(d["end_line"], d["end_column"])) for d in json.loads(proc.stdout)]


def seen(diagnostics: list[lsp.Diagnostic]) -> list[tuple]:
    return [(d.code, int(d.severity), d.message, (d.range.start.line, d.range.start.character),
             (d.range.end.line, d.range.end.character)) for d in diagnostics]


@pytest.mark.parametrize("encoding", [None, "utf-8", "utf-32"])
def test_diagnostics_match_check_in_the_negotiated_encoding(tmp_path, encoding):
    @session
    async def scenario(editor: Editor):
        result = await editor.launch(tmp_path, encodings=[encoding] if encoding else None)
        negotiated = result.capabilities.position_encoding or "utf-16"
        assert negotiated == (encoding or "utf-16")
        path = tmp_path / "noodles.md"
        uri = editor.open(path, STORY)
        found = seen(await editor.diagnostics(uri))
        assert found == expected(path, STORY, tmp_path, negotiated)
        codes = [item[0] for item in found]
        assert "SP001" in codes and "BP001" in codes
        # "teh" sits after 𠮷 (two UTF-16 units, four UTF-8 bytes), Ō, dashes and curly quotes.
        line = STORY.splitlines()[2]
        teh = next(item for item in found if item[0] == "SP001")
        assert teh[3] == (2, units(line[:line.index("teh")], negotiated))
        assert line.index("teh") != teh[3][1] or negotiated == "utf-32"

    scenario()


def test_change_save_and_close(tmp_path):
    @session
    async def scenario(editor: Editor):
        await editor.launch(tmp_path)
        path = tmp_path / "noodles.md"
        path.write_text(STORY, encoding="utf-8")
        uri = editor.open(path, STORY)
        first = seen(await editor.diagnostics(uri))
        assert any(item[0] == "SP001" for item in first)
        # Type over "teh" (after 𠮷, so the client's UTF-16 columns must be read as such).
        row = 2
        line = STORY.splitlines()[row]
        col = units(line[:line.index("teh")], "utf-16")
        editor.change(uri, lsp.Range(lsp.Position(row, col), lsp.Position(row, col + 3)), "th")
        editor.change(uri, lsp.Range(lsp.Position(row, col + 2), lsp.Position(row, col + 2)), "e")
        after = seen(await editor.diagnostics(uri))
        assert editor.texts[uri] == STORY.replace("teh", "the")
        assert not any(item[0] == "SP001" for item in after)
        assert after == expected(path, editor.texts[uri], tmp_path)
        # A new finding typed on the last line, after the related-link line.
        last = len(editor.texts[uri].splitlines())
        editor.change(uri, lsp.Range(lsp.Position(last, 0), lsp.Position(last, 0)),
                      "\nCopyright 2024 Riverside Ledger. All rights reserved.\n")
        typed = seen(await editor.diagnostics(uri))
        assert any(item[0] == "BP002" for item in typed)
        assert typed == expected(path, editor.texts[uri], tmp_path)
        # Saving checks again (the same findings, for the same version).
        editor.published.pop(uri)
        editor.text_document_did_save(lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(uri)))
        assert seen(await editor.diagnostics(uri)) == typed
        # Closing clears them.
        editor.text_document_did_close(lsp.DidCloseTextDocumentParams(lsp.TextDocumentIdentifier(uri)))
        await editor.until(lambda: not editor.published[uri].diagnostics, "diagnostics cleared on close")

    scenario()
