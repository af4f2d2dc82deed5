"""The fine-tuned MiniLM network: storage round trip and agreement with the shared sentence embedder."""

from pathlib import Path

import numpy as np
import torch

from agent.embeddings import shared_embedder
from agent.emotion_model import EmotionNet, pack, shared_minilm, unpack
from agent.emotion_train import Encoded, TrainConfig, encode_split, fit, predict

TEXTS = [
    "I am so happy for you!",
    "This is awful, I hate it.",
    "What time is the meeting?",
    "I miss him a lot.",
]


def test_sentence_vector_matches_shared_embedder() -> None:
    frozen = shared_minilm().run(TEXTS, split=4)
    expected = shared_embedder().embed_many(TEXTS)
    assert frozen.pooled.shape == (4, 4 * 384)
    assert np.abs(frozen.sentence.numpy() - expected).max() < 1e-4


def test_training_step_and_int8_round_trip(tmp_path: Path) -> None:
    data: Encoded = encode_split(TEXTS, split=4, cache_dir=tmp_path, name="t")
    assert [len(t) for t in data.tokens] == [int(m) for m in shared_minilm().run(TEXTS, 4).mask.sum(1)]
    labels = np.zeros((4, 28), dtype=np.float32)
    labels[[0, 1, 2, 3], [17, 2, 27, 25]] = 1
    net = fit(data, labels, TrainConfig(epochs=2, batch_size=2, warmup_steps=1, cache_dir=tmp_path))
    before = predict(net, data)
    restored = unpack(pack(net, shared_minilm().model), shared_minilm().model)
    assert isinstance(restored, EmotionNet)
    assert np.abs(predict(restored, data) - before).max() < 1e-2  # int8 deltas lose very little
    tuned = net.state_dict()["layers.0.attention.self.query.weight"]
    packaged = shared_minilm().model.state_dict()["encoder.layer.4.attention.self.query.weight"]
    assert torch.count_nonzero(tuned - packaged) > 0
