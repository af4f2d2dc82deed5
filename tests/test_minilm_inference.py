"""The traced MiniLM graph gives the same numbers as before: every trained artefact was fitted on them.

tests/golden/minilm_vectors.npz holds sentence vectors computed with sentence-transformers (the embedder's
engine before the traced graph) and emotion probabilities from the training path (transformers' BertModel plus
EmotionNet), for the self-written texts below. Regenerate it with `python -m tests.test_minilm_inference`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from agent.embeddings import Embedder, model_path
from agent.emotion import load_classifier
from agent.emotion_model import shared_minilm
from agent.minilm_inference import EmotionGraph, Runner, SentenceEncoder, SentenceGraph, freeze
from agent.minilm_onnx import OnnxRunner, onnx_runner
from agent.settings import InferenceEngine

GOLDEN = Path(__file__).parent / "golden" / "minilm_vectors.npz"
TOLERANCE = 1e-5
TEXTS = (
    "I had a long and difficult week at work.",
    "",
    "   ok   ",
    "My sister stopped answering my calls and I don't know what I did wrong.",
    "Exams! Grades!! Everything is too much 😩😩",
    "Je suis fatigué, très fatigué, mais ça va aller.",
    "thanks",
    # Longer than the 256-token limit, so truncation is compared as well.
    " ".join(["I keep going over the same worry again and again because nothing changes"] * 30),
)


@pytest.fixture(scope="module")
def golden() -> dict[str, np.ndarray]:
    with np.load(GOLDEN) as data:
        assert tuple(str(t) for t in data["texts"]) == TEXTS
        return {"vectors": data["vectors"], "probabilities": data["probabilities"]}


def test_embedder_vectors_match_sentence_transformers(golden: dict[str, np.ndarray]) -> None:
    batched = Embedder().embed_many(list(TEXTS), batch_size=3)
    one_by_one = np.stack([Embedder().embed(t) for t in TEXTS])
    assert batched.dtype == np.float32 and batched.shape == (len(TEXTS), 384)
    assert np.abs(batched - golden["vectors"]).max() < TOLERANCE
    assert np.abs(one_by_one - golden["vectors"]).max() < TOLERANCE


def test_embedder_with_a_cache_smaller_than_the_batch(golden: dict[str, np.ndarray]) -> None:
    vectors = Embedder(cache_size=2).embed_many(list(TEXTS))
    assert np.abs(vectors - golden["vectors"]).max() < TOLERANCE


def test_emotion_probabilities_match_the_training_path(golden: dict[str, np.ndarray]) -> None:
    probabilities, sentences = load_classifier().probabilities(list(TEXTS))
    assert np.abs(probabilities - golden["probabilities"]).max() < TOLERANCE
    assert np.abs(sentences - golden["vectors"]).max() < TOLERANCE
    single, _ = load_classifier().probabilities([TEXTS[3]])
    assert np.abs(single[0] - golden["probabilities"][3]).max() < TOLERANCE


def test_the_features_perception_computed_are_kept_for_the_crisis_screen() -> None:
    classifier = load_classifier()
    text = "a message read once by perception"
    scores, _ = classifier.read(text)
    kept = classifier.features(text)
    fresh = classifier.analyse([text])
    assert kept.shape == (2304,)
    assert np.abs(kept - fresh.features[0]).max() < TOLERANCE
    assert np.abs(np.array(list(scores.values())) - fresh.scores[0]).max() < TOLERANCE
    other = classifier.features("a message perception never read")  # not kept: computed on demand
    assert other.shape == (2304,) and np.abs(other - kept).max() > 0.01


def test_the_three_engines_agree() -> None:
    minilm = shared_minilm()
    net = load_classifier().net
    onnx = Runner(minilm, EmotionGraph(minilm.model, net), engine=InferenceEngine.ONNX)
    traced = Runner(minilm, EmotionGraph(minilm.model, net), engine=InferenceEngine.TORCH)
    eager = Runner(minilm, EmotionGraph(minilm.model, net), traced=False)
    assert (onnx.engine, traced.engine, eager.engine) == ("onnxruntime", "torch", "torch")
    for texts in (TEXTS[:4], TEXTS[4:5]):
        (a_sentence, a_logits), (b_sentence, b_logits), (c_sentence, c_logits) = (
            runner.run(texts) for runner in (onnx, traced, eager)
        )
        assert torch.allclose(a_sentence, c_sentence, atol=TOLERANCE)
        assert torch.allclose(b_sentence, c_sentence, atol=TOLERANCE)
        assert torch.allclose(a_logits, c_logits, atol=TOLERANCE)
        assert torch.allclose(b_logits, c_logits, atol=TOLERANCE)


def test_the_onnx_graph_is_exported_once_per_weights(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    graph = SentenceGraph(shared_minilm().model)
    first = onnx_runner((graph,), shared_minilm().tokenizer, tmp_path)
    exported = sorted((tmp_path / "onnx").iterdir())
    assert isinstance(first, OnnxRunner) and [p.suffix for p in exported] == [".onnx"]

    def no_second_export(*args: object, **kwargs: object) -> None:
        raise AssertionError("exported again")

    monkeypatch.setattr(torch.onnx, "export", no_second_export)
    again = onnx_runner((SentenceGraph(shared_minilm().model),), shared_minilm().tokenizer, tmp_path)
    assert isinstance(again, OnnxRunner) and sorted((tmp_path / "onnx").iterdir()) == exported
    batch = shared_minilm().tokenizer(["same weights, same file"], return_tensors="pt")
    assert torch.equal(
        first(batch["input_ids"], batch["attention_mask"]), again(batch["input_ids"], batch["attention_mask"])
    )


def test_a_failed_export_falls_back_to_torch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("exporter unavailable")

    monkeypatch.setattr(torch.onnx, "export", broken)
    monkeypatch.setenv("WARMLINE_CACHE_DIR", str(tmp_path))
    runner = Runner(shared_minilm(), SentenceGraph(shared_minilm().model), engine=InferenceEngine.ONNX)
    assert runner.engine == "torch" and not list((tmp_path / "onnx").glob("*"))
    vector = runner.run(["still answers"]).numpy()
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def test_a_failed_trace_falls_back_to_the_eager_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("tracing unavailable")

    monkeypatch.setattr(torch.jit, "trace", broken)
    graph = SentenceGraph(shared_minilm().model)
    assert freeze(graph, shared_minilm().tokenizer) is graph
    vector = SentenceEncoder(shared_minilm()).encode(["fine, thanks"])
    assert vector.shape == (1, 384) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def _write_golden() -> None:
    """Reference numbers from the engines the traced graph replaces (sentence-transformers is a dependency)."""
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(model_path()), device="cpu")
    vectors = np.stack([reference.encode([t], normalize_embeddings=True)[0] for t in TEXTS])
    classifier = load_classifier()
    probabilities = []
    for text in TEXTS:
        frozen = shared_minilm().run([text], classifier.net.split)
        with torch.inference_mode():
            logits = classifier.net(frozen.tokens, frozen.mask, frozen.pooled)
        probabilities.append(torch.sigmoid(logits).numpy()[0])
    np.savez_compressed(GOLDEN, texts=np.array(TEXTS), vectors=vectors, probabilities=np.stack(probabilities))


if __name__ == "__main__":
    _write_golden()
    print(f"wrote {GOLDEN}", file=sys.stderr)
