"""The checking process behind ``copydesk server``.

The language server never lints in its own process. It starts this module
as a child process (``python -m lint.server.worker``) and sends it one
request at a time over a pipe; the child owns the engine (plugins, rules,
config) and answers with plain values. Why a process and not a thread:

- an article that takes too long can be stopped: the server kills the
  child and starts a new one, which a thread would not allow;
- a plugin that crashes the interpreter, calls ``sys.exit`` or prints to
  stdout cannot take the editor's connection down with it;
- a config or data file that changed is read afresh by a fresh process,
  with none of the rules' per-path caches left over.

Requests and answers are pickled tuples on the child's stdin and stdout
(only the server writes the one and reads the other). Anything a plugin
prints goes to stderr, which the editor keeps as the server's log.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import traceback
from typing import Any

from lint.engine.config import CONFIG_NAMES


class WorkerDied(Exception):
    """The checking process stopped without answering (crashed, killed or exited)."""


class Worker:
    """The server's handle on one checking process."""

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv  # -p no:NAME, --config PATH, --no-config
        self.process: subprocess.Popen | None = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lint.server.worker", *self.argv],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,  # buffered: pickle needs whole reads
        )

    def call(self, *request: Any) -> Any:
        """Send one request and wait for its answer (blocking; the server calls
        this from a thread). A failure inside the child comes back as
        ``RuntimeError`` with the child's traceback; a child that dies is
        ``WorkerDied``."""
        if self.process is None or self.process.poll() is not None:
            self.start()
        process = self.process
        try:
            pickle.dump(request, process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            process.stdin.flush()
            status, value = pickle.load(process.stdout)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError):
            # The pipe closes a moment before the process is gone: wait for it,
            # so that the next request surely starts a new one.
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            self.stop()
            code = process.returncode
            raise WorkerDied(f"exit status {code}" if code is not None else "no answer") from None
        if status == "error":
            raise RuntimeError(value)
        return value

    def stop(self) -> None:
        """Kill the process (an answer it was working on is abandoned)."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()
        if process is not None:
            for stream in (process.stdin, process.stdout):
                try:
                    stream.close()
                except OSError:
                    pass


# -- the child's side --------------------------------------------------------

def _engine(argv: list[str]):
    """The engine, built as ``copydesk check`` builds it from the same flags."""
    from lint.commands.options import build_parser, make_engine

    args = build_parser().parse_args(["check", *argv])
    return make_engine(args)


def config_candidates(path: str, found: str | None) -> list[str]:
    """Config file names whose appearance, change or removal would change the
    settings of ``path``: every name in each folder from the file's own up
    to the folder of the config that was found (or the top)."""
    names = []
    folder = os.path.dirname(os.path.abspath(path))
    stop = os.path.dirname(os.path.abspath(found)) if found else None
    while True:
        names.extend(os.path.join(folder, name) for name in CONFIG_NAMES)
        parent = os.path.dirname(folder)
        if folder == stop or parent == folder:
            return names
        folder = parent


def data_files(settings) -> list[str]:
    """The people file, word lists and style-pack files a file's settings name."""
    def absolute(name: str) -> str:
        name = os.path.expanduser(name)
        return os.path.normpath(name if os.path.isabs(name) else os.path.join(settings.root, name))

    files = [absolute(settings["people"])] if settings.get("people") else []
    files += [absolute(name) for key in ("accept-files", "reject-files") for name in settings.get(key) or ()]
    files += [absolute(name) for name in settings.get("style-packs") or () if name.lower().endswith(".toml")]
    return files


