"""Percentile bootstrap over groups: how much an evaluation's scores would move on another sample of the data.

Evaluation items are rarely independent (the turns of one dialogue, the replies to one context), so whole groups are
resampled with replacement. Each group is summarised once as an array of counts (a confusion matrix, tp/fp/fn), a
resample is a sum of those arrays, and `statistic` turns a sum into the scores, so a resample never revisits items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict

FloatArray = npt.NDArray[np.float64]


class Interval(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    low: float
    high: float
    sd: float  # spread across resamples: the sampling noise of the score on data this size


def bootstrap_groups(
    per_group: npt.NDArray[np.generic],
    statistic: Callable[[FloatArray], Sequence[float]],
    resamples: int = 1000,
    seed: int = 13,
    level: float = 0.95,
) -> list[Interval]:
    """One interval per value `statistic` returns; `per_group[g]` holds group g's counts."""
    if resamples < 1 or not 0.0 < level < 1.0:
        raise ValueError("resamples must be >= 1 and level in (0, 1)")
    if len(per_group) == 0:
        raise ValueError("no items to resample")
    counts = np.asarray(per_group, dtype=np.float64)
    rng = np.random.default_rng(seed)
    rows = np.array(
        [statistic(counts[rng.integers(0, len(counts), len(counts))].sum(axis=0)) for _ in range(resamples)]
    )
    tail = 100.0 * (1.0 - level) / 2.0
    low, high = np.percentile(rows, [tail, 100.0 - tail], axis=0)
    return [
        Interval(low=float(a), high=float(b), sd=float(s))
        for a, b, s in zip(low, high, rows.std(axis=0), strict=True)
    ]


def group_numbers(keys: Sequence[object]) -> npt.NDArray[np.int64]:
    """0..G-1 per item, in order of first appearance of its key."""
    first: dict[object, int] = {}
    return np.array([first.setdefault(k, len(first)) for k in keys], dtype=np.int64)
