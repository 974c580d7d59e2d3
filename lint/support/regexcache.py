"""Regular-expression programs compiled once per machine, not once per run.

``re.compile`` parses a pattern and turns it into a program for the C
matcher in pure Python; for copydesk's hundred-odd patterns that is a
fifth of a cold run. ``compile`` here keeps each program (the list of
opcodes with its flags and group tables) in the user cache folder and, on
later runs, hands it straight to the C matcher. A file whose checksum does
not match is ignored, and the matcher validates every program it is
given, so a damaged cache cannot produce a wrong matcher: the pattern is
compiled again instead.

The programs belong to one interpreter build, so the cache file's name
carries the Python version and the matcher's format number. Should the
interpreter's internals ever differ from what this module expects, every
pattern is simply compiled by ``re``. ``save`` writes the file when a run
compiled something new; copydesk's command line calls it on the way out.
"""

from __future__ import annotations

import _sre  # the C matcher, already loaded by re
import marshal
import os
import re
import sys
from array import array

from lint.support import cache

_FORMAT = b"copydesk-regex-3\n"
_CODE_TYPE = "I"  # the matcher's 32-bit code words (_sre.CODESIZE == 4)
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
            flags_out, code, *tables = program
            compiled = _sre.compile(source, flags_out, _opcodes(code), *tables)
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
        payload = marshal.dumps(kept)
    except ValueError:
        return
    cache.write_checked(_path(), _FORMAT, payload)
    _changed = False


def _opcodes(code: bytes) -> list[int]:
    words = array(_CODE_TYPE)
    words.frombytes(code)
    return words.tolist()


def _path() -> str:
    # Every installation on one interpreter shares the file: programs
    # depend on the interpreter alone.
    return cache.path(f"regex-py{sys.hexversion:x}-{_location()}", f"{_sre.MAGIC}")


def _location() -> str:
    # One file per installation: each one's files carry its own key
    # (``cache.installation_key``) and would not accept another's.
    return cache.location(os.path.dirname(os.path.abspath(__file__)))


def _load() -> dict:
    # A damaged file is not read at all: even a program the matcher accepts
    # could be the wrong one.
    payload = cache.read_checked(_path(), _FORMAT)
    if payload is None:
        return {}
    try:
        programs = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return programs if isinstance(programs, dict) else {}


def _program(source: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """The arguments the C matcher's compile takes for ``source``, worked out
    as ``re`` does it; None when they do not rebuild ``compiled`` exactly."""
    try:
        from re import _compiler, _parser

        if _sre.CODESIZE != array(_CODE_TYPE).itemsize:
            return None  # code words this module cannot pack
        parsed = _parser.parse(source, flags)
        # Kept as packed bytes: a list of ints costs a Python object per
        # opcode to read back, for every pattern in the file.
        code = array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        rebuilt = _sre.compile(source, program[0], _opcodes(code), *program[2:])
    except Exception:  # internals unlike Python 3.11-3.13's: do without the cache
        return None
    same = (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == \
        (compiled.flags, compiled.groups, compiled.groupindex)
    return program if same else None
