"""The offline emotion classifier over the 28 GoEmotions labels, plus the data loading and metrics it is judged by.

The classifier is a small trained head (agent/artifacts/emotion.npz, trained by `warmline train emotion`) over
sentence features. Its scores are shifted so that 0.5 is each label's decision threshold (tuned on the dev
split), which makes the scores of rare labels such as grief comparable with common ones before the Plutchik
projection reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict

from agent.embeddings import Vector, shared_embedder
from agent.schema import GOEMOTIONS_LABELS
from agent.settings import PROJECT_ROOT, SHARED_DATA

Array = npt.NDArray[np.floating[Any]]
ARTIFACT = PROJECT_ROOT / "agent" / "artifacts" / "emotion.npz"
NOTE = PROJECT_ROOT / "agent" / "artifacts" / "emotion.json"
GOEMOTIONS_DIR = SHARED_DATA / "goemotions" / "original"
EKMAN_MAPPING = SHARED_DATA / "goemotions" / "ekman_mapping.json"
EKMAN_LABELS: tuple[str, ...] = ("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral")


class Example(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    labels: tuple[int, ...]  # indices into GOEMOTIONS_LABELS


def load_tsv(path: Path) -> list[Example]:
    """GoEmotions TSV: text <TAB> comma-separated label ids <TAB> comment id."""
    examples = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                examples.append(_example(line, path, number))
    return examples


def _example(line: str, path: Path, number: int) -> Example:
    parts = line.rstrip("\n").split("\t")
    try:
        ids = tuple(int(i) for i in parts[1].split(","))
    except (IndexError, ValueError):
        raise ValueError(f"{path}:{number}: expected text<TAB>label ids<TAB>id") from None
    if not all(0 <= i < len(GOEMOTIONS_LABELS) for i in ids):
        raise ValueError(f"{path}:{number}: label id outside 0..{len(GOEMOTIONS_LABELS) - 1}")
    return Example(text=parts[0], labels=ids)


def label_matrix(examples: Sequence[Example]) -> Array:
    matrix = np.zeros((len(examples), len(GOEMOTIONS_LABELS)), dtype=np.float32)
    for row, example in enumerate(examples):
        matrix[row, list(example.labels)] = 1.0
    return matrix


# --- the model ----------------------------------------------------------------------------------------------


def _gelu(x: Array) -> Array:
    result: Array = 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x**3)))
    return result


def _sigmoid(x: Array) -> Array:
    result: Array = 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))
    return result


class EmotionHead:
    """Standardise -> (optional hidden GELU layer) -> 28 logits, with per-label threshold offsets."""

    def __init__(self, arrays: Mapping[str, Array]) -> None:
        self.mean = arrays["mean"].astype(np.float32)
        self.scale = arrays["scale"].astype(np.float32)
        self.layers = [
            (arrays[f"w{i}"].astype(np.float32), arrays[f"b{i}"].astype(np.float32))
            for i in range(int(arrays["depth"]))
        ]
        self.offsets = arrays["offsets"].astype(np.float32)  # logit of each tuned threshold

    @classmethod
    def load(cls, path: Path = ARTIFACT) -> EmotionHead:
        with np.load(path) as data:
            return cls({key: data[key] for key in data.files})

    def logits(self, features: Array) -> Array:
        x = (features - self.mean) / self.scale
        for index, (weight, bias) in enumerate(self.layers):
            x = x @ weight + bias
            if index < len(self.layers) - 1:
                x = _gelu(x)
        return x

    def scores(self, features: Array) -> Array:
        """Rows of 28 scores in (0, 1); a label is predicted when its score is >= 0.5."""
        return _sigmoid(self.logits(features) - self.offsets)


class EmotionClassifier:
    name = "goemotions-minilm-head"

    def __init__(self, head: EmotionHead) -> None:
        self.head = head

    def features(self, texts: Sequence[str]) -> Array:
        return shared_embedder().embed_many(list(texts))

    def scores_for_vector(self, vector: Vector) -> dict[str, float]:
        row = self.head.scores(vector[None, :].astype(np.float32))[0]
        return {label: float(score) for label, score in zip(GOEMOTIONS_LABELS, row, strict=True)}

    def classify(self, text: str) -> dict[str, float]:
        return self.scores_for_vector(self.features([text])[0])

    def score_matrix(self, texts: Sequence[str]) -> Array:
        return self.head.scores(self.features(texts))


@lru_cache(maxsize=1)
def load_classifier() -> EmotionClassifier:
    return EmotionClassifier(EmotionHead.load())


# --- metrics ------------------------------------------------------------------------------------------------


def f1_per_column(gold: Array, predicted: Array) -> Array:
    tp = (gold * predicted).sum(0)
    denominator = gold.sum(0) + predicted.sum(0)
    result: Array = np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1e-9), 0.0).astype(np.float32)
    return result


def decide(scores: Array) -> Array:
    """Labels at or above 0.5; a text with none gets its single best label (every text has one)."""
    predicted = (scores >= 0.5).astype(np.float32)
    empty = predicted.sum(1) == 0
    predicted[empty, np.argmax(scores[empty], axis=1)] = 1.0
    return predicted


@lru_cache(maxsize=1)
def ekman_matrix() -> Array:
    """28 x 7: GoEmotions label -> Ekman category, from the official ekman_mapping.json (+ neutral)."""
    mapping: dict[str, list[str]] = json.loads(EKMAN_MAPPING.read_text(encoding="utf-8"))
    matrix = np.zeros((len(GOEMOTIONS_LABELS), len(EKMAN_LABELS)), dtype=np.float32)
    for column, ekman in enumerate(EKMAN_LABELS):
        members: Iterable[str] = ["neutral"] if ekman == "neutral" else mapping[ekman]
        for label in members:
            matrix[GOEMOTIONS_LABELS.index(label), column] = 1.0
    return matrix


class EmotionMetrics(BaseModel):
    n: int
    macro_f1: float
    ekman_macro_f1: float
    micro_f1: float
    per_label_f1: dict[str, float]


def evaluate(gold: Array, predicted: Array) -> EmotionMetrics:
    per_label = f1_per_column(gold, predicted)
    to_ekman = ekman_matrix()
    gold_ekman = (gold @ to_ekman > 0).astype(np.float32)
    predicted_ekman = (predicted @ to_ekman > 0).astype(np.float32)
    micro = 2 * float((gold * predicted).sum()) / max(float(gold.sum() + predicted.sum()), 1e-9)
    return EmotionMetrics(
        n=len(gold),
        macro_f1=round(float(per_label.mean()), 4),
        ekman_macro_f1=round(float(f1_per_column(gold_ekman, predicted_ekman).mean()), 4),
        micro_f1=round(micro, 4),
        per_label_f1={
            label: round(float(f), 4) for label, f in zip(GOEMOTIONS_LABELS, per_label, strict=True)
        },
    )