def lint(engine, argv: list[str], path: str, text: str) -> dict[str, Any]:
    """Lint an open document as ``copydesk check --stdin-filename PATH -`` would.

    Returns the diagnostics, the suppression comments that cannot work
    (offset, reason), the document's format, the file problems
    (internal errors, broken data files) as one-line strings, a broken
    config as ``(path, line, message)``, and the files to watch for changes.
    """
    from lint.engine.config import ConfigError
    from lint.support.reading import InputError

    answer: dict[str, Any] = {"diagnostics": [], "format": None, "problems": [], "config_error": None,
                              "watched": [], "directives": []}
    isolated = "--no-config" in argv
    try:
        settings = engine.settings_for(path)
    except ConfigError as exc:
        answer["config_error"] = (exc.path, exc.line, str(exc))
        answer["watched"] = [exc.path] + ([] if isolated else config_candidates(path, exc.path))
        return answer
    answer["watched"] = ([] if isolated else config_candidates(path, settings.source)) \
        + list(settings.sources) + data_files(settings)
    try:
        limit = settings["max-file-size"]
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limit:
            raise InputError(f"is too large ({size:,} bytes; the limit is {limit:,}, set max-file-size to raise it)")
    except InputError as exc:
        answer["problems"] = [f"{path}: {exc}"]
        return answer
    if not text.strip():
        return answer
    try:
        doc = engine.load(path, text, settings)
    except InputError as exc:  # a file named as HTML that holds none
        answer["problems"] = [f"{path}: {exc}"]
        return answer
    result = engine.lint_loaded(doc, settings)
    answer.update(diagnostics=result.diagnostics, format=doc.format,
                  problems=[str(problem) for problem in result.problems])
    if "copydesk" in text:  # check warns on stderr; an editor shows it on the comment itself
        from lint.engine.suppress import directive_warnings

        answer["directives"] = directive_warnings(
            text, lambda token: engine.known_code(token) or engine.rules.find(token) is not None)
    return answer


def fix(engine, path: str, text: str) -> str:
    """The text with every safe fix applied, as ``copydesk check --fix`` would."""
    new_text, _ = engine.fix_text(path, text, engine.settings_for(path), unsafe=False)
    return new_text


WARM_UP_TEXT = """\
HARBOR CITY — The council voted 5-2 on Tuesday, March 12, 2024, to reopen the old ferry pier.

“We waited long enough,” said Councilwoman Ada Brightwater, who chairs the transit committee.
Ms. Brightwater said work would start in April.
"""


def warm_up(engine) -> None:
    """Load what the rules read on first use (word lists, dictionaries), so
    that the first article's check is not charged for it."""
    from lint.engine.config import ConfigError

    for name in ("warm-up.txt", "warm-up.md"):
        path = os.path.join(os.getcwd(), name)
        try:
            engine.lint_text(path, WARM_UP_TEXT, engine.settings_for(path))
        except ConfigError:  # reported when an article under it is checked
            return


def rule_docs(engine) -> dict[str, tuple[str, str]]:
    """Code -> (name, the text ``copydesk rule CODE`` prints), for every rule."""
    from lint.commands.rule import rule_text

    return {rule.code: (rule.name, rule_text(rule)) for rule in engine.rules}


def serve(argv: list[str]) -> None:
    """Answer requests from stdin until it closes."""
    requests = sys.stdin.buffer
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a plugin's print() must not reach the pipe
    engine = None
    while True:
        try:
            request = pickle.load(requests)
        except EOFError:
            return
        try:
            if engine is None:
                engine = _engine(argv)
            kind, *args = request
            if kind == "lint":
                value = lint(engine, argv, *args)
            elif kind == "fix":
                value = fix(engine, *args)
            elif kind == "rules":
                value = rule_docs(engine)
            elif kind == "warm":
                value = warm_up(engine)
            else:
                raise ValueError(f"unknown request {kind!r}")
            answer = ("ok", value)
        except BaseException as exc:  # noqa: BLE001 - SystemExit from a plugin included
            if isinstance(exc, KeyboardInterrupt):
                return
            answer = ("error", "".join(traceback.format_exception_only(type(exc), exc)).strip()
                      + "\n" + traceback.format_exc())
        pickle.dump(answer, answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()


if __name__ == "__main__":
    serve(sys.argv[1:])
