"""Experiment (issue #6), not shipped: MiniLM's top four layers fine-tuned to tell crisis messages from ordinary ones.

The semantic layer's neighbours and its linear head read frozen sentence vectors and the emotion network's
features, which were never trained on crisis talk. This network reads the message itself: copies of MiniLM's
layers 3-6 and a linear head, fine-tuned (balanced binary cross-entropy) on the semantic layer's own two training
sets, crisis against none (agent.crisis_semantic_train). Its logit, capped, joins the layer's margin at a fixed
weight, and the layer's thresholds are chosen with it by the usual rule (`warmline train crisis --tuned-reader`).

What it measured (docs/safety.md, fourteenth round): on the held-back fifth of the hand-written messages the layer's
AUC rose from 0.954 to 0.972, and at the same crisis margin the full screen caught 0.887 instead of 0.831 at the
same FPR (0.042); the selection rule then spent the gain on false alarms (0.827 at 0.021 instead of 0.831 at
0.043). On the seven never-read blind files it was a wash (mean crisis recall 0.897 against 0.902, the same summed
FPR), for one more MiniLM-sized pass per message (about 5 ms) and a 6.5 MB artefact, so the shipped layer has none.

Stored as the int8 difference from the packaged layers (agent.emotion_model `pack_top_layers`). Training is
deterministic on one thread (seeded order, seeded initialisation) and skipped when its data and recipe are those
of the artefact already there.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from pydantic import ConfigDict

from agent.crisis_semantic import ENCODER, encoder_sha256
from agent.emotion_model import LAYERS, EmotionNet, load_top_layers, pack_top_layers, shared_minilm
from agent.fine_tune import FineTuning, fine_tune, length_batches

WEIGHT = (
    0.02  # margin units per logit: chosen once on the held-back fifth and the tuning files (docs/safety.md)
)
LOGIT_CAP = 10.0  # as the linear head's: no single reading outvotes the neighbours on its own
Matrix = npt.NDArray[np.float32]


class EncoderTraining(FineTuning):
    model_config = ConfigDict(frozen=True, extra="forbid")

    top_layers: int = 4
    epochs: int = 3
    warmup_steps: int = 100


def train(crisis: Sequence[str], safe: Sequence[str], config: EncoderTraining, cache: Path) -> EmotionNet:
    """The fine-tuned network on crisis (1) against none (0), classes weighted to balance."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # one thread: the same weights on every machine
    try:
        return _train(crisis, safe, config, cache)
    finally:
        torch.set_num_threads(threads)


def _train(crisis: Sequence[str], safe: Sequence[str], config: EncoderTraining, cache: Path) -> EmotionNet:
    from agent.emotion_train import _pad, encode_split

    texts = [*crisis, *safe]
    data = encode_split(texts, LAYERS - config.top_layers, cache, "crisis-encoder")
    target = torch.tensor([1.0] * len(crisis) + [0.0] * len(safe))[:, None]
    balance = torch.tensor([len(safe) / max(1, len(crisis))])
    torch.manual_seed(config.seed)
    net = EmotionNet(shared_minilm().model, top=config.top_layers, outputs=1)
    net.mean.copy_(data.pooled.mean(0))
    net.scale.copy_(data.pooled.std(0) + 1e-6)

    def loss_of(index: npt.NDArray[np.int64]) -> torch.Tensor:
        states, mask = _pad([data.tokens[i] for i in index])
        logits = net(states, mask, data.pooled[index])
        return torch.nn.functional.binary_cross_entropy_with_logits(logits, target[index], pos_weight=balance)

    fine_tune(
        net,
        length_batches([len(t) for t in data.tokens], config.batch_size),
        loss_of,
        config,
        desc="crisis encoder",
    )
    return net.eval()


def save(net: EmotionNet, path: Path = ENCODER) -> None:
    arrays: dict[str, Any] = pack_top_layers(net.state_dict(), net.split, shared_minilm().model)
    np.savez_compressed(path, **arrays)


