"""The house style: detected from the copy, shown by inspect, set in config."""

from __future__ import annotations

import os
import sys

from conftest import out, run_cli

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "corpus"))

from pages import Linter  # noqa: E402

AP = """- The Harbor Courier - Wednesday, June 7, 2023

HARBOR CITY — The port commission met on Tuesday to approve a dredging plan.

Commissioner Ana Ruiz called the plan overdue. Ruiz said work would start in the fall.

The full board will vote Friday and meet the mayor Monday.
"""
COURTESY = AP.replace("Ruiz said", "Ms. Ruiz said")
BRITISH = AP.replace("Ruiz said", "Ms Ruiz said").replace("approve a dredging plan", "approve a harbour plan")


def codes(text: str, **cli) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in Linter(select=["DT103", "DT003"], **cli).lint(text, None)]


def test_ap_copy_gets_the_ap_date_rules():
    assert codes(AP) == [("DT103", 3, 39)]


def test_courtesy_and_british_copy_do_not():
    assert codes(COURTESY) == []
    assert codes(BRITISH) == []


def test_the_configured_house_wins_over_the_copy():
    assert codes(COURTESY, house="ap") == [("DT103", 3, 39)]
    assert codes(AP, house="british") == []


def test_inspect_names_the_house_and_its_source(tmp_path):
    (tmp_path / "story.txt").write_text(BRITISH, encoding="utf-8")
    shown = out(run_cli("inspect", "--no-config", "story.txt", cwd=tmp_path))
    assert "  house style:      british (detected)\n" in shown
    (tmp_path / "copydesk.toml").write_text('house = "ap"\n', encoding="utf-8")
    shown = out(run_cli("inspect", "story.txt", cwd=tmp_path))
    assert "  house style:      ap (config)\n" in shown
