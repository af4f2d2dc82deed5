"""Experiment (issue #3): a fine-tuned MiniLM representation of the user's latest message for the selector.

The live perception stage already runs MiniLM over the user's message, so the selector could reuse its hidden
state at layer 4 and add only two transformer layers. Two representations are measured here, each as one more
dense group in the selector's logistic model (strategies/training.py `EXTRA_GROUP`), with the debiasing refitted
on the new out-of-fold predictions, exactly as `warmline train strategy` does:

* `emotion`: the frozen emotion network's penultimate vector (pooled frozen layers 1-4 + its fine-tuned layers
  5-6, 2304 numbers; already computed in every live turn);
* `head`: copies of layers 5-6 + a linear head fine-tuned for the 8 strategies (balanced cross-entropy) on the
  latest user message, as grouped 5-fold out-of-fold logits on train (one fit on all of train for valid).

The text is the user's latest message (`DialogueView.last_user`), the one message the live perception stage
reads. Choice by train OOF only; valid is scored once per row, for the record. Run with
`python -m strategies.encoder_head` (the head's six fits took ~19 CPU minutes here, the logistic fits about as
much again); it prints one JSON row per variant.
The bar for shipping was an OOF macro-F1 gain > 0.006; no variant cleared it (strategies/ABLATION.md), so the
live selector does not use this module.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from pydantic import ConfigDict
from sklearn.model_selection import GroupKFold

from agent.emotion_model import HIDDEN, run_top_layers
from agent.fine_tune import FineTuning, fine_tune, length_batches
from strategies.debias import DebiasFit
from strategies.embedding_cache import DEFAULT_CACHE_DIR
from strategies.esconv import Dialogue, load_dialogues, samples, split_path
from strategies.features import view
from strategies.metrics import K, score_indices
from strategies.model import log_softmax
from strategies.train import SHIPPED, Fitted, fit_and_score, headline, load_data, log_prior
from strategies.training import EXTRA_GROUP, Dataset

Matrix = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]
SPLIT = 4  # the fine-tuned copies start from the frozen hidden state after layer 4, as the emotion network's
POOLED = SPLIT * HIDDEN
# Group weights tried (standardised columns x weight; the shipped groups use 0.01-0.05): 8 logits vs 2304 numbers.
HEAD_SCALES = (0.02, 0.05, 0.1, 0.2)
EMOTION_SCALES = (0.005, 0.01, 0.02)
AVERAGE_WEIGHTS = (0.1, 0.25, 0.5)  # the head's log-probabilities added to the selector's instead


class HeadConfig(FineTuning):
    model_config = ConfigDict(frozen=True, extra="forbid")

    folds: int = 5


@dataclass(frozen=True)
class Encoded:
    """Per unique text: frozen layer-4 token states, standardised pooled layers 1-4, emotion penultimate."""

    texts: tuple[str, ...]
    tokens: list[torch.Tensor]  # [T_i, H] float16
    emotion: Matrix  # [N, 6 * H]; its first SPLIT * H columns are the standardised pooled layers 1-4

    def rows(self, texts: Sequence[str]) -> IntArray:
        """Row per text; -1 for the empty text (no user message yet)."""
        index = {t: i for i, t in enumerate(self.texts)}
        return np.array([index[t] if t else -1 for t in texts], dtype=np.int64)


def latest_user_texts(dialogues: Sequence[Dialogue]) -> list[str]:
    return [view(s.messages()).last_user for s in samples(dialogues)]


def encode(texts: Sequence[str], cache_dir: Path = DEFAULT_CACHE_DIR) -> Encoded:
    unique = tuple(sorted({t for t in texts if t}))
    digest = hashlib.sha256("\0".join(unique).encode("utf-8")).hexdigest()[:16]
    path = cache_dir / f"strategy-encoder-{digest}.pt"
    if path.exists():
        cached = torch.load(path)
        return Encoded(unique, cached["tokens"], cached["emotion"].numpy())
    tokens, emotion = _run_emotion_net(unique)
    cache_dir.mkdir(parents=True, exist_ok=True)
    torch.save({"tokens": tokens, "emotion": torch.from_numpy(emotion)}, path)
    return Encoded(unique, tokens, emotion)


def _run_emotion_net(texts: Sequence[str]) -> tuple[list[torch.Tensor], Matrix]:
    from agent.emotion import load_classifier

    classifier = load_classifier()
    order = np.argsort([len(t) for t in texts])
    tokens: list[torch.Tensor] = [torch.empty(0)] * len(texts)
    emotion = np.zeros((len(texts), 6 * HIDDEN), dtype=np.float32)
    for start in range(0, len(texts), 64):
        index = order[start : start + 64]
        frozen = classifier.minilm.run([texts[i] for i in index], SPLIT)
        emotion[index] = _penultimate(classifier.net, frozen.tokens, frozen.mask, frozen.pooled).numpy()
        lengths = frozen.mask.sum(1).long()
        for row, i in enumerate(index):
            tokens[i] = frozen.tokens[row, : lengths[row]].half().clone()
    return tokens, emotion


def _penultimate(net: Any, tokens: torch.Tensor, mask: torch.Tensor, pooled: torch.Tensor) -> torch.Tensor:
    """The emotion network's head input (agent.emotion_model.EmotionNet.forward without the head)."""
    with torch.inference_mode():
        layers = run_top_layers(net.layers, tokens, mask)[0]
    return torch.cat([(pooled - net.mean) / net.scale, *layers], 1)


