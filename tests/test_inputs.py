"""Bad inputs: one clear stderr line naming the file, exit 2, other files still linted."""

from __future__ import annotations

import codecs
import os

import pytest

from conftest import err, out, run_cli
from lint.support.reading import EmptyInput, InputError, decode

GOOD = "The council met.\n\nSEE ALSO: Budget fight looms\n"
GOOD_LINE = "good.txt:3:1: BP001 Related-link line “SEE ALSO: Budget fight looms” is page furniture, not copy; remove it.\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def check(folder, *args, stdin=None):
    return run_cli("check", "--format", "concise", "--select", "BP001", *args, cwd=folder, stdin=stdin)


def assert_problem(proc, line: str, status: int = 2):
    """The other file is still reported; stderr is exactly the one line."""
    assert out(proc) == GOOD_LINE
    assert err(proc) == f"copydesk: {line}\n"
    assert proc.returncode == status


@pytest.mark.parametrize("data, message", [
    (b"Fine start\xff\xfe then junk\n", "is not valid UTF-8 (byte 0xff at offset 10)"),
    (b"\xef\xbb\xbfok \xc3(\n", "is not valid UTF-8 (byte 0xc3 at offset 6)"),
    (b"Truncated \xe2\x80", "is not valid UTF-8 (byte 0xe2 at offset 10)"),
    (b"PK\x03\x04\x00\x00binary", "looks like a binary file (NUL byte at offset 4)"),
    (codecs.BOM_UTF16_LE + "Council".encode("utf-16-le"), "is UTF-16 or UTF-32 encoded; copydesk reads UTF-8 only"),
    (codecs.BOM_UTF16_BE + "Council".encode("utf-16-be"), "is UTF-16 or UTF-32 encoded; copydesk reads UTF-8 only"),
    # UTF-16 without a BOM is full of NUL bytes.
    ("Council".encode("utf-16-le"), "looks like a binary file (NUL byte at offset 1)"),
])
def test_undecodable_file(folder, data, message):
    (folder / "bad.txt").write_bytes(data)
    assert_problem(check(folder, "good.txt", "bad.txt"), f"bad.txt: {message}")


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t\n", b"\xef\xbb\xbf"])
def test_empty_file_is_a_notice_only(folder, data):
    (folder / "empty.txt").write_bytes(data)
    assert_problem(check(folder, "good.txt", "empty.txt"), "empty.txt: is empty; nothing to check", status=1)
    # Alone, it does not fail the run either.
    proc = check(folder, "empty.txt")
    assert (proc.returncode, out(proc)) == (0, "")


def test_file_over_max_file_size(folder):
    (folder / "big.txt").write_text("word " * 300, encoding="utf-8")
    (folder / "copydesk.toml").write_text("max-file-size = 1000\n", encoding="utf-8")
    assert_problem(check(folder, "good.txt", "big.txt"),
                   "big.txt: is too large (1,500 bytes; the limit is 1,000, set max-file-size to raise it)")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_unreadable_file(folder):
    path = folder / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that read any file")
        assert_problem(check(folder, "good.txt", "locked.txt"), "locked.txt: permission denied")
    finally:
        path.chmod(0o644)


def test_nonexistent_path(folder):
    assert_problem(check(folder, "missing.txt", "good.txt"), "missing.txt: no such file or directory")


def test_folder_without_articles_is_a_notice(folder):
    (folder / "empty_dir").mkdir()
    (folder / "empty_dir" / "notes.rst").write_text("Not an article.\n", encoding="utf-8")
    assert_problem(check(folder, "empty_dir", "good.txt"),
                   "empty_dir: no article files found (extensions .txt, .md)", status=1)


def test_broken_config_names_file_and_line_and_others_still_run(folder):
    sub = folder / "desk"
    sub.mkdir()
    (sub / "one.txt").write_text(GOOD, encoding="utf-8")
    (sub / "two.txt").write_text(GOOD, encoding="utf-8")
    (sub / "copydesk.toml").write_text('select = ["BP"\nignore = []\n', encoding="utf-8")
    proc = check(folder, "desk", "good.txt")
    assert_problem(proc, f"{sub / 'copydesk.toml'}:2: invalid TOML: Unclosed array")
    # Named explicitly, the files under it are problems too, reported once.
    proc = check(folder, "desk/one.txt", "desk/two.txt", "good.txt")
    assert_problem(proc, f"{sub / 'copydesk.toml'}:2: invalid TOML: Unclosed array")


