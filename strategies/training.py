"""Fitting the strategy model: the dataset, the heads, and out-of-fold predictions on the training split.

Folds are grouped by dialogue, so no fold ever sees another turn of a dialogue it is scored on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from strategies.esconv import Dialogue, Sample, samples
from strategies.features import Embed, featurize, view
from strategies.metrics import K, indices
from strategies.model import LinearHead, Matrix, MLPHead, Standardizer, StrategyModel

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Dataset:
    x: Matrix
    y: IntArray
    groups: IntArray  # dialogue number, for grouped folds
    last: IntArray  # index of the previous supporter strategy, -1 if none

    def __len__(self) -> int:
        return int(self.y.size)


def build_dataset(dialogues: Sequence[Dialogue], embed: Embed) -> Dataset:
    items = samples(dialogues)
    views = [view(s.messages()) for s in items]
    number = {d.id: i for i, d in enumerate(dialogues)}
    return Dataset(
        x=featurize(views, embed),
        y=indices([s.label for s in items]),
        groups=np.array([number[s.dialogue.id] for s in items], dtype=np.int64),
        last=np.array([_last(s) for s in items], dtype=np.int64),
    )


def _last(sample: Sample) -> int:
    history = view(sample.messages()).strategies
    return int(indices(history[-1:])[0]) if history else -1


@dataclass(frozen=True)
class HeadConfig:
    kind: str  # "linear" or "mlp"
    c: float = 0.05  # inverse L2 strength (linear)
    hidden: int = 256
    epochs: int = 12
    weight_decay: float = 1e-3
    dropout: float = 0.3
    balanced: bool = True
    seed: int = 13


def class_weights(y: IntArray) -> FloatArray:
    counts = np.bincount(y, minlength=K).astype(np.float64)
    weights: FloatArray = y.size / (K * np.maximum(counts, 1.0))
    return weights


def fit_head(x: Matrix, y: IntArray, config: HeadConfig) -> LinearHead | MLPHead:
    return _fit_linear(x, y, config) if config.kind == "linear" else _fit_mlp(x, y, config)


def _fit_linear(x: Matrix, y: IntArray, config: HeadConfig) -> LinearHead:
    model = LogisticRegression(
        C=config.c, max_iter=2000, class_weight="balanced" if config.balanced else None, random_state=config.seed
    )
    model.fit(x, y)
    return LinearHead(weight=model.coef_.T.astype(np.float32), bias=model.intercept_.astype(np.float32))


def _fit_mlp(x: Matrix, y: IntArray, config: HeadConfig) -> MLPHead:
    import torch

    torch.manual_seed(config.seed)
    generator = torch.Generator().manual_seed(config.seed)
    net = torch.nn.Sequential(
        torch.nn.Dropout(config.dropout / 2),
        torch.nn.Linear(x.shape[1], config.hidden),
        torch.nn.ReLU(),
        torch.nn.Dropout(config.dropout),
        torch.nn.Linear(config.hidden, K),
    )
    weight = torch.tensor(class_weights(y) if config.balanced else np.ones(K), dtype=torch.float32)
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight)
    optimiser = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=config.weight_decay)
    features, labels = torch.from_numpy(x), torch.from_numpy(y)
    for _ in range(config.epochs):
        _epoch(net, optimiser, loss_fn, features, labels, generator)
    first, second = net[1], net[4]
    return MLPHead(
        w1=first.weight.detach().numpy().T.copy(),
        b1=first.bias.detach().numpy().copy(),
        w2=second.weight.detach().numpy().T.copy(),
        b2=second.bias.detach().numpy().copy(),
    )


def _epoch(net, optimiser, loss_fn, features, labels, generator) -> None:  # type: ignore[no-untyped-def]
    import torch

    net.train()
    order = torch.randperm(labels.shape[0], generator=generator)
    for start in range(0, labels.shape[0], 64):
        batch = order[start : start + 64]
        optimiser.zero_grad()
        loss = loss_fn(net(features[batch]), labels[batch])
        loss.backward()
        optimiser.step()
    net.eval()


def fit_model(x: Matrix, y: IntArray, configs: Sequence[HeadConfig], columns: IntArray | None = None) -> StrategyModel:
    used = np.arange(x.shape[1], dtype=np.int64) if columns is None else columns
    standardizer = Standardizer.fit(x[:, used])
    z = standardizer(x[:, used])
    heads = tuple(fit_head(z, y, config) for config in configs)
    return StrategyModel(standardizer=standardizer, heads=heads, columns=used)


def out_of_fold(
    data: Dataset,
    fit: Callable[[Matrix, IntArray], StrategyModel],
    folds: int = 5,
    on_fold: Callable[[int], None] | None = None,
) -> FloatArray:
    """Log-probabilities for every training row from a model that never saw that row's dialogue."""
    result = np.zeros((len(data), K))
    splitter = GroupKFold(n_splits=folds)
    for fold, (train_rows, test_rows) in enumerate(splitter.split(data.x, data.y, data.groups)):
        model = fit(data.x[train_rows], data.y[train_rows])
        result[test_rows] = model.log_probs(data.x[test_rows])
        if on_fold is not None:
            on_fold(fold)
    return result