class CrisisGraph(torch.nn.Module):
    """ids, mask -> the network's logit per message: the packaged layers below the split, then the tuned ones."""

    def __init__(self, bert: Any, net: EmotionNet) -> None:
        super().__init__()
        from agent.minilm_inference import EmotionTrunk, TunedTop

        self.trunk = EmotionTrunk(bert, net)
        self.tuned_top = TunedTop(net)
        self.head = net.head

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        state, frozen = self.trunk(ids, mask)
        logits: torch.Tensor = self.head(self.tuned_top(state, mask, frozen))[:, 0]
        return logits


class CrisisEncoder:
    """The trained network, run by the shared traced or ONNX runner (agent.minilm_inference)."""

    def __init__(self, net: EmotionNet) -> None:
        self.net = net
        self._runner: Any = None
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: Path = ENCODER) -> CrisisEncoder:
        minilm = shared_minilm()
        with np.load(path) as stored:
            arrays = {key: stored[key] for key in stored.files}
        split = int(arrays["split"])
        net = EmotionNet(minilm.model, top=LAYERS - split, outputs=1)
        return cls(load_top_layers(net, arrays, minilm.model, split))

    def logits(self, texts: Sequence[str], batch_size: int = 64) -> Matrix:
        """Capped logits, batched by length as perception batches (less padding)."""
        out = np.zeros(len(texts), dtype=np.float32)
        order = np.argsort([len(t) for t in texts])
        for start in range(0, len(texts), batch_size):
            index = order[start : start + batch_size]
            out[index] = self._graph().run([texts[i] for i in index]).numpy()
        capped: Matrix = np.clip(out, -LOGIT_CAP, LOGIT_CAP)
        return capped

    def _graph(self) -> Any:
        with self._lock:
            if self._runner is None:
                from agent.minilm_inference import Runner

                minilm = shared_minilm()
                self._runner = Runner(minilm, CrisisGraph(minilm.model, self.net))
            return self._runner


def card(
    config: EncoderTraining, crisis: Sequence[str], safe: Sequence[str], seconds: float, path: Path = ENCODER
) -> dict[str, object]:
    return {
        "model": f"all-MiniLM-L6-v2 with layers {LAYERS - config.top_layers + 1}-{LAYERS} fine-tuned + a linear "
        "head (crisis against none, balanced), int8 weight deltas",
        "config": json.loads(config.model_dump_json()),
        "weight": WEIGHT,
        "logit_cap": LOGIT_CAP,
        "crisis_messages": len(crisis),
        "none_messages": len(safe),
        "data_sha256": data_sha256(config, crisis, safe),
        "train_seconds": round(seconds),
        "sha256": encoder_sha256(path),
    }


def data_sha256(config: EncoderTraining, crisis: Sequence[str], safe: Sequence[str]) -> str:
    """What the weights are a function of: the two sets, in order, and the recipe."""
    text = "\n".join(crisis) + "\x00" + "\n".join(safe) + "\x00" + config.model_dump_json()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def timed_train(
    crisis: Sequence[str], safe: Sequence[str], cache: Path, kept: dict[str, Any] | None = None,
    config: EncoderTraining | None = None, path: Path = ENCODER,
) -> tuple[EmotionNet, dict[str, object]]:  # fmt: skip
    """Train and save; the card the semantic layer's card keeps under "encoder". `kept` is that card from the last
    run: when its data, recipe and artefact are the same, training would write the same weights, so they are
    loaded instead (a retrain after a rule change then takes minutes, not a quarter of an hour)."""
    config = config or EncoderTraining()
    if (
        kept
        and kept.get("data_sha256") == data_sha256(config, crisis, safe)
        and kept.get("sha256") == encoder_sha256(path)
    ):
        return CrisisEncoder.load(path).net, kept
    started = time.monotonic()
    net = train(crisis, safe, config, cache)
    save(net, path)
    return net, card(config, crisis, safe, time.monotonic() - started, path)
