"""The packaged MiniLM as a lean, traced inference graph: the runtime path of the embedder and the emotion model.

transformers' BertModel spends about a fifth of a short sentence's time in Python (config look-ups, mask
helpers, module hooks), and sentence-transformers adds its own layer on top. The same arithmetic written with
torch's functional ops (one fused query/key/value projection, the same erf GELU and LayerNorm epsilon), traced
and frozen so oneDNN can fuse it, costs about 35% less CPU per message. Vectors and emotion probabilities stay
within 1e-6 of the transformers path (tests/test_minilm_inference.py), so every artefact fitted on them still
applies. Training keeps the transformers modules (agent.emotion_model): this module only reads their weights.
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
import torch.nn.functional as F

from agent.emotion_model import MAX_TOKENS, EmotionNet, MiniLM, shared_minilm
from agent.minilm_onnx import OnnxRunner, SplitRunner, onnx_runner
from agent.settings import InferenceEngine, Settings

Matrix = npt.NDArray[np.float32]
log = logging.getLogger(__name__)


class _Embeddings(torch.nn.Module):
    """Word + token type (always segment 0 here) + position embeddings, then LayerNorm, as BertEmbeddings."""

    def __init__(self, embeddings: Any) -> None:
        super().__init__()
        self.words = embeddings.word_embeddings
        self.positions = embeddings.position_embeddings
        self.register_buffer("segment", embeddings.token_type_embeddings.weight[0].detach().clone())
        self.norm = embeddings.LayerNorm

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        positions = self.positions.weight[: ids.shape[1]]
        # The same order of additions as transformers, so the rounding is the same too.
        return self.norm(self.words(ids) + self.segment + positions)


class _Layer(torch.nn.Module):
    """One BertLayer (post-LayerNorm attention block and feed-forward block) with the same weights."""

    def __init__(self, layer: Any) -> None:
        super().__init__()
        attention = layer.attention.self
        self.heads = int(attention.num_attention_heads)
        parts = (attention.query, attention.key, attention.value)
        self.qkv = torch.nn.Linear(parts[0].in_features, 3 * parts[0].out_features)
        with torch.no_grad():
            self.qkv.weight.copy_(torch.cat([p.weight for p in parts]))
            self.qkv.bias.copy_(torch.cat([p.bias for p in parts]))
        self.attention_out = layer.attention.output.dense
        self.attention_norm = layer.attention.output.LayerNorm
        self.intermediate = layer.intermediate.dense
        self.out = layer.output.dense
        self.out_norm = layer.output.LayerNorm

    def forward(self, x: torch.Tensor, additive_mask: torch.Tensor) -> torch.Tensor:
        batch, tokens, hidden = x.shape
        qkv = self.qkv(x).view(batch, tokens, 3, self.heads, hidden // self.heads).permute(2, 0, 3, 1, 4)
        context = F.scaled_dot_product_attention(qkv[0], qkv[1], qkv[2], attn_mask=additive_mask)
        context = context.transpose(1, 2).reshape(batch, tokens, hidden)
        x = self.attention_norm(self.attention_out(context) + x)
        return self.out_norm(self.out(F.gelu(self.intermediate(x))) + x)


class _Encoder(torch.nn.Module):
    def __init__(self, bert: Any) -> None:
        super().__init__()
        self.embeddings = _Embeddings(bert.embeddings)
        self.layers = torch.nn.ModuleList(_Layer(layer) for layer in bert.encoder.layer)

    def forward(self, ids: torch.Tensor, additive_mask: torch.Tensor) -> list[torch.Tensor]:
        """The hidden state after each layer (transformers' hidden_states[1:])."""
        state = self.embeddings(ids)
        states = []
        for layer in self.layers:
            state = layer(state, additive_mask)
            states.append(state)
        return states


def _mean_pool(states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    return (states * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1.0)


def _additive(mask: torch.Tensor) -> torch.Tensor:
    return (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min


class SentenceGraph(torch.nn.Module):
    """ids, mask -> the normalised mean-pooled last layer: all-MiniLM-L6-v2's sentence embedding."""

    def __init__(self, bert: Any) -> None:
        super().__init__()
        self.encoder = _Encoder(bert)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        weights = mask.float()
        last = self.encoder(ids, _additive(weights))[-1]
        return F.normalize(_mean_pool(last, weights), dim=-1)


class EmotionTrunk(torch.nn.Module):
    """ids, mask -> (hidden state at the split, standardised mean-pooled states of the frozen layers below it)."""

    mean: torch.Tensor  # buffers: the standardisation of the frozen pooled features
    scale: torch.Tensor

    def __init__(self, bert: Any, net: EmotionNet) -> None:
        super().__init__()
        self.embeddings = _Embeddings(bert.embeddings)
        self.layers = torch.nn.ModuleList(_Layer(layer) for layer in bert.encoder.layer[: net.split])
        self.register_buffer("mean", net.mean.detach().clone())
        self.register_buffer("scale", net.scale.detach().clone())

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        weights = mask.float()
        additive = _additive(weights)
        state = self.embeddings(ids)
        pooled = []
        for layer in self.layers:
            state = layer(state, additive)
            pooled.append(_mean_pool(state, weights))
        return state, (torch.cat(pooled, 1) - self.mean) / self.scale


class FrozenTop(torch.nn.Module):
    """state at the split, mask -> the sentence embedding (the packaged layers above the split)."""

    def __init__(self, bert: Any, split: int) -> None:
        super().__init__()
        self.layers = torch.nn.ModuleList(_Layer(layer) for layer in bert.encoder.layer[split:])

    def forward(self, state: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        weights = mask.float()
        additive = _additive(weights)
        for layer in self.layers:
            state = layer(state, additive)
        return F.normalize(_mean_pool(state, weights), dim=-1)


class TunedTop(torch.nn.Module):
    """state at the split, mask, frozen features -> the emotion network's features, its head's input (the
    fine-tuned copies of those layers). The heads run outside the graph (agent.emotion): the emotion head and the
    crisis screen's head (agent.crisis_semantic) read the same features, so the second costs one dot product."""

    def __init__(self, net: EmotionNet) -> None:
        super().__init__()
        self.layers = torch.nn.ModuleList(_Layer(layer) for layer in net.layers)

    def forward(self, state: torch.Tensor, mask: torch.Tensor, frozen: torch.Tensor) -> torch.Tensor:
        weights = mask.float()
        additive = _additive(weights)
        features = [frozen]
        for layer in self.layers:
            state = layer(state, additive)
            features.append(4.0 * _mean_pool(state, weights))
        return torch.cat(features, 1)


class EmotionGraph(torch.nn.Module):
    """ids, mask -> (sentence embedding, emotion features): one pass of the frozen layers below the split feeds
    both, as in agent.emotion_model (MiniLM.run followed by EmotionNet.forward). Above the split the two
    branches are independent: in the traced graph the fine-tuned one runs on torch's inter-op thread beside the
    frozen one (same arithmetic, so the same numbers; ONNX Runtime runs the parts the same way, agent.minilm_onnx)."""

    def __init__(self, bert: Any, net: EmotionNet) -> None:
        super().__init__()
        self.trunk = EmotionTrunk(bert, net)
        self.frozen_top = FrozenTop(bert, net.split)
        self.tuned_top = TunedTop(net)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        state, frozen = self.trunk(ids, mask)
        features = torch.jit.fork(self.tuned_top, state, mask, frozen)
        return self.frozen_top(state, mask), torch.jit.wait(features)


def freeze(graph: torch.nn.Module, tokenizer: Any) -> torch.nn.Module:
    """Traces on a padded two-text batch (batch size and length stay symbolic) and freezes the weights in as
    constants. torch.jit is deprecated upstream (torch is pinned here); should it fail or be gone, the eager
    graph runs instead: the same numerics at about 20% more CPU."""
    example = tokenizer(["a short one", "and a longer example text"], padding=True, return_tensors="pt")
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"torch\.jit")
            warnings.filterwarnings("ignore", category=torch.jit.TracerWarning)
            traced = torch.jit.trace(graph.eval(), (example["input_ids"], example["attention_mask"]))
            frozen: torch.nn.Module = torch.jit.optimize_for_inference(torch.jit.freeze(traced.eval()))
            return frozen
    except Exception as error:  # any tracing failure leaves the eager graph, which computes the same
        log.warning("MiniLM graph not traced (%s: %s); running it eagerly", type(error).__name__, error)
        return graph.eval()


def _compiled(graph: torch.nn.Module, tokenizer: Any, engine: InferenceEngine | None) -> Any:
    settings = Settings()
    if (engine or settings.inference_engine) is InferenceEngine.ONNX:
        parts = (
            (graph.trunk, graph.frozen_top, graph.tuned_top) if isinstance(graph, EmotionGraph) else (graph,)
        )
        runner = onnx_runner(parts, tokenizer, settings.cache_dir, settings.idle_threads)
        if runner is not None:
            return runner
    return freeze(graph, tokenizer)


class Runner:
    """Tokenises like sentence-transformers (stripped text, truncation at 256 tokens) and runs the graph: under
    ONNX Runtime by default (agent.minilm_onnx), else traced and frozen, or eagerly (traced=False)."""

    def __init__(
        self,
        minilm: MiniLM,
        graph: torch.nn.Module,
        traced: bool = True,
        engine: InferenceEngine | None = None,
    ) -> None:
        self._tokenizer = minilm.tokenizer
        self._graph = _compiled(graph, minilm.tokenizer, engine) if traced else graph.eval()
        self.engine = "onnxruntime" if isinstance(self._graph, OnnxRunner | SplitRunner) else "torch"

    def run(self, texts: Sequence[str]) -> Any:
        batch = self._tokenizer(
            [t.strip() for t in texts], padding=True, truncation=True, max_length=MAX_TOKENS,
            return_tensors="pt",
        )  # fmt: skip
        with torch.inference_mode():
            return self._graph(batch["input_ids"], batch["attention_mask"])


class SentenceEncoder:
    """Normalised sentence vectors for a batch of texts (the embedder's model call)."""

    def __init__(self, minilm: MiniLM) -> None:
        self._runner = Runner(minilm, SentenceGraph(minilm.model))

    def encode(self, texts: Sequence[str]) -> Matrix:
        vectors: Matrix = self._runner.run(texts).numpy()
        return vectors


_shared: SentenceEncoder | None = None
_lock = threading.Lock()


def shared_encoder() -> SentenceEncoder:
    global _shared
    with _lock:
        if _shared is None:
            _shared = SentenceEncoder(shared_minilm())
        return _shared
