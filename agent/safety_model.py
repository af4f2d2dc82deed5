"""The DiaSafety classifier behind the offline critic: is this reply unsafe in this context?

A category-gated mixture of linear experts. Features of a (user message, reply) pair: hashed TF-IDF word
1-2-grams of the reply and of the message, hashed TF-IDF character 2-5-grams of the reply, the packaged
MiniLM sentence vectors of both (c, r, c*r, |c-r|), and the emotion network's features of both (agent.emotion
`features`, unit length: how each reads, from the same pass that gives the sentence vector; cross-validated
unsafe-F1 on train 0.785 -> 0.803 with them). A gate predicts which DiaSafety category the pair belongs
to (offending user, risk ignorance, unauthorised expertise, toxicity agreement, biased opinion); one logistic
expert per category says whether the reply is unsafe; P(unsafe) = sum_k P(k) P(unsafe | k).

Hashing means no vocabulary is stored: the artefact (`agent/artifacts/safety_mixture.npz`, float16) holds the
idf vectors and the linear weights only, with a JSON note of data, seed and configuration. No pickle.
Trained by `warmline train safety` on DiaSafety train.json only.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

if TYPE_CHECKING:
    from agent.safety_eval import DiaSafetyPair

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
WEIGHTS = ARTIFACTS / "safety_mixture.npz"
NOTE = ARTIFACTS / "safety_note.json"
CATEGORIES = (
    "Biased Opinion",
    "Offending User",
    "Risk Ignorance",
    "Toxicity Agreement",
    "Unauthorized Expertise",
)
Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Config:
    hash_bits: int = 16
    embedding_scale: float = 0.5  # the dense block's weight next to three l2-normalised sparse blocks
    emotion_scale: float = 1.0  # the emotion features' weight (best of 0.5 / 1 / 2 / 3 by CV on train)
    gate_c: float = 10.0
    expert_c: float = 4.0
    threshold: float = 0.5


@dataclass(frozen=True)
class SafetyScore:
    unsafe: float
    category: str


class SafetyModel(Protocol):
    threshold: float

    def score(self, context: str, response: str) -> SafetyScore: ...

    def score_many(self, contexts: Sequence[str], responses: Sequence[str]) -> list[SafetyScore]: ...


class Featuriser:
    """Stateless hashing plus learned idf vectors; the same code path for training and inference."""

    def __init__(
        self, config: Config, idf: Sequence[Matrix] | None = None, cache: Path | None = None
    ) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        size = 2**config.hash_bits
        self.config = config
        self.words = HashingVectorizer(ngram_range=(1, 2), n_features=size, alternate_sign=False, norm=None)
        self.chars = HashingVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), n_features=size, alternate_sign=False, norm=None
        )
        self.idf: list[Matrix] = list(idf) if idf is not None else []
        self.cache = cache  # embedding cache directory while training or evaluating (never in the repo)

    def counts(self, contexts: Sequence[str], responses: Sequence[str]) -> list[sp.csr_matrix]:
        return [
            self.words.transform(list(responses)),
            self.words.transform(list(contexts)),
            self.chars.transform(list(responses)),
        ]

    def fit_idf(self, blocks: list[sp.csr_matrix]) -> None:
        n = blocks[0].shape[0]
        self.idf = [
            (np.log((1 + n) / (1 + np.bincount(b.indices, minlength=b.shape[1]))) + 1).astype(np.float32)
            for b in blocks
        ]

    def transform(self, contexts: Sequence[str], responses: Sequence[str]) -> sp.csr_matrix:
        blocks = [_tfidf(b, idf) for b, idf in zip(self.counts(contexts, responses), self.idf, strict=True)]
        if self.config.emotion_scale > 0:  # first: its pass also leaves the sentence vectors in the embedder
            emotion = [emotion_features(texts, self.cache) for texts in (contexts, responses)]
            blocks.append(sp.csr_matrix(np.hstack(emotion) * self.config.emotion_scale))
        # Zero: n-grams only, no MiniLM pass (the cross-encoder experiment).
        if self.config.embedding_scale > 0:
            dense = _pair_vectors(contexts, responses, self.cache) * self.config.embedding_scale
            blocks.append(sp.csr_matrix(dense))
        return sp.hstack(blocks).tocsr()


def _tfidf(counts: sp.csr_matrix, idf: Matrix) -> sp.csr_matrix:
    matrix = counts.astype(np.float32).tocsr()
    matrix.data = (np.log(matrix.data) + 1.0) * idf[matrix.indices]  # sublinear tf, as TfidfTransformer
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.diags(1.0 / norms) @ matrix


def _pair_vectors(contexts: Sequence[str], responses: Sequence[str], cache: Path | None) -> Matrix:
    c = embed(contexts, cache)
    r = embed(responses, cache)
    return np.hstack([c, r, c * r, np.abs(c - r)]).astype(np.float32)


def emotion_features(texts: Sequence[str], cache: Path | None = None) -> Matrix:
    """The emotion network's features, each row at unit length.

    A live draft (one text) is read once: its sentence vector seeds the shared embedder, where `embed` finds it;
    the user's message was read by perception, whose features the classifier still keeps. A batch (training,
    evaluation) leaves the embedder alone, so `embed` computes the same vectors with or without a cache and
    retraining reproduces the weights bit for bit."""
    from agent.emotion import load_classifier

    def compute() -> Matrix:
        classifier = load_classifier()
        if len(texts) == 1:
            rows = classifier.features(texts[0])[None, :]
        else:
            rows = classifier.analyse(list(texts)).features
        return (rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)).astype(np.float32)

    return _cached_array(_cache_path(texts, cache, "safety-emotion"), compute)


def _cache_path(texts: Sequence[str], cache: Path | None, prefix: str) -> Path | None:
    if cache is None:
        return None
    return cache / f"{prefix}-{hashlib.sha256(chr(0).join(texts).encode()).hexdigest()[:20]}.npy"


def _cached_array(path: Path | None, compute: Callable[[], Matrix]) -> Matrix:
    """The array kept at `path`, or computed and kept there (no file when `path` is None)."""
    if path is not None and path.exists():
        cached: Matrix = np.load(path)
        return cached
    result = compute()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, result)
    return result


def embed(texts: Sequence[str], cache: Path | None = None) -> Matrix:
    """Sentence vectors in chunks smaller than the embedder's LRU cache; optionally cached in a file."""
    from agent.embeddings import shared_embedder

    def compute() -> Matrix:
        embedder = shared_embedder()
        chunks = [embedder.embed_many(list(texts[i : i + 1024])) for i in range(0, len(texts), 1024)]
        return np.vstack(chunks).astype(np.float32) if chunks else np.zeros((0, 384), np.float32)

    return _cached_array(_cache_path(texts, cache, "safety-emb"), compute)