@pytest.mark.parametrize("toml, message", [
    ('select = ["BP"]\nfail_on = "error"\n', "2: unknown config key 'fail_on' (did you mean 'fail-on'?)"),
    ('\n\nextnsions = [".txt"]\n', "3: unknown config key 'extnsions' (did you mean 'extensions'?)"),
    ('frobnicate = 1\n', "1: unknown config key 'frobnicate'"),
    ('select = ["BP", "XX9"]\n', "1: select: unknown rule code or prefix 'XX9'"),
    ('ignore = [\n  "BP001",\n  "BQ",\n]\n', "3: ignore: unknown rule code or prefix 'BQ'"),
    ('extend-select = ["ZZ"]\n', "1: extend-select: unknown rule code or prefix 'ZZ'"),
    ('[per-file-ignores]\n"*.txt" = ["BP002x"]\n', "2: per-file-ignores: unknown rule code or prefix 'BP002x'"),
    ('[rules.BP999]\nseverity = "warning"\n', "1: rules: unknown rule 'BP999'"),
    ('[rules.BP001]\nseverity = "loud"\n', "2: rules: unknown severity 'loud' (use error, warning or info)"),
    ('[rules.BP001]\ncolour = "red"\n', "2: rules: rule BP001 has no option 'colour'"),
    ('fail-on = "sometimes"\n', "1: fail-on: 'sometimes' is not one of error, warning, info, never"),
    ('date = "June 4"\n', "1: date: 'June 4' is not a date (YYYY-MM-DD)"),
    ('max-file-size = -1\n', "1: max-file-size: expected a non-negative integer"),
])
def test_config_errors(folder, toml, message):
    sub = folder / "desk"
    sub.mkdir()
    (sub / "one.txt").write_text(GOOD, encoding="utf-8")
    (sub / "copydesk.toml").write_text(toml, encoding="utf-8")
    assert_problem(check(folder, "desk", "good.txt"), f"{sub / 'copydesk.toml'}:{message}")


def test_unknown_select_on_command_line(folder):
    for flag in ("--select", "--ignore", "--extend-select"):
        proc = check(folder, flag, "BP001,QQ", "good.txt")
        assert (proc.returncode, out(proc)) == (2, "")
        assert err(proc) == f"copydesk: {flag}: unknown rule code or prefix 'QQ'\n"


def test_bad_date_and_unknown_format(folder):
    proc = check(folder, "--date", "2023-13-01", "good.txt")
    assert proc.returncode == 2
    assert err(proc).splitlines()[-1] == "copydesk check: error: argument --date: '2023-13-01' is not a date (YYYY-MM-DD)"
    proc = run_cli("check", "--format", "yaml", "good.txt", cwd=folder)
    assert (proc.returncode, out(proc)) == (2, "")
    assert err(proc) == "copydesk: unknown --format 'yaml' (choose from concise, github, json, sarif, text)\n"


def test_bad_stdin(folder):
    proc = check(folder, "-", stdin=b"abc\x80")
    assert (proc.returncode, out(proc)) == (2, "")
    assert err(proc) == "copydesk: -: is not valid UTF-8 (byte 0x80 at offset 3)\n"
    proc = check(folder, "-", "--stdin-filename", "story.md", stdin=b"")
    assert (proc.returncode, err(proc)) == (0, "copydesk: story.md: is empty; nothing to check\n")


def test_decode_unit():
    assert decode(b"\xef\xbb\xbfA\r\nB") == ("A\r\nB", True)
    assert decode("Zelenskyy’s".encode()) == ("Zelenskyy’s", False)
    with pytest.raises(EmptyInput):
        decode(b"\n\n")
    with pytest.raises(InputError, match=r"offset 8193"):
        decode(b"a" * 8193 + b"\0")  # NUL beyond the sniffed prefix is still caught
