"""``copydesk server`` driven as an editor drives it: a subprocess speaking
LSP over stdio (pygls's client), documents opened, changed, saved and
closed, code actions applied and the diagnostics that follow checked
against ``copydesk check``'s JSON for the same text."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
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


async def opened(editor: Editor, folder) -> tuple[object, str, list[lsp.Diagnostic]]:
    """Start the server in ``folder`` and open STORY there as noodles.md."""
    await editor.launch(folder)
    path = folder / "noodles.md"
    uri = editor.open(path, STORY)
    return path, uri, await editor.diagnostics(uri)


def finding(diagnostics: list[lsp.Diagnostic], code: str) -> lsp.Diagnostic:
    return next(d for d in diagnostics if d.code == code)


async def actions_at(editor: Editor, uri: str, diagnostic: lsp.Diagnostic, only=None) -> list[lsp.CodeAction]:
    return await asyncio.wait_for(editor.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri), range=diagnostic.range,
        context=lsp.CodeActionContext(diagnostics=[diagnostic], only=only))), WAIT)


def test_quick_fixes_apply_and_diagnostics_follow(tmp_path):
    @session
    async def scenario(editor: Editor):
        path, uri, found = await opened(editor, tmp_path)
        # A safe fix: preferred, titled with its code.
        actions = await actions_at(editor, uri, finding(found, "ST002"))
        fix = next(a for a in actions if "ST002" in a.title and a.kind == lsp.CodeActionKind.QuickFix
                   and "Disable" not in a.title)
        assert fix.is_preferred and "unsafe" not in fix.title
        editor.apply(fix.edit)
        assert editor.texts[uri] == STORY.replace("had 5 tables", "had five tables")
        after = seen(await editor.diagnostics(uri))
        assert "ST002" not in [item[0] for item in after]
        assert after == expected(path, editor.texts[uri], tmp_path)
        # An unsafe fix says so and is not preferred; applying it still works.
        found = await editor.diagnostics(uri)
        actions = await actions_at(editor, uri, finding(found, "SP001"))
        unsafe = next(a for a in actions if "SP001" in a.title and "Disable" not in a.title)
        assert "unsafe" in unsafe.title and not unsafe.is_preferred
        editor.apply(unsafe.edit)
        assert "said the shop" in editor.texts[uri]
        assert seen(await editor.diagnostics(uri)) == expected(path, editor.texts[uri], tmp_path)

    scenario()


def test_disable_on_this_line_writes_the_suppression_comment(tmp_path):
    @session
    async def scenario(editor: Editor):
        path, uri, found = await opened(editor, tmp_path)
        target = finding(found, "SP001")
        actions = await actions_at(editor, uri, target)
        disable = next(a for a in actions if a.title == "Disable SP001 on this line")
        editor.apply(disable.edit)
        lines = editor.texts[uri].splitlines()
        assert lines[target.range.start.line] == "<!-- copydesk: disable-next-line=SP001 -->"
        after = seen(await editor.diagnostics(uri))
        assert "SP001" not in [item[0] for item in after]
        assert after == expected(path, editor.texts[uri], tmp_path)
        # A second code on the same line joins the comment already there.
        st002 = finding(await editor.diagnostics(uri), "ST002")
        actions = await actions_at(editor, uri, st002)
        editor.apply(next(a for a in actions if a.title == "Disable ST002 on this line").edit)
        assert "<!-- copydesk: disable-next-line=SP001,ST002 -->" in editor.texts[uri].splitlines()
        after = seen(await editor.diagnostics(uri))
        assert not {"SP001", "ST002"} & {item[0] for item in after}
        assert after == expected(path, editor.texts[uri], tmp_path)
        # A comment that cannot work is shown on the comment (check warns on stderr).
        broken = "<!-- copydesk: disable-next-line=NOPE01 -->\n" + STORY
        broken_uri = editor.open(tmp_path / "broken.md", broken)
        warned = [d for d in await editor.diagnostics(broken_uri) if d.code is None]
        assert len(warned) == 1 and "no rule has the code or name 'NOPE01'" in warned[0].message
        assert (warned[0].range.start.line, warned[0].range.end.line) == (0, 0)
        assert warned[0].range.end.character == len("<!-- copydesk: disable-next-line=NOPE01 -->")
        # Plain text has no comment syntax: no such action there.
        plain = tmp_path / "noodles.txt"
        plain_uri = editor.open(plain, STORY.split("\n", 2)[2], language="plaintext")
        plain_found = await editor.diagnostics(plain_uri)
        actions = await actions_at(editor, plain_uri, finding(plain_found, "SP001"))
        assert actions and not any(a.title.startswith("Disable") for a in actions)

    scenario()


def test_fix_all_safe_matches_check_fix(tmp_path):
    @session
    async def scenario(editor: Editor):
        path, uri, found = await opened(editor, tmp_path)
        actions = await actions_at(editor, uri, found[0], only=[lsp.CodeActionKind.SourceFixAll])
        assert [a.kind for a in actions] == ["source.fixAll.copydesk"]
        editor.apply(actions[0].edit)
        proc = run_cli("check", "--fix", "--no-cache", "--stdin-filename", str(path), "-",
                       cwd=tmp_path, stdin=STORY.encode("utf-8"))
        assert editor.texts[uri] == proc.stdout.decode("utf-8") != STORY
        assert seen(await editor.diagnostics(uri)) == expected(path, editor.texts[uri], tmp_path)

    scenario()


def test_hover_shows_the_rule_docs(tmp_path):
    @session
    async def scenario(editor: Editor):
        await editor.launch(tmp_path)
        uri = editor.open(tmp_path / "noodles.md", STORY)
        target = finding(await editor.diagnostics(uri), "BP001")
        hover = await asyncio.wait_for(editor.text_document_hover_async(lsp.HoverParams(
            lsp.TextDocumentIdentifier(uri), lsp.Position(target.range.start.line, 3))), WAIT)
        assert hover.contents.kind == lsp.MarkupKind.Markdown
        assert hover.contents.value == run_cli("rule", "BP001", cwd=tmp_path).stdout.decode("utf-8")
        assert hover.range == target.range
        # Nothing to say where there is no finding.
        assert await asyncio.wait_for(editor.text_document_hover_async(lsp.HoverParams(
            lsp.TextDocumentIdentifier(uri), lsp.Position(0, 2))), WAIT) is None

    scenario()


COOK = textwrap.dedent("""\
    HARBOR CITY — The cook Zoë Łukasiewicz reopened her noodle shop on Tuesday, March 12, 2024.

    “We are open again,” Ms. Łukasiewicz said.
    """)


def test_config_and_people_file_changes_check_again(tmp_path):
    def people(gender: str) -> None:
        (tmp_path / "people.toml").write_text(f'[[person]]\nname = "Zoë Łukasiewicz"\ngender = "{gender}"\n',
                                              encoding="utf-8")

    def codes(uri: str) -> set[str]:
        return {d.code for d in editor_ref[0].published[uri].diagnostics}

    editor_ref = []

    @session
    async def scenario(editor: Editor):
        editor_ref.append(editor)
        await editor.launch(tmp_path)
        uri = editor.open(tmp_path / "cook.md", COOK)
        assert "TT004" not in {d.code for d in await editor.diagnostics(uri)}
        # A people file, named by a new config file: the open article is checked again.
        people("male")
        config = tmp_path / "copydesk.toml"
        config.write_text('people = "people.toml"\n', encoding="utf-8")
        await editor.until(lambda: "TT004" in codes(uri), "TT004 once the people file says male")
        people("female")
        await editor.until(lambda: "TT004" not in codes(uri), "TT004 gone once the people file says female")
        # A broken config: one message and one diagnostic naming file and line; the server keeps going.
        config.write_text('style = "ap"\npeeple = "people.toml"\n', encoding="utf-8")
        config_uri = f"file://{config}"
        await editor.until(lambda: config_uri in editor.published, "a diagnostic on the broken config")
        [broken] = editor.published[config_uri].diagnostics
        assert broken.range.start.line == 1 and "unknown config key 'peeple'" in broken.message
        assert not editor.published[uri].diagnostics
        wanted = [m for m in editor.messages if "copydesk.toml:2" in m.message and "peeple" in m.message]
        assert len(wanted) == 1 and wanted[0].type == lsp.MessageType.Error
        editor.change(uri, lsp.Range(lsp.Position(3, 0), lsp.Position(3, 0)), "\nShe said the shop opens at 9.\n")
        await editor.until(lambda: editor.published[uri].version == editor.versions[uri], "a check of the change")
        assert len([m for m in editor.messages if "peeple" in m.message]) == 1
        # Mended: the findings come back and the config's diagnostic goes.
        people("male")
        config.write_text('style = "ap"\npeople = "people.toml"\n', encoding="utf-8")
        await editor.until(lambda: "TT004" in codes(uri), "TT004 after the config is mended")
        await editor.until(lambda: not editor.published[config_uri].diagnostics, "the config diagnostic cleared")
        assert seen(editor.published[uri].diagnostics) == expected(tmp_path / "cook.md", editor.texts[uri], tmp_path)

    scenario()


CRASHING_PLUGIN = '''
import os

from lint.engine.hookspecs import hookimpl
from lint.engine.registry import rule


@rule(code="ZZ801", name="raises-on-boom", severity="warning", summary="Raises on 'boom'")
def boom(doc, ctx):
    if "boom" in doc.text:
        raise RuntimeError("kaboom")
    return ()


@rule(code="ZZ802", name="exits-on-meltdown", severity="warning", summary="Ends the process on 'meltdown'")
def meltdown(doc, ctx):
    if "meltdown" in doc.text:
        print("a plugin writing to stdout")
        os._exit(3)
    return ()


@hookimpl
def copydesk_rules():
    return [boom, meltdown]
'''


def test_a_crashing_plugin_never_takes_the_server_down(tmp_path):
    site = tmp_path / "site"
    info = site / "crashy_pack-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "entry_points.txt").write_text("[copydesk]\ncrashy = crashy_module\n", encoding="utf-8")
    (site / "crashy_module.py").write_text(CRASHING_PLUGIN, encoding="utf-8")

    @session
    async def scenario(editor: Editor):
        await editor.launch(tmp_path, env={"PYTHONPATH": str(site)})
        boom = STORY + "\nThe boom of the storm passed.\n"
        uri = editor.open(tmp_path / "boom.md", boom)
        found = await editor.diagnostics(uri)
        assert "BP001" in {d.code for d in found}  # the other rules still ran
        raised = [m for m in editor.messages if "ZZ801" in m.message]
        assert len(raised) == 1 and "kaboom" in raised[0].message and "crashy" in raised[0].message
        editor.change(uri, lsp.Range(lsp.Position(0, 2), lsp.Position(0, 2)), "Big ")
        await editor.diagnostics(uri)
        assert len([m for m in editor.messages if "ZZ801" in m.message]) == 1  # shown once
        # A plugin that ends the process: said once, and the next article is checked by a new one.
        editor.open(tmp_path / "meltdown.md", "HARBOR CITY — A meltdown at the plant, officials said.\n")
        await editor.until(lambda: any("checking process stopped" in m.message for m in editor.messages),
                           "the message about the stopped process")
        calm = editor.open(tmp_path / "calm.md", STORY)
        assert seen(await editor.diagnostics(calm)) == expected(
            tmp_path / "calm.md", STORY, tmp_path)

    scenario()


def test_a_huge_document_does_not_freeze_the_server(tmp_path):
    paragraph = ("HARBOR CITY — The cook 𠮷田 Ōno said the shop, which Zoë Łukasiewicz runs with 王小明, "
                 "had reopened on Tuesday after the river fell. “We are back,” she said.\n\n")
    # Two megabytes: its lint takes several times the 1.5 s limit even on a
    # fast machine, so the limit is always what stops it.
    huge = paragraph * (2_000_000 // len(paragraph.encode("utf-8")) + 1)
    assert len(huge.encode("utf-8")) > 2_000_000

    @session
    async def scenario(editor: Editor):
        await editor.launch(tmp_path, options={"timeoutMs": 1500})
        big = editor.open(tmp_path / "huge.md", huge)
        small = editor.open(tmp_path / "small.md", STORY)
        await editor.until(lambda: any("took longer than 1.5 s" in m.message for m in editor.messages),
                           "the message about the slow article")
        # The server answers and checks other articles meanwhile.
        assert seen(await editor.diagnostics(small)) == expected(tmp_path / "small.md", STORY, tmp_path)
        # Typing in the huge article is taken in (applied, no check); saving tries again, said once.
        editor.change(big, lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)), "Late: ")
        editor.text_document_did_save(lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(big)))
        target = finding(await editor.diagnostics(small), "BP001")
        hover = await asyncio.wait_for(editor.text_document_hover_async(lsp.HoverParams(
            lsp.TextDocumentIdentifier(small), target.range.start)), WAIT)
        assert hover.contents.value.startswith("BP001 related-link-line")
        editor.change(small, lsp.Range(lsp.Position(0, 0), lsp.Position(0, 1)), "#")
        await editor.diagnostics(small)
        assert len([m for m in editor.messages if "took longer" in m.message]) == 1

    scenario()


NEOVIM_SCRIPT = """\
vim.cmd("edit noodles.md")
local id = vim.lsp.start_client({ name = "copydesk", cmd = { vim.env.PYTHON, "-m", "lint", "server" },
                                  root_dir = vim.fn.getcwd() })
