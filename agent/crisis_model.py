"""The crisis screen's trained backstop: a graded (none / concern / crisis) linear classifier over hashed n-grams.

It reads the same normalised text as the rules (agent.crisis.normalise): hashed character 2-5-grams (within word
boundaries) and word 1-2-grams, sublinear tf, l2-normalised, into one multinomial logistic regression. No
transformer and no network: it scores a message in well under a millisecond, so it runs in the guard before any
model call. Hashing means no vocabulary is stored; the artefact (`agent/artifacts/crisis_ngram.npz`, float16)
holds the weights only, with a JSON card of data, seed and scores. No pickle.

Training data (`warmline train crisis`): the self-written template set of agent.crisis_data, plus ordinary
messages read at training time from ../shared/data (dair-ai emotion and GoEmotions train) as extra `none`
examples, after dropping every message the rules flag or that mentions death, harm or violence at all: real
people's posts about crisis never become training text, and only weights reach the artefact.
"""

from __future__ import annotations

import csv
import json
import random
import re
import threading
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from agent.crisis_data import Example, generate
from agent.schema import RiskLevel

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
WEIGHTS = ARTIFACTS / "crisis_ngram.npz"
CARD = ARTIFACTS / "crisis_ngram.json"
LEVELS = (RiskLevel.NONE, RiskLevel.CONCERN, RiskLevel.CRISIS)
HASH_BITS = 16
# Half a template's weight: a hand-written crisis message that hides its sign among everyday words ("made pasta
# for dinner, and tonight's when I stop") otherwise teaches the n-grams that the everyday words are the sign.
WRITTEN_WEIGHT = 0.5
Matrix = npt.NDArray[np.float32]
# Ordinary text containing any of these stems is left out of the negatives: it might be a real crisis post.
_RISKY = re.compile(
    r"die|dead|death|dying|kill|suicid|self|harm|hurt|cut|blood|bleed|pill|overdos|hang|jump|gun|knife|abus|rape"
    r"|hit|beat|punch|choke|threat|stalk|hopeless|burden|worthless|end it|end my|alive|live|life|exist|disappear"
    r"|starv|sh\b|kms|unaliv|razor|blade|scar|bruis|drown|poison|murder|shoot|stab|weapon|violen|hate"
)


@dataclass(frozen=True)
class CrisisPrediction:
    level: RiskLevel
    probabilities: tuple[float, float, float]  # none, concern, crisis

    @property
    def at_risk(self) -> float:
        """P(concern or crisis): the recall-oriented score the screen thresholds."""
        return self.probabilities[1] + self.probabilities[2]


class Featuriser:
    def __init__(self) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        size = 2**HASH_BITS
        self.chars = HashingVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), n_features=size, alternate_sign=False, norm=None
        )
        self.words = HashingVectorizer(
            ngram_range=(1, 2), n_features=size, alternate_sign=False, norm=None, token_pattern=r"[a-z0-9']+"
        )

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        from agent.crisis import normalise

        norm = [normalise(t) for t in texts]
        blocks = [_sublinear(self.chars.transform(norm)), _sublinear(self.words.transform(norm))]
        return sp.hstack(blocks).tocsr()


def _sublinear(counts: sp.csr_matrix) -> sp.csr_matrix:
    matrix = counts.astype(np.float32).tocsr()
    matrix.data = np.log(matrix.data) + 1.0
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return (sp.diags(1.0 / norms) @ matrix).tocsr()


class CrisisClassifier:
    def __init__(self, weights: Matrix, threshold: float) -> None:
        self.weights = weights  # (features + 1, 3): the last row is the bias
        self.threshold = threshold  # on P(concern or crisis): raises a message to `concern`
        self.featuriser = Featuriser()
        self._lock = threading.Lock()

    def probabilities(self, texts: Sequence[str]) -> Matrix:
        with self._lock:
            features = self.featuriser.transform(texts)
        logits = features @ self.weights[:-1] + self.weights[-1]
        logits = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        result: Matrix = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
        return result

    def predict(self, text: str) -> CrisisPrediction:
        p = self.probabilities([text])[0]
        probs = (float(p[0]), float(p[1]), float(p[2]))
        if probs[1] + probs[2] < self.threshold:
            return CrisisPrediction(RiskLevel.NONE, probs)
        return CrisisPrediction(RiskLevel.CRISIS if probs[2] > probs[1] else RiskLevel.CONCERN, probs)

    def save(self, path: Path) -> None:
        halves: dict[str, Any] = {"weights": self.weights.astype(np.float16)}
        np.savez_compressed(path, **halves)


