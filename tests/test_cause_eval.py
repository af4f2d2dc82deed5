"""RECCON metrics on a tiny self-written dialogue in RECCON's format (never the data set's text)."""

import json
from pathlib import Path

import numpy as np
import pytest

from agent.cause_eval import CauseMetrics, load_reccon, pairs_of, score, squad_f1
from agent.cause_model import FEATURES, CauseModel, PairContext, pair_features

DIALOGUE = {
    "x_1": [
        [
            {"turn": 1, "speaker": "A", "utterance": "I got the job at the bakery !", "emotion": "happiness",
             "expanded emotion cause evidence": [1], "expanded emotion cause span": ["I got the job at the bakery"]},
            {"turn": 2, "speaker": "B", "utterance": "That is wonderful news .", "emotion": "happiness",
             "expanded emotion cause evidence": [1, "b"],
             "expanded emotion cause span": ["I got the job at the bakery"]},
            {"turn": 3, "speaker": "A", "utterance": "Thanks .", "emotion": "neutral"},
        ]
    ]
}  # fmt: skip


@pytest.fixture
def path(tmp_path: Path) -> Path:
    file = tmp_path / "mini.json"
    file.write_text(json.dumps(DIALOGUE), encoding="utf-8")
    return file


def test_pairs_follow_the_fold1_setup(path: Path) -> None:
    pairs = list(pairs_of(load_reccon(path)))
    # targets: turn 1 (candidates 1) and turn 2 (candidates 1, 2); the latent "b" cause is dropped
    assert [(p.target, p.candidate, p.causal) for p in pairs] == [(0, 0, True), (1, 0, True), (1, 1, False)]
    assert pairs[1].gold_spans == ("I got the job at the bakery",) and pairs[2].gold_spans == ()


def test_squad_f1() -> None:
    assert squad_f1("", "") == 1.0 and squad_f1("a cat", "") == 0.0
    assert squad_f1("the job at the bakery", "job at bakery") == 1.0  # articles are ignored
    assert squad_f1("got the job", "got a new job") == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))


def test_score_perfect_and_empty(path: Path) -> None:
    pairs = list(pairs_of(load_reccon(path)))
    perfect = score(pairs, [(True, "I got the job at the bakery"), (True, "I got the job"), (False, "")], "x")
    assert isinstance(perfect, CauseMetrics) and perfect.utterance_macro_f1 == 1.0
    assert perfect.span_f1 == pytest.approx((1 + 0.75 + 1) / 3, abs=1e-4)  # 3 of 5 gold tokens: F1 0.75
    silent = score(pairs, [(False, ""), (False, ""), (False, "")], "x")
    assert silent.utterance_positive_f1 == 0.0 and silent.span_f1 == pytest.approx(1 / 3, abs=1e-4)


def test_pair_model_prefers_weighted_features() -> None:
    vectors = np.eye(3, dtype=np.float32)
    context = PairContext(texts=("a b", "c d", "e f"), speakers=("A", "B", "A"), vectors=vectors,
                          intensities=(0.1, 0.2, 0.3))  # fmt: skip
    assert len(pair_features(context, 2, 0)) == len(FEATURES)
    weights = tuple(1.0 if name == "self" else 0.0 for name in FEATURES)
    model = CauseModel(features=FEATURES, weights=weights, bias=0.0, mean=(0.0,) * len(FEATURES),
                       scale=(1.0,) * len(FEATURES), threshold=0.5, span_mode="utterance")  # fmt: skip
    assert model.best(context, 2, [0, 1, 2])[0] == 2
    assert model.span("  whole thing ") == "whole thing"