class StrategyHead(torch.nn.Module):
    """Fine-tuned copies of MiniLM layers 5-6 + a linear layer over [pooled 1-4, pooled 5, pooled 6]."""

    def __init__(self, base: Any, dropout: float = 0.1) -> None:
        super().__init__()
        self.layers = torch.nn.ModuleList(copy.deepcopy(base.encoder.layer[i]) for i in range(SPLIT, 6))
        self.dropout = torch.nn.Dropout(dropout)
        self.head = torch.nn.Linear(6 * HIDDEN, K)

    def forward(self, tokens: torch.Tensor, mask: torch.Tensor, pooled: torch.Tensor) -> torch.Tensor:
        features = [pooled, *run_top_layers(self.layers, tokens, mask)[0]]
        logits: torch.Tensor = self.head(self.dropout(torch.cat(features, 1)))
        return logits


def _batch(encoded: Encoded, rows: IntArray) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    empty = torch.zeros(1, HIDDEN, dtype=torch.float16)
    sequences = [encoded.tokens[r] if r >= 0 else empty for r in rows]
    length = max(len(s) for s in sequences)
    states, mask = torch.zeros(len(rows), length, HIDDEN), torch.zeros(len(rows), length)
    for i, sequence in enumerate(sequences):
        states[i, : len(sequence)], mask[i, : len(sequence)] = sequence.float(), 1.0
    pooled = np.where(rows[:, None] >= 0, encoded.emotion[rows, :POOLED], 0.0).astype(np.float32)
    return states, mask, torch.from_numpy(pooled)


def _length_batches(encoded: Encoded, rows: IntArray, size: int) -> list[IntArray]:
    return length_batches([len(encoded.tokens[r]) if r >= 0 else 1 for r in rows], size)


def fit_head(encoded: Encoded, rows: IntArray, y: IntArray, config: HeadConfig) -> StrategyHead:
    from agent.emotion_model import shared_minilm

    torch.manual_seed(config.seed)
    net = StrategyHead(shared_minilm().model)
    counts = np.maximum(np.bincount(y, minlength=K), 1)
    weight = torch.tensor(len(y) / (K * counts), dtype=torch.float32)  # balanced classes
    target = torch.from_numpy(y)

    def loss_of(index: IntArray) -> torch.Tensor:
        return torch.nn.functional.cross_entropy(net(*_batch(encoded, rows[index])), target[index], weight)

    fine_tune(net, _length_batches(encoded, rows, config.batch_size), loss_of, config)
    return net.eval()


