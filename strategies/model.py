"""The trained strategy model as plain numpy arrays: standardise, then an ensemble of small heads.

Inference is a few matrix products (no sklearn or torch at run time), and the artefact is one `.npz` of float32
arrays plus a JSON card, so it is small, diffable in size, and safe to load (no pickle).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float32]
FloatArray = npt.NDArray[np.float64]


def log_softmax(logits: FloatArray) -> FloatArray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    out: FloatArray = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return out


@dataclass(frozen=True)
class Standardizer:
    mean: Matrix
    scale: Matrix

    @classmethod
    def fit(cls, x: Matrix) -> Standardizer:
        scale = x.std(axis=0)
        return cls(mean=x.mean(axis=0), scale=np.where(scale > 1e-6, scale, 1.0).astype(np.float32))

    def __call__(self, x: Matrix) -> Matrix:
        out: Matrix = (x - self.mean) / self.scale
        return out


@dataclass(frozen=True)
class LinearHead:
    weight: Matrix  # (features, strategies)
    bias: Matrix

    def logits(self, x: Matrix) -> FloatArray:
        return (x @ self.weight + self.bias).astype(np.float64)


@dataclass(frozen=True)
class MLPHead:
    w1: Matrix
    b1: Matrix
    w2: Matrix
    b2: Matrix

    def logits(self, x: Matrix) -> FloatArray:
        hidden = np.maximum(x @ self.w1 + self.b1, 0.0)
        return (hidden @ self.w2 + self.b2).astype(np.float64)


Head = LinearHead | MLPHead


@dataclass(frozen=True)
class StrategyModel:
    """Averages the heads' probabilities; returns log-probabilities (rows sum to 1 after exp)."""

    standardizer: Standardizer
    heads: tuple[Head, ...]
    columns: npt.NDArray[np.int64]  # which feature columns the model reads (all, unless ablated)

    def log_probs(self, x: Matrix) -> FloatArray:
        z = self.standardizer(x[:, self.columns])
        probs = np.mean([np.exp(log_softmax(head.logits(z))) for head in self.heads], axis=0)
        out: FloatArray = np.log(np.clip(probs, 1e-12, None))
        return out

    def arrays(self) -> dict[str, npt.NDArray[np.generic]]:
        out: dict[str, npt.NDArray[np.generic]] = {
            "mean": self.standardizer.mean,
            "scale": self.standardizer.scale,
            "columns": self.columns,
        }
        for i, head in enumerate(self.heads):
            kind = "linear" if isinstance(head, LinearHead) else "mlp"
            for name, value in vars(head).items():
                out[f"head{i}_{kind}_{name}"] = value.astype(np.float32)
        return out

    def save(self, path: Path) -> None:
        np.savez_compressed(path, **self.arrays())  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path) -> StrategyModel:
        with np.load(path, allow_pickle=False) as data:
            arrays = {key: data[key] for key in data.files}
        return cls(
            standardizer=Standardizer(mean=arrays["mean"], scale=arrays["scale"]),
            heads=_heads(arrays),
            columns=arrays["columns"].astype(np.int64),
        )


def _heads(arrays: dict[str, npt.NDArray[np.generic]]) -> tuple[Head, ...]:
    heads: list[Head] = []
    i = 0
    while any(key.startswith(f"head{i}_") for key in arrays):
        if f"head{i}_linear_weight" in arrays:
            heads.append(LinearHead(weight=arrays[f"head{i}_linear_weight"], bias=arrays[f"head{i}_linear_bias"]))
        else:
            parts = {n: arrays[f"head{i}_mlp_{n}"] for n in ("w1", "b1", "w2", "b2")}
            heads.append(MLPHead(**parts))
        i += 1
    return tuple(heads)
