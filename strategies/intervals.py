"""How much a strategy evaluation's scores would move on another sample of dialogues (agent/bootstrap.py).

A split of a few hundred dialogues is small: the same selector scores macro-F1 0.277 on one half of ESConv train and
0.301 on the other. Turns of one dialogue share a supporter, a problem and a strategy habit, so whole dialogues are
resampled. A gap between two selectors smaller than these intervals is not a measured difference.
"""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from agent.bootstrap import FloatArray, Interval, bootstrap_groups, group_numbers
from strategies.metrics import IntArray, bias, confusion_matrix, macro_f1, preferences, weighted_f1


class ScoreIntervals(BaseModel):
    """Percentile intervals of the headline scores over dialogue-level bootstrap resamples."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    resamples: int
    level: float
    seed: int
    dialogues: int
    macro_f1: Interval
    weighted_f1: Interval
    bias_B: Interval


def bootstrap(
    gold: IntArray,
    predicted: IntArray,
    dialogue: IntArray,
    resamples: int = 1000,
    seed: int = 13,
    level: float = 0.95,
) -> ScoreIntervals:
    """Intervals for macro-F1, weighted-F1 and B; `dialogue[i]` names the dialogue of turn i."""
    if gold.size == 0:
        raise ValueError("no labelled turns to resample")
    number = group_numbers(dialogue.tolist())
    confusions = np.stack(
        [confusion_matrix(gold[number == d], predicted[number == d]) for d in range(number.max() + 1)]
    )
    macro, weighted, b = bootstrap_groups(confusions, _scores, resamples, seed, level)
    return ScoreIntervals(
        resamples=resamples,
        level=level,
        seed=seed,
        dialogues=len(confusions),
        macro_f1=macro,
        weighted_f1=weighted,
        bias_B=b,
    )


def _scores(confusion: FloatArray) -> tuple[float, float, float]:
    counts = confusion.astype(np.int64)
    return macro_f1(counts), weighted_f1(counts), bias(preferences(counts)[0])
