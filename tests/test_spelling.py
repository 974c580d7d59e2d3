"""The spelling machinery: the compiled dictionary cache and the lexicon's rules."""

from __future__ import annotations

import os

import pytest

from conftest import err, run_cli
from lint.analysis import dictionary
from lint.analysis.names import one_edit_apart
from lint.engine.config import ConfigError
from lint.rules.spelling.lexicon import Lexicon, _lexicon


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    dictionary.english.cache_clear()
    yield tmp_path / "cache"
    dictionary.english.cache_clear()


def test_the_dictionary_is_compiled_once_into_the_cache_and_read_back(fresh_cache):
    made = dictionary.english()
    files = os.listdir(fresh_cache)
    assert len(files) == 1 and files[0].startswith("en-") and files[0].endswith(".bin")
    dictionary.english.cache_clear()
    read = dictionary.english()
    assert read.keys == made.keys and read.counts == made.counts
    assert "government" in read and "goverment" not in read
    assert "cafe" in read  # accents stripped as well as kept


def test_a_cache_cut_short_is_compiled_again(fresh_cache):
    dictionary.english()
    path = fresh_cache / os.listdir(fresh_cache)[0]
    path.write_bytes(path.read_bytes()[:1000])
    dictionary.english.cache_clear()
    assert "government" in dictionary.english()
    assert path.stat().st_size > 1_000_000


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(blocker / "cache"))
    dictionary.english.cache_clear()
    try:
        assert "receive" in dictionary.english()
    finally:
        dictionary.english.cache_clear()


def test_near_words_are_one_edit_away_most_frequent_first():
    english = dictionary.english()
    assert [w for w, _ in english.near("recieve")] == ["receive", "relieve"]
    assert english.near("untill")[0][0] == "until"
    assert english.near("qzxjv") == []


@pytest.mark.parametrize("word", ["colour", "organisation", "travelled", "centre", "defence", "analysed",
                                  "programme", "reopened", "counteroffensives", "neighbourhoods", "favourable"])
def test_british_forms_and_derived_words_are_known(word):
    assert _lexicon("config", (), (), (), ()).known(word)


@pytest.mark.parametrize("word", ["runing", "untill", "recieved", "goverments", "fourty"])
def test_short_stems_do_not_excuse_a_misspelling(word):
    assert not _lexicon("config", (), (), (), ()).known(word)


def test_accept_and_reject_lists_from_files(tmp_path):
    accept = tmp_path / "accept.txt"
    accept.write_text("# the desk's words\nsnowplough\nBrantville  # a town\n", encoding="utf-8")
    reject = tmp_path / "reject.txt"
    reject.write_text("irregardless -> regardless\nkinda\n", encoding="utf-8")
    lexicon = _lexicon("config", (), (), (str(accept),), (str(reject),))
    assert isinstance(lexicon, Lexicon)
    assert lexicon.known("snowplough") and lexicon.known_name("Brantville")
    assert lexicon.rejected["irregardless"].replacement == "regardless"
    assert lexicon.rejected["kinda"].replacement is None


def test_a_bad_word_list_is_a_config_error_naming_the_file_and_line(tmp_path):
    reject = tmp_path / "reject.txt"
    reject.write_text("fine\ntwo words -> one\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        _lexicon("config", (), (), (), (str(reject),))
    assert str(caught.value) == (f"{reject}:2: rejected word 'two words -> one' must be one word, "
                                 "optionally \"-> replacement\"")
    with pytest.raises(ConfigError) as caught:
        _lexicon("config", (), (), (str(tmp_path / "missing.txt"),), ())
    assert str(caught.value).startswith(f"{tmp_path / 'missing.txt'}: cannot read word list")


def test_a_missing_word_list_named_in_config_stops_the_file_with_one_line(tmp_path):
    (tmp_path / "copydesk.toml").write_text('accept-files = ["desk-words.txt"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("The council met.\n", encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert err(proc).splitlines() == [
        f"copydesk: {tmp_path / 'desk-words.txt'}: cannot read word list (No such file or directory)"]


@pytest.mark.parametrize("a, b, expected", [
    ("Peskov", "Peskob", True), ("Peskov", "Pesko", True), ("Kharkiv", "Kharkov", True),
    ("Maliar", "Mailar", True), ("Peskov", "Peskov", False), ("Peskov", "Paskob", False),
    ("Iran", "Iraq", True), ("Bakhmut", "Bachmut", True), ("Biden", "Bidens", True),
])
def test_one_edit_apart(a, b, expected):
    assert one_edit_apart(a, b) is expected
    assert one_edit_apart(b, a) is expected
