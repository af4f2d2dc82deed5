"""The trained strategy model as plain numpy arrays: a multinomial logistic model over words and dialogue state.

Inputs: a hashed TF-IDF of each text field (the user's latest messages, the supporter's latest message) and the
dense feature groups of strategies/features.py, standardised and scaled per group (a scale of 0 drops a group).
Words are hashed, so the artefact stores no vocabulary (no dataset text), only numbers: one `.npz` of arrays,
loaded without pickle. Inference is a sparse and a dense product, well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

Matrix = npt.NDArray[np.float32]
FloatArray = npt.NDArray[np.float64]


def log_softmax(logits: FloatArray) -> FloatArray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    out: FloatArray = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return out


def hasher(n_features: int, chars: bool = False) -> HashingVectorizer:
    """Word uni+bigrams, or character 2-4-grams inside word boundaries (they keep "?", "!" and word pieces)."""
    if chars:
        return HashingVectorizer(
            n_features=n_features, analyzer="char_wb", ngram_range=(2, 4), alternate_sign=False, norm=None
        )
    return HashingVectorizer(n_features=n_features, ngram_range=(1, 2), alternate_sign=False, norm=None)


@dataclass(frozen=True)
class TextEncoder:
    """Sublinear TF-IDF over hashed word uni- and bigrams, one block per text field, rows L2-normalised."""

    idf: Matrix  # (fields, n_features)
    chars: npt.NDArray[np.bool_]  # per field: character n-grams instead of words

    @property
    def n_features(self) -> int:
        return int(self.idf.shape[1])

    @classmethod
    def fit(cls, texts: Sequence[Sequence[str]], n_features: int, chars: Sequence[bool]) -> TextEncoder:
        """`texts[row][field]`; idf = ln((1 + n) / (1 + df)) + 1, as scikit-learn's smooth idf."""
        counts = [_counts(hasher(n_features, c), [row[f] for row in texts]) for f, c in enumerate(chars)]
        df = np.stack([np.asarray((c > 0).sum(axis=0)).ravel() for c in counts])
        idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
        return cls(idf=idf.astype(np.float32), chars=np.array(chars, dtype=bool))

    def __call__(self, texts: Sequence[Sequence[str]]) -> sp.csr_matrix:
        blocks = [self._field([row[f] for row in texts], f) for f in range(self.idf.shape[0])]
        return sp.hstack(blocks, format="csr")

    def row(self, text: str, field: int) -> tuple[npt.NDArray[np.int32], FloatArray]:
        """One text's non-zero columns and TF-IDF values within its field's block."""
        counts = _counts(hasher(self.n_features, bool(self.chars[field])), [text])
        values = (1.0 + np.log(counts.data)) * self.idf[field][counts.indices]
        norm = float(np.sqrt((values**2).sum()))
        return counts.indices, values / norm if norm > 0 else values

    def _field(self, texts: list[str], field: int) -> sp.csr_matrix:
        counts = _counts(hasher(self.n_features, bool(self.chars[field])), texts)
        counts.data = 1.0 + np.log(counts.data)
        weighted = sp.csr_matrix(counts.multiply(self.idf[field][None, :]))
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        scaled: sp.csr_matrix = sp.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ weighted
        return scaled


def _counts(vectorizer: HashingVectorizer, texts: list[str]) -> sp.csr_matrix:
    counts: sp.csr_matrix = vectorizer.transform(texts).astype(np.float64).tocsr()
    return counts


@dataclass(frozen=True)
class Standardizer:
    """Standardises the dense columns the model reads and multiplies each by its group's scale."""

    columns: npt.NDArray[np.int64]
    mean: Matrix
    scale: Matrix  # std / group scale, so (x - mean) / scale is standardised then scaled

    @classmethod
    def fit(cls, x: Matrix, columns: npt.NDArray[np.int64], weights: Matrix) -> Standardizer:
        picked = x[:, columns]
        std = picked.std(axis=0)
        std = np.where(std > 1e-6, std, 1.0)
        return cls(columns=columns, mean=picked.mean(axis=0), scale=(std / weights).astype(np.float32))

    def __call__(self, x: Matrix) -> Matrix:
        out: Matrix = (x[:, self.columns] - self.mean) / self.scale
        return out


@dataclass(frozen=True)
class StrategyModel:
    text: TextEncoder | None
    dense: Standardizer
    weight: Matrix  # (text features + dense columns, strategies)
    bias: Matrix

    def inputs(self, dense: Matrix, texts: Sequence[Sequence[str]]) -> sp.csr_matrix:
        parts = [sp.csr_matrix(self.dense(dense))]
        if self.text is not None:
            parts.insert(0, self.text(texts))
        return sp.hstack(parts, format="csr")

    def log_probs(self, dense: Matrix, texts: Sequence[Sequence[str]]) -> FloatArray:
        if len(texts) == 1:
            return log_softmax(self._one_row_logits(dense[0], texts[0])[None, :])
        logits = np.asarray(self.inputs(dense, texts) @ self.weight, dtype=np.float64) + self.bias
        return log_softmax(logits)

    def _one_row_logits(self, dense: Matrix, texts: Sequence[str]) -> FloatArray:
        """The live path: the same numbers as `inputs() @ weight`, without scipy's per-call overhead."""
        n_text = 0 if self.text is None else self.text.n_features * self.text.idf.shape[0]
        z = self.dense(dense[None, :])[0]
        logits = z.astype(np.float64) @ self.weight[n_text:] + self.bias
        if self.text is not None:
            for field, text in enumerate(texts):
                columns, values = self.text.row(text, field)
                logits += values @ self.weight[field * self.text.n_features + columns]
        out: FloatArray = logits
        return out

    def save(self, path: Path) -> None:
        arrays = {
            "columns": self.dense.columns,
            "mean": self.dense.mean,
            "scale": self.dense.scale,
            "weight": self.weight.astype(np.float32),
            "bias": self.bias.astype(np.float32),
        }
        if self.text is not None:
            arrays["idf"] = self.text.idf
            arrays["chars"] = self.text.chars
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path) -> StrategyModel:
        with np.load(path, allow_pickle=False) as data:
            arrays = {key: data[key] for key in data.files}
        return cls(
            text=_text_encoder(arrays),
            dense=Standardizer(
                columns=arrays["columns"].astype(np.int64), mean=arrays["mean"], scale=arrays["scale"]
            ),
            weight=arrays["weight"],
            bias=arrays["bias"],
        )


def _text_encoder(arrays: dict[str, npt.NDArray[np.generic]]) -> TextEncoder | None:
    if "idf" not in arrays:
        return None
    idf = arrays["idf"].astype(np.float32)
    chars = arrays["chars"].astype(bool) if "chars" in arrays else np.zeros(idf.shape[0], dtype=bool)
    return TextEncoder(idf=idf, chars=chars)
