"""The crisis screen's tuned reader (agent.crisis_encoder): how its logit joins the semantic layer's margin, that
its training is deterministic and skipped when nothing it depends on changed, and that the layer only uses the
reader its thresholds were chosen with."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from agent.crisis_encoder import CrisisEncoder, EncoderTraining, data_sha256, timed_train
from agent.crisis_semantic import (
    CARD,
    ENCODER,
    Margins,
    SemanticDetector,
    encoder_sha256,
    forget_loaded,
    load_detector,
    quantise,
)

# Written for these tests: a tiny training set, enough to run the recipe end to end in seconds.
CRISIS = (
    "tonight I end it, the pills are counted",
    "i wrote the notes and i am ready to go",
    "i want to be dead",
)
SAFE = ("the pasta needs more salt", "my exam is on friday morning", "we walked the dog by the river")
TINY = EncoderTraining(top_layers=1, epochs=1, batch_size=2, warmup_steps=1)


class _FixedReader:
    """Stands in for CrisisEncoder: the same logit for every text."""

    def __init__(self, logit: float) -> None:
        self.logit = logit

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        return np.full(len(texts), self.logit, dtype=np.float32)


def test_the_readers_logit_joins_the_margin_at_its_weight() -> None:
    vectors = quantise(np.eye(4, dtype=np.float32))
    plain = SemanticDetector(vectors[:1], vectors[1:2], Margins(0.1, 0.05))
    tuned = SemanticDetector(
        vectors[:1],
        vectors[1:2],
        Margins(0.1, 0.05),
        encoder=_FixedReader(3.0),
        encoder_weight=0.02,
    )
    rows = np.eye(4, dtype=np.float32)[:2]
    encoded = tuned.encode(["a", "b"])
    assert plain.encode(["a", "b"]) is None
    assert encoded is not None
    shifted, base = tuned.margins(rows, None, encoded), plain.margins(rows)
    assert np.allclose(shifted, base + 0.06, atol=1e-6)
    assert np.allclose(tuned.margins(rows), base)  # no logits given: the neighbours alone


def test_training_is_deterministic_and_skipped_when_nothing_changed(tmp_path: Path) -> None:
    first, card = timed_train(CRISIS, SAFE, tmp_path / "cache", None, TINY, tmp_path / "a.npz")
    _, again = timed_train(CRISIS, SAFE, tmp_path / "cache", None, TINY, tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert card["sha256"] == again["sha256"] == encoder_sha256(tmp_path / "a.npz")
    assert card["data_sha256"] == data_sha256(TINY, CRISIS, SAFE)
    # the same data, recipe and weights: loaded, not trained (the card is the one kept)
    _, kept = timed_train(CRISIS, SAFE, tmp_path / "cache", card, TINY, tmp_path / "a.npz")
    assert kept is card
    # a changed set trains anew
    _, changed = timed_train(
        CRISIS, (*SAFE, "a quiet sunday"), tmp_path / "cache", card, TINY, tmp_path / "c.npz"
    )
    assert changed["data_sha256"] != card["data_sha256"]
    # the stored network reads as the trained one (int8 deltas, traced or ONNX runner)
    stored = CrisisEncoder.load(tmp_path / "a.npz").logits([*CRISIS, *SAFE])
    live = CrisisEncoder(first).logits([*CRISIS, *SAFE])
    assert np.allclose(stored, live, atol=0.05)


def test_the_layer_uses_only_the_reader_its_thresholds_were_chosen_with(tmp_path: Path) -> None:
    timed_train(CRISIS, SAFE, tmp_path / "cache", None, TINY, tmp_path / ENCODER.name)
    vectors = quantise(np.eye(4, dtype=np.float32))
    path, card = tmp_path / "layer.npz", tmp_path / "layer.json"
    np.savez(path, crisis=vectors[:1], safe=vectors[1:2])
    about = {"weight": 0.02, "sha256": "another reader"}
    card.write_text(
        json.dumps({"crisis_margin": 0.1, "concern_margin": 0.05, "encoder": about}), encoding="utf-8"
    )
    assert load_detector(path, card).encoder is None  # type: ignore[union-attr]
    forget_loaded()
    about["sha256"] = encoder_sha256(tmp_path / ENCODER.name)
    card.write_text(
        json.dumps({"crisis_margin": 0.1, "concern_margin": 0.05, "encoder": about}), encoding="utf-8"
    )
    detector = load_detector(path, card)
    forget_loaded()
    assert detector is not None and detector.encoder is not None and detector.encoder_weight == 0.02
    assert detector.encode(["a quiet sunday"]) is not None


def test_the_shipped_layer_has_no_tuned_reader() -> None:
    """The experiment was a wash on the never-read blind files (docs/safety.md): the shipped card names none."""
    if CARD.exists():
        assert "encoder" not in json.loads(CARD.read_text(encoding="utf-8"))
    assert not ENCODER.exists()
