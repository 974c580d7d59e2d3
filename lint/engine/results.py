"""The results cache: re-checking a folder of unchanged copy is near free.

A file's diagnostics are kept in the cache folder (``lint.support.cache``) under a
key made of its path, its text (a BLAKE2 digest) and a fingerprint of the
settings that apply to it: every config value, the config files, people
file, word lists and style packs they name (size and modification time).
The whole store is thrown away when copydesk, its plugins or its rule data
change (version, plugin set, and the size and modification time of every
file in their packages) or the Python version does. One store is kept per
working folder; ``--no-cache`` neither reads nor writes it. Runs with
``--fix`` or ``--diff`` and stdin never use it.

Only plain data is stored (marshal, with a CRC-32): a damaged or foreign
store is a miss, never a wrong answer or code run.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from lint.model import Applicability, Diagnostic, Edit, FileResult, Fix, Severity, Span
from lint.support import cache

_FORMAT = b"copydesk-results-1\n"
MAX_ENTRIES = 50_000  # a store for a larger archive starts afresh


class ResultsCache:
    """Cached diagnostics for the files of one run, read once and written once."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.file = cache.path(f"results-{cache.location(os.getcwd())}", _code_stamp(engine))
        self.entries: dict[str, tuple] = {}
        self.changed = False
        self._fingerprints: dict[int, str] = {}
        self._texts: dict[str, str] = {}
        payload = cache.read_checked(self.file, _FORMAT)
        if payload is not None:
            import marshal

            try:
                loaded = marshal.loads(payload)
            except (EOFError, ValueError, TypeError):
                loaded = None
            if isinstance(loaded, dict):
                self.entries = loaded

    def key(self, path: str) -> tuple[str, str] | None:
        """(digest of the file's text, settings fingerprint), or None when the
        file cannot be read here (linting it will say why)."""
        from lint.support.reading import read_path

        try:
            settings = self.engine.settings_for(path)
            _, text, _ = read_path(path, settings["max-file-size"])
        except Exception:
            return None
        self._texts[path] = text
        return _digest(text), self._fingerprint(settings)

    def get(self, path: str, key: tuple[str, str] | None) -> FileResult | None:
        entry = self.entries.get(path)
        if key is None or entry is None or tuple(entry[:2]) != key:
            return None
        try:
            diagnostics = [_diagnostic(item) for item in entry[2]]
            notices = [str(notice) for notice in entry[3]]
        except Exception:  # not what this module writes: a miss
            return None
        result = FileResult(path, self._texts[path], diagnostics, notices=notices)
        return self.engine.finish(result, self.engine.settings_for(path))

    def put(self, path: str, key: tuple[str, str] | None, result: FileResult) -> None:
        # The text linted must be the text the key was made from: a file
        # edited in between is not stored under its old digest.
        if key is None or result.problems or result.text is None or _digest(result.text) != key[0]:
            return
        self.entries[path] = (key[0], key[1], tuple(_plain(d) for d in result.diagnostics),
                              tuple(result.notices))
        self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        import marshal

        entries = self.entries if len(self.entries) <= MAX_ENTRIES else {}
        cache.write_checked(self.file, _FORMAT, marshal.dumps(entries))

    def _fingerprint(self, settings) -> str:
        known = self._fingerprints.get(id(settings))
        if known is None:
            known = self._fingerprints[id(settings)] = _settings_stamp(settings)
        return known


def _settings_stamp(settings) -> str:
    """Every value, and the size and time of every file the values name."""
    values = settings.values
    files = list(settings.sources or ())
    named = [values.get("people")] + list(values.get("accept-files") or ()) \
        + list(values.get("reject-files") or ()) \
        + [pack for pack in values.get("style-packs") or () if pack.endswith(".toml")]
    files.extend(os.path.join(settings.root, name) for name in named if name)
    parts = [repr(sorted((key, repr(value)) for key, value in values.items())), settings.root]
    parts.extend(_stat(name) for name in files)
    return _blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def _code_stamp(engine) -> str:
    """copydesk's version, the plugins and every file of their packages."""
    import zlib

    from lint import __version__

    parts = [__version__, f"{sys.hexversion:x}"]
    folders = set()
    for name, plugin in sorted(engine.plugins.manager.list_name_plugin(), key=lambda item: str(item[0])):
        module = plugin if hasattr(plugin, "__file__") else sys.modules.get(type(plugin).__module__)
        path = getattr(module, "__file__", None) or ""
        parts.append(f"{name}={path}")
        if os.path.basename(path) == "__init__.py":
            folders.add(os.path.dirname(path))  # a package: its data files too
        elif path:
            parts.append(_stat(path))
    import lint
    from lint.support.cache import rules_root

    folders.update((os.path.dirname(lint.__file__), rules_root()))
    for folder in sorted(folders):
        for top, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            parts.extend(_stat(os.path.join(top, name)) for name in sorted(names))
    return f"{zlib.crc32(chr(0).join(parts).encode('utf-8', 'surrogatepass')):08x}"


def _digest(text: str) -> str:
    return _blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _blake2b(data: bytes, digest_size: int):
    """BLAKE2b from the interpreter's own module: ``hashlib`` would load
    OpenSSL, a few milliseconds of every run."""
    try:
        from _blake2 import blake2b
    except ImportError:  # an interpreter built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=digest_size)


def _stat(path: str) -> str:
    try:
        info = os.stat(path)
    except OSError:
        return f"{path}:missing"
    return f"{path}:{info.st_size}:{info.st_mtime_ns}"


def _plain(d: Diagnostic) -> tuple:
    fix = None
    if d.fix is not None:
        fix = (d.fix.applicability.value, d.fix.title,
               tuple((e.span.start, e.span.end, e.replacement) for e in d.fix.edits))
    return (d.code, d.name, int(d.severity), d.message, d.span.start, d.span.end, fix, d.help)


def _diagnostic(item: Any) -> Diagnostic:
    code, name, severity, message, start, end, fix, help_text = item
    if fix is not None:
        applicability, title, edits = fix
        fix = Fix(tuple(Edit(Span(s, e), r) for s, e, r in edits), Applicability(applicability), title)
    return Diagnostic(code, name, Severity(severity), message, Span(start, end), fix, help_text)
