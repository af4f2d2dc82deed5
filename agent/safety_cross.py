"""The DiaSafety cross-encoder behind the offline critic: is this reply unsafe after this user message?

The packaged all-MiniLM-L6-v2 reads the pair as one sequence ("message [SEP] reply", at most 128 tokens), so
its attention sees the reply next to the message it answers. The lower layers stay as packaged; copies of the top
`k` layers are fine-tuned with a head that reads the frozen layers' mean-pooled states, the fine-tuned layers'
mean-pooled states, and the last layer's [CLS] state and reply-only mean. The head predicts the DiaSafety
category (softmax gate) and, per category, whether the reply is unsafe: P(unsafe) = sum_k P(k) P(unsafe | k).

Only the fine-tuned layers' difference from the packaged weights is stored (int8, one scale per row), with the
head in float32: about 3.5 MB, no pickle. Trained by `python -m agent.safety_train` on DiaSafety train.json only.
Not shipped: on a grouped held-out slice of train and on valid it scored below the n-gram + sentence-vector
mixture in agent.safety_model (docs/safety.md has the numbers), so the critic does not load it.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from agent.emotion_model import (
    LAYERS,
    MiniLM,
    additive_mask,
    load_top_layers,
    mean_pool,
    pack_top_layers,
    run_top_layers,
    shared_minilm,
)
from agent.safety_model import CATEGORIES, SafetyScore

WEIGHTS_NAME = "safety_cross.npz"
CARD_NAME = "safety_cross.json"
HIDDEN = 384
MAX_PAIR_TOKENS = 128
_K = len(CATEGORIES)


@dataclass(frozen=True)
class PairBatch:
    """Token ids of (message, reply) pairs; `reply` marks the reply's tokens (its [SEP] included)."""

    ids: torch.Tensor  # [B, T]
    mask: torch.Tensor  # [B, T] float
    reply: torch.Tensor  # [B, T] float


def tokenize_pairs(tokenizer: Any, contexts: Sequence[str], responses: Sequence[str]) -> PairBatch:
    """Truncates the longer side first; token types are dropped (the packaged model only knows segment 0)."""
    batch = tokenizer(
        [c.strip() for c in contexts], [r.strip() for r in responses], padding=True,
        truncation="longest_first", max_length=MAX_PAIR_TOKENS, return_tensors="pt",
    )  # fmt: skip
    mask = batch["attention_mask"].float()
    return PairBatch(ids=batch["input_ids"], mask=mask, reply=batch["token_type_ids"].float() * mask)


