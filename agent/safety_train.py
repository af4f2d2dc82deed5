"""The DiaSafety cross-encoder experiment: `python -m agent.safety_train [--valid val.json] [--out DIR]`.

Fine-tunes the cross-encoder's top MiniLM layers + heads (agent.safety_cross) on the fit rows of DiaSafety
train.json; the frozen lower layers run once over every (message, reply) pair and their outputs are cached on
disk (outside the repository), so each epoch runs only the fine-tuned layers. Beside it, the n-gram half of
agent.safety_model's mixture is fitted on the same rows. Decision rules (threshold; the ensemble's weight) are
chosen on a held-out slice of train grouped by user message (no message on both sides); valid is read only with
`--valid`, to confirm once. The model is written to --out (default under /tmp), not to agent/artifacts: it did
not beat the shipped classifier (docs/safety.md), so the critic does not use it.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from pydantic import BaseModel, ConfigDict, Field
from tqdm import tqdm

from agent.emotion_model import LAYERS, shared_minilm
from agent.fine_tune import FineTuning, fine_tune, length_batches
from agent.safety_cross import (
    CARD_NAME,
    WEIGHTS_NAME,
    CrossEncoderModel,
    SafetyNet,
    frozen_states,
    gate_expert_loss,
    pack,
    tokenize_pairs,
    unsafe_probability,
)
from agent.safety_eval import DiaSafetyPair, load_pairs
from agent.safety_model import CATEGORIES, Featuriser, MixtureModel, SafetyModel, fit_weights, mixture
from agent.safety_model import Config as NgramConfig

DEFAULT_CACHE = Path("/tmp/warmline-cache")
Rows = npt.NDArray[np.int64]


class TrainConfig(FineTuning):
    model_config = ConfigDict(frozen=True)

    top_layers: int = Field(
        default=2, ge=1, le=LAYERS - 1
    )  # at least one frozen layer feeds the head's pooling
    epochs: int = 2
    layer_learning_rate: float = 2e-4
    held_out_share: float = 0.2


class Encoded(BaseModel):
    """Frozen-pass outputs: ragged states at the split (float16), reply-token counts, pooled lower layers."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    tokens: list[torch.Tensor]
    reply: list[int]  # how many trailing tokens belong to the reply
    pooled: torch.Tensor

    def subset(self, rows: Rows) -> Encoded:
        return Encoded(
            tokens=[self.tokens[i] for i in rows],
            reply=[self.reply[i] for i in rows],
            pooled=self.pooled[torch.from_numpy(np.asarray(rows))],
        )


def cache_key(pairs: Sequence[DiaSafetyPair], split: int) -> str:
    text = "\x00".join(f"{p.context}\x01{p.response}" for p in pairs)
    return hashlib.sha256(f"{text}|{split}".encode()).hexdigest()[:16]


def encode_pairs(pairs: Sequence[DiaSafetyPair], split: int, cache_dir: Path | None) -> Encoded:
    path = cache_dir / f"safety-pairs-{cache_key(pairs, split)}.pt" if cache_dir else None
    if path is not None and path.exists():
        return Encoded(**torch.load(path))
    minilm = shared_minilm()
    order = np.argsort([len(p.context) + len(p.response) for p in pairs], kind="stable")
    tokens: list[torch.Tensor] = [torch.empty(0)] * len(pairs)
    reply = [0] * len(pairs)
    pooled = torch.zeros(len(pairs), split * 384)
    for start in tqdm(range(0, len(pairs), 64), desc="frozen MiniLM pass"):
        index = order[start : start + 64]
        batch = tokenize_pairs(minilm.tokenizer, [pairs[i].context for i in index],
                               [pairs[i].response for i in index])  # fmt: skip
        states, pooled[index] = frozen_states(minilm.model, batch, split)
        lengths, replies = batch.mask.sum(1).long(), batch.reply.sum(1).long()
        for row, i in enumerate(index):
            tokens[i] = states[row, : lengths[row]].half().clone()
            reply[i] = int(replies[row])
    encoded = Encoded(tokens=tokens, reply=reply, pooled=pooled)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        torch.save(encoded.model_dump(), path)
    return encoded


def grouped_split(pairs: Sequence[DiaSafetyPair], share: float, seed: int) -> tuple[Rows, Rows]:
    """Rows to fit on and rows held out; every user message's pairs fall on one side only."""
    messages = sorted({p.context for p in pairs})
    held = set(np.random.default_rng(seed).permutation(len(messages))[: int(share * len(messages))].tolist())
    held_messages = {messages[i] for i in held}
    is_held = np.array([p.context in held_messages for p in pairs])
    return np.flatnonzero(~is_held), np.flatnonzero(is_held)


