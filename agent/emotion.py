"""The offline emotion classifier over the 28 GoEmotions labels, plus the data loading and metrics it is judged by.

The classifier is the packaged MiniLM with its top layers fine-tuned on GoEmotions train (agent.emotion_model;
artefact agent/artifacts/emotion.npz, trained by `warmline train emotion`). Its scores are shifted so that 0.5 is
each label's decision threshold (tuned on the dev split, as the issue allows), which makes the scores of rare
labels such as grief comparable with common ones before the Plutchik projection reads them. Ekman-7 decisions
use the official mapping: a group's probability is the noisy-OR of its labels', with its own tuned threshold.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict

from agent.bootstrap import FloatArray, Interval, bootstrap_groups
from agent.embeddings import Vector, shared_embedder
from agent.schema import GOEMOTIONS_LABELS
from agent.settings import PROJECT_ROOT, SHARED_DATA

if TYPE_CHECKING:
    from agent.minilm_inference import Runner

Array = npt.NDArray[np.floating[Any]]
ARTIFACT = PROJECT_ROOT / "agent" / "artifacts" / "emotion.npz"
NOTE = PROJECT_ROOT / "agent" / "artifacts" / "emotion.json"
GOEMOTIONS_DIR = SHARED_DATA / "goemotions" / "original"
# The official mapping ships with the code (a label taxonomy, no dataset text): the running app reads it, so it
# works without ../shared/data; a test checks it still equals the data set's copy.
EKMAN_MAPPING = PROJECT_ROOT / "agent" / "resources" / "ekman_mapping.json"
SHARED_EKMAN_MAPPING = SHARED_DATA / "goemotions" / "ekman_mapping.json"
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


# --- the model ------------------------------------------------------------------------------------------------


def _sigmoid(x: Array) -> Array:
    result: Array = 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))
    return result


def _logit(p: Array) -> Array:
    clipped = np.clip(p, 1e-6, 1 - 1e-6)
    result: Array = np.log(clipped / (1 - clipped))
    return result


def ekman_probabilities(probabilities: Array) -> Array:
    """Ekman group probability = noisy-OR of its member labels' probabilities (official mapping)."""
    log_absent = np.log(np.clip(1.0 - probabilities, 1e-6, 1.0)) @ ekman_matrix()
    result: Array = 1.0 - np.exp(log_absent)
    return result


