"""The table benchmark's bookkeeping: alternating runs, medians, and the
speed-up with the machine's speed held still (the runs themselves are not
made here: they take minutes)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import tables  # noqa: E402


def fake_runs(monkeypatch, results):
    """``measure`` answering from ``results`` in turn, recording the calls."""
    calls = []

    def measure(engine, table, workers, pin=True):
        calls.append((engine, workers, pin))
        return dict(results.pop(0))

    monkeypatch.setattr(tables, "measure", measure)
    return calls


def test_one_and_two_workers_alternate_and_the_figures_are_medians(monkeypatch):
    calls = fake_runs(monkeypatch, [
        {"seconds": 100.0, "rows": 10, "lint_cpu": 100.0},   # one worker, busy 1.0
        {"seconds": 60.0, "rows": 10, "lint_cpu": 108.0},    # two, busy 0.9: 1.67x, 1.80x held
        {"seconds": 120.0, "rows": 10, "lint_cpu": 120.0},   # a slower machine: one worker, busy 1.0
        {"seconds": 55.0, "rows": 10, "lint_cpu": 104.5},    # two, busy 0.95: 2.18x, 1.90x held
        {"seconds": 110.0, "rows": 10, "lint_cpu": 99.0},    # one worker, busy 0.9
        {"seconds": 50.0, "rows": 10, "lint_cpu": 90.0},     # two, busy 0.9: 2.20x, 2.00x held
    ])
    figures = tables.bench("t.parquet", 10, (1, 2), ("dask",), repeat=3, pin=False)
    assert calls == [("dask", 1, False), ("dask", 2, False)] * 3
    one, two = figures
    assert (one["workers"], one["seconds"], one["runs"]) == (1, 110.0, [100.0, 120.0, 110.0])
    assert (two["workers"], two["seconds"], two["runs"]) == (2, 55.0, [60.0, 55.0, 50.0])
    assert two["busy"] == pytest.approx(0.9)
    assert two["scaling_1_to_2"] == pytest.approx(120 / 55)
    assert two["steady_scaling_1_to_2"] == pytest.approx(1.9)
    assert "steady_scaling_1_to_2" not in one


def test_without_cpu_figures_there_is_no_speed_held_scaling(monkeypatch):
    fake_runs(monkeypatch, [{"seconds": 10.0, "rows": 5}, {"seconds": 5.0, "rows": 5}])
    _, two = tables.bench("t.parquet", 5, (1, 2), ("spark",))
    assert two["scaling_1_to_2"] == pytest.approx(2.0)
    assert "steady_scaling_1_to_2" not in two and "busy" not in two


def test_a_skipped_engine_is_asked_once_and_says_why(monkeypatch):
    calls = []
    monkeypatch.setattr(tables, "measure", lambda engine, *rest: calls.append(engine) or "pyspark not installed")
    figures = tables.bench("t.parquet", 5, (1, 2), ("spark",), repeat=3)
    assert calls == ["spark", "spark"]
    assert [f.get("skipped") for f in figures] == ["pyspark not installed"] * 2


def test_a_run_that_loses_rows_stops_the_benchmark(monkeypatch):
    fake_runs(monkeypatch, [{"seconds": 1.0, "rows": 4}])
    with pytest.raises(SystemExit, match="read 4 rows of 5"):
        tables.bench("t.parquet", 5, (1,), ("cli",))


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="no CPU affinity here")
def test_a_pinned_run_and_what_it_starts_keep_to_their_cores():
    cores = sorted(os.sched_getaffinity(0))
    child = "import os, subprocess, sys; print(subprocess.run([sys.executable, '-c', " \
            "'import os; print(sorted(os.sched_getaffinity(0)))'], capture_output=True, text=True).stdout)"
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                          preexec_fn=tables._pinned(1), check=True)
    assert done.stdout.strip() == str(cores[:1])
    with pytest.raises(SystemExit, match=f"cannot hold a run to {len(cores) + 1} cores"):
        tables._pinned(len(cores) + 1)