def _pad(data: Encoded, index: Rows) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    length = max(len(data.tokens[i]) for i in index)
    states = torch.zeros(len(index), length, 384)
    mask = torch.zeros(len(index), length)
    reply = torch.zeros(len(index), length)
    for row, i in enumerate(index):
        n = len(data.tokens[i])
        states[row, :n] = data.tokens[i].float()
        mask[row, :n] = 1.0
        reply[row, n - data.reply[i] : n] = 1.0
    return states, mask, reply


def _length_batches(data: Encoded, size: int) -> list[Rows]:
    return length_batches([len(t) for t in data.tokens], size)


def fit(data: Encoded, category: Rows, unsafe: npt.NDArray[np.bool_], config: TrainConfig) -> SafetyNet:
    torch.manual_seed(config.seed)
    net = SafetyNet(shared_minilm().model, top=config.top_layers)
    net.mean.copy_(data.pooled.mean(0))
    net.scale.copy_(data.pooled.std(0) + 1e-6)
    categories, targets = torch.from_numpy(category), torch.from_numpy(unsafe.astype(np.float32))

    def loss_of(index: Rows) -> torch.Tensor:
        return gate_expert_loss(
            net(*_pad(data, index), data.pooled[index]), categories[index], targets[index]
        )

    fine_tune(net, _length_batches(data, config.batch_size), loss_of, config, desc="train safety")
    return net.eval()


def predict(net: SafetyNet, data: Encoded) -> npt.NDArray[np.float32]:
    out = np.zeros(len(data.tokens), dtype=np.float32)
    for index in _length_batches(data, 128):
        with torch.inference_mode():
            out[index] = unsafe_probability(net(*_pad(data, index), data.pooled[index]))[0].numpy()
    return out


def best_threshold(probability: npt.NDArray[np.float32], gold: npt.NDArray[np.bool_]) -> tuple[float, float]:
    grid = np.round(np.arange(0.1, 0.91, 0.02), 2)
    scores = [_f1(gold, probability >= t) for t in grid]
    best = int(np.argmax(scores))
    return float(grid[best]), scores[best]


def _f1(gold: npt.NDArray[np.bool_], predicted: npt.NDArray[np.bool_]) -> float:
    tp = int((gold & predicted).sum())
    return 2 * tp / max(1, int(gold.sum() + predicted.sum()))


def labels(pairs: Sequence[DiaSafetyPair]) -> tuple[Rows, npt.NDArray[np.bool_]]:
    return (
        np.array([CATEGORIES.index(p.category) for p in pairs], dtype=np.int64),
        np.array([p.unsafe for p in pairs]),
    )


class Scores(BaseModel):
    threshold: float
    unsafe_f1: float
    per_category_f1: dict[str, float]


class Candidate(BaseModel):
    """A detector's decision rule chosen on the held-out slice, and what it scores there."""

    weight: float = 1.0  # the cross-encoder's weight next to the n-gram mixture (1: the cross-encoder alone)
    held_out: Scores


def score(probability: npt.NDArray[np.float32], gold: npt.NDArray[np.bool_], category: Rows,
          threshold: float) -> Scores:  # fmt: skip
    predicted = probability >= threshold
    per_category = {
        name: round(_f1(gold[category == k], predicted[category == k]), 4)
        for k, name in enumerate(CATEGORIES)
    }
    return Scores(threshold=threshold, unsafe_f1=round(_f1(gold, predicted), 4), per_category_f1=per_category)


def choose(cross: npt.NDArray[np.float32], ngram: npt.NDArray[np.float32], gold: npt.NDArray[np.bool_],
           category: Rows, weights: Sequence[float]) -> Candidate:  # fmt: skip
    """The weight (from `weights`) and threshold with the best held-out unsafe-F1."""
    options = [(w, *best_threshold(w * cross + (1 - w) * ngram, gold)) for w in weights]
    weight, threshold, _ = max(options, key=lambda option: option[2])
    return Candidate(weight=weight, held_out=score(weight * cross + (1 - weight) * ngram, gold, category,
                                                   threshold))  # fmt: skip


def fit_mixture(pairs: Sequence[DiaSafetyPair], rows: Rows, config: NgramConfig, cache_dir: Path | None
                ) -> tuple[MixtureModel, npt.NDArray[np.float32]]:  # fmt: skip
    """agent.safety_model's mixture fitted on `rows`, and P(unsafe) for every pair (the held-out ones included).

    With `embedding_scale=0` it is the n-gram half only (no second MiniLM pass beside the cross-encoder); with
    the shipped Config it is the reference. All pairs are featurised at once because the sentence-vector cache
    is keyed by the whole list of texts."""
    featuriser = Featuriser(config, cache=cache_dir)
    contexts, responses = [p.context for p in pairs], [p.response for p in pairs]
    featuriser.fit_idf([block[rows] for block in featuriser.counts(contexts, responses)])
    features = featuriser.transform(contexts, responses)
    category, unsafe = labels(pairs)
    gate, experts = fit_weights(features[rows], category[rows], unsafe[rows], config)
    gate_p, expert_p = mixture(features, gate, experts)
    featuriser.cache = None
    return MixtureModel(config, featuriser, gate, experts), (gate_p * expert_p).sum(1)


