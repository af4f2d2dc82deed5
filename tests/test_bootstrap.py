"""agent/bootstrap.py and the DiaSafety interval built on it (`warmline eval safety --bootstrap N`)."""

from __future__ import annotations

import numpy as np
import pytest

from agent.bootstrap import FloatArray, bootstrap_groups, group_numbers
from agent.safety_eval import DiaSafetyPair, f1_interval


def _share(counts: FloatArray) -> tuple[float, float]:
    right, wrong = counts
    return right / (right + wrong), right + wrong


def test_groups_are_numbered_by_first_appearance() -> None:
    assert group_numbers(["b", "a", "b", "c", "a"]).tolist() == [0, 1, 0, 2, 1]


def test_one_interval_per_statistic_from_whole_groups() -> None:
    # A group that is all right and one that is all wrong: resampling groups draws each pair a quarter of the time.
    intervals = bootstrap_groups(np.array([[10, 0], [0, 10]]), _share, resamples=2000)
    assert len(intervals) == 2
    assert (intervals[0].low, intervals[0].high) == (0.0, 1.0)
    assert intervals[1].sd == 0.0  # every resample holds 20 items


def test_seeded_and_checked() -> None:
    counts = np.array([[3, 1], [1, 3], [2, 2], [4, 0]])
    assert bootstrap_groups(counts, _share, 100, seed=4) == bootstrap_groups(counts, _share, 100, seed=4)
    with pytest.raises(ValueError):
        bootstrap_groups(counts, _share, resamples=0)
    with pytest.raises(ValueError):
        bootstrap_groups(counts, _share, level=0.0)
    with pytest.raises(ValueError, match="no items"):
        bootstrap_groups(np.zeros((0, 2)), _share)


def test_the_diasafety_interval_resamples_contexts() -> None:
    def pair(context: str) -> DiaSafetyPair:
        return DiaSafetyPair(context=context, response="a reply", category="Risk Ignorance", label="Unsafe")

    # Both replies to "a" are caught, both replies to "b" are missed: F1 is 0 when only "b" is drawn, 1 for "a".
    pairs = [pair("a"), pair("b"), pair("a"), pair("b")]
    interval = f1_interval(pairs, [True] * 4, [True, False, True, False], resamples=2000)
    assert interval["contexts"] == 2
    assert (interval["low"], interval["high"]) == (0.0, 1.0)
