"""Regular-expression programs compiled once per machine, not once per run.

``re.compile`` parses a pattern and turns it into a program for the C
matcher in pure Python; for copydesk's hundred-odd patterns that is a
fifth of a cold run. ``compile`` here keeps each program (the list of
opcodes with its flags and group tables) in the user cache folder and, on
later runs, hands it straight to the C matcher, which validates every
program it is given, so a damaged cache cannot produce a wrong matcher:
the entry is compiled again instead.

The programs belong to one interpreter build, so the cache file's name
carries the Python version and the matcher's format number. Should the
interpreter's internals ever differ from what this module expects, every
pattern is simply compiled by ``re``. ``save`` writes the file when a run
compiled something new; copydesk's command line calls it on the way out.
"""

from __future__ import annotations

import marshal
import re
import sys

from lint import cache

_FORMAT = b"copydesk-regex-1\n"
MAX_ENTRIES = 2000  # beyond this, only the programs the current run used are kept

_programs: dict | None = None
_used: set = set()
_changed = False


def compile(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, from the cached program when there is one."""
    global _programs, _changed
    flags = int(flags)
    if _programs is None:
        _programs = _load()
    key = (source, flags)
    program = _programs.get(key)
    if program is not None:
        try:
            compiled = _sre().compile(source, *program)
        except Exception:  # a damaged or foreign entry: compile it afresh
            del _programs[key]
        else:
            _used.add(key)
            return compiled
    compiled = re.compile(source, flags)
    program = _program(source, flags, compiled)
    if program is not None:
        _programs[key] = program
        _used.add(key)
        _changed = True
    return compiled


def save() -> None:
    """Write the programs compiled by this run, if any were new."""
    global _changed
    if not _changed or _programs is None:
        return
    kept = _programs
    if len(kept) > MAX_ENTRIES:
        kept = {key: program for key, program in kept.items() if key in _used}
    try:
        data = _FORMAT + marshal.dumps(kept)
    except ValueError:
        return
    cache.write(_path(), data)
    _changed = False


def _sre():
    import _sre

    return _sre


def _path() -> str:
    # Every installation on one interpreter shares the file: programs
    # depend on the interpreter alone.
    return cache.path(f"regex-py{sys.hexversion:x}", f"{_sre().MAGIC}")


def _load() -> dict:
    raw = cache.read(_path())
    if raw is None or not raw.startswith(_FORMAT):
        return {}
    try:
        programs = marshal.loads(raw[len(_FORMAT):])
    except (EOFError, ValueError, TypeError):
        return {}
    return programs if isinstance(programs, dict) else {}


def _program(source: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """The arguments the C matcher's compile takes for ``source``, worked out
    as ``re`` does it; None when they do not rebuild ``compiled`` exactly."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(source, flags)
        # Opcodes are named int constants, which marshal cannot write.
        code = [int(word) for word in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        rebuilt = _sre().compile(source, *program)
    except Exception:  # internals unlike Python 3.11-3.13's: do without the cache
        return None
    same = (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == \
        (compiled.flags, compiled.groups, compiled.groupindex)
    return program if same else None