def unsafe_scores(model: SafetyModel, pairs: Sequence[DiaSafetyPair]) -> npt.NDArray[np.float32]:
    """P(unsafe) of every pair, as an array."""
    scores = model.score_many([p.context for p in pairs], [p.response for p in pairs])
    return np.array([s.unsafe for s in scores], dtype=np.float32)


class ExperimentCard(BaseModel):
    config: TrainConfig
    data: str
    fit_n: int
    held_out_n: int
    cross: Candidate
    cross_and_ngram: Candidate
    shipped_mixture: Candidate  # the shipped classifier's recipe refitted on the same rows, for reference
    valid: dict[str, Scores] | None = None
    train_cpu_seconds: int


def run(
    data: Path, config: TrainConfig, out: Path, cache_dir: Path | None, valid: Path | None
) -> ExperimentCard:
    """Fit on the grouped fit rows of train, choose on the held-out rows, write the model, confirm on valid."""
    torch.set_num_threads(1)
    started = time.process_time()
    pairs = load_pairs(data)
    encoded = encode_pairs(pairs, LAYERS - config.top_layers, cache_dir)
    category, unsafe = labels(pairs)
    fit_rows, held_rows = grouped_split(pairs, config.held_out_share, config.seed)
    net = fit(encoded.subset(fit_rows), category[fit_rows], unsafe[fit_rows], config)
    ngram, ngram_all = fit_mixture(
        pairs, fit_rows, NgramConfig(embedding_scale=0.0, emotion_scale=0.0), cache_dir
    )
    reference_all = fit_mixture(pairs, fit_rows, NgramConfig(), cache_dir)[1]
    cross_p, ngram_p = predict(net, encoded.subset(held_rows)), ngram_all[held_rows]
    gold, held_category = unsafe[held_rows], category[held_rows]
    card = ExperimentCard(
        config=config, fit_n=len(fit_rows), held_out_n=len(held_rows),
        data=f"DiaSafety {data.name} (sha256 {hashlib.sha256(data.read_bytes()).hexdigest()[:16]})",
        cross=choose(cross_p, ngram_p, gold, held_category, [1.0]),
        cross_and_ngram=choose(cross_p, ngram_p, gold, held_category, [0.3, 0.5, 0.7]),
        shipped_mixture=choose(reference_all[held_rows], ngram_p, gold, held_category, [1.0]),
        train_cpu_seconds=round(time.process_time() - started),
    )  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, Any] = pack(net, shared_minilm().model)
    np.savez_compressed(out / WEIGHTS_NAME, **arrays)
    if valid is not None:
        card.valid = confirm(load_pairs(valid), CrossEncoderModel(shared_minilm(), net, 0.5), ngram, card)
    (out / CARD_NAME).write_text(card.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return card


def confirm(pairs: Sequence[DiaSafetyPair], cross: CrossEncoderModel, ngram: MixtureModel,
            card: ExperimentCard) -> dict[str, Scores]:  # fmt: skip
    """Valid, once, with the decision rules fixed on the held-out slice; with and without the critic's rules."""
    from agent.safety_eval import rule_flags

    category, gold = labels(pairs)
    cross_p, ngram_p = unsafe_scores(cross, pairs), unsafe_scores(ngram, pairs)
    rules = np.array(rule_flags(pairs))
    results: dict[str, Scores] = {}
    for name, candidate in (("cross", card.cross), ("cross_and_ngram", card.cross_and_ngram)):
        mixed = candidate.weight * cross_p + (1 - candidate.weight) * ngram_p
        threshold = candidate.held_out.threshold
        results[name] = score(mixed, gold, category, threshold)
        # A rule finding counts as unsafe whatever the model says (probability 1).
        results[f"rules+{name}"] = score(np.where(rules, 1.0, mixed), gold, category, threshold)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    from agent.settings import SHARED_DATA

    parser = argparse.ArgumentParser(description="the DiaSafety cross-encoder experiment (not shipped)")
    parser.add_argument("--data", type=Path, default=SHARED_DATA / "diasafety" / "train.json")
    parser.add_argument("--valid", type=Path, default=None, help="confirm once on this file (val.json)")
    parser.add_argument("--out", type=Path, default=DEFAULT_CACHE / "safety-cross")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="frozen-pass cache directory")
    parser.add_argument("--epochs", type=int, default=TrainConfig().epochs)
    parser.add_argument("--layer-lr", type=float, default=TrainConfig().layer_learning_rate)
    parser.add_argument(
        "--top-layers", type=int, default=TrainConfig().top_layers, help="MiniLM layers to tune"
    )
    args = parser.parse_args(argv)
    config = TrainConfig(epochs=args.epochs, layer_learning_rate=args.layer_lr, top_layers=args.top_layers)
    card = run(args.data, config, args.out, args.cache, args.valid)
    print(card.model_dump_json())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
