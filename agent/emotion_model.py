"""The emotion network: the packaged all-MiniLM-L6-v2 with its top layers fine-tuned on GoEmotions.

One pass of the frozen MiniLM gives every hidden state; the same pass yields the shared sentence embedding
(mean of the last layer, normalised), so perception costs one model pass plus the fine-tuned top layers. The
network reads the frozen layers' mean-pooled states (multi-layer features) and the fine-tuned copies of the top
`k` layers, started from the hidden state below them. Only the fine-tuned layers' difference from the packaged
weights is stored (int8 with one scale per row), which keeps the artefact near 3.5 MB.
"""

from __future__ import annotations

import copy
import os
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import torch

from agent.embeddings import model_path

HIDDEN = 384
LAYERS = 6
MAX_TOKENS = 256  # as the sentence-transformers model, so the sentence vector matches shared_embedder()


@dataclass(frozen=True)
class FrozenPass:
    tokens: torch.Tensor  # [B, T, H]: hidden state at the split, the input of the fine-tuned layers
    mask: torch.Tensor  # [B, T]
    pooled: torch.Tensor  # [B, split * H]: mean-pooled frozen hidden states 1..split
    sentence: torch.Tensor  # [B, H]: the normalised sentence embedding (identical to shared_embedder's)


class MiniLM:
    """The packaged model and tokenizer, loaded once per process, run without gradients."""

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from transformers import AutoModel, AutoTokenizer

        self.tokenizer = AutoTokenizer.from_pretrained(str(model_path()))
        self.model = AutoModel.from_pretrained(str(model_path())).eval()

    def run(self, texts: Sequence[str], split: int) -> FrozenPass:
        batch = self.tokenizer(
            list(texts), padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
        )
        with torch.inference_mode():
            states = self.model(**batch, output_hidden_states=True).hidden_states
        mask = batch["attention_mask"].float()
        pooled = [mean_pool(states[i], mask) for i in range(1, split + 1)]
        sentence = torch.nn.functional.normalize(mean_pool(states[LAYERS], mask), dim=-1)
        return FrozenPass(tokens=states[split], mask=mask, pooled=torch.cat(pooled, 1), sentence=sentence)


def mean_pool(states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    return (states * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1.0)


def additive_mask(mask: torch.Tensor) -> torch.Tensor:
    return (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min


_shared: MiniLM | None = None
_lock = threading.Lock()


def shared_minilm() -> MiniLM:
    global _shared
    with _lock:
        if _shared is None:
            _shared = MiniLM()
        return _shared


class EmotionNet(torch.nn.Module):
    """Fine-tuned top layers + a linear head over [frozen pooled states, pooled fine-tuned states]."""

    mean: torch.Tensor  # buffers: standardisation of the frozen pooled features
    scale: torch.Tensor

    def __init__(self, base: Any, top: int, outputs: int = 28, dropout: float = 0.1) -> None:
        super().__init__()
        self.split = LAYERS - top
        self.layers = torch.nn.ModuleList(
            copy.deepcopy(base.encoder.layer[i]) for i in range(self.split, LAYERS)
        )
        self.dropout = torch.nn.Dropout(dropout)
        self.head = torch.nn.Linear((self.split + top) * HIDDEN, outputs)
        self.register_buffer("mean", torch.zeros(self.split * HIDDEN))
        self.register_buffer("scale", torch.ones(self.split * HIDDEN))

    def forward(self, tokens: torch.Tensor, mask: torch.Tensor, pooled: torch.Tensor) -> torch.Tensor:
        features = [(pooled - self.mean) / self.scale, *run_top_layers(self.layers, tokens, mask)[0]]
        logits: torch.Tensor = self.head(self.dropout(torch.cat(features, 1)))
        return logits


def run_top_layers(
    layers: Iterable[torch.nn.Module], tokens: torch.Tensor, mask: torch.Tensor
) -> tuple[list[torch.Tensor], torch.Tensor]:
    """Fine-tuned copies of MiniLM's top layers over the state at the split: each layer's mean-pooled output
    (x4: post-LayerNorm states have unit scale per token, which brings them near standardised features) and the
    last state."""
    extended = additive_mask(mask)
    pooled = []
    state = tokens
    for layer in layers:
        output = layer(state, attention_mask=extended)
        state = output[0] if isinstance(output, tuple) else output
        pooled.append(4.0 * mean_pool(state, mask))
    return pooled, state


# --- compact storage: int8 deltas from the packaged weights -------------------------------------------------


def pack(net: EmotionNet, base: Any) -> dict[str, np.ndarray]:
    return pack_top_layers(net.state_dict(), net.split, base)


def unpack(arrays: dict[str, np.ndarray], base: Any) -> EmotionNet:
    split = int(arrays["split"])
    net = EmotionNet(base, top=LAYERS - split, outputs=int(arrays["head.bias"].shape[0]))
    return load_top_layers(net, arrays, base, split)


def pack_top_layers(state: Mapping[str, torch.Tensor], split: int, base: Any) -> dict[str, np.ndarray]:
    """A network whose `layers.*` are fine-tuned copies of the packaged layers from `split` up, stored as their
    int8 difference from the packaged weights (one scale per row); every other tensor as float32."""
    arrays: dict[str, np.ndarray] = {"split": np.array(split)}
    for name, value in state.items():
        tensor = value.detach().float()
        if name.startswith("layers.") and tensor.ndim == 2:
            delta = (tensor - _base_parameter(base, split, name)).numpy()
            scale = np.abs(delta).max(1, keepdims=True) / 127.0 + 1e-12
            arrays[f"{name}::q"] = np.round(delta / scale).astype(np.int8)
            arrays[f"{name}::scale"] = scale.astype(np.float32)
        else:
            arrays[name] = tensor.numpy().astype(np.float32)
    return arrays


NetT = TypeVar("NetT", bound=torch.nn.Module)


def load_top_layers(net: NetT, arrays: dict[str, np.ndarray], base: Any, split: int) -> NetT:
    """The inverse of pack_top_layers, into a freshly built network of the same shape."""
    state = {}
    for name in net.state_dict():
        if f"{name}::q" in arrays:
            delta = arrays[f"{name}::q"].astype(np.float32) * arrays[f"{name}::scale"]
            state[name] = _base_parameter(base, split, name) + torch.from_numpy(delta)
        else:
            state[name] = torch.from_numpy(arrays[name])
    net.load_state_dict(state)
    return net.eval()


def _base_parameter(base: Any, split: int, name: str) -> torch.Tensor:
    _, index, rest = name.split(".", 2)
    tensor: torch.Tensor = base.encoder.layer[split + int(index)].state_dict()[rest].detach().float()
    return tensor