vim.lsp.buf_attach_client(0, id)
vim.wait(120000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format("%d:%d %s", d.lnum + 1, d.col + 1, d.message))
end
vim.fn.writefile(out, "seen.txt")
vim.cmd("qa!")
"""


@pytest.mark.skipif(not shutil.which("nvim"), reason="needs Neovim")
def test_neovim_puts_the_findings_on_the_right_bytes(tmp_path):
    """Neovim's own LSP client (UTF-16 on the wire, byte columns in the
    buffer) shows each finding where check's column, counted in bytes, is."""
    (tmp_path / "noodles.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "init.lua").write_text(NEOVIM_SCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COPYDESK_DISABLE_PLUGIN_AUTOLOAD")}
    env["PYTHON"] = sys.executable
    subprocess.run(["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-c", "luafile init.lua"],
                   cwd=tmp_path, env=env, timeout=180, capture_output=True)
    proc = run_cli("check", "--format", "json", "--no-cache", "noodles.md", cwd=tmp_path)
    lines = STORY.splitlines()
    wanted = [f"{d['line']}:{len(lines[d['line'] - 1][:d['column'] - 1].encode('utf-8')) + 1} {d['message']}"
              for d in json.loads(proc.stdout)]
    assert (tmp_path / "seen.txt").read_text(encoding="utf-8").splitlines() == wanted
