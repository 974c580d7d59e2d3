"""The fuzzer's checks (``tests/fuzz.py``) on small generated inputs, bounded for CI.

The long run, with the time limit, is ``python tests/fuzz.py --minutes N``.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_engine
from fuzz import check, generate

ENGINE = make_engine()


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), size=st.sampled_from([600, 2000, 6000]))
def test_generated_copy_keeps_every_guarantee(seed, size):
    case = generate(random.Random(seed), size)
    failures, _ = check(ENGINE, case, limit=None)
    assert failures == [], (seed, size)


def test_the_generator_plants_quotations_that_the_check_follows():
    cases = [generate(random.Random(seed), 6000) for seed in range(30)]
    assert sum(len(case.quotes) for case in cases) > 20
    assert {case.path for case in cases} == {"story.txt", "story.md"}
    assert all(len(case.text.encode("utf-8")) <= 6000 for case in cases)
