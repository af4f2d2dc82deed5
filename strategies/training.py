"""Fitting the strategy model: the dataset, the logistic model, and out-of-fold predictions on TRAIN.

Folds are grouped by dialogue, so no fold ever sees another turn of a dialogue it is scored on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from strategies.esconv import Dialogue, samples
from strategies.features import FEATURE_GROUPS, TEXT_FIELDS, Embed, featurize, group_slices, text_fields, view
from strategies.metrics import K, indices
from strategies.model import FloatArray, Matrix, Standardizer, StrategyModel, TextEncoder
from strategies.trees import TreeConfig, fit_trees

IntArray = npt.NDArray[np.int64]


class ModelConfig(BaseModel):
    """What the model reads and how it is regularised; the ablation varies these."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    c: float = 0.25  # inverse L2 strength of the logistic model (chosen on train out-of-fold scores)
    balanced: bool = True  # class weights inversely proportional to training frequency
    text_fields: tuple[str, ...] = TEXT_FIELDS[:2]
    hash_features: int = 2**14
    # Per-group weight after standardising; 0 drops the group (chosen on train out-of-fold scores).
    group_scales: dict[str, float] = {
        "user": 0.01,
        "context": 0.0,
        "supporter": 0.01,
        "history": 0.05,
        "position": 0.05,
    }
    seed: int = 13


@dataclass(frozen=True)
class Dataset:
    x: Matrix  # dense feature groups
    texts: list[tuple[str, ...]]  # TEXT_FIELDS per row
    y: IntArray
    groups: IntArray  # dialogue number, for grouped folds
    last: IntArray  # index of the previous supporter strategy, -1 if none

    def __len__(self) -> int:
        return int(self.y.size)

    def rows(self, index: IntArray) -> Dataset:
        return Dataset(
            x=self.x[index],
            texts=[self.texts[i] for i in index],
            y=self.y[index],
            groups=self.groups[index],
            last=self.last[index],
        )


def build_dataset(dialogues: Sequence[Dialogue], embed: Embed) -> Dataset:
    items = samples(dialogues)
    views = [view(s.messages()) for s in items]
    number = {d.id: i for i, d in enumerate(dialogues)}
    return Dataset(
        x=featurize(views, embed),
        texts=[text_fields(v) for v in views],
        y=indices([s.label for s in items]),
        groups=np.array([number[s.dialogue.id] for s in items], dtype=np.int64),
        last=np.array(
            [int(indices(v.strategies[-1:])[0]) if v.strategies else -1 for v in views], dtype=np.int64
        ),
    )


# Columns past the featurizer's groups: an experiment's extra representation (strategies/encoder_head.py).
EXTRA_GROUP = "extra"


def _columns(config: ModelConfig, width: int = 0) -> tuple[IntArray, Matrix]:
    slices = group_slices()
    end = slices[FEATURE_GROUPS[-1]].stop
    slices[EXTRA_GROUP] = slice(end, max(end, width))
    columns, weights = [], []
    for group in (*FEATURE_GROUPS, EXTRA_GROUP):
        scale = config.group_scales.get(group, 0.0)
        if scale > 0:
            span = np.arange(slices[group].start, slices[group].stop, dtype=np.int64)
            columns.append(span)
            weights.append(np.full(span.size, scale, dtype=np.float32))
    if not columns:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    return np.concatenate(columns), np.concatenate(weights)


def field_texts(texts: list[tuple[str, ...]], config: ModelConfig) -> list[tuple[str, ...]]:
    keep = [TEXT_FIELDS.index(f) for f in config.text_fields]
    return [tuple(row[i] for i in keep) for row in texts]


def fit_model(data: Dataset, config: ModelConfig) -> StrategyModel:
    columns, weights = _columns(config, data.x.shape[1])
    texts = field_texts(data.texts, config)
    chars = [f.endswith("_chars") for f in config.text_fields]
    encoder = TextEncoder.fit(texts, config.hash_features, chars) if config.text_fields else None
    partial = StrategyModel(
        text=encoder,
        dense=Standardizer.fit(data.x, columns, weights),
        weight=np.zeros((0, K), np.float32),
        bias=np.zeros(K, np.float32),
    )
    model = LogisticRegression(
        C=config.c,
        max_iter=3000,
        class_weight="balanced" if config.balanced else None,
        random_state=config.seed,
    )
    model.fit(partial.inputs(data.x, texts), data.y)
    weight, bias = _all_strategies(model)
    return StrategyModel(text=encoder, dense=partial.dense, weight=weight, bias=bias)


def _all_strategies(model: LogisticRegression) -> tuple[Matrix, Matrix]:
    """Columns for all K strategies; one absent from training gets a bias that keeps it (almost) never chosen."""
    weight = np.zeros((model.coef_.shape[1], K), dtype=np.float32)
    bias = np.full(K, -30.0, dtype=np.float32)
    classes = model.classes_.astype(np.int64)
    if (
        classes.size == 2
    ):  # scikit-learn keeps one row for two classes: logits (-z/2, z/2) give the same softmax
        weight[:, classes[1]], bias[classes[1]] = model.coef_[0] / 2, model.intercept_[0] / 2
        weight[:, classes[0]], bias[classes[0]] = -model.coef_[0] / 2, -model.intercept_[0] / 2
    else:
        weight[:, classes] = model.coef_.T
        bias[classes] = model.intercept_
    return weight, bias


def predict(model: StrategyModel, data: Dataset, config: ModelConfig) -> FloatArray:
    return model.log_probs(data.x, field_texts(data.texts, config))


def out_of_fold(
    data: Dataset, config: ModelConfig, folds: int = 5, on_fold: Callable[[int], None] | None = None
) -> FloatArray:
    """Log-probabilities for every training row from a model that never saw that row's dialogue."""

    def fit_predict(train: Dataset, test: Dataset) -> FloatArray:
        return predict(fit_model(train, config), test, config)

    return _grouped(data, fit_predict, folds, on_fold)


def trees_out_of_fold(
    data: Dataset, config: TreeConfig, seed: int, folds: int = 5, on_fold: Callable[[int], None] | None = None
) -> FloatArray:
    """The same grouped folds as `out_of_fold`, for the boosted trees."""

    def fit_predict(train: Dataset, test: Dataset) -> FloatArray:
        return fit_trees(train.x, train.y, config, seed).log_probs(test.x)

    return _grouped(data, fit_predict, folds, on_fold)


def _grouped(
    data: Dataset,
    fit_predict: Callable[[Dataset, Dataset], FloatArray],
    folds: int,
    on_fold: Callable[[int], None] | None,
) -> FloatArray:
    result = np.zeros((len(data), K))
    splitter = GroupKFold(n_splits=folds)
    for fold, (train_rows, test_rows) in enumerate(splitter.split(data.x, data.y, data.groups)):
        result[test_rows] = fit_predict(data.rows(train_rows), data.rows(test_rows))
        if on_fold is not None:
            on_fold(fold)
    return result
