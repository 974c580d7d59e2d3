"""The run: plugins, rules and config put together; lint one file at a time."""

from __future__ import annotations

import codecs
import datetime as dt
from typing import Any

from lint.analysis.quotes import rewrites_quote
from lint.article.document import Document
from lint.engine.config import ConfigError, ConfigLoader, Settings, core_options
from lint.engine.fixer import (MAX_FIX_PASSES, FileBusy, FileChanged, applicable, apply_fixes, locked,
                        write_atomically)
from lint.engine.plugins import Plugins
from lint.engine.registry import RuleContext, RuleSet
from lint.engine.selection import Selection, normalise
from lint.model import Applicability, Diagnostic, FileProblem, FileResult, Severity
from lint.support.lines import dominant_newline
from lint.support.patterns import file_budget
from lint.support.reading import EmptyInput, InputError, read_path


class Engine:
    """Everything a run needs, built once: plugins, rules, config loader."""

    def __init__(self, plugins: Plugins | None = None, cli: dict[str, Any] | None = None,
                 config_path: str | None = None, isolated: bool = False) -> None:
        self.plugins = plugins or Plugins()
        hook = self.plugins.hook
        rules = []
        for impl in hook.copydesk_rules.get_hookimpls():
            label = self.plugins.label(impl.plugin)
            builtin = impl.plugin_name.startswith("lint.")
            for item in impl.function() or ():
                rules.append(item if builtin else item._replace(plugin=label))
        self.rules = RuleSet(rules)
        self.options = core_options()
        hook.copydesk_addoption.call_historic(kwargs={"options": self.options})
        self.config = ConfigLoader(self.options, self.known_code, self.rules.find, cli,
                                   config_path=config_path, isolated=isolated)
        self._selections: dict[int, tuple[Settings, list]] = {}

    def known_code(self, prefix: str) -> bool:
        prefix = normalise(prefix)
        return prefix == "" or bool(self.rules.matching(prefix))

    def settings_for(self, path: str) -> Settings:
        return self.config.for_path(path)

    def _active_rules(self, settings: Settings, path: str) -> list:
        per_file = settings.ignored_for(path)
        key = (id(settings), tuple(per_file))
        cached = self._selections.get(key)
        if cached is None:
            cli = self.config.cli
            selection = Selection(
                settings["select"], settings["ignore"],
                override_select=list(cli.get("select") or ()) + list(cli.get("extend-select") or ()),
                override_ignore=cli.get("ignore") or (), always_ignore=per_file,
            )
            active = [
                (r, RuleContext(r, settings.severity_of(r), settings.options_of(r), settings))
                for r in self.rules if selection.enabled(r.code)
            ]
            cached = self._selections[key] = (settings, active)
        return cached[1]

    # -- linting -----------------------------------------------------------
    def load(self, path: str, text: str, settings: Settings, had_bom: bool = False) -> Document:
        doc = self.plugins.hook.copydesk_load_document(path=path, text=text, config=settings)
        doc.had_bom = had_bom
        date = settings.get("date")
        if isinstance(date, dt.date):
            doc.date_override = date
        return doc

    def lint_document(self, doc: Document, settings: Settings,
                      family: str | None = None) -> tuple[list[Diagnostic], list[FileProblem]]:
        """Run every selected rule on ``doc`` (with ``family``, only the selected
        rules whose code starts with it); a rule that raises becomes a problem."""
        with file_budget() as budget:
            diagnostics, problems = self._run_rules(doc, settings, family)
        said = budget.notice()
        if said:
            doc.notices.append(f"{doc.path}: {said}")
        problems.extend(self._modify_diagnostics(doc, diagnostics, settings))
        diagnostics[:] = [_respect_quotes(doc, d) for d in diagnostics]
        page = getattr(doc, "html", None)
        if page is not None:  # rules read the page's copy; positions and fixes are the file's
            diagnostics[:] = page.translate_all(diagnostics)
        diagnostics.sort(key=Diagnostic.sort_key)
        return diagnostics, problems

    def _run_rules(self, doc: Document, settings: Settings,
                   family: str | None) -> tuple[list[Diagnostic], list[FileProblem]]:
        diagnostics: list[Diagnostic] = []
        problems: list[FileProblem] = []
        for rule, context in self._active_rules(settings, doc.path):
            if family is not None and not rule.code.startswith(family):
                continue
            try:
                found = rule.check(doc, context)
                if found is not None:
                    diagnostics.extend(found)
            except ConfigError as exc:  # a data file the config names (people, word lists): said once
                problem = config_problem(exc)
                if problem not in problems:
                    problems.append(problem)
            except Exception as exc:  # one broken rule must not stop the others
                problems.append(FileProblem(
                    doc.path,
                    f"internal error in rule {rule.code} ({rule.name}) from plugin "
                    f"{rule.plugin or 'copydesk'}: {type(exc).__name__}: {exc}",
                ))
        return diagnostics, problems

    def _modify_diagnostics(self, doc: Document, diagnostics: list[Diagnostic],
                            settings: Settings) -> list[FileProblem]:
        """Run the ``copydesk_modify_diagnostics`` filters; a filter that raises is
        named in a problem and left out, and the others still run on the
        diagnostics as they were (inline suppressions keep working)."""
        name = "copydesk_modify_diagnostics"
        caller = getattr(self.plugins.hook, name)
        before = list(diagnostics)
        failed: list[object] = []
        problems: list[FileProblem] = []
        while True:
            try:
                caller(document=doc, diagnostics=diagnostics, config=settings)
                return problems
            except Exception as exc:
                diagnostics[:] = before
                plugin = _raising_plugin(exc, getattr(self.plugins.hook, name).get_hookimpls())
                who = f"plugin {self.plugins.label(plugin)}" if plugin is not None else "a plugin"
                problems.append(FileProblem(doc.path, f"internal error in the {name} hook of {who}: "
                                                      f"{type(exc).__name__}: {exc}"))
                if plugin is None or plugin in failed:
                    return problems
                failed.append(plugin)
                caller = self.plugins.manager.subset_hook_caller(name, remove_plugins=failed)

    def lint_text(self, path: str, text: str, settings: Settings | None = None) -> FileResult:
        """Lint text that is already decoded (stdin, tests)."""
        settings = settings or self.settings_for(path)
        try:
            doc = self.load(path, text, settings)
        except InputError as exc:  # a file named as HTML that holds none
            return self.finish(FileResult(path, problems=[FileProblem(path, str(exc))]), settings)
        return self.lint_loaded(doc, settings)

    def lint_loaded(self, doc: Document, settings: Settings) -> FileResult:
        """Lint a document already read by ``load`` (the language server keeps its format)."""
        diagnostics, problems = self.lint_document(doc, settings)
        source = doc.html.source if getattr(doc, "html", None) is not None else doc.text  # positions are the file's
        notices = list(doc.notices) + (self.directive_notices(doc) if "copydesk" in source else [])
        return self.finish(FileResult(doc.path, source, diagnostics, problems, notices=notices), settings)

    def directive_notices(self, doc: Document) -> list[str]:
        """A warning, with file and line, for each suppression comment that cannot work."""
        from lint.engine.suppress import directive_warnings

        def known(token: str) -> bool:
            return self.known_code(token) or self.rules.find(token) is not None

        notices = []
        if doc.html is not None:  # directives are the file's comments: offsets into the file
            from lint.support.lines import LineIndex

            index = doc.analysis(LineIndex, doc.html.source)
            for offset, reason in directive_warnings(doc.html.source, known):
                notices.append(f"{doc.path}:{index.line_col(offset)[0]}: warning: {reason}")
            return notices
        for offset, reason in directive_warnings(doc.text, known):
            line, _ = doc.line_col(offset)
            notices.append(f"{doc.path}:{line}: warning: {reason}")
        return notices

    def fix_text(self, path: str, text: str, settings: Settings, unsafe: bool) -> tuple[str, FileResult]:
        """Apply fixes until none applies; return the fixed text and its result.

        Each pass applies every fix that does not overlap another and lints
        the new text again, so a fix that only becomes possible after another
        ("Mr. Mr. Smith" in bare style) is made on a later pass. Passes go on
        while they change the text, up to ``MAX_FIX_PASSES``. Fixes that undo
        each other (a text seen before comes back) stop the loop at the first
        text of the circle, with a notice naming the rules, rather than
        leaving the file at whichever end of the circle the count falls on.
        """
        fixed_total = 0
        result = self.lint_text(path, text, settings)
        seen = {hash(text): 0}  # the texts passed through (hashes: a pass may be megabytes)
        for _ in range(MAX_FIX_PASSES):
            fixes = applicable(result.diagnostics, unsafe)
            if not fixes or result.problems:
                break
            new_text, count = apply_fixes(text, fixes)
            if count == 0:
                break
            if hash(new_text) in seen:
                fixed_total, text = seen[hash(new_text)], new_text
                result = self.lint_text(path, text, settings)
                codes = ", ".join(sorted({d.code for d in fixes}))
                result.notices.append(f"{path}: the fixes of {codes} undo each other; left as they were")
                break
            text = new_text
            fixed_total += count
            result = self.lint_text(path, text, settings)
            seen[hash(text)] = fixed_total
        else:
            if applicable(result.diagnostics, unsafe) and not result.problems:
                result.notices.append(f"{path}: fixes still apply after {MAX_FIX_PASSES} passes; "
                                      "run --fix again")
        result.fixed = fixed_total
        return text, result

    def lint_path(self, path: str, fix: bool = False, unsafe: bool = False, diff: bool = False,
                  show: bool = False) -> FileResult:
        """Read, lint and (with ``fix``) rewrite one file; never raises for bad input.

        With ``show``, a file ``fix`` rewrote carries the diff of what changed."""
        try:
            settings = self.settings_for(path)
        except ConfigError as exc:  # this file's config is broken; other files go on
            return FileResult(path, problems=[config_problem(exc)])
        if fix and not diff:  # another --fix on the same file waits its turn
            try:
                with locked(path):
                    return self._lint_path(path, settings, fix, unsafe, diff, show)
            except FileBusy as exc:
                return FileResult(path, problems=[FileProblem(path, str(exc))])
        return self._lint_path(path, settings, fix, unsafe, diff, show)

    def _lint_path(self, path: str, settings: Settings, fix: bool, unsafe: bool, diff: bool,
                   show: bool) -> FileResult:
        try:
            raw, text, had_bom = read_path(path, settings["max-file-size"])
        except EmptyInput as exc:
            return FileResult(path, notices=[f"{path}: {exc}"])
        except InputError as exc:
            return FileResult(path, problems=[FileProblem(path, str(exc))])
        if not (fix or diff):
            return self.finish(self.lint_text(path, text, settings), settings)
        new_text, result = self.fix_text(path, text, settings, unsafe)
        self.finish(result, settings)
        if new_text != text:
            if diff:
                result.diff = unified_diff(path, text, new_text)
            else:
                data = (codecs.BOM_UTF8 if had_bom else b"") + new_text.encode("utf-8")
                try:
                    write_atomically(path, raw, data)
                    if show:
                        result.diff = unified_diff(path, text, new_text)
                except FileChanged as exc:
                    result.problems.append(FileProblem(path, str(exc)))
                    result.fixed = 0
                except OSError as exc:
                    result.problems.append(FileProblem(path, f"cannot write fixes ({exc.strerror or exc})"))
                    result.fixed = 0
        return result

    @staticmethod
    def finish(result: FileResult, settings: Settings) -> FileResult:
        """Count the diagnostics that fail the run under this file's fail-on."""
        level = settings.fail_on
        if level != "never":
            threshold = Severity.parse(level)
            result.failing = sum(1 for d in result.diagnostics if d.severity >= threshold)
        return result


def _respect_quotes(doc: Document, diagnostic: Diagnostic) -> Diagnostic:
    """copydesk never rewrites a source's words: such a fix is display-only."""
    fix = diagnostic.fix
    if fix is None or fix.applicability is Applicability.DISPLAY:
        return diagnostic
    if any(rewrites_quote(doc, edit.span, edit.replacement) for edit in fix.edits):
        return diagnostic._replace(fix=fix.at_most(Applicability.DISPLAY))
    return diagnostic


def _raising_plugin(exc: BaseException, impls) -> object | None:
    """The plugin whose hook function the exception came out of (innermost)."""
    codes = {impl.function.__code__: impl.plugin for impl in impls if hasattr(impl.function, "__code__")}
    found = None
    tb = exc.__traceback__
    while tb is not None:
        found = codes.get(tb.tb_frame.f_code, found)
        tb = tb.tb_next
    return found


def config_problem(exc: ConfigError) -> FileProblem:
    """A broken config file as a problem naming the file (and line)."""
    return FileProblem(exc.where, exc.detail)


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib

    newline = dominant_newline(before)
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + newline for line in lines)
