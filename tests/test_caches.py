"""The user cache: data built once and read back, and stale-file cleanup."""

from __future__ import annotations

import os

import pytest

from lint.support import cache


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