class EmotionBatch(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    scores: Array  # [N, 28], 0.5 = each label's tuned threshold
    ekman: Array  # [N, 7], 0.5 = each Ekman group's tuned threshold
    sentences: Array  # [N, 384], the shared sentence embeddings from the same model pass
    features: Array  # [N, 2304], the emotion head's input, which the crisis screen's head reads too


_REMEMBERED = 64  # features kept for the crisis screen's check right after perception: a few turns' worth


class EmotionClassifier:
    """MiniLM with fine-tuned top layers (agent.emotion_model) and per-label threshold offsets."""

    name = "goemotions-minilm-top2"

    def __init__(self, arrays: Mapping[str, Array]) -> None:
        from agent.emotion_model import shared_minilm, unpack

        self.minilm = shared_minilm()
        self.net = unpack(dict(arrays), self.minilm.model)
        self.offsets = arrays["offsets"].astype(np.float32)  # logit of each label's tuned threshold
        self.ekman_offsets = arrays["ekman_offsets"].astype(np.float32)
        self.name = f"goemotions-minilm-top{6 - self.net.split}"
        self._head_weight = self.net.head.weight.detach().numpy().T.copy()  # [2304, 28]
        self._head_bias = self.net.head.bias.detach().numpy().copy()
        self._runner: Runner | None = None
        self._lock = threading.Lock()
        self._remembered: OrderedDict[str, Vector] = OrderedDict()

    @classmethod
    def load(cls, path: Path = ARTIFACT) -> EmotionClassifier:
        with np.load(path) as data:
            return cls({key: data[key] for key in data.files})

    def probabilities(self, texts: Sequence[str]) -> tuple[Array, Array]:
        """Raw sigmoid probabilities [N, 28] and sentence embeddings [N, 384] for one batch."""
        features, sentences = self._pass(texts)
        return self._probabilities(features), sentences

    def _pass(self, texts: Sequence[str]) -> tuple[Array, Array]:
        sentence, features = self._graph().run(texts)
        return features.numpy(), sentence.numpy()

    def _probabilities(self, features: Array) -> Array:
        return _sigmoid(features @ self._head_weight + self._head_bias)

    def _graph(self) -> Runner:
        # The traced inference graph of the same network (agent.minilm_inference): built on first use, since
        # tracing takes a moment and training code that only needs `net` never pays for it.
        with self._lock:
            if self._runner is None:
                from agent.minilm_inference import EmotionGraph, Runner

                self._runner = Runner(self.minilm, EmotionGraph(self.minilm.model, self.net))
            return self._runner

    def analyse(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> EmotionBatch:
        order = np.argsort([len(t) for t in texts])  # similar lengths together: less padding
        features = np.zeros((len(texts), self._head_weight.shape[0]), dtype=np.float32)
        sentences = np.zeros((len(texts), 384), dtype=np.float32)
        starts: Iterable[int] = range(0, len(texts), batch_size)
        if progress:  # a disabled tqdm still costs a fraction of a millisecond, on every live turn
            from tqdm import tqdm

            starts = tqdm(starts, desc="emotion")
        for start in starts:
            index = order[start : start + batch_size]
            features[index], sentences[index] = self._pass([texts[i] for i in index])
        probabilities = self._probabilities(features)
        return EmotionBatch(
            scores=_sigmoid(_logit(probabilities) - self.offsets),
            ekman=_sigmoid(_logit(ekman_probabilities(probabilities)) - self.ekman_offsets),
            sentences=sentences,
            features=features,
        )

    def read(self, text: str) -> tuple[dict[str, float], Vector]:
        """The 28 scores for one message, and its sentence embedding (seeded into the shared embedder; its
        features are kept for `features`, which the crisis screen asks for right after)."""
        batch = self._read_one(text)
        return dict(zip(GOEMOTIONS_LABELS, map(float, batch.scores[0]), strict=True)), batch.sentences[0]

    def features(self, text: str) -> Vector:
        """The features `read` computed for `text`, or a new pass when they are no longer kept (its sentence
        vector then seeds the shared embedder too: the critic reads a draft's features, then its vector)."""
        with self._lock:
            kept = self._remembered.get(text)
        if kept is not None:
            return kept
        features: Vector = self._read_one(text).features[0]
        return features

    def _read_one(self, text: str) -> EmotionBatch:
        """One pass over `text`, its sentence vector and features kept for the stages that ask next."""
        batch = self.analyse([text])
        shared_embedder().remember(text, batch.sentences[0])
        self._remember(text, batch.features[0])
        return batch

    def _remember(self, text: str, features: Vector) -> None:
        with self._lock:
            self._remembered[text] = features
            self._remembered.move_to_end(text)
            while len(self._remembered) > _REMEMBERED:
                self._remembered.popitem(last=False)


@lru_cache(maxsize=1)
def load_classifier() -> EmotionClassifier:
    return EmotionClassifier.load()


# --- metrics ------------------------------------------------------------------------------------------------


def f1_per_column(gold: Array, predicted: Array) -> Array:
    return _f1_of_counts((gold * predicted).sum(0), gold.sum(0), predicted.sum(0)).astype(np.float32)


def _f1_of_counts(
    tp: npt.NDArray[np.floating], gold: npt.NDArray[np.floating], predicted: npt.NDArray[np.floating]
) -> FloatArray:
    """Per column; 0 where a label is neither gold nor predicted."""
    denominator = gold + predicted
    result: FloatArray = np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1e-9), 0.0).astype(
        np.float64
    )
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
    mapping.pop("source", None)
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
    # With `bootstrap` resamples of the texts: 95% intervals of the two macro-F1s (None otherwise).
    macro_f1_interval: Interval | None = None
    ekman_macro_f1_interval: Interval | None = None


def evaluate(
    gold: Array, predicted: Array, predicted_ekman: Array | None = None, bootstrap: int = 0
) -> EmotionMetrics:
    """28-label metrics, and Ekman-7 macro-F1 with gold mapped by the official mapping (a text's groups are
    the union of its labels' groups). Ekman predictions are the mapped 28-label predictions unless given."""
    per_label = f1_per_column(gold, predicted)
    to_ekman = ekman_matrix()
    gold_ekman = (gold @ to_ekman > 0).astype(np.float32)
    if predicted_ekman is None:
        predicted_ekman = (predicted @ to_ekman > 0).astype(np.float32)
    micro = 2 * float((gold * predicted).sum()) / max(float(gold.sum() + predicted.sum()), 1e-9)
    intervals = (
        _macro_intervals((gold, predicted), (gold_ekman, predicted_ekman), bootstrap)
        if bootstrap > 0 and len(gold)
        else None
    )
    return EmotionMetrics(
        macro_f1_interval=intervals[0] if intervals else None,
        ekman_macro_f1_interval=intervals[1] if intervals else None,
        n=len(gold),
        macro_f1=round(float(per_label.mean()), 4),
        ekman_macro_f1=round(float(f1_per_column(gold_ekman, predicted_ekman).mean()), 4),
        micro_f1=round(micro, 4),
        per_label_f1={
            label: round(float(f), 4) for label, f in zip(GOEMOTIONS_LABELS, per_label, strict=True)
        },
    )


def _macro_intervals(
    labels: tuple[Array, Array], ekman: tuple[Array, Array], resamples: int
) -> list[Interval]:
    """Texts are resampled one by one; each is summarised as [tp, gold, predicted] per column, for both label sets."""
    widths = [gold.shape[1] for gold, _ in (labels, ekman)]
    per_text = np.hstack(
        [np.hstack([gold * predicted, gold, predicted]) for gold, predicted in (labels, ekman)]
    )

    def macro_f1s(counts: FloatArray) -> list[float]:
        scores, start = [], 0
        for width in widths:
            tp, gold, predicted = counts[start : start + 3 * width].reshape(3, width)
            scores.append(float(_f1_of_counts(tp, gold, predicted).mean()))
            start += 3 * width
        return scores

    return bootstrap_groups(per_text, macro_f1s, resamples)