def head_logits(net: StrategyHead, encoded: Encoded, rows: IntArray) -> Matrix:
    out = np.zeros((len(rows), K), dtype=np.float32)
    for index in _length_batches(encoded, rows, 256):
        with torch.inference_mode():
            out[index] = net(*_batch(encoded, rows[index])).numpy()
    return out


def out_of_fold_logits(
    encoded: Encoded, rows: IntArray, data: Dataset, config: HeadConfig
) -> tuple[Matrix, StrategyHead]:
    """Grouped k-fold logits on train (the same folds as the selector's), and the head fitted on all of it."""
    out = np.zeros((len(rows), K), dtype=np.float32)
    for train_rows, test_rows in GroupKFold(n_splits=config.folds).split(rows, data.y, data.groups):
        net = fit_head(encoded, rows[train_rows], data.y[train_rows], config)
        out[test_rows] = head_logits(net, encoded, rows[test_rows])
    return out, fit_head(encoded, rows, data.y, config)


def with_extra(data: Dataset, extra: Matrix) -> Dataset:
    return replace(data, x=np.hstack([data.x, extra]).astype(np.float32))


def score_variant(train_set: Dataset, valid_set: Dataset, scale: float, label: str) -> Fitted:
    config = SHIPPED.model_copy(update={"group_scales": {**SHIPPED.group_scales, EXTRA_GROUP: scale}})
    return fit_and_score(train_set, valid_set, config, 5, DebiasFit(), label)


def main() -> None:
    torch.set_num_threads(1)
    train_set, valid_set = load_data(DEFAULT_CACHE_DIR)
    train_texts = latest_user_texts(load_dialogues(split_path("train")))
    valid_texts = latest_user_texts(load_dialogues(split_path("valid")))
    encoded = encode([*train_texts, *valid_texts])
    train_rows, valid_rows = encoded.rows(train_texts), encoded.rows(valid_texts)
    oof, net = out_of_fold_logits(encoded, train_rows, train_set, HeadConfig())
    print(
        json.dumps({"variant": "head alone", "oof": headline(score_indices(train_set.y, oof.argmax(axis=1)))})
    )
    emotion = [_emotion_rows(encoded, r) for r in (train_rows, valid_rows)]
    variants = {
        "head": (oof, head_logits(net, encoded, valid_rows), HEAD_SCALES),
        "emotion": (emotion[0], emotion[1], EMOTION_SCALES),
    }
    base = score_variant(train_set, valid_set, 0.0, "shipped recipe")
    print(json.dumps({"variant": "shipped", "oof": headline(base.oof), "valid": headline(base.valid)}))
    for weight in AVERAGE_WEIGHTS:
        print(
            json.dumps(
                {"variant": "average", "weight": weight, "oof": _averaged(base, oof, train_set, weight)}
            )
        )
    for name, (train_extra, valid_extra, scales) in variants.items():
        extended = with_extra(train_set, train_extra), with_extra(valid_set, valid_extra)
        for scale in scales:
            fitted = score_variant(*extended, scale, name)
            row = {
                "variant": name,
                "scale": scale,
                "oof": headline(fitted.oof),
                "valid": headline(fitted.valid),
            }
            print(json.dumps(row), flush=True)


def _averaged(base: Fitted, head_oof: Matrix, train_set: Dataset, weight: float) -> dict[str, float]:
    """OOF scores of the selector's log-probabilities + weight x the head's, with the debiasing refitted."""
    combined = log_softmax(base.oof_log_probs + weight * log_softmax(head_oof.astype(np.float64)))
    params = DebiasFit().fit(combined, train_set.y, train_set.last, log_prior(train_set.y))
    return headline(score_indices(train_set.y, params.apply(combined, train_set.last).argmax(axis=1)))


def _emotion_rows(encoded: Encoded, rows: IntArray) -> Matrix:
    out: Matrix = np.where(rows[:, None] >= 0, encoded.emotion[rows], 0.0).astype(np.float32)
    return out


if __name__ == "__main__":
    main()
