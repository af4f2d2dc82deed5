"""The selector's ensemble: the logistic model and the boosted trees, log-probabilities averaged.

A weighted geometric mean (w * trees + (1 - w) * logistic, renormalised) before the debiasing step. The weight is
chosen on grouped out-of-fold predictions on TRAIN from a fixed grid, refitting the debiasing for every
candidate, by the debiasing's own objective; nothing is chosen on valid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from strategies.debias import DebiasFit, DebiasParams
from strategies.model import FloatArray, Matrix, StrategyModel, log_softmax
from strategies.trees import TreeEnsemble

IntArray = npt.NDArray[np.int64]
WEIGHTS: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0)  # 0 = logistic model only, 1 = trees only


def blend(linear: FloatArray, trees: FloatArray | None, weight: float) -> FloatArray:
    if trees is None or weight == 0.0:
        return linear
    return log_softmax((1.0 - weight) * linear + weight * trees)


@dataclass(frozen=True)
class Ensemble:
    """What the live selector scores with; without trees it is the logistic model alone."""

    linear: StrategyModel
    trees: TreeEnsemble | None = None
    tree_weight: float = 0.0

    def log_probs(self, dense: Matrix, texts: Sequence[Sequence[str]]) -> FloatArray:
        linear = self.linear.log_probs(dense, texts)
        if self.trees is None or self.tree_weight == 0.0:
            return linear
        return blend(linear, self.trees.log_probs(dense), self.tree_weight)


@dataclass(frozen=True)
class WeightChoice:
    weight: float
    debias: DebiasParams
    values: dict[float, float]  # objective of every candidate weight, debiasing refitted for each


def choose_weight(
    linear: FloatArray,
    trees: FloatArray | None,
    gold: IntArray,
    last: IntArray,
    log_prior: FloatArray,
    fit: DebiasFit,
    weights: Sequence[float] = WEIGHTS,
) -> WeightChoice:
    """The weight whose blend, once debiased, scores best on the out-of-fold predictions (ties: less trees)."""
    values: dict[float, float] = {}
    params: dict[float, DebiasParams] = {}
    for weight in weights:
        blended = blend(linear, trees, weight)
        params[weight] = fit.fit(blended, gold, last, log_prior)
        predicted = params[weight].apply(blended, last).argmax(axis=1)
        values[weight] = fit.objective(gold, predicted)
    best = max(weights, key=lambda w: (values[w], -w))
    return WeightChoice(weight=best, debias=params[best], values=values)
