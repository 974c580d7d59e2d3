"""House-style packs: word and usage substitutions as data (TOML).

A pack is one TOML file: a ``[pack]`` table and ``[[substitution]]``
entries::

    [pack]
    name = "harbor-courier"            # required
    description = "Our own word list"
    guard = "american"                 # optional: silent on British/Commonwealth copy
    severity = "warning"               # optional: default for the entries (else ST001's)
    message = 'We write "{replace}", not "{found}".'   # optional default message

    [[substitution]]
    id = "waterfront"                  # required, unique in the pack
    find = ["water front", "water-front"]   # a word or phrase, or a list of them
    replace = "waterfront"             # a string, or a list as long as find
    fix = "safe"                       # safe | unsafe | display | none
    message = 'We write "{replace}" as one word.'
    examples = { wrong = "The water front reopened.", right = "The waterfront reopened." }

Finds match whole words, ignoring case (``case-sensitive = true`` to
keep it), and the replacement takes the case of the found text
("Towards" -> "Toward") unless it has capitals of its own ("okay" ->
"OK"). ``regex = true`` makes each find a regular expression (run under
the ``regex`` module with a time limit). Messages may use ``{found}``,
``{replace}`` and ``{pack}``.

Speed: all finds of a pack become ONE alternation, compiled the first time
a document's copy contains one of the pack's cheap "needles" (a literal
find itself, case-folded; the literal prefixes of a regex); copy that
cannot match costs a few substring tests and compiles nothing. Shipped packs are
read through the prebuilt rule-data listing, so a normal run never imports
``tomllib``.

Every problem in a pack is a ``ConfigError`` naming the file and line.
"""

from __future__ import annotations

import functools
import os
import re

from lint.support.datafiles import ConfigError, line_of, read_config_bytes
from lint.support.patterns import LazyPattern
from lint.support.records import record

HERE = os.path.dirname(__file__)
BUILTIN = {"ap": os.path.join(HERE, "ap.toml")}
GUARDS = ("american", "none")
FIXES = ("safe", "unsafe", "display", "none")
SEVERITIES = ("error", "warning", "info")
DEFAULT_MESSAGE = 'House style ({pack}) prefers "{replace}" to "{found}".'
DEFAULT_MESSAGE_NO_REPLACE = 'House style ({pack}) avoids "{found}".'

_PACK_KEYS = {"name", "description", "guard", "severity", "message"}
_ENTRY_KEYS = {"id", "find", "replace", "regex", "case-sensitive", "fix", "message", "severity", "examples"}
_ID = LazyPattern(r"^[a-z0-9][a-z0-9-]*$")
_NAME = LazyPattern(r"^[a-z0-9][a-z0-9_-]*$")
# Letters, digits and hyphens around a find mean it is part of a longer word.
_SUBSTITUTION_HEADER = LazyPattern(r"^\s*\[\[\s*substitution\s*\]\]")
BEFORE = r"(?<![\w-])"
AFTER = r"(?![\w-])"


@record
class Substitution:
    """One entry of a pack."""

    id: str
    finds: tuple[str, ...]
    replaces: tuple[str, ...] | None  # one per find; None: nothing to offer
    regex: bool
    case_sensitive: bool
    fix: str
    message: str
    severity: str | None
    wrong: tuple[str, ...]
    right: tuple[str, ...]
    line: int | None

    def replacement(self, index: int) -> str | None:
        return None if self.replaces is None else self.replaces[index]


@record
class Pack:
    """A validated pack file."""

    name: str
    path: str
    description: str
    guard: str
    severity: str | None
    substitutions: tuple[Substitution, ...]

    @property
    def guarded(self) -> bool:
        return self.guard == "american"


# -- reading and validating ----------------------------------------------------

