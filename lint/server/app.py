"""``copydesk server``: the Language Server Protocol over stdio (pygls).

What it does for each open article (plain text, Markdown — whatever the
installed format plugins read):

- diagnostics on open, on save and, debounced, on change (incremental
  sync), the same codes, messages, severities and ranges as ``copydesk
  check`` gives for the file's path and the config that applies to it;
  positions in the encoding the client offers (UTF-16 unless it offers
  UTF-8 or UTF-32);
- code actions: each safe or unsafe fix (unsafe ones say so), "fix all
  safe" (``source.fixAll.copydesk``), and "disable CODE on this line" with
  the suppression comment where the format has comments (Markdown); a
  suppression comment that cannot work is a warning on the comment;
- hover on a finding: the rule's documentation, as ``copydesk rule CODE``;
- config, people-file and word-list changes re-check the open articles; a
  broken config is one message and one diagnostic naming file and line.

Linting runs in a child process (``lint.server.worker``), one request at a
time, so the event loop stays free: a rule that raises, a plugin that
crashes the process, or an article that takes longer than the time limit
is reported once and never takes the server down.

Settings (LSP ``initializationOptions``): ``debounceMs`` (default 100),
``timeoutMs`` (default 10000).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os

from lsprotocol import types as lsp
from pygls import uris
from pygls.lsp.server import LanguageServer

from lint import __version__
from lint.model import Applicability, Severity
from lint.server.positions import UTF16, PositionMap, apply_change, minimal_edit
from lint.server.worker import Worker, WorkerDied
from lint.support.lines import dominant_newline

log = logging.getLogger("copydesk.server")

DEBOUNCE_MS = 100
TIMEOUT_MS = 10_000
POLL_SECONDS = 1.0
WARM_UP_SECONDS = 120  # a new checking process: engine, plugins and rule data
LARGE_CHARS = 200_000  # longer articles are checked in a process of their own
FIX_ALL_KIND = "source.fixAll.copydesk"
# Formats whose copy can hold copydesk's suppression comment (<!-- ... -->).
COMMENT_FORMATS = ("markdown", "html")
SEVERITIES = {Severity.ERROR: lsp.DiagnosticSeverity.Error, Severity.WARNING: lsp.DiagnosticSeverity.Warning,
              Severity.INFO: lsp.DiagnosticSeverity.Information}


class Checked:
    """One lint of one version of a document."""

    __slots__ = ("version", "positions", "diagnostics", "format", "directives")

    def __init__(self, version: int, positions: PositionMap, diagnostics: list, fmt: str | None,
                 directives: list | None = None) -> None:
        self.version = version
        self.positions = positions
        self.diagnostics = diagnostics
        self.format = fmt
        self.directives = directives or []  # (offset, reason): suppression comments that cannot work


class OpenDocument:
    """An article open in the editor: its text as the client sent it."""

    __slots__ = ("uri", "path", "text", "version", "checked", "timer", "slow")

    def __init__(self, uri: str, path: str, text: str, version: int) -> None:
        self.uri = uri
        self.path = path
        self.text = text
        self.version = version
        self.checked: Checked | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.slow = False  # took longer than the time limit: checked on open and save only


class Lane:
    """A checking process with its own queue of documents, checked one at a time."""

    def __init__(self, name: str, worker_argv: list[str]) -> None:
        self.worker = Worker(worker_argv)
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"copydesk-{name}")
        self.queue: dict[str, None] = {}  # URIs to check, oldest first
        self.lock: asyncio.Lock | None = None  # made once the event loop runs
        self.wake: asyncio.Event | None = None

    def start(self) -> None:
        self.lock = asyncio.Lock()
        self.wake = asyncio.Event()
        if self.queue:
            self.wake.set()

    async def stop_worker(self) -> None:
        if self.lock is None:
            self.worker.stop()
            return
        async with self.lock:
            self.worker.stop()


class Session:
    """The server's state: open documents, the checking processes, watched files."""

    def __init__(self, server: LanguageServer, worker_argv: list[str]) -> None:
        self.server = server
        # Ordinary articles, and very long ones: a huge article never holds up the others.
        self.lanes = (Lane("lint", worker_argv), Lane("lint-large", worker_argv))
        self.docs: dict[str, OpenDocument] = {}
        self.encoding = UTF16
        self.debounce = DEBOUNCE_MS / 1000
        self.timeout = TIMEOUT_MS / 1000
        self.stamps: dict[str, tuple[int, int] | None] = {}
        self.config_errors: set[str] = set()  # URIs of config files showing an error
        self.shown: set[str] = set()
        self.docs_by_code: dict[str, tuple[str, str]] | None = None
        self.tasks: list[asyncio.Task] = []
        self.started = False  # the client said initialized: the event loop runs the queues

    # -- messages -----------------------------------------------------------
    def report_once(self, message: str, kind: lsp.MessageType = lsp.MessageType.Warning,
                    detail: str | None = None) -> None:
        """Log and show a message, once per server run (or per config state)."""
        if message in self.shown:
            return
        self.shown.add(message)
        log.warning("%s", detail or message)
        self.server.window_log_message(lsp.LogMessageParams(kind, detail or message))
        self.server.window_show_message(lsp.ShowMessageParams(kind, message))

    # -- the checking process ---------------------------------------------
    def lane_for(self, text: str) -> Lane:
        return self.lanes[len(text) >= LARGE_CHARS]

    async def call(self, lane: Lane, *request, timeout: float | None = None):
        """One request to a checking process, off the event loop. On timeout
        the process is killed (the next request starts a new one). A new
        process first builds its engine and loads the rules' data, outside
        the time limit, so that the limit measures the article alone."""
        assert lane.lock is not None
        async with lane.lock:
            if not lane.worker.running:
                await self._call(lane, ("warm",), WARM_UP_SECONDS)
            return await self._call(lane, request, timeout)

    async def _call(self, lane: Lane, request: tuple, timeout: float | None):
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(lane.pool, lane.worker.call, *request)
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout)
        except asyncio.TimeoutError:
            lane.worker.stop()
            try:
                await future
            except Exception:  # the killed process's broken pipe
                pass
            raise

    async def rule_docs(self) -> dict[str, tuple[str, str]]:
        if self.docs_by_code is None:
            try:
                self.docs_by_code = await self.call(self.lanes[0], "rules", timeout=WARM_UP_SECONDS)
            except (WorkerDied, RuntimeError, asyncio.TimeoutError) as exc:
                self.report_failure(exc, "reading the rules")
                return {}
        return self.docs_by_code

    def report_failure(self, exc: Exception, doing: str) -> None:
        if isinstance(exc, WorkerDied):
            self.report_once(f"copydesk: the checking process stopped ({exc}) while {doing}; "
                             f"it is started again for the next check", lsp.MessageType.Error)
        else:
            text = str(exc)
            self.report_once(f"copydesk: error while {doing}: {text.splitlines()[0]}",
                             lsp.MessageType.Error, detail=text)

    # -- scheduling ----------------------------------------------------------
    def schedule(self, doc: OpenDocument, delay: float) -> None:
        if doc.timer is not None:
            doc.timer.cancel()
            doc.timer = None
        if delay <= 0:
            self.enqueue(doc.uri)
        else:
            doc.timer = asyncio.get_running_loop().call_later(delay, self.enqueue, doc.uri)

    def enqueue(self, uri: str) -> None:
        doc = self.docs.get(uri)
        if doc is not None:
            doc.timer = None
            lane = self.lane_for(doc.text)
            for other in self.lanes:
                if other is not lane:
                    other.queue.pop(uri, None)
            lane.queue[uri] = None
            if lane.wake is not None:
                lane.wake.set()

    async def run_queue(self, lane: Lane) -> None:
        """Check a lane's queued documents one at a time, for as long as the server runs."""
        assert lane.wake is not None
        while True:
            await lane.wake.wait()
            lane.wake.clear()
            while lane.queue:
                uri = next(iter(lane.queue))
                del lane.queue[uri]
                try:
                    await self.check(uri)
                except Exception as exc:  # a bug here must not stop later checks
                    log.exception("checking %s", uri)
                    self.report_once(f"copydesk: internal error in the server: {type(exc).__name__}: {exc}",
                                     lsp.MessageType.Error)

    async def check(self, uri: str) -> Checked | None:
        """Lint the document's current text; publish the diagnostics if the
        document has not changed meanwhile."""
        doc = self.docs.get(uri)
        if doc is None:
            return None
        text, version = doc.text, doc.version
        try:
            answer = await self.call(self.lane_for(text), "lint", doc.path, text, timeout=self.timeout)
        except asyncio.TimeoutError:
            doc.slow = True
            self.report_once(f"copydesk: checking {doc.path} took longer than {self.timeout:g} s and was "
                             f"stopped; it is checked on save only from now on (the timeoutMs setting "
                             f"raises the limit)")
            return None
        except (WorkerDied, RuntimeError) as exc:
            self.report_failure(exc, f"checking {doc.path}")
            return None
        self.watch(answer["watched"])
        self.show_config_error(answer["config_error"])
        for problem in answer["problems"]:
            self.report_once(f"copydesk: {problem}")
        if self.docs.get(uri) is not doc or doc.version != version:
            return None  # changed meanwhile: a newer check is on its way
        doc.checked = Checked(version, PositionMap(text, self.encoding), answer["diagnostics"], answer["format"],
                              answer["directives"])
        self.publish(doc)
        return doc.checked

    async def current(self, uri: str) -> tuple[OpenDocument | None, Checked | None]:
        """An open document and its findings for its text as it is now."""
        doc = self.docs.get(uri)
        if doc is None:
            return None, None
        if doc.checked is not None and doc.checked.version == doc.version:
            return doc, doc.checked
        return doc, await self.check(uri)

    # -- output --------------------------------------------------------------
    def lsp_diagnostic(self, checked: Checked, diagnostic) -> lsp.Diagnostic:
        return lsp.Diagnostic(
            range=lsp_range(checked.positions, diagnostic.span.start, diagnostic.span.end),
            message=diagnostic.message, severity=SEVERITIES[diagnostic.severity], code=diagnostic.code,
            source="copydesk", data={"name": diagnostic.name},
        )

    def publish(self, doc: OpenDocument) -> None:
        checked = doc.checked
        found = [self.lsp_diagnostic(checked, d) for d in checked.diagnostics] if checked else []
        for offset, reason in checked.directives if checked else ():
            end = checked.positions.text.find("-->", offset)
            found.append(lsp.Diagnostic(
                range=lsp_range(checked.positions, offset, end + 3 if end != -1 else offset),
                message=reason, severity=lsp.DiagnosticSeverity.Warning, source="copydesk"))
        self.server.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=doc.uri, diagnostics=found, version=doc.version))

    def show_config_error(self, error) -> None:
        """A broken config: one message, and one diagnostic on the config file."""
        if error is None:
            return
        path, line, message = error
        self.report_once(f"copydesk: {message}", lsp.MessageType.Error)
        uri = uris.from_fs_path(path) or path
        if uri in self.config_errors:
            return
        self.config_errors.add(uri)
        row = max((line or 1) - 1, 0)
        self.server.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[
            lsp.Diagnostic(range=lsp.Range(lsp.Position(row, 0), lsp.Position(row + 1, 0)), message=message,
                           severity=lsp.DiagnosticSeverity.Error, source="copydesk")]))

    # -- watched files --------------------------------------------------------
    def watch(self, paths) -> None:
        for path in paths:
            if path not in self.stamps:
                self.stamps[path] = stamp(path)

    async def poll(self) -> None:
        while True:
            await asyncio.sleep(POLL_SECONDS)
            await self.look_for_changes()

    async def look_for_changes(self) -> None:
        """If a config, people or word-list file changed: a fresh checking
        process (nothing cached from the old files) and every open document
        checked again."""
        if all(stamp(path) == before for path, before in list(self.stamps.items())):
            return
        log.info("a config or data file changed; checking the open documents again")
        for lane in self.lanes:
            await lane.stop_worker()
        self.stamps.clear()
        self.docs_by_code = None
        for uri in self.config_errors:
            self.server.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        self.config_errors.clear()
        self.shown = {message for message in self.shown if not message.startswith("copydesk: error")
                      and "config" not in message}
        for doc in self.docs.values():
            doc.slow = False
            self.enqueue(doc.uri)

    # -- code actions -----------------------------------------------------------
    async def code_actions(self, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        doc, checked = await self.current(params.text_document.uri)
        if checked is None:
            return None
        only = params.context.only
        positions = checked.positions
        start = positions.offset(params.range.start.line, params.range.start.character)
        end = positions.offset(params.range.end.line, params.range.end.character)
        actions: list[lsp.CodeAction] = []
        for diagnostic in checked.diagnostics:
            span = diagnostic.span
            if not (span.start <= end and start <= span.end):
                continue
            shown = [self.lsp_diagnostic(checked, diagnostic)]
            fix = diagnostic.fix
            if fix is not None and fix.applicability is not Applicability.DISPLAY:
                safe = fix.applicability is Applicability.SAFE
                title = fix.title or diagnostic.help or f"Fix {diagnostic.code}"
                edits = [lsp.TextEdit(lsp_range(positions, e.span.start, e.span.end), e.replacement)
                         for e in fix.edits]
                actions.append(lsp.CodeAction(
                    title=f"{title} ({diagnostic.code})" if safe else f"{title} ({diagnostic.code}, unsafe fix)",
                    kind=lsp.CodeActionKind.QuickFix, diagnostics=shown, is_preferred=safe,
                    edit=self.workspace_edit(doc, edits)))
            if checked.format in COMMENT_FORMATS:
                edit = disable_edit(doc.text, positions, diagnostic)
                actions.append(lsp.CodeAction(
                    title=f"Disable {diagnostic.code} on this line", kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=shown, edit=self.workspace_edit(doc, [edit])))
        if wanted(FIX_ALL_KIND, only) and any(
                d.fix is not None and d.fix.applicability is Applicability.SAFE for d in checked.diagnostics):
            fix_all = await self.fix_all(doc, checked)
            if fix_all is not None:
                actions.append(fix_all)
        return [action for action in actions if wanted(action.kind, only)]

    async def fix_all(self, doc: OpenDocument, checked: Checked) -> lsp.CodeAction | None:
        text, version = doc.text, doc.version
        try:
            fixed = await self.call(self.lane_for(text), "fix", doc.path, text, timeout=self.timeout)
        except asyncio.TimeoutError:
            self.report_once(f"copydesk: fixing {doc.path} took longer than {self.timeout:g} s and was stopped")
            return None
        except (WorkerDied, RuntimeError) as exc:
            self.report_failure(exc, f"fixing {doc.path}")
            return None
        if fixed == text or doc.version != version:
            return None
        start, end, replacement = minimal_edit(text, fixed)
        edit = lsp.TextEdit(lsp_range(checked.positions, start, end), replacement)
        return lsp.CodeAction(title="Fix all safe copydesk findings in this file",
                              kind=FIX_ALL_KIND, edit=self.workspace_edit(doc, [edit]))

    def workspace_edit(self, doc: OpenDocument, edits: list[lsp.TextEdit]) -> lsp.WorkspaceEdit:
        """Versioned edits when the client takes them (a stale edit is refused)."""
        capabilities = self.server.client_capabilities
        workspace = capabilities.workspace if capabilities else None
        if workspace and workspace.workspace_edit and workspace.workspace_edit.document_changes:
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(
                text_document=lsp.OptionalVersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version),
                edits=edits)])
        return lsp.WorkspaceEdit(changes={doc.uri: edits})

    # -- hover ------------------------------------------------------------------
    async def hover(self, params: lsp.HoverParams) -> lsp.Hover | None:
        doc, checked = await self.current(params.text_document.uri)
        if checked is None:
            return None
        offset = checked.positions.offset(params.position.line, params.position.character)
        found = [d for d in checked.diagnostics
                 if d.span.start <= offset < d.span.end or d.span.start == d.span.end == offset]
        if not found:
            return None
        docs = await self.rule_docs()
        codes = list(dict.fromkeys(d.code for d in found))
        texts = [docs[code][1] if code in docs else f"{code}\n" for code in codes]
        first = found[0]
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=self.markup_kind(), value="\n---\n\n".join(texts)),
            range=lsp_range(checked.positions, first.span.start, first.span.end))

    def markup_kind(self) -> lsp.MarkupKind:
        capabilities = self.server.client_capabilities
        hover = capabilities.text_document.hover if capabilities and capabilities.text_document else None
        formats = hover.content_format if hover else None
        if formats and lsp.MarkupKind.Markdown not in formats:
            return lsp.MarkupKind.PlainText
        return lsp.MarkupKind.Markdown


