"""The user cache: compiled regular-expression programs and stale-file cleanup."""

from __future__ import annotations

import os
import re

import pytest

from conftest import run_cli
from lint import cache, regexcache

PATTERNS = [
    (r"(?P<weekday>Monday|Tuesday),?\s+(?P<month>June)\s+(?P<day>\d{1,2})", 0),
    (r"\bsee\s+also\b", re.IGNORECASE),
    (r"""(?<![\w.])   # not inside a word
         [A-Z]\w+     # a capitalised word
      """, re.VERBOSE),
    (r"^(?:Mr|Ms|Dr)\.\s+(\w+)$", re.MULTILINE),
    (r"[“”\"‘’']", 0),
]
TEXT = "See also: Monday, June 5\nMr. Lee said “no”. Dr. Kim\nBy Ortiz"


def _fresh(monkeypatch, folder) -> None:
    """Point the cache at ``folder`` and forget what this process has loaded."""
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(folder))
    monkeypatch.setattr(regexcache, "_programs", None)
    monkeypatch.setattr(regexcache, "_used", set())
    monkeypatch.setattr(regexcache, "_changed", False)


def _behaviour(pattern: re.Pattern) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(TEXT)]


@pytest.mark.parametrize("source, flags", PATTERNS)
def test_a_program_read_back_from_the_cache_matches_as_re_compiles_it(tmp_path, monkeypatch, source, flags):
    _fresh(monkeypatch, tmp_path)
    expected = re.compile(source, flags)
    assert _behaviour(regexcache.compile(source, flags)) == _behaviour(expected)
    regexcache.save()
    assert [name.startswith("regex-") for name in os.listdir(tmp_path)] == [True]

    _fresh(monkeypatch, tmp_path)

    def no_compiling(*args):
        raise AssertionError("compiled again although the cache holds the program")

    monkeypatch.setattr(re, "compile", no_compiling)
    from_cache = regexcache.compile(source, flags)
    assert _behaviour(from_cache) == _behaviour(expected)
    assert (from_cache.pattern, from_cache.flags, from_cache.groups, from_cache.groupindex) == \
        (expected.pattern, expected.flags, expected.groups, expected.groupindex)


def test_save_writes_only_when_something_new_was_compiled(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(r"a+b", 0)
    regexcache.save()
    path = tmp_path / os.listdir(tmp_path)[0]
    os.utime(path, (1, 1))
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(r"a+b", 0)
    regexcache.save()
    assert path.stat().st_mtime == 1
    regexcache.compile(r"c+d", 0)
    regexcache.save()
    assert path.stat().st_mtime > 1


@pytest.mark.parametrize("damage", [
    b"",
    b"copydesk-regex-1\n",
    b"copydesk-regex-1\nnot marshal data at all",
    b"another format\n\x00\x01",
])
def test_a_damaged_cache_file_is_ignored(tmp_path, monkeypatch, damage):
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(r"(\d+) homes", 0)
    regexcache.save()
    path = tmp_path / os.listdir(tmp_path)[0]
    path.write_bytes(damage)
    _fresh(monkeypatch, tmp_path)
    assert regexcache.compile(r"(\d+) homes", 0).search("burned 12 homes").group(1) == "12"


def test_an_entry_with_a_broken_program_is_compiled_afresh(tmp_path, monkeypatch):
    import marshal

    _fresh(monkeypatch, tmp_path)
    regexcache.compile(r"(\d+) homes", 0)
    regexcache.save()
    path = tmp_path / os.listdir(tmp_path)[0]
    programs = marshal.loads(path.read_bytes()[len(regexcache._FORMAT):])
    flags, code, *rest = programs[(r"(\d+) homes", 0)]
    programs[(r"(\d+) homes", 0)] = (flags, [9999, 1, 2], *rest)  # not a program the matcher accepts
    path.write_bytes(regexcache._FORMAT + marshal.dumps(programs))
    _fresh(monkeypatch, tmp_path)
    assert regexcache.compile(r"(\d+) homes", 0).search("burned 12 homes").group(1) == "12"


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    _fresh(monkeypatch, blocker / "cache")
    assert regexcache.compile(r"x(y)", 0).match("xy").group(1) == "y"
    regexcache.save()  # no error
    assert blocker.read_text() == "not a folder"


def test_a_check_run_fills_the_cache_and_a_second_run_reads_it(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    article = tmp_path / "story.txt"
    article.write_text("Mayor Ana Ruiz said Monday that the bridge would reopen.\n", encoding="utf-8")
    env = {"COPYDESK_CACHE_DIR": str(folder)}
    first = run_cli("check", "--format", "concise", str(article), cwd=tmp_path, env=env)
    [name] = [n for n in os.listdir(folder) if n.startswith("regex-")]
    stamp = os.stat(folder / name).st_mtime_ns
    second = run_cli("check", "--format", "concise", str(article), cwd=tmp_path, env=env)
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
    assert os.stat(folder / name).st_mtime_ns == stamp  # nothing new to write


def test_writing_a_new_stamp_removes_the_older_files_of_its_family(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path))
    for name in ("regex-aaa.bin", "regex-bbb.bin", "en-123x456.bin", "regexp-old.bin", "notes.txt"):
        (tmp_path / name).write_bytes(b"old")
    assert cache.write(cache.path("regex", "ccc"), b"new")
    assert sorted(os.listdir(tmp_path)) == ["en-123x456.bin", "notes.txt", "regex-ccc.bin", "regexp-old.bin"]
    assert (tmp_path / "regex-ccc.bin").read_bytes() == b"new"
