"""Gradient-boosted trees on the dialogue state: the second model family of the selector's ensemble.

The logistic model is linear in its features; strategy choice depends on combinations of the dialogue state
(the last strategies, whether the supporter already spoke, the stage, whether the user asked something) that a
linear model only sees through hand-made crossings. Boosted trees find those combinations themselves, and their
errors differ from the logistic model's, which is what an ensemble needs (strategies/ABLATION.md).

Trees are fitted with scikit-learn's HistGradientBoostingClassifier and stored as plain arrays (one `.npz`,
loaded without pickle), evaluated by a vectorised walk over all trees at once: well under a millisecond a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict
from sklearn.ensemble import HistGradientBoostingClassifier

from strategies.features import group_slices
from strategies.metrics import K
from strategies.model import FloatArray, Matrix, log_softmax

IntArray = npt.NDArray[np.int64]
_CHUNK = 2048  # rows per walk, so (rows x trees) index arrays stay a few MB


class TreeConfig(BaseModel):
    """What the trees read and how they grow (chosen on train out-of-fold scores; see ABLATION.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    groups: tuple[str, ...] = ("history", "position", "cues")
    iterations: int = 150
    learning_rate: float = 0.05
    max_leaf_nodes: int = 15
    min_samples_leaf: int = 40
    l2: float = 1.0
    balanced: bool = True


def tree_columns(groups: tuple[str, ...]) -> IntArray:
    slices = group_slices()
    spans = [np.arange(slices[g].start, slices[g].stop, dtype=np.int64) for g in groups]
    return np.concatenate(spans) if spans else np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class TreeEnsemble:
    """All trees padded to one node count; tree t adds its leaf value to strategy `klass[t]`."""

    columns: IntArray  # feature columns of the dense matrix the trees read
    feature: npt.NDArray[np.int32]  # (trees, nodes) index into `columns`
    threshold: FloatArray  # (trees, nodes): go left when x <= threshold
    left: npt.NDArray[np.int32]
    right: npt.NDArray[np.int32]
    leaf: npt.NDArray[np.bool_]
    value: FloatArray
    klass: npt.NDArray[np.int32]  # (trees,)
    baseline: FloatArray  # (K,)
    depth: int

    def log_probs(self, x: Matrix) -> FloatArray:
        rows = [self._raw(x[s : s + _CHUNK]) for s in range(0, x.shape[0], _CHUNK)]
        raw = np.concatenate(rows) if rows else np.zeros((0, K))
        return log_softmax(raw)

    def _raw(self, x: Matrix) -> FloatArray:
        picked = x[:, self.columns].astype(np.float64)
        trees = np.arange(self.feature.shape[0])
        node = np.zeros((picked.shape[0], trees.size), dtype=np.int32)
        row = np.arange(picked.shape[0])[:, None]
        for _ in range(self.depth):
            go_left = picked[row, self.feature[trees, node]] <= self.threshold[trees, node]
            step = np.where(go_left, self.left[trees, node], self.right[trees, node])
            node = np.where(self.leaf[trees, node], node, step)
        owner = np.zeros((trees.size, K))
        owner[trees, self.klass] = 1.0
        out: FloatArray = self.value[trees, node] @ owner + self.baseline
        return out

    def save(self, path: Path) -> None:
        arrays = {name: getattr(self, name) for name in _ARRAYS}
        np.savez_compressed(path, depth=np.array(self.depth), **arrays)

    @classmethod
    def load(cls, path: Path) -> TreeEnsemble:
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in _ARRAYS}
            depth = int(data["depth"])
        return cls(depth=depth, **arrays)


_ARRAYS = ("columns", "feature", "threshold", "left", "right", "leaf", "value", "klass", "baseline")


def fit_trees(x: Matrix, y: IntArray, config: TreeConfig, seed: int) -> TreeEnsemble:
    columns = tree_columns(config.groups)
    model = HistGradientBoostingClassifier(
        max_iter=config.iterations,
        learning_rate=config.learning_rate,
        max_leaf_nodes=config.max_leaf_nodes,
        min_samples_leaf=config.min_samples_leaf,
        l2_regularization=config.l2,
        class_weight="balanced" if config.balanced else None,
        early_stopping=False,
        random_state=seed,
    )
    model.fit(x[:, columns], y)
    return _export(model, columns)


def _export(model: HistGradientBoostingClassifier, columns: IntArray) -> TreeEnsemble:
    """sklearn's predictors as padded arrays; strategies absent from training keep a very low baseline."""
    classes = model.classes_.astype(np.int64)
    # sklearn keeps one tree per iteration for two classes (the logit of the second); -z/2, z/2 is the same softmax
    per_class = [(classes[1], 0.5), (classes[0], -0.5)] if classes.size == 2 else [(c, 1.0) for c in classes]
    trees, owners, signs = [], [], []
    for iteration in model._predictors:
        for slot, (klass, sign) in enumerate(per_class):
            trees.append(iteration[min(slot, len(iteration) - 1)].nodes)
            owners.append(klass)
            signs.append(sign)
    width = max(len(t) for t in trees)
    baseline = np.full(K, -30.0)
    raw_base = np.asarray(model._baseline_prediction, dtype=np.float64).ravel()
    for (klass, sign), b in zip(per_class, np.resize(raw_base, len(per_class)), strict=True):
        baseline[klass] = sign * b
    return TreeEnsemble(
        columns=columns,
        feature=_pad([t["feature_idx"] for t in trees], width, np.int32),
        threshold=_pad([t["num_threshold"] for t in trees], width, np.float64),
        left=_pad([t["left"] for t in trees], width, np.int32),
        right=_pad([t["right"] for t in trees], width, np.int32),
        leaf=_pad([t["is_leaf"] for t in trees], width, np.bool_, fill=True),
        value=_pad([t["value"] * s for t, s in zip(trees, signs, strict=True)], width, np.float64),
        klass=np.array(owners, dtype=np.int32),
        baseline=baseline,
        depth=max(int(t["depth"].max()) for t in trees),
    )


def _pad(rows: list[npt.NDArray[Any]], width: int, dtype: type, fill: float = 0) -> npt.NDArray[Any]:
    out: npt.NDArray[Any] = np.full((len(rows), width), fill, dtype=dtype)
    for i, row in enumerate(rows):
        out[i, : len(row)] = row
    return out