def mixture(features: sp.csr_matrix, gate_weights: Matrix, expert_weights: Matrix) -> tuple[Matrix, Matrix]:
    """P(category) from the softmax gate and P(unsafe | category) from each expert; the last row is the bias."""
    logits = features @ gate_weights[:-1] + gate_weights[-1]
    logits = logits - logits.max(axis=1, keepdims=True)
    gate = np.exp(logits)
    gate /= gate.sum(axis=1, keepdims=True)
    expert = 1.0 / (1.0 + np.exp(-(features @ expert_weights[:-1] + expert_weights[-1])))
    return gate.astype(np.float32), expert.astype(np.float32)


class MixtureModel:
    def __init__(self, config: Config, featuriser: Featuriser, gate: Matrix, experts: Matrix) -> None:
        self.config = config
        self.threshold = config.threshold
        self.featuriser = featuriser
        self.gate = gate  # (features + 1, categories): last row is the bias
        self.experts = experts  # (features + 1, categories)
        self._lock = threading.Lock()

    def score_many(self, contexts: Sequence[str], responses: Sequence[str]) -> list[SafetyScore]:
        with self._lock:
            gate, expert = mixture(self.featuriser.transform(contexts, responses), self.gate, self.experts)
        unsafe = (gate * expert).sum(axis=1)
        return [
            SafetyScore(float(u), CATEGORIES[int(k)])
            for u, k in zip(unsafe, gate.argmax(axis=1), strict=True)
        ]

    def score(self, context: str, response: str) -> SafetyScore:
        return self.score_many([context], [response])[0]

    def save(self, path: Path) -> None:
        arrays = {f"idf{i}": idf for i, idf in enumerate(self.featuriser.idf)}
        arrays.update(gate=self.gate, experts=self.experts)
        halves: dict[str, Any] = {k: v.astype(np.float16) for k, v in arrays.items()}
        np.savez_compressed(path, **halves)


# --- training -----------------------------------------------------------------------------------------------


def train(
    pairs: Sequence[DiaSafetyPair],
    config: Config,
    progress: TextIO | None = None,
    cache: Path | None = None,
    seed: int = 13,
) -> tuple[MixtureModel, float]:
    """Fit on all pairs; the decision threshold is the F1-best one under 5-fold cross-validation on them."""
    featuriser = Featuriser(config, cache=cache)
    contexts, responses = [p.context for p in pairs], [p.response for p in pairs]
    featuriser.fit_idf(featuriser.counts(contexts, responses))
    _log(progress, f"embedding and featurising {len(pairs)} pairs")
    features = featuriser.transform(contexts, responses)
    category = np.array([CATEGORIES.index(p.category) for p in pairs])
    unsafe = np.array([p.unsafe for p in pairs])
    threshold, cv_f1 = _cv_threshold(features, category, unsafe, config, seed, progress)
    _log(progress, f"cross-validated threshold {threshold:.2f} (unsafe-F1 {cv_f1:.4f}); fitting on all pairs")
    gate, experts = fit_weights(features, category, unsafe, config)
    featuriser.cache = None
    return MixtureModel(replace(config, threshold=threshold), featuriser, gate, experts), cv_f1