class SafetyNet(torch.nn.Module):
    """Fine-tuned top layers over the frozen split state, and the gate + per-category heads."""

    mean: torch.Tensor  # buffers: standardisation of the frozen pooled features
    scale: torch.Tensor

    def __init__(self, base: Any, top: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.split = LAYERS - top
        self.layers = torch.nn.ModuleList(
            copy.deepcopy(base.encoder.layer[i]) for i in range(self.split, LAYERS)
        )
        self.dropout = torch.nn.Dropout(dropout)
        self.head = torch.nn.Linear((self.split + top + 2) * HIDDEN, 2 * _K)
        self.register_buffer("mean", torch.zeros(self.split * HIDDEN))
        self.register_buffer("scale", torch.ones(self.split * HIDDEN))

    def forward(
        self, tokens: torch.Tensor, mask: torch.Tensor, reply: torch.Tensor, pooled: torch.Tensor
    ) -> torch.Tensor:
        """Logits [B, 2K]: the category gate, then P(unsafe | category) per category."""
        layers, state = run_top_layers(self.layers, tokens, mask)
        features = [
            (pooled - self.mean) / self.scale,
            *layers,
            4.0 * mean_pool(state, reply),
            4.0 * state[:, 0],
        ]
        logits: torch.Tensor = self.head(self.dropout(torch.cat(features, 1)))
        return logits


def unsafe_probability(logits: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """P(unsafe) = sum_k P(k) P(unsafe | k), and P(k)."""
    gate = torch.softmax(logits[:, :_K], dim=1)
    return (gate * torch.sigmoid(logits[:, _K:])).sum(1), gate


def gate_expert_loss(logits: torch.Tensor, category: torch.Tensor, unsafe: torch.Tensor) -> torch.Tensor:
    """Gate cross-entropy plus the true category's unsafe head (the others get no signal from this pair)."""
    gate = torch.nn.functional.cross_entropy(logits[:, :_K], category)
    expert = logits[:, _K:].gather(1, category[:, None])[:, 0]
    return gate + torch.nn.functional.binary_cross_entropy_with_logits(expert, unsafe)


def frozen_states(bert: Any, batch: PairBatch, split: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The hidden state at the split and the mean-pooled frozen states of layers 1..split (no gradients).

    Runs only the frozen layers (the packaged copies of the fine-tuned ones are never computed)."""
    extended = additive_mask(batch.mask)
    with torch.inference_mode():
        state = bert.embeddings(input_ids=batch.ids, token_type_ids=torch.zeros_like(batch.ids))
        pooled = []
        for layer in bert.encoder.layer[:split]:
            output = layer(state, attention_mask=extended)
            state = output[0] if isinstance(output, tuple) else output
            pooled.append(mean_pool(state, batch.mask))
    return state, torch.cat(pooled, 1)


# --- compact storage: int8 deltas from the packaged weights -------------------------------------------------


def pack(net: SafetyNet, base: Any) -> dict[str, np.ndarray]:
    return pack_top_layers(net.state_dict(), net.split, base)


def unpack(arrays: dict[str, np.ndarray], base: Any) -> SafetyNet:
    split = int(arrays["split"])
    return load_top_layers(SafetyNet(base, top=LAYERS - split), arrays, base, split)


# --- inference ----------------------------------------------------------------------------------------------


class PairGraph(torch.nn.Module):
    """ids, mask -> logits: the frozen layers, the fine-tuned ones and the head as one traceable graph.

    The reply's tokens are found from the ids (everything after the first [SEP]), so the graph has the same
    two inputs as agent.minilm_inference's and its `freeze` applies."""

    def __init__(self, bert: Any, net: SafetyNet, sep_id: int) -> None:
        super().__init__()
        self.embeddings = bert.embeddings
        self.frozen = torch.nn.ModuleList(bert.encoder.layer[: net.split])
        self.net = net.eval()
        self.sep_id = sep_id

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        weights = mask.float()
        extended = additive_mask(weights)
        sep = (ids == self.sep_id).float()
        reply = ((sep.cumsum(1) - sep) >= 1).float() * weights
        state = self.embeddings(input_ids=ids, token_type_ids=torch.zeros_like(ids))
        pooled = []
        for layer in self.frozen:
            output = layer(state, attention_mask=extended)
            state = output[0] if isinstance(output, tuple) else output
            pooled.append(mean_pool(state, weights))
        logits: torch.Tensor = self.net(state, weights, reply, torch.cat(pooled, 1))
        return logits


class CrossEncoderModel:
    """One MiniLM pass over the pair per draft: the frozen layers, then the fine-tuned ones and the head."""

    def __init__(self, minilm: MiniLM, net: SafetyNet, threshold: float, traced: bool = True) -> None:
        from agent.minilm_inference import freeze

        self.threshold = threshold
        self._tokenizer = minilm.tokenizer
        graph = PairGraph(minilm.model, net, int(minilm.tokenizer.sep_token_id)).eval()
        self._graph = freeze(graph, minilm.tokenizer) if traced else graph
        self._lock = threading.Lock()

    def score_many(self, contexts: Sequence[str], responses: Sequence[str]) -> list[SafetyScore]:
        scores: list[SafetyScore] = []
        for start in range(0, len(contexts), 64):
            scores += self._score_batch(contexts[start : start + 64], responses[start : start + 64])
        return scores

    def _score_batch(self, contexts: Sequence[str], responses: Sequence[str]) -> list[SafetyScore]:
        batch = tokenize_pairs(self._tokenizer, contexts, responses)
        with self._lock, torch.inference_mode():
            unsafe, gate = unsafe_probability(self._graph(batch.ids, batch.mask.long()))
        return [
            SafetyScore(float(u), CATEGORIES[int(k)])
            for u, k in zip(unsafe.tolist(), gate.argmax(1).tolist(), strict=True)
        ]

    def score(self, context: str, response: str) -> SafetyScore:
        return self.score_many([context], [response])[0]


def load_cross_model(directory: Path) -> CrossEncoderModel:
    """A model written by `python -m agent.safety_train --out DIR` (not shipped: see docs/safety.md)."""
    card = json.loads((directory / CARD_NAME).read_text(encoding="utf-8"))
    minilm = shared_minilm()
    with np.load(directory / WEIGHTS_NAME) as stored:
        net = unpack(dict(stored), minilm.model)
    return CrossEncoderModel(minilm, net, float(card["cross"]["held_out"]["threshold"]))
