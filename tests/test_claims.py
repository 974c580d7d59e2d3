"""``copydesk claims``: the fact-checker's list, pinned on an invented story."""

from __future__ import annotations

import json

from lint.cli import main

STORY = (
    "- The Harbor Courier - Sunday, June 4, 2023\n\n"
    "Port Director Renata Okafor said Saturday that the $48 million project was the largest in the port's "
    "history.\n\n"
    "\"We are ready,\" Ms. Okafor said. Dock worker Dale Pruitt, 61, said 300 jobs depended on it.\n"
)


def test_claims_lists_checkable_statements_in_text_order(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert main(["claims", "--no-config", "--format", "json", "a.txt"]) == 0
    found = [(c["line"], c["kind"], c["text"], c["note"]) for c in json.loads(capsys.readouterr().out)]
    assert found == [
        (3, "title", "Director Renata Okafor", "Renata Okafor: Director"),
        (3, "date", "Saturday", "2023-06-03"),
        (3, "number", "$48 million", ""),
        (3, "superlative", "the largest in the port", ""),
        (5, "quote", "\"We are ready,\"", "Renata Okafor"),
        (5, "title", "worker Dale Pruitt", "Dale Pruitt: worker"),
        (5, "age", "61", ""),
        (5, "number", "300", ""),
    ]


def test_claims_text_output_and_exit_status(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert main(["claims", "--no-config", "a.txt"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("a.txt: 8 checkable statements\n")
    assert "  3:52    number       $48 million\n" in out
