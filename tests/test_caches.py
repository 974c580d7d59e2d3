"""The user cache: compiled regular-expression programs and stale-file cleanup."""

from __future__ import annotations

import os
import re

import pytest

from conftest import run_cli
from lint.support import cache, regexcache

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
    written = path.stat().st_ino  # a write replaces the file (a new inode)
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(r"a+b", 0)
    regexcache.save()
    assert path.stat().st_ino == written
    regexcache.compile(r"c+d", 0)
    regexcache.save()
    assert path.stat().st_ino != written


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


def _rewrite(path, change) -> None:
    """Apply ``change`` to the stored programs and write the file back, checksum and all."""
    import marshal
    import zlib

    lead = regexcache._FORMAT + cache.installation_key()
    programs = marshal.loads(path.read_bytes()[len(lead) + 4:])
    change(programs)
    payload = marshal.dumps(programs)
    path.write_bytes(lead + zlib.crc32(payload).to_bytes(4, "little") + payload)


def test_an_entry_with_a_broken_program_is_compiled_afresh(tmp_path, monkeypatch):
    from array import array

    _fresh(monkeypatch, tmp_path)
    regexcache.compile(r"(\d+) homes", 0)
    regexcache.save()
    path = tmp_path / os.listdir(tmp_path)[0]

    def break_it(programs):
        flags, code, *rest = programs[(r"(\d+) homes", 0)]
        broken = array(regexcache._CODE_TYPE, [9999, 1, 2]).tobytes()  # not a program the matcher accepts
        programs[(r"(\d+) homes", 0)] = (flags, broken, *rest)

    _rewrite(path, break_it)
    _fresh(monkeypatch, tmp_path)
    assert regexcache.compile(r"(\d+) homes", 0).search("burned 12 homes").group(1) == "12"


def test_a_file_whose_checksum_fails_is_not_used(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    regexcache.compile(r"(\d+) homes", 0)
    regexcache.compile(r"(\d+) barns", 0)
    regexcache.save()
    path = tmp_path / os.listdir(tmp_path)[0]
    # Swap the two programs: each is still one the matcher accepts, but the
    # wrong one for its pattern. Only the checksum can tell.
    raw = path.read_bytes()

    def swap(programs):
        homes, barns = programs[(r"(\d+) homes", 0)], programs[(r"(\d+) barns", 0)]
        programs[(r"(\d+) homes", 0)], programs[(r"(\d+) barns", 0)] = barns, homes

    _rewrite(path, swap)
    tampered = path.read_bytes()
    lead = len(regexcache._FORMAT + cache.installation_key())
    path.write_bytes(tampered[:lead] + raw[lead:lead + 4] + tampered[lead + 4:])  # the old checksum over new data
    _fresh(monkeypatch, tmp_path)
    assert regexcache._load() == {}
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
    assert cache.write_checked(cache.path("regex", "ccc"), b"new\n", b"")
    assert sorted(os.listdir(tmp_path)) == ["en-123x456.bin", "notes.txt", "regex-ccc.bin", "regexp-old.bin"]
    assert cache.read_checked(str(tmp_path / "regex-ccc.bin"), b"new\n") == b""


def test_built_data_is_made_once_and_read_back_until_a_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "names.txt"
    source.write_text("ana\nben\n", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"names": frozenset(source.read_text().split()), "count": (2, 0.5)}

    made = cache.built("test-names", [str(source)], build)
    assert made == {"names": frozenset({"ana", "ben"}), "count": (2, 0.5)}
    assert cache.built("test-names", [str(source)], build) == made
    assert len(calls) == 1
    source.write_text("ana\nben\ncruz\n", encoding="utf-8")
    assert cache.built("test-names", [str(source)], build)["names"] == frozenset({"ana", "ben", "cruz"})
    assert len(calls) == 2
    assert len(os.listdir(tmp_path / "cache")) == 1  # the older copy was removed


def test_built_data_from_a_damaged_copy_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "data.json"
    source.write_text('{"a": [1, 2, {"b": null}]}', encoding="utf-8")
    assert cache.json_file(str(source), "test-json") == {"a": [1, 2, {"b": None}]}
    [copy] = (tmp_path / "cache").iterdir()
    copy.write_bytes(copy.read_bytes()[:12])
    assert cache.json_file(str(source), "test-json") == {"a": [1, 2, {"b": None}]}


def test_two_installations_keep_their_own_copies(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    for place in ("one", "two"):
        (tmp_path / place).mkdir()
        (tmp_path / place / "data.json").write_text(f'["{place}"]', encoding="utf-8")
    for _ in range(2):
        for place in ("one", "two"):
            assert cache.json_file(str(tmp_path / place / "data.json"), "test-json") == [place]
    assert len(os.listdir(tmp_path / "cache")) == 2


def test_what_marshal_cannot_keep_is_still_returned(tmp_path, monkeypatch):
    import datetime as dt

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "data.txt"
    source.write_text("x", encoding="utf-8")
    assert cache.built("test-dates", [str(source)], lambda: [dt.date(2023, 6, 4)]) == [dt.date(2023, 6, 4)]
    assert not (tmp_path / "cache").exists() or os.listdir(tmp_path / "cache") == []


def test_the_given_name_lexicon_reads_the_same_from_its_cached_copy(tmp_path, monkeypatch):
    from lint.analysis import names

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    parsed = names._load()
    assert [n.split("-")[0] for n in os.listdir(tmp_path / "cache")] == ["given"]
    monkeypatch.setattr(names, "_parse_data", lambda: pytest.fail("parsed again although cached"))
    assert names._load() == parsed
    assert parsed.genders["maria"][0] == names.SEXES["F"] and "jordan" in parsed.known


def test_built_data_whose_checksum_fails_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "data.json"
    source.write_text('{"words": ["alpha", "beta"]}', encoding="utf-8")
    cache.json_file(str(source), "test-json")
    [copy] = (tmp_path / "cache").iterdir()
    raw = bytearray(copy.read_bytes())
    raw[raw.index(b"alpha")] = ord("A")  # still valid marshal data, but not what was written
    copy.write_bytes(bytes(raw))
    assert cache.json_file(str(source), "test-json") == {"words": ["alpha", "beta"]}
