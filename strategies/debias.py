"""The debiasing step: a measured correction of the model's scores before the choice.

Three explicit parts, applied to the model's log-probabilities z (one per strategy):

1. prior (logit) adjustment: z - tau * log(prior), which removes a share tau of the training label frequencies
   the model has absorbed (Menon et al., 2021);
2. per-strategy offsets b, fitted so that the Bradley–Terry preference bias B of the out-of-fold predictions
   falls while macro-F1 and weighted-F1 hold (coordinate search on the training folds, never on valid);
3. repetition control: a penalty rho on the strategy the supporter used last, since over-repeating one
   strategy is the most visible form of preference bias in a conversation.

Every parameter is fitted on out-of-fold predictions on TRAIN, so the valid figures stay honest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict

from strategies.metrics import (
    K,
    bias,
    confusion_matrix,
    macro_f1,
    preferences,
    weighted_f1,
)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


class DebiasParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    tau: float = 0.0
    offsets: tuple[float, ...] = (0.0,) * K
    repeat_penalty: float = 0.0
    log_prior: tuple[float, ...] = (0.0,) * K

    def apply(self, log_probs: FloatArray, last_strategy: IntArray) -> FloatArray:
        """Debiased scores for rows of log-probabilities; `last_strategy` is -1 where there is none."""
        scores = log_probs - self.tau * np.asarray(self.log_prior) + np.asarray(self.offsets)
        rows = np.flatnonzero(last_strategy >= 0)
        scores[rows, last_strategy[rows]] -= self.repeat_penalty
        return scores


@dataclass(frozen=True)
class Objective:
    """What the fit maximises: macro-F1 + weighted-F1 - weight * max(0, B - target)."""

    bias_target: float = 0.15
    bias_weight: float = 1.0

    def __call__(self, gold: IntArray, predicted: IntArray) -> float:
        confusion = confusion_matrix(gold, predicted)
        b = bias(preferences(confusion)[0])
        penalty = self.bias_weight * max(0.0, b - self.bias_target)
        return macro_f1(confusion) + weighted_f1(confusion) - penalty


@dataclass
class DebiasFit:
    """Fits DebiasParams on out-of-fold log-probabilities by grid and coordinate search."""

    objective: Objective = field(default_factory=Objective)
    taus: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25)
    penalties: tuple[float, ...] = (0.0, 0.1, 0.2, 0.3, 0.5)
    steps: tuple[float, ...] = (0.4, 0.2, 0.1, 0.05)
    sweeps: int = 3

    def fit(
        self, log_probs: FloatArray, gold: IntArray, last: IntArray, log_prior: FloatArray
    ) -> DebiasParams:
        params = DebiasParams(log_prior=tuple(float(v) for v in log_prior))
        params = self._best(log_probs, gold, last, [params.model_copy(update={"tau": t}) for t in self.taus])
        penalised = [params.model_copy(update={"repeat_penalty": r}) for r in self.penalties]
        params = self._best(log_probs, gold, last, penalised)
        return self._coordinate(log_probs, gold, last, params)

    def _value(self, params: DebiasParams, log_probs: FloatArray, gold: IntArray, last: IntArray) -> float:
        return self.objective(gold, params.apply(log_probs, last).argmax(axis=1))

    def _best(
        self, log_probs: FloatArray, gold: IntArray, last: IntArray, candidates: list[DebiasParams]
    ) -> DebiasParams:
        values = [self._value(c, log_probs, gold, last) for c in candidates]
        return candidates[int(np.argmax(values))]

    def _coordinate(
        self, log_probs: FloatArray, gold: IntArray, last: IntArray, params: DebiasParams
    ) -> DebiasParams:
        best = self._value(params, log_probs, gold, last)
        for step in self.steps:
            for _ in range(self.sweeps):
                improved = False
                for k in range(K):
                    for sign in (1.0, -1.0):
                        offsets = list(params.offsets)
                        offsets[k] += sign * step
                        candidate = params.model_copy(update={"offsets": tuple(offsets)})
                        value = self._value(candidate, log_probs, gold, last)
                        if value > best + 1e-9:
                            best, params, improved = value, candidate, True
                if not improved:
                    break
        return params
