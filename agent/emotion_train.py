"""`warmline train emotion`: fits the GoEmotions head on the train split and tunes thresholds on dev.

Training reads only train.tsv; dev.tsv is used for the per-label decision thresholds, which the issue allows
("tune thresholds on dev"). The test split is not in the shared data and is never read here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel
from tqdm import tqdm

from agent.emotion import (
    ARTIFACT,
    GOEMOTIONS_DIR,
    NOTE,
    Array,
    EmotionHead,
    EmotionMetrics,
    decide,
    evaluate,
    label_matrix,
    load_tsv,
)
from agent.schema import GOEMOTIONS_LABELS

if TYPE_CHECKING:
    import torch

DEFAULT_CACHE = Path("/tmp/warmline-cache")


class TrainConfig(BaseModel):
    seed: int = 13
    hidden: int = 0
    epochs: int = 15
    batch_size: int = 128
    learning_rate: float = 1e-3
    weight_decay: float = 1e-4
    dropout: float = 0.1
    cache_dir: Path = DEFAULT_CACHE


class TrainReport(BaseModel):
    config: TrainConfig
    train_n: int
    dev: EmotionMetrics
    dev_at_half: EmotionMetrics  # before threshold tuning, for honesty about what tuning adds


FeatureFn = Callable[[Sequence[str]], Array]


def cached_features(name: str, texts: Sequence[str], compute: FeatureFn, cache_dir: Path) -> Array:
    """Features for `texts`, cached on disk by a hash of the texts (never inside the repository)."""
    digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    path = cache_dir / f"{name}-{digest}.npy"
    if path.exists():
        cached: Array = np.load(path)
        return cached
    features = compute(texts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, features)
    return features


def sentence_features(texts: Sequence[str]) -> Array:
    from agent.embeddings import shared_embedder

    embedder = shared_embedder()
    chunks = [embedder.embed_many(texts[i : i + 512]) for i in tqdm(range(0, len(texts), 512), desc="embed")]
    return np.concatenate(chunks).astype(np.float32)


def fit_head(features: Array, labels: Array, config: TrainConfig) -> dict[str, Array]:
    """A linear or one-hidden-layer head trained with BCE; returns the arrays EmotionHead loads."""
    import torch

    torch.manual_seed(config.seed)
    torch.set_num_threads(1)
    mean, scale = features.mean(0), features.std(0) + 1e-6
    x = torch.tensor((features - mean) / scale)
    y = torch.tensor(labels)
    net = _network(x.shape[1], config)
    optimiser = torch.optim.AdamW(net.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay)
    generator = torch.Generator().manual_seed(config.seed)
    for _ in tqdm(range(config.epochs), desc="train emotion head"):
        net.train()
        order = torch.randperm(len(x), generator=generator)
        for start in range(0, len(x), config.batch_size):
            batch = order[start : start + config.batch_size]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(x[batch]), y[batch])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    linears = [m for m in net if isinstance(m, torch.nn.Linear)]
    arrays: dict[str, Array] = {
        "mean": mean,
        "scale": scale,
        "depth": np.array(len(linears), dtype=np.float32),
    }
    for index, layer in enumerate(linears):
        arrays[f"w{index}"] = layer.weight.detach().numpy().T.copy()
        arrays[f"b{index}"] = layer.bias.detach().numpy().copy()
    arrays["offsets"] = np.zeros(len(GOEMOTIONS_LABELS), dtype=np.float32)
    return arrays


def _network(dimensions: int, config: TrainConfig) -> torch.nn.Sequential:
    import torch

    out = len(GOEMOTIONS_LABELS)
    if not config.hidden:
        return torch.nn.Sequential(torch.nn.Dropout(config.dropout), torch.nn.Linear(dimensions, out))
    return torch.nn.Sequential(
        torch.nn.Dropout(config.dropout),
        torch.nn.Linear(dimensions, config.hidden),
        torch.nn.GELU(),
        torch.nn.Dropout(config.dropout),
        torch.nn.Linear(config.hidden, out),
    )


def tune_offsets(logits: Array, gold: Array) -> Array:
    """Per-label logit thresholds that maximise each label's F1 on the given (dev) split."""
    grid = np.linspace(-4.0, 4.0, 161, dtype=np.float32)
    offsets = np.zeros(logits.shape[1], dtype=np.float32)
    for column in range(logits.shape[1]):
        predicted = logits[:, column][None, :] >= grid[:, None]
        tp = (predicted * gold[:, column]).sum(1)
        f1 = 2 * tp / np.maximum(predicted.sum(1) + gold[:, column].sum(), 1)
        offsets[column] = grid[int(np.argmax(f1))]
    return offsets


def train(config: TrainConfig, artifact: Path = ARTIFACT, note: Path = NOTE) -> TrainReport:
    train_set = load_tsv(GOEMOTIONS_DIR / "train.tsv")
    dev_set = load_tsv(GOEMOTIONS_DIR / "dev.tsv")
    x_train = cached_features(
        "sentence-train", [e.text for e in train_set], sentence_features, config.cache_dir
    )
    x_dev = cached_features("sentence-dev", [e.text for e in dev_set], sentence_features, config.cache_dir)
    arrays = fit_head(x_train, label_matrix(train_set), config)
    head = EmotionHead(arrays)
    gold_dev = label_matrix(dev_set)
    at_half = evaluate(gold_dev, decide(head.scores(x_dev)))
    arrays["offsets"] = tune_offsets(head.logits(x_dev), gold_dev)
    tuned = evaluate(gold_dev, decide(EmotionHead(arrays).scores(x_dev)))
    artifact.parent.mkdir(parents=True, exist_ok=True)
    stored: dict[str, Any] = {k: v.astype(np.float16) if v.ndim == 2 else v for k, v in arrays.items()}
    np.savez_compressed(artifact, **stored)
    report = TrainReport(config=config, train_n=len(train_set), dev=tuned, dev_at_half=at_half)
    note.write_text(json.dumps(_note(report), indent=2) + "\n", encoding="utf-8")
    return report


def _note(report: TrainReport) -> dict[str, object]:
    return {
        "data": "GoEmotions original train.tsv (fit) + dev.tsv (per-label thresholds), ../shared/data/goemotions",
        "features": "all-MiniLM-L6-v2 sentence embedding (shared_embedder)",
        "command": "warmline train emotion",
        **json.loads(report.model_dump_json(exclude={"config": {"cache_dir"}})),
    }