def read_pack(path: str) -> Pack:
    """Read and validate one pack file (cached while the file is unchanged)."""
    try:
        stat = os.stat(path)
    except OSError as exc:
        raise ConfigError(path, f"cannot read style pack ({exc.strerror or exc})") from None
    return _read_pack(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _read_pack(path: str, _mtime: int, _size: int) -> Pack:
    from lint.support.ruledata import cached

    raw = read_config_bytes(path, "style pack")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(path, f"style pack is not valid UTF-8 (byte offset {exc.start})") from None
    data = cached(path, raw)  # a shipped pack: prebuilt, no TOML parsing
    if data is None:
        data = _parse_toml(path, text)
    return _validate(path, text, data)


def _parse_toml(path: str, text: str) -> dict:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = re.search(r"\(at line (\d+), column \d+\)", message)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        raise ConfigError(path, f"invalid TOML in style pack: {message}",
                          int(found.group(1)) if found else None) from None


def _entry_lines(text: str) -> list[int]:
    """1-based line of each ``[[substitution]]`` header, in order."""
    header = _SUBSTITUTION_HEADER.match
    return [number for number, line in enumerate(text.splitlines(), 1) if header(line)]


def _key_line(text: str, key: str, start: int | None, end: int | None) -> int | None:
    """Line of ``key = …`` between lines ``start`` and ``end`` (1-based, end exclusive)."""
    lines = text.splitlines()
    first = (start or 1) - 1
    last = (end - 1) if end else len(lines)
    pattern = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
    for number in range(first, last):
        if pattern.match(lines[number]) or (number > first and re.search(
                r"[{,]\s*" + re.escape(key) + r"\s*=", lines[number])):
            return number + 1
    return start


def _validate(path: str, text: str, data: dict) -> Pack:
    unknown = sorted(set(data) - {"pack", "substitution"})
    if unknown:
        raise ConfigError(path, f"unknown key {unknown[0]!r} (a style pack holds [pack] and "
                          f"[[substitution]] tables)", line_of(text, unknown[0]))
    head = data.get("pack")
    if not isinstance(head, dict):
        raise ConfigError(path, "a style pack needs a [pack] table with a name", 1)
    def fail_pack(message: str, key: str) -> ConfigError:
        return ConfigError(path, f"[pack] {message}", _key_line(text, key, line_of(text, "pack"), None))

    extra = sorted(set(head) - _PACK_KEYS)
    if extra:
        raise fail_pack(f"unknown key {extra[0]!r} (known: {', '.join(sorted(_PACK_KEYS))})", extra[0])
    name = head.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise fail_pack("name must be lower-case letters, digits, '-' or '_'", "name")
    for key in ("description", "message"):
        if not isinstance(head.get(key, ""), str):
            raise fail_pack(f"{key} must be a string", key)
    guard = head.get("guard", "none")
    if guard not in GUARDS:
        raise fail_pack(f"guard must be one of {', '.join(GUARDS)}", "guard")
    severity = head.get("severity")
    if severity is not None and severity not in SEVERITIES:
        raise fail_pack(f"severity must be one of {', '.join(SEVERITIES)}", "severity")
    default_message = head.get("message")
    entries = data.get("substitution", [])
    if not isinstance(entries, list):
        raise ConfigError(path, "substitution must be written as [[substitution]] tables",
                          line_of(text, "substitution"))
    starts = _entry_lines(text)
    seen: set[str] = set()
    found = []
    for index, table in enumerate(entries):
        start = starts[index] if index < len(starts) else None
        end = starts[index + 1] if index + 1 < len(starts) else None
        entry = _entry(path, text, name, table, default_message, start, end)
        if entry.id in seen:
            raise ConfigError(path, f"substitution {entry.id!r} is defined twice", start)
        seen.add(entry.id)
        found.append(entry)
    return Pack(name, path, head.get("description", ""), guard, severity, tuple(found))


def _strings(value) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _entry(path, text, pack, table, default_message, start, end) -> Substitution:
    if not isinstance(table, dict):
        raise ConfigError(path, "each [[substitution]] must be a table", start)
    label = table.get("id")

    def fail(message: str, key: str | None = None) -> ConfigError:
        where = f"substitution {label!r}" if isinstance(label, str) else "substitution"
        line = _key_line(text, key, start, end) if key else start
        return ConfigError(path, f"{where}: {message}", line)

    extra = sorted(set(table) - _ENTRY_KEYS)
    if extra:
        raise fail(f"unknown key {extra[0]!r} (known: {', '.join(sorted(_ENTRY_KEYS))})", extra[0])
    if not isinstance(label, str) or not _ID.match(label):
        raise fail("needs an id of lower-case letters, digits and hyphens", "id")
    finds = _strings(table.get("find"))
    if finds is None or not all(f.strip() for f in finds):
        raise fail("find must be a word or phrase, or a list of them", "find")
    regex = table.get("regex", False)
    case_sensitive = table.get("case-sensitive", False)
    for key, value in (("regex", regex), ("case-sensitive", case_sensitive)):
        if not isinstance(value, bool):
            raise fail(f"{key} must be true or false", key)
    replaces = None
    if "replace" in table:
        replaces = _strings(table["replace"])
        if replaces is None or (len(replaces) != 1 and len(replaces) != len(finds)):
            raise fail("replace must be a string, or a list as long as find", "replace")
        if len(replaces) == 1:
            replaces = replaces * len(finds)
    fix = table.get("fix", "unsafe" if replaces else "none")
    if fix not in FIXES:
        raise fail(f"fix must be one of {', '.join(FIXES)}", "fix")
    if fix != "none" and replaces is None:
        raise fail(f"fix = {fix!r} needs a replace", "fix")
    severity = table.get("severity")
    if severity is not None and severity not in SEVERITIES:
        raise fail(f"severity must be one of {', '.join(SEVERITIES)}", "severity")
    message = table.get("message", default_message or (
        DEFAULT_MESSAGE if replaces else DEFAULT_MESSAGE_NO_REPLACE))
    if not isinstance(message, str):
        raise fail("message must be a string", "message")
    try:
        message.format(found="x", replace="y", pack=pack)
    except (KeyError, IndexError, ValueError) as exc:
        raise fail(f"message may use only {{found}}, {{replace}} and {{pack}} ({exc})", "message") from None
    if regex:
        for find in finds:
            problem = _regex_problem(find)
            if problem:
                raise fail(f"find {find!r}: {problem}", "find")
    examples = table.get("examples", {})
    wrong = right = ()
    if examples:
        if not isinstance(examples, dict) or set(examples) - {"wrong", "right"}:
            raise fail("examples must be { wrong = ..., right = ... }", "examples")
        wrong = _strings(examples.get("wrong", [""])) or ()
        right = _strings(examples.get("right", [""])) or ()
        wrong = tuple(w for w in wrong if w)
        right = tuple(r for r in right if r)
    return Substitution(label, finds, replaces, regex, case_sensitive, fix, message, severity,
                        wrong, right, start)


def _regex_problem(source: str) -> str | None:
    import regex as regex_module

    if "(?P<" in source or "(?<" in source.replace("(?<=", "").replace("(?<!", ""):
        return "named groups are not allowed"
    try:
        compiled = regex_module.compile(source, regex_module.VERSION0)
    except regex_module.error as exc:
        return f"not a valid regular expression ({exc})"
    if compiled.match(""):
        return "matches an empty string"
    return None


# -- which packs are active --------------------------------------------------

def pack_paths(settings) -> tuple[str, ...]:
    """Paths of the packs ``style-packs`` names, in order: built-in names, or
    TOML files relative to the config file's folder."""
    names = settings.get("style-packs")
    if names is None:
        names = ["ap"]
    paths = []
    for name in names:
        if name in BUILTIN:
            paths.append(BUILTIN[name])
            continue
        if not name.endswith(".toml"):
            raise _config_error(settings, f"style-packs: no built-in pack {name!r} (built-in: "
                                f"{', '.join(sorted(BUILTIN))}; a desk pack is a .toml file)", name)
        path = name if os.path.isabs(name) else os.path.join(settings.root, name)
        paths.append(os.path.normpath(path))
    return tuple(paths)


def active_packs(settings) -> tuple[Pack, ...]:
    """The validated packs the settings name."""
    return tuple(read_pack(path) for path in pack_paths(settings))


def ap_active(settings) -> bool:
    """True when the AP pack is among the active packs (the AP rules ST002-ST007 follow it)."""
    names = settings.get("style-packs")
    return names is None or "ap" in names


def _config_error(settings, message: str, token: str | None) -> ConfigError:
    source = getattr(settings, "source", None)
    if not source:
        return ConfigError("command line", message)
    line = None
    if token:
        try:
            with open(source, encoding="utf-8-sig") as handle:
                line = line_of(handle.read(), token)
        except OSError:
            pass
    return ConfigError(source, message, line)


def option_error(settings, rule, name: str, message: str, token: str | None = None) -> ConfigError:
    """A bad rule option, named as ``rules.CODE.name``, with its config line."""
    return _config_error(settings, f"rules.{rule.code}.{name}: {message}", token or name)


# -- matching --------------------------------------------------------------------

class Matcher:
    """A pack's finds as one alternation, compiled on first need."""

    __slots__ = ("pack", "needles", "ungated", "alternatives", "uses_regex", "_compiled")

    def __init__(self, pack: Pack) -> None:
        from lint.support.prefixes import literal_prefixes, normalise

        self.pack = pack
        needles: set[str] = set()
        ungated = False
        alternatives = []  # (sort key, named group): longer literals first, then regexes
        uses_regex = False
        for i, entry in enumerate(pack.substitutions):
            for j, find in enumerate(entry.finds):
                if entry.regex:
                    uses_regex = True
                    prefixes = literal_prefixes(find)
                    if prefixes is None:
                        ungated = True
                    else:
                        needles.update(prefixes)
                    source = find
                    key = (1, 0, i, j)
                else:
                    needles.add(normalise(" ".join(find.split())))
                    source = r"\s+".join(re.escape(word) for word in find.split())
                    key = (0, -len(find), i, j)
                if entry.case_sensitive:
                    source = f"(?-i:{source})"
                alternatives.append((key, f"(?P<e{i}_{j}>{source})"))
        # A needle that contains another adds nothing ("e-mails" after "e-mail").
        self.needles = tuple(sorted(n for n in needles if n and not any(o != n and o in n for o in needles)))
        self.ungated = ungated
        self.alternatives = tuple(source for _, source in sorted(alternatives))
        self.uses_regex = uses_regex
        self._compiled = None

    def could_match(self, lowered: str) -> bool:
        """False only when ``lowered`` (the copy case-folded, white space
        collapsed: ``scan.lowered_copy``) holds no needle."""
        return self.ungated or any(needle in lowered for needle in self.needles)

    @property
    def compiled(self):
        if self._compiled is None:
            source = BEFORE + "(?:" + "|".join(self.alternatives) + ")" + AFTER
            if self.uses_regex:  # a desk's own patterns: bounded by a time limit
                import regex as regex_module

                self._compiled = regex_module.compile(source, regex_module.IGNORECASE | regex_module.VERSION0)
            else:  # escaped literals cannot backtrack
                self._compiled = re.compile(source, re.IGNORECASE)
        return self._compiled

    def finditer(self, text: str, start: int, end: int):
        """(match start, match end, entry, find index) in ``text[start:end]``."""
        compiled = self.compiled
        if self.uses_regex:
            from lint.support.patterns import budget

            matches = budget().search(lambda timeout: list(compiled.finditer(text, start, end, timeout=timeout)),
                                      f"pack {self.pack.name!r}")
            if matches is None:
                return
        else:
            matches = compiled.finditer(text, start, end)
        for match in matches:
            if match.end() == match.start():
                continue
            i, j = (int(part) for part in match.lastgroup[1:].split("_"))
            yield match.start(), match.end(), self.pack.substitutions[i], j


def matcher(pack: Pack) -> Matcher:
    """The pack's matcher, built once per pack (packs are cached by file)."""
    return _matcher(pack)


@functools.lru_cache(maxsize=32)
def _matcher(pack: Pack) -> Matcher:
    return Matcher(pack)


# -- replacement text --------------------------------------------------------

def with_case_of(found: str, replacement: str) -> str:
    """``replacement`` in the case of ``found``: "Towards" -> "Toward",
    "TOWARDS" -> "TOWARD"; a replacement with capitals of its own ("OK",
    "Kyiv") is kept as written."""
    if any(c.isupper() for c in replacement):
        return replacement
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if found[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def ends_sentence(text: str, end: int, limit: int) -> bool:
    """True when what follows ``end`` starts a new sentence or ends the block."""
    rest = text[end:limit]
    stripped = rest.lstrip()
    if not stripped:
        return True
    return len(stripped) < len(rest) and (stripped[0].isupper() or stripped[0] in "\"“‘(")
