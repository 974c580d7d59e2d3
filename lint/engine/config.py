"""Configuration: declared keys, discovery, validation and layering.

Layers, lowest first: built-in defaults < the config file nearest to each
linted file (``.copydesk.toml``, ``copydesk.toml``, or ``[tool.copydesk]``
in ``pyproject.toml``, first found walking up) < the command line. Every
key is declared (core keys here, plugin keys through
``copydesk_addoption``), so a misspelt key is an error with its file and
line, never silently ignored.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import Any, Callable

from lint.model import Severity
from lint.support.datafiles import ConfigError, line_of, read_config_bytes
from lint.support.records import record

CONFIG_NAMES = (".copydesk.toml", "copydesk.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
HOUSES = ("auto", "ap", "courtesy", "british")  # lint.analysis.house
STYLES = ("auto", "courtesy", "ap", "bare")  # "bare" is another name for "ap"
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__",
                   ".tox", ".nox", "build", "dist", "site-packages")


@record
class Option:
    """A declared config key: its kind, default and help."""

    name: str
    kind: str  # str, bool, int, list, choice, date, table
    default: Any
    help: str
    choices: tuple[str, ...] = ()
    flag: str | None = None


class OptionRegistry:
    """Config keys known to this run (``copydesk_addoption`` adds to it)."""

    def __init__(self) -> None:
        self.options: dict[str, Option] = {}

    def add(self, name: str, kind: str, default: Any, help: str, *, choices=(), flag: str | None = None) -> None:
        if name in self.options:
            raise ValueError(f"config key {name!r} declared twice")
        self.options[name] = Option(name, kind, default, help, tuple(choices), flag)


FORMATS = ("html", "markdown", "text")


def core_options() -> OptionRegistry:
    registry = OptionRegistry()
    add = registry.add
    add("select", "list", ["ALL"], "rule codes or prefixes to run")
    add("extend-select", "list", [], "codes or prefixes to run in addition to select")
    add("ignore", "list", [], "rule codes or prefixes not to run")
    add("fail-on", "choice", "warning", "lowest severity that fails the run", choices=FAIL_ON)
    add("style", "choice", "auto", "house style for later references", choices=STYLES)
    add("house", "choice", "auto", "the desk's style book for the AP-only rules: ap, courtesy, british",
        choices=HOUSES)
    add("date", "date", None, "publication date when the article has none (YYYY-MM-DD)")
    add("extensions", "list", [".txt", ".md"], "file suffixes linted when a folder is given")
    add("exclude", "list", list(DEFAULT_EXCLUDE), "glob patterns of paths never linted")
    add("extend-exclude", "list", [], "glob patterns excluded in addition to exclude")
    add("per-file-ignores", "table", {}, "glob -> codes ignored in matching files")
    add("people", "str", None, "people file (TOML) with names, genders, honorifics and roles")
    add("accept", "list", [], "words the spelling rules accept (a desk's style dictionary)")
    add("reject", "list", [], "words always reported, as \"word\" or \"word -> replacement\"")
    add("accept-files", "list", [], "word-list files (one word a line) the spelling rules accept")
    add("reject-files", "list", [], "word-list files of rejected words (same form as reject)")
    add("formats", "formats", {}, "file suffix -> format it is read as (\"html\", \"markdown\" or \"text\")")
    add("max-file-size", "int", 10 * 1024 * 1024, "largest file read, in bytes")
    add("style-packs", "list", ["ap"], "house-style packs: built-in names or TOML files")
    add("rules", "rules", {}, "per-rule tables: severity and options, keyed by code or name")
    return registry


class Settings:
    """Effective settings for one file (or for the run, before files)."""

    __slots__ = ("values", "source", "root", "sources")

    def __init__(self, values: dict[str, Any], source: str | None = None, root: str | None = None,
                 sources: tuple[str, ...] | None = None) -> None:
        self.values = values
        self.source = source  # config file the values came from
        self.root = root if root is not None else os.getcwd()  # folder patterns are relative to
        # Every file that contributed, the most distant ``extend`` first.
        self.sources = sources if sources is not None else ((source,) if source else ())

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    @property
    def style(self) -> str:
        return self.values["style"]

    @property
    def fail_on(self) -> str:
        return self.values["fail-on"]

    def rule_table(self, rule) -> dict[str, Any]:
        return self.values["rules"].get(rule.code) or {}

    def severity_of(self, rule) -> Severity:
        value = self.rule_table(rule).get("severity")
        return Severity.parse(value) if value else rule.severity

    def options_of(self, rule) -> dict[str, Any]:
        merged = dict(rule.options)
        merged.update({k: v for k, v in self.rule_table(rule).items() if k != "severity"})
        return merged

    def relative(self, path: str) -> str:
        try:
            rel = os.path.relpath(os.path.abspath(path), self.root)
        except ValueError:  # another drive
            return path
        return rel.replace(os.sep, "/")

    def is_excluded(self, path: str) -> bool:
        patterns = list(self.values["exclude"]) + list(self.values["extend-exclude"])
        rel = self.relative(path)
        parts = rel.split("/")
        for pattern in patterns:
            pattern = pattern.rstrip("/")
            if _glob(rel, pattern) or any(_glob(p, pattern) for p in parts):
                return True
        return False

    def ignored_for(self, path: str) -> list[str]:
        rel = self.relative(path)
        name = os.path.basename(path)
        codes: list[str] = []
        for pattern, ignored in self.values["per-file-ignores"].items():
            if _glob(rel, pattern) or _glob(name, pattern):
                codes.extend(ignored)
        return codes


def _glob(name: str, pattern: str) -> bool:
    """``fnmatch.fnmatchcase``, without compiling a pattern that has no
    wildcard: most excludes are plain names (".git", "node_modules")."""
    if not any(char in pattern for char in "*?["):
        return name == pattern
    import fnmatch

    return fnmatch.fnmatchcase(name, pattern)


def read_config_file(path: str) -> tuple[dict[str, Any], str] | None:
    """Parse a config file; return (copydesk table, text), or None when a
    pyproject.toml has no ``[tool.copydesk]``."""
    import tomllib

    raw = read_config_bytes(path, "config")
    try:
        text = raw.decode("utf-8-sig")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise ConfigError(path, f"config is not valid UTF-8 (byte offset {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\(at line (\d+), column (\d+)\)", message)
        line = int(match.group(1)) if match else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        if line is None and "(at end of document)" in message:
            # An unclosed string or array at the very end: the last line.
            line = max(1, len(text.splitlines()))
            message = message.replace("(at end of document)", "(at the end of the file)")
        raise ConfigError(path, f"invalid TOML: {message}", line) from None
    if os.path.basename(path) == "pyproject.toml":
        table = data.get("tool", {}).get("copydesk")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(path, "[tool.copydesk] must be a table", line_of(text, "copydesk"))
        return table, text
    return data, text


class ConfigLoader:
    """Find, validate and cache config files; layer them with the command line."""

    def __init__(self, options: OptionRegistry, known_code: Callable[[str], bool],
                 find_rule: Callable[[str], Any], cli: dict[str, Any] | None = None,
                 config_path: str | None = None, isolated: bool = False) -> None:
        self.options = options
        self.known_code = known_code
        self.find_rule = find_rule
        self.cli = cli or {}
        self.config_path = config_path
        self.isolated = isolated
        self._by_dir: dict[str, Settings] = {}
        self._by_file: dict[str, Settings] = {}
        self.defaults = {name: opt.default for name, opt in options.options.items()}

    # -- discovery ---------------------------------------------------------
    def for_path(self, path: str) -> Settings:
        """Settings that apply to ``path`` (a file, or a folder being walked)."""
        if self.isolated:
            return self._settings(None)
        if self.config_path:
            return self._settings(self.config_path)
        folder = os.path.abspath(path if os.path.isdir(path) else os.path.dirname(path) or ".")
        return self._for_dir(folder)

    def _for_dir(self, folder: str) -> Settings:
        cached = self._by_dir.get(folder)
        if cached is not None:
            return cached
        settings = None
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if not os.path.isfile(candidate):
                continue
            # A pyproject.toml without [tool.copydesk] is not ours: keep walking up.
            if name == "pyproject.toml" and (
                not _mentions_copydesk(candidate) or read_config_file(candidate) is None
            ):
                continue
            settings = self._settings(candidate)
            break
        if settings is None:
            parent = os.path.dirname(folder)
            settings = self._settings(None) if parent == folder else self._for_dir(parent)
        self._by_dir[folder] = settings
        return settings

    def _settings(self, path: str | None) -> Settings:
        key = path or ""
        cached = self._by_file.get(key)
        if cached is not None:
            return cached
        values = dict(self.defaults)
        root = os.getcwd()
        if path is not None:
            found = read_config_file(path)
            if found is None and self.config_path:
                raise ConfigError(path, "has no [tool.copydesk] table")
            sources: tuple[str, ...] = ()
            if found is not None:
                table, text = found
                own, sources = self._file_values(path, table, text, ())
                values.update(own)
            root = os.path.dirname(os.path.abspath(path))
        values = self._apply_cli(values)
        settings = Settings(values, path, root, sources if path is not None else ())
        self._by_file[key] = settings
        return settings

    def _file_values(self, path: str, table: dict[str, Any], text: str,
                     chain: tuple[str, ...]) -> tuple[dict[str, Any], tuple[str, ...]]:
        """The validated values of one config file layered over the file its
        ``extend`` names (recursively); and every file used, base first."""
        values: dict[str, Any] = {}
        sources: tuple[str, ...] = ()
        extend = table.get("extend")
        if extend is not None:
            line = line_of(text, "extend")
            if not isinstance(extend, str) or not extend:
                raise ConfigError(path, "extend: expected the path of another config file", line)
            here = os.path.dirname(os.path.abspath(path))
            parent = os.path.normpath(os.path.join(here, os.path.expanduser(extend)))
            if parent == os.path.abspath(path):
                raise ConfigError(path, f"extend: {extend!r} is this file itself (a cycle)", line)
            if parent in chain:
                raise ConfigError(path, f"extend: {extend!r} leads back to {parent}, which extends "
                                        "this file (a cycle)", line)
            if not os.path.isfile(parent):
                raise ConfigError(path, f"extend: {extend!r} is not a file", line)
            found = read_config_file(parent)
            if found is None:
                raise ConfigError(parent, "has no [tool.copydesk] table (named by extend in "
                                          f"{path})")
            inherited, sources = self._file_values(parent, *found, chain + (os.path.abspath(path),))
            values = _absolute_paths(inherited, os.path.dirname(parent))
        own = self.validate({k: v for k, v in table.items() if k != "extend"}, path, text)
        for key, value in own.items():
            if key == "per-file-ignores" and key in values:
                values[key] = {**values[key], **value}
            elif key == "rules" and key in values:
                merged = {code: dict(settings) for code, settings in values[key].items()}
                for code, settings in value.items():
                    merged.setdefault(code, {}).update(settings)
                values[key] = merged
            else:
                values[key] = value
        return values, sources + (path,)

    def _apply_cli(self, values: dict[str, Any]) -> dict[str, Any]:
        values = dict(values)
        for key, value in self.cli.items():
            if value is None:
                continue
            if key in ("ignore", "extend-select", "extend-exclude"):
                values[key] = list(values[key]) + list(value)
            else:
                values[key] = value
        values["select"] = list(values["select"]) + list(values["extend-select"])
        return values

    # -- validation --------------------------------------------------------
    def validate(self, table: dict[str, Any], path: str, text: str) -> dict[str, Any]:
        """Check every key and value of a config table; return the values."""
        values: dict[str, Any] = {}
        for key, value in table.items():
            option = self.options.options.get(key)
            if option is None:
                hint = _close_match(key, self.options.options)
                raise ConfigError(path, f"unknown config key {key!r}{hint}", line_of(text, key))
            values[key] = self._check_value(option, value, path, text)
        return values

    def _check_value(self, option: Option, value: Any, path: str, text: str) -> Any:
        def fail(message: str, token: str | None = None) -> ConfigError:
            return ConfigError(path, f"{option.name}: {message}", line_of(text, token or option.name))

        kind = option.kind
        if kind == "str" and not isinstance(value, str):
            raise fail("expected a string")
        if kind == "bool" and not isinstance(value, bool):
            raise fail("expected true or false")
        if kind == "int" and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise fail("expected a non-negative integer")
        if kind == "choice" and value not in option.choices:
            raise fail(f"{value!r} is not one of {', '.join(option.choices)}")
        if kind == "date":
            if isinstance(value, dt.date):
                return value
            try:
                return dt.date.fromisoformat(str(value))
            except ValueError:
                raise fail(f"{value!r} is not a date (YYYY-MM-DD)") from None
        if option.name in FILE_KEYS:
            for name in value if isinstance(value, list) else [value] if isinstance(value, str) else []:
                if _names_file(option.name, name) and not _inside(os.path.dirname(os.path.abspath(path)), name):
                    raise fail(f"{name!r} is outside the config file's folder; name a file in that "
                               "folder or below it, relative to the config file", name)
        if kind == "list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail("expected a list of strings")
            if option.name in ("select", "ignore", "extend-select"):
                for code in value:
                    if not self.known_code(code):
                        raise fail(f"unknown rule code or prefix {code!r}", code)
        if kind == "table":
            if not isinstance(value, dict):
                raise fail("expected a table of glob = [codes]")
            for pattern, codes in value.items():
                if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                    raise fail(f"{pattern!r} must map to a list of codes", pattern)
                for code in codes:
                    if not self.known_code(code):
                        raise fail(f"unknown rule code or prefix {code!r}", code)
        if kind == "formats":
            if not isinstance(value, dict):
                raise fail("expected a table of suffix = format")
            for suffix, name in value.items():
                if name not in FORMATS:
                    raise fail(f"{suffix!r}: {name!r} is not one of {', '.join(FORMATS)}", suffix)
        if kind == "rules":
            if not isinstance(value, dict):
                raise fail("expected tables keyed by rule code or name")
            by_code: dict[str, dict[str, Any]] = {}
            for rule_key, rule_table in value.items():
                found = self.find_rule(rule_key)
                if found is None:
                    raise fail(f"unknown rule {rule_key!r}", rule_key)
                if not isinstance(rule_table, dict):
                    raise fail(f"[rules.{rule_key}] must be a table", rule_key)
                # Keyed by code from here on, whatever spelling the file used.
                by_code.setdefault(found.code, {}).update(rule_table)
                for name, setting in rule_table.items():
                    if name == "severity":
                        continue
                    if name not in found.options:
                        raise fail(f"rule {rule_key} has no option {name!r}", name)
                    default = found.options[name]
                    if default is not None and not isinstance(setting, type(default)):
                        raise fail(f"rule {rule_key} option {name!r} expects {type(default).__name__}", name)
                severity = rule_table.get("severity")
                if severity is not None:
                    try:
                        Severity.parse(str(severity))
                    except ValueError as exc:
                        raise fail(str(exc), "severity") from None
            return by_code
        return value


def _absolute_paths(values: dict[str, Any], folder: str) -> dict[str, Any]:
    """An extended file's file names, made absolute so that they keep naming
    the files beside it when another folder's config inherits them."""
    values = dict(values)

    def absolute(name: str) -> str:
        return os.path.join(folder, os.path.expanduser(name))

    if values.get("people"):
        values["people"] = absolute(values["people"])
    for key in ("accept-files", "reject-files"):
        if key in values:
            values[key] = [absolute(name) for name in values[key]]
    if "style-packs" in values:  # built-in packs go by name, files end in .toml
        values["style-packs"] = [absolute(name) if name.lower().endswith(".toml") else name
                                 for name in values["style-packs"]]
    return values


# Keys whose values name files, read relative to the config file. A config
# file can come with the copy (a pull request); it may name files of its
# own project, never /etc/passwd or ../../secrets.
FILE_KEYS = ("people", "accept-files", "reject-files", "style-packs")


def _names_file(key: str, value: str) -> bool:
    """A style pack is a built-in name or a TOML file; the other keys are always files."""
    return key != "style-packs" or value.endswith(".toml") or "/" in value or os.sep in value


def _inside(folder: str, value: str) -> bool:
    if os.path.isabs(value) or value.startswith("~") or (os.altsep and value.startswith(os.altsep)):
        return False
    full = os.path.normpath(os.path.join(folder, value))
    return full == folder or full.startswith(folder.rstrip(os.sep) + os.sep)


def _mentions_copydesk(path: str) -> bool:
    try:
        # Cheap pre-check before parsing; ``[tool]\ncopydesk = ...`` counts too.
        return b"copydesk" in read_config_bytes(path, "config")
    except ConfigError:
        return False


def _close_match(key: str, known) -> str:
    import difflib

    close = difflib.get_close_matches(key, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