def fit_weights(
    features: sp.csr_matrix, category: npt.NDArray[np.int64], unsafe: npt.NDArray[np.bool_], config: Config
) -> tuple[Matrix, Matrix]:
    from sklearn.linear_model import LogisticRegression

    gate_model = LogisticRegression(C=config.gate_c, max_iter=3000).fit(features, category)
    columns = []
    for k in range(len(CATEGORIES)):
        rows = category == k
        expert = LogisticRegression(C=config.expert_c, max_iter=3000).fit(features[rows], unsafe[rows])
        columns.append(_stack(expert.coef_.T, expert.intercept_))
    return _stack(gate_model.coef_.T, gate_model.intercept_), np.hstack(columns)


def _cv_threshold(
    features: sp.csr_matrix,
    category: npt.NDArray[np.int64],
    unsafe: npt.NDArray[np.bool_],
    config: Config,
    seed: int,
    progress: TextIO | None,
) -> tuple[float, float]:
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    out_of_fold = np.zeros(len(unsafe), dtype=np.float32)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed).split(
        features, category * 2 + unsafe
    )
    for fold, (fit_rows, held_rows) in enumerate(folds):
        _log(progress, f"cross-validation fold {fold + 1}/5")
        gate, experts = fit_weights(features[fit_rows], category[fit_rows], unsafe[fit_rows], config)
        gate_p, expert_p = mixture(features[held_rows], gate, experts)
        out_of_fold[held_rows] = (gate_p * expert_p).sum(axis=1)
    grid = np.round(np.arange(0.2, 0.71, 0.02), 2)
    scores = [f1_score(unsafe, out_of_fold >= t) for t in grid]
    best = int(np.argmax(scores))
    return float(grid[best]), float(scores[best])


def _stack(coef: npt.NDArray[np.float64], intercept: npt.NDArray[np.float64]) -> Matrix:
    return np.vstack([coef, intercept[None, :]]).astype(np.float32)


def train_and_save(
    data: Path, seed: int = 13, progress: TextIO | None = None, cache: Path | None = None
) -> dict[str, object]:
    """Train on `data` (DiaSafety train.json) and write the artefact and its note."""
    from agent.safety_eval import load_pairs

    started = time.monotonic()
    model, cv_f1 = train(load_pairs(data), Config(), progress, cache, seed)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    model.save(WEIGHTS)
    note: dict[str, object] = {
        "model": "category-gated mixture of logistic experts over hashed TF-IDF, MiniLM pair vectors and emotion features",
        "data": f"DiaSafety {data.name} (sha256 {_sha256(data)[:16]}); valid/test never used for training",
        "seed": seed,
        "deterministic": "lbfgs logistic regressions on fixed features; the seed fixes the cross-validation folds",
        "config": asdict(model.config),
        "train_cv_unsafe_f1": round(cv_f1, 4),
        "artefact_bytes": WEIGHTS.stat().st_size,
        "train_seconds": round(time.monotonic() - started),
        "scores": "see docs/safety.md; rerun `warmline eval safety --data ../shared/data/diasafety/val.json`",
    }
    NOTE.write_text(json.dumps(note, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with _load_lock:
        _loaded.clear()
    return note


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _log(stream: TextIO | None, message: str) -> None:
    if stream is not None:
        print(message, file=stream, flush=True)


# --- loading ------------------------------------------------------------------------------------------------

_loaded: dict[str, MixtureModel | None] = {}
_load_lock = threading.Lock()


def load_safety_model(path: Path = WEIGHTS) -> SafetyModel | None:
    """The trained classifier, once per process; None when the artefact is absent."""
    key = str(path)
    with _load_lock:
        if key not in _loaded:
            _loaded[key] = _load(path) if path.exists() else None
        return _loaded[key]


def _load(path: Path) -> MixtureModel:
    note = json.loads(NOTE.read_text(encoding="utf-8")) if NOTE.exists() else {}
    config = Config(**note.get("config", {}))
    with np.load(path) as arrays:
        idf = [arrays[f"idf{i}"].astype(np.float32) for i in range(3)]
        gate = arrays["gate"].astype(np.float32)
        experts = arrays["experts"].astype(np.float32)
    return MixtureModel(config, Featuriser(config, idf), gate, experts)
