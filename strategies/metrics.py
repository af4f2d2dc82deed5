"""Strategy-selection metrics of Kang et al. (ACL 2024): proficiency Q (macro-F1), weighted-F1, preference bias B.

Definitions follow DESIGN.md and the authors' `metrics.py`:

* F1 scores average over the strategies that occur in the gold labels or the predictions (scikit-learn's
  convention, which the published numbers use); a strategy that is gold but never predicted scores F1 = 0.
* Preferences p come from a Bradley–Terry iteration over the off-diagonal confusion counts, W[i][j] = number of
  turns predicted i whose gold is j. p starts at 1; each of 20 rounds updates p in place, strategy by strategy,
  p_i <- sum_j W[i][j] p_j / (p_i + p_j)  /  sum_j W[j][i] / (p_i + p_j), then divides p by the geometric mean of
  its positive entries. Finally p is rescaled to sum to 8 and B is the population standard deviation of p.

The reference code divides by zero in degenerate cases; here they are defined and reported in `notes`:

* a strategy that is never involved in an error (0/0) keeps its current p (no evidence either way);
* a strategy that is over-predicted but never mispredicted (x/0, an unbounded preference) is given half a lost
  comparison against each other strategy (a Haldane-style pseudo-count), so p stays finite;
* a pair whose p are both zero contributes nothing (0/0 terms);
* with no positive p the normalisations are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict

from strategies.catalogue import STRATEGIES, Strategy

K = len(STRATEGIES)
BT_ROUNDS = 20
_PSEUDO_LOSS = 0.5

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


class StrategyScores(BaseModel):
    """One evaluation's scores; the JSON keys of `warmline eval strategy`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    n: int
    accuracy: float
    macro_f1: float
    weighted_f1: float
    bias_B: float
    preferences: dict[str, float]
    per_strategy_f1: dict[str, float]
    notes: list[str]
    confusion: list[list[int]]  # rows = gold, columns = predicted, in STRATEGIES order


def indices(labels: Sequence[Strategy]) -> IntArray:
    order = {strategy: i for i, strategy in enumerate(STRATEGIES)}
    return np.array([order[label] for label in labels], dtype=np.int64)


def confusion_matrix(gold: IntArray, predicted: IntArray) -> IntArray:
    """counts[g][p] = turns with gold g predicted p."""
    counts = np.zeros((K, K), dtype=np.int64)
    np.add.at(counts, (gold, predicted), 1)
    return counts


def f1_per_strategy(confusion: IntArray) -> FloatArray:
    true_positive = np.diag(confusion).astype(np.float64)
    gold_count = confusion.sum(axis=1)
    predicted_count = confusion.sum(axis=0)
    denominator = gold_count + predicted_count
    # F1 = 2TP / (gold + predicted); 0 where the strategy is never gold nor predicted (excluded from averages).
    return np.divide(2 * true_positive, denominator, out=np.zeros(K), where=denominator > 0)


def macro_f1(confusion: IntArray) -> float:
    present = (confusion.sum(axis=0) + confusion.sum(axis=1)) > 0
    return float(f1_per_strategy(confusion)[present].mean()) if present.any() else 0.0


def weighted_f1(confusion: IntArray) -> float:
    support = confusion.sum(axis=1)
    total = support.sum()
    return float((f1_per_strategy(confusion) * support).sum() / total) if total else 0.0


def accuracy(confusion: IntArray) -> float:
    total = confusion.sum()
    return float(np.trace(confusion) / total) if total else 0.0


def preferences(confusion: IntArray, rounds: int = BT_ROUNDS) -> tuple[FloatArray, list[str]]:
    """Bradley–Terry preferences (sum 8) from a gold x predicted confusion matrix, and notes on degeneracy."""
    wins = confusion.T.astype(np.float64)  # wins[i][j]: predicted i when gold was j
    np.fill_diagonal(wins, 0.0)
    notes = _degeneracy_notes(wins)
    losses = wins.T.copy()  # losses[i][j] = wins[j][i]
    unbounded = (losses.sum(axis=1) == 0) & (wins.sum(axis=1) > 0)
    losses[unbounded] += _PSEUDO_LOSS * (1.0 - np.eye(K))[unbounded]
    p = np.ones(K)
    for _ in range(rounds):
        _bt_round(p, wins, losses)
        _normalise_geometric(p)
    total = p.sum()
    if total > 0 and np.all(np.isfinite(p)):
        return p * K / total, notes
    # Every preference collapsed to 0 (e.g. the errors never meet each other: strategies that only win against
    # strategies that only lose). Fall back to each strategy's share of the wrong predictions.
    won = wins.sum(axis=1)
    notes.append("Bradley-Terry preferences collapsed; reporting each strategy's share of wrong predictions")
    return (won * K / won.sum() if won.sum() > 0 else np.ones(K)), notes


def _bt_round(p: FloatArray, wins: FloatArray, losses: FloatArray) -> None:
    for i in range(K):
        pair = p[i] + p
        safe = np.where(pair > 0, pair, 1.0)
        usable = (pair > 0) & (np.arange(K) != i)
        numerator = float((wins[i] * p / safe)[usable].sum())
        denominator = float((losses[i] / safe)[usable].sum())
        if denominator > 0:
            p[i] = numerator / denominator


def _normalise_geometric(p: FloatArray) -> None:
    positive = p[p > 0]
    if positive.size:
        p /= float(np.exp(np.log(positive).mean()))


def _degeneracy_notes(wins: FloatArray) -> list[str]:
    notes = []
    for i, strategy in enumerate(STRATEGIES):
        won, lost = wins[i].sum(), wins[:, i].sum()
        if won == 0 and lost == 0:
            notes.append(f"{strategy.value}: involved in no error; its preference keeps its neutral value")
        elif lost == 0:
            notes.append(
                f"{strategy.value}: never mispredicted but over-predicted (unbounded preference); "
                f"a pseudo-count of {_PSEUDO_LOSS} losses per strategy keeps it finite"
            )
        elif won == 0:
            notes.append(f"{strategy.value}: never predicted wrongly (preference 0)")
    return notes


def bias(p: FloatArray) -> float:
    return float(np.std(p))


def score_indices(gold: IntArray, predicted: IntArray) -> StrategyScores:
    confusion = confusion_matrix(gold, predicted)
    p, notes = preferences(confusion)
    f1 = f1_per_strategy(confusion)
    notes += _absence_notes(confusion)
    return StrategyScores(
        n=int(gold.size),
        accuracy=accuracy(confusion),
        macro_f1=macro_f1(confusion),
        weighted_f1=weighted_f1(confusion),
        bias_B=bias(p),
        preferences={s.value: float(v) for s, v in zip(STRATEGIES, p, strict=True)},
        per_strategy_f1={s.value: float(v) for s, v in zip(STRATEGIES, f1, strict=True)},
        notes=notes,
        confusion=confusion.tolist(),
    )


def _absence_notes(confusion: IntArray) -> list[str]:
    notes = []
    for i, strategy in enumerate(STRATEGIES):
        if confusion[i].sum() == 0 and confusion[:, i].sum() == 0:
            notes.append(f"{strategy.value}: absent from gold and predictions; left out of the F1 averages")
        elif confusion[:, i].sum() == 0:
            notes.append(f"{strategy.value}: never predicted (F1 0)")
    if confusion.sum() == 0:
        notes.append("no turns: every score is 0")
    return notes


def score(gold: Sequence[Strategy], predicted: Sequence[Strategy]) -> StrategyScores:
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    return score_indices(indices(gold), indices(predicted))
