"""Snapshots: the exact text output of ``copydesk check`` on each sample.

Refresh after an intended change with ``COPYDESK_UPDATE_SNAPSHOTS=1 pytest
tests/test_samples.py`` and review the diff.
"""

from __future__ import annotations

import os
import pathlib

import pytest

from lint.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.*"))
SNAPSHOTS = ROOT / "tests" / "snapshots"
ARTICLES = [p for p in SAMPLES if p.suffix in (".txt", ".md")]


@pytest.mark.parametrize("sample", ARTICLES, ids=[p.name for p in ARTICLES])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_sample_output_matches_snapshot(sample, fmt, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    status = main(["check", "--no-config", "--format", fmt, f"samples/{sample.name}"])
    output = capsys.readouterr().out
    snapshot = SNAPSHOTS / f"{sample.name}.{fmt}"
    if os.environ.get("COPYDESK_UPDATE_SNAPSHOTS"):
        SNAPSHOTS.mkdir(exist_ok=True)
        snapshot.write_text(f"exit {status}\n{output}", encoding="utf-8")
    expected = snapshot.read_text(encoding="utf-8")
    assert f"exit {status}\n{output}" == expected


def test_there_are_at_least_four_samples():
    assert len(ARTICLES) >= 4
