"""What a keystroke costs in ``copydesk server``, and how a 1 MB article behaves.

    python tests/bench/keystroke.py [--keystrokes 200] [--words 800]

Starts the server as an editor would (a subprocess speaking LSP over
stdio, pygls's client), with the debounce set to 0 so that what is timed
is the server's own work, and opens the ~800-word article ``articles.py``
writes. Then, one keystroke at a time (a letter typed, then deleted, in
the middle of the article), it times from sending ``didChange`` to
receiving the ``publishDiagnostics`` for that version: reading the change,
linting in the checking process, converting positions and writing the
answer. For comparison it also times ``Engine.lint_text`` on the same
text in this process (the lint alone).

Then it opens a ~1 MB article (the generator's articles one after the
other) with the default time limit, and while that article is being
checked it times hover requests and checks of a small article, to show
the server stays responsive; it reports whether the big article finished
within the limit.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from articles import Writer, write_single  # noqa: E402


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[int(len(ordered) * 0.9) - 1]
    return (f"median {statistics.median(ordered) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms, "
            f"min {ordered[0] * 1000:.1f} ms, max {ordered[-1] * 1000:.1f} ms (n={len(ordered)})")


async def run(args, folder: str) -> None:
    from lsprotocol import types as lsp
    from pygls.lsp.client import LanguageClient

    published: dict[str, lsp.PublishDiagnosticsParams] = {}
    arrival: dict[str, float] = {}
    messages: list[str] = []
    arrived = asyncio.Event()
    client = LanguageClient("copydesk-bench", "1")

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params):
        published[params.uri] = params
        arrival.setdefault(params.uri, time.perf_counter())
        arrived.set()

    @client.feature(lsp.WINDOW_SHOW_MESSAGE)
    def on_message(params):
        messages.append(params.message)

    @client.feature(lsp.WINDOW_LOG_MESSAGE)
    def on_log(params):
        pass

    async def until_version(uri: str, version: int) -> None:
        while not (uri in published and published[uri].version == version):
            arrived.clear()
            await asyncio.wait_for(arrived.wait(), 300)

    await client.start_io(sys.executable, "-m", "lint", "server", cwd=folder)
    await client.initialize_async(lsp.InitializeParams(
        capabilities=lsp.ClientCapabilities(), root_uri=f"file://{folder}",
        initialization_options={"debounceMs": 0}))
    client.initialized(lsp.InitializedParams())

    path = os.path.join(folder, "article.txt")
    words = write_single(path, args.words)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    uri = f"file://{path}"
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri, "plaintext", 1, text)))
    await until_version(uri, 1)
    lines = text.splitlines()
    row = len(lines) // 2
    column = len(lines[row]) // 2
    version = 1
    times = []
    for i in range(args.keystrokes + 10):
        version += 1
        if version % 2 == 0:
            change = lsp.TextDocumentContentChangePartial(
                range=lsp.Range(lsp.Position(row, column), lsp.Position(row, column)), text="x")
        else:
            change = lsp.TextDocumentContentChangePartial(
                range=lsp.Range(lsp.Position(row, column), lsp.Position(row, column + 1)), text="")
        started = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]))
        await until_version(uri, version)
        if i >= 10:  # the first few warm the checking process up
            times.append(time.perf_counter() - started)
    print(f"keystroke in a {words}-word article, change sent -> diagnostics received: {summary(times)}")
    print(f"  ({len(published[uri].diagnostics)} diagnostics each time)")

    from lint.engine.core import Engine

    engine = Engine()
    settings = engine.settings_for(path)
    engine.lint_text(path, text, settings)
    lint_times = []
    for _ in range(args.keystrokes):
        started = time.perf_counter()
        engine.lint_text(path, text, settings)
        lint_times.append(time.perf_counter() - started)
    print(f"the lint alone, in this process (Engine.lint_text): {summary(lint_times)}")

    # A ~1 MB article: the server must stay responsive while it is checked.
    writer = Writer(1)
    parts, size = [], 0
    while size < 1_000_000:
        part, _ = writer.article(800)
        parts.append(part)
        size += len(part.encode("utf-8"))
    big_text = "\n\n".join(parts)
    big_uri = f"file://{os.path.join(folder, 'big.txt')}"
    small_uri = f"file://{os.path.join(folder, 'small.txt')}"
    started = time.perf_counter()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        lsp.TextDocumentItem(big_uri, "plaintext", 1, big_text)))
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(small_uri, "plaintext", 1, text)))
    hovers = []
    big_version = 1
    while time.perf_counter() - started < 12 and not (big_uri in published or messages):
        big_version += 1
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=big_uri, version=big_version),
            [lsp.TextDocumentContentChangePartial(range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
                                                 text="x")]))
        asked = time.perf_counter()
        await asyncio.wait_for(client.text_document_hover_async(lsp.HoverParams(
            lsp.TextDocumentIdentifier(uri), lsp.Position(row, column))), 300)
        hovers.append(time.perf_counter() - asked)
        await asyncio.sleep(0.2)
    print(f"1 MB article ({len(big_text.encode('utf-8')):,} bytes): a change to it followed by a hover on "
          f"another article, while it is checked: {summary(hovers)}")
    if big_uri in published:
        print(f"  checked in {time.perf_counter() - started:.1f} s")
    else:
        print(f"  after {time.perf_counter() - started:.1f} s: {messages[-1] if messages else 'no answer yet'}")
    await until_version(small_uri, 1)
    print(f"  the small article opened beside it got its diagnostics after "
          f"{arrival[small_uri] - started:.2f} s")
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes", type=int, default=200)
    parser.add_argument("--words", type=int, default=800)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(args, folder))


if __name__ == "__main__":
    main()