# -- helpers ---------------------------------------------------------------------

def stamp(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def lsp_range(positions: PositionMap, start: int, end: int) -> lsp.Range:
    return lsp.Range(lsp.Position(*positions.position(start)), lsp.Position(*positions.position(end)))


def wanted(kind: str | None, only) -> bool:
    """Whether a code action kind passes the client's ``only`` filter."""
    if not only:
        return True
    kind = str(getattr(kind, "value", kind) or "")
    return any(kind == str(getattr(o, "value", o)) or kind.startswith(str(getattr(o, "value", o)) + ".")
               for o in only)


def disable_edit(text: str, positions: PositionMap, diagnostic) -> lsp.TextEdit:
    """The edit that adds ``<!-- copydesk: disable-next-line=CODE -->`` above the
    finding's first line, or adds the code to such a comment already there."""
    from lint.engine.suppress import _DIRECTIVE

    line, _ = positions.position(diagnostic.span.start)
    start, end = positions.index.line_span(line + 1, text)
    if line > 0:
        above_start, above_end = positions.index.line_span(line, text)
        match = _DIRECTIVE.fullmatch(text[above_start:above_end].strip())
        if match and match.group("verb") == "disable-next-line":
            codes = [c.strip() for c in match.group("codes").split(",") if c.strip()] + [diagnostic.code]
            indent = text[above_start:above_end][:len(text[above_start:above_end])
                                                 - len(text[above_start:above_end].lstrip())]
            comment = f"{indent}<!-- copydesk: disable-next-line={','.join(codes)} -->"
            return lsp.TextEdit(lsp_range(positions, above_start, above_end), comment)
    content = text[start:end]
    indent = content[:len(content) - len(content.lstrip(" \t"))]
    comment = f"{indent}<!-- copydesk: disable-next-line={diagnostic.code} -->{dominant_newline(text)}"
    return lsp.TextEdit(lsp_range(positions, start, start), comment)


def document_path(uri: str, language_id: str | None, root: str | None) -> str:
    """The file path config lookup and format choice use; an unsaved buffer
    is named as if it were in the workspace's root folder."""
    path = uris.to_fs_path(uri) if uri.startswith("file:") else None
    if path:
        return path
    suffix = ".md" if language_id == "markdown" else ".txt"
    return os.path.join(root or os.getcwd(), "untitled" + suffix)


def make_server(worker_argv: list[str]) -> LanguageServer:
    """The language server with copydesk's features registered."""
    server = LanguageServer("copydesk", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
    session = Session(server, worker_argv)
    server.copydesk = session  # type: ignore[attr-defined]

    @server.feature(lsp.INITIALIZE)
    def initialize(params: lsp.InitializeParams) -> None:
        encoding = server.workspace.position_encoding
        session.encoding = str(getattr(encoding, "value", encoding) or UTF16)
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        for key, attribute, default in (("debounceMs", "debounce", DEBOUNCE_MS), ("timeoutMs", "timeout", TIMEOUT_MS)):
            value = options.get(key, default)
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
                setattr(session, attribute, value / 1000)

    @server.feature(lsp.INITIALIZED)
    async def initialized(params: lsp.InitializedParams) -> None:
        for lane in session.lanes:
            lane.start()
        session.started = True
        session.tasks = [asyncio.ensure_future(session.run_queue(lane)) for lane in session.lanes]
        session.tasks.append(asyncio.ensure_future(session.poll()))
        capabilities = server.client_capabilities.workspace
        watched = capabilities.did_change_watched_files if capabilities else None
        if watched and watched.dynamic_registration:
            glob = "**/{.copydesk.toml,copydesk.toml,pyproject.toml,*.toml,*.txt}"
            try:
                await server.client_register_capability_async(lsp.RegistrationParams(registrations=[
                    lsp.Registration(id="copydesk-config", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                     register_options=lsp.DidChangeWatchedFilesRegistrationOptions(
                                         watchers=[lsp.FileSystemWatcher(glob_pattern=glob)]))]))
            except Exception:  # the poll still notices changes
                log.info("the client refused file watching; polling instead")

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: lsp.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        root = uris.to_fs_path(server.workspace.root_uri) if server.workspace.root_uri else None
        doc = OpenDocument(item.uri, document_path(item.uri, item.language_id, root), item.text, item.version)
        session.docs[item.uri] = doc
        if session.started:
            session.schedule(doc, 0)
        else:
            session.enqueue(item.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: lsp.DidChangeTextDocumentParams) -> None:
        doc = session.docs.get(params.text_document.uri)
        if doc is None:
            return
        for change in params.content_changes:
            doc.text = apply_change(doc.text, getattr(change, "range", None), change.text, session.encoding)
        doc.version = params.text_document.version
        if not doc.slow:
            session.schedule(doc, session.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    async def did_save(params: lsp.DidSaveTextDocumentParams) -> None:
        doc = session.docs.get(params.text_document.uri)
        if session.started:
            await session.look_for_changes()  # a config or people file saved from the editor
        if doc is not None:
            session.schedule(doc, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: lsp.DidCloseTextDocumentParams) -> None:
        doc = session.docs.pop(params.text_document.uri, None)
        for lane in session.lanes:
            lane.queue.pop(params.text_document.uri, None)
        if doc is not None and doc.timer is not None:
            doc.timer.cancel()
        server.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def watched_files(params: lsp.DidChangeWatchedFilesParams) -> None:
        if session.started:
            await session.look_for_changes()

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL_KIND]))
    async def code_action(params: lsp.CodeActionParams):
        return await session.code_actions(params)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def hover(params: lsp.HoverParams):
        return await session.hover(params)

    @server.feature(lsp.SHUTDOWN)
    def shutdown(params) -> None:
        for lane in session.lanes:
            lane.worker.stop()

    return server


def serve(worker_argv: list[str]) -> int:
    """Run the server on stdin/stdout until the client says exit."""
    import sys

    # The protocol owns the real stdout; anything else printed goes to stderr.
    stdout = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    logging.basicConfig(level=logging.WARNING, format="copydesk server: %(message)s")
    import faulthandler
    import signal

    if hasattr(signal, "SIGUSR1"):  # kill -USR1 PID: every thread's stack on stderr, for a bug report
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    server = make_server(worker_argv)
    try:
        server.start_io(sys.stdin.buffer, stdout)
    finally:
        for lane in server.copydesk.lanes:
            lane.worker.stop()
    return 0