# --- training -----------------------------------------------------------------------------------------------


def ordinary_negatives(shared: Path, limit: int, seed: int) -> list[str]:
    """Everyday messages from public emotion corpora, read at training time only, risky ones left out."""
    texts: list[str] = []
    emotion = shared / "dair-ai-emotion" / "train.txt"
    if emotion.exists():
        texts += [line.rsplit(";", 1)[0] for line in emotion.read_text(encoding="utf-8").splitlines()[1:]]
    goemotions = shared / "goemotions" / "original" / "train.tsv"
    if goemotions.exists():
        texts += [line.split("\t", 1)[0] for line in goemotions.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    rng.shuffle(texts)
    keep: list[str] = []
    for text in texts:
        if len(keep) >= limit:
            break
        if _ordinary(text):
            keep.append(text)
    return keep


def everyday_situations(shared: Path) -> list[str]:
    """First-person everyday situations (EmpatheticDialogues valid prompts: a fight with a partner, a sibling who
    wears one down, an exam), under the same filter. The emotion corpora are short comments; these are the
    ordinary troubles people bring to a support chat, which the semantic layer had read as danger."""
    path = shared / "empatheticdialogues-situations" / "valid.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        situations = [row["situation"].strip() for row in csv.DictReader(handle)]
    return [text for text in dict.fromkeys(situations) if text and _ordinary(text)]


def _ordinary(text: str) -> bool:
    from agent.crisis import screen
    from agent.schema import Conversation

    return (
        not _RISKY.search(text.lower())
        and screen(text, Conversation(), use_model=False).level is RiskLevel.NONE
    )


def _fit(features: sp.csr_matrix, labels: npt.NDArray[np.int64], weights: Matrix, c: float) -> Matrix:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(features, labels, sample_weight=weights)
    return np.vstack([model.coef_.T, model.intercept_[None, :]]).astype(np.float32)


@dataclass(frozen=True)
class TrainingSet:
    texts: list[str]
    labels: npt.NDArray[np.int64]
    weights: Matrix

    @classmethod
    def build(cls, examples: Sequence[Example], negatives: Sequence[str]) -> TrainingSet:
        texts = [e.text for e in examples] + list(negatives)
        labels = [LEVELS.index(e.level) for e in examples] + [0] * len(negatives)
        weights = [e.weight for e in examples] + [1.0] * len(negatives)
        return cls(texts, np.array(labels, dtype=np.int64), np.array(weights, dtype=np.float32))


def train(
    data: TrainingSet, c: float = 4.0, threshold: float = 0.5, progress: TextIO | None = None
) -> CrisisClassifier:
    _log(progress, f"featurising {len(data.texts)} messages")
    features = Featuriser().transform(data.texts)
    _log(progress, "fitting the multinomial logistic regression")
    return CrisisClassifier(_fit(features, data.labels, data.weights, c), threshold)


def _log(stream: TextIO | None, message: str) -> None:
    if stream is not None:
        print(message, file=stream, flush=True)


def probe_texts(folder: Path, skip: Collection[str] = ()) -> list[str]:
    """Every probe message but those of the files named in `skip`: the training set must not contain any of them."""
    texts: list[str] = []
    for path in sorted(folder.glob("crisis_*.jsonl")):
        if path.name in skip:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(str(json.loads(line)["text"]))
    return texts


def choose_threshold(
    model: CrisisClassifier,
    dev: Path,
    safe: Sequence[str] = (),
    max_check_ins: float = 0.15,
    max_held_back_check_ins: float = 0.12,
) -> tuple[float, dict[str, float]]:
    """The recall-leaning threshold on P(at risk): the best recall minus false-positive rate on the development
    probes, ties to the lower, among thresholds that give a check-in to at most `max_check_ins` of the safe
    development probes and `max_held_back_check_ins` of `safe` (the held-back hand-written safe messages): a
    backstop that checks in on every other hard negative ("killing it at work") teaches people to ignore it.

    The held-back cap is the tighter one because that set is twelve times the dev file's 91 safe messages: with
    one cap of 0.15 for both, dropping two training lines (near blind16) moved the threshold from 0.75 to 0.70,
    and "my sister stopped talking to me after an argument and I feel awful" got the check-in."""
    rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    p = model.probabilities([str(r["text"]) for r in rows])
    at_risk = p[:, 1] + p[:, 2]
    crisis = np.array([r["label"] == "crisis" for r in rows])
    safe_risk = 1.0 - model.probabilities(list(safe))[:, 0] if safe else None
    best: tuple[float, float, dict[str, float]] = (-1.0, 0.95, {})
    for t in np.round(np.arange(0.2, 0.951, 0.05), 2):
        recall, fpr = float((at_risk[crisis] >= t).mean()), float((at_risk[~crisis] >= t).mean())
        held = float((safe_risk >= t).mean()) if safe_risk is not None else 0.0
        if fpr > max_check_ins + 1e-9 or held > max_held_back_check_ins + 1e-9:
            continue
        if recall - fpr > best[0] + 1e-9:
            scores = {"dev_recall": round(recall, 4), "dev_false_positive_rate": round(fpr, 4)}
            if safe_risk is not None:
                scores["held_back_safe_check_in_rate"] = round(held, 4)
            best = (recall - fpr, float(t), scores)
    return best[1], best[2]


def train_and_save(
    shared: Path, probes: Path, seed: int = 13, negatives: int = 6000, progress: TextIO | None = None
) -> dict[str, object]:
    started = time.monotonic()
    from agent import crisis_written

    examples = generate(seed=seed, exclude=probe_texts(probes))
    training, held_back = crisis_written.partition(probes, skip=crisis_written.SEMANTIC_ONLY)
    written = [Example(m.text, m.level, WRITTEN_WEIGHT) for m in training]
    safe_held_back = [m.text for m in held_back if m.level is RiskLevel.NONE]
    _log(
        progress,
        f"{len(examples)} template and {len(written)} hand-written messages; reading ordinary negatives",
    )
    ordinary = ordinary_negatives(shared, negatives, seed)
    model = train(TrainingSet.build(examples + written, ordinary), progress=progress)
    model.threshold, scores = choose_threshold(model, probes / "crisis_dev.jsonl", safe_held_back)
    _log(progress, f"threshold {model.threshold} on the development probes: {scores}")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    model.save(WEIGHTS)
    counts = {level.value: sum(e.level is level for e in examples) for level in LEVELS}
    card: dict[str, object] = {
        "model": "multinomial logistic regression over hashed char 2-5-grams and word 1-2-grams (normalised text)",
        "data": {"templates": counts, "ordinary_negatives": len(ordinary),
                 "hand_written": {level.value: sum(e.level is level for e in written) for level in LEVELS},
                 "ordinary_sources": "dair-ai emotion train.txt, GoEmotions original train.tsv (read only)"},
        "seed": seed,
        "c": 4.0,
        "threshold": model.threshold,
        "model_alone_on_dev_probes": scores,
        "hash_bits": HASH_BITS,
        "artefact_bytes": WEIGHTS.stat().st_size,
        "train_seconds": round(time.monotonic() - started),
    }  # fmt: skip
    CARD.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with _load_lock:
        _loaded.clear()
    return card


# --- loading ------------------------------------------------------------------------------------------------

_loaded: dict[str, CrisisClassifier | None] = {}
_load_lock = threading.Lock()


def load_crisis_model(path: Path = WEIGHTS) -> CrisisClassifier | None:
    """The trained backstop, once per process; None when the artefact is absent."""
    key = str(path)
    with _load_lock:
        if key not in _loaded:
            _loaded[key] = _load(path) if path.exists() else None
        return _loaded[key]


def _load(path: Path) -> CrisisClassifier:
    card = json.loads(CARD.read_text(encoding="utf-8")) if CARD.exists() else {}
    with np.load(path) as arrays:
        weights = arrays["weights"].astype(np.float32)
    return CrisisClassifier(weights, float(card.get("threshold", 0.5)))
