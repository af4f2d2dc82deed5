"""Emotion data loading, metrics and the committed head (the data set itself is read only by the eval command)."""

import json
from pathlib import Path

import numpy as np
import pytest

from agent.emotion import (
    EKMAN_MAPPING,
    SHARED_EKMAN_MAPPING,
    decide,
    ekman_matrix,
    ekman_probabilities,
    evaluate,
    f1_per_column,
    label_matrix,
    load_classifier,
    load_tsv,
)
from agent.emotion_train import tune_offsets
from agent.schema import GOEMOTIONS_LABELS


def test_load_tsv(tmp_path: Path) -> None:
    path = tmp_path / "mini.tsv"
    path.write_text("what a day\t17,26\tabc\nnothing much\t27\tdef\n\n", encoding="utf-8")
    examples = load_tsv(path)
    assert [e.labels for e in examples] == [(17, 26), (27,)]
    matrix = label_matrix(examples)
    assert (
        matrix.shape == (2, 28) and matrix[0, 17] == matrix[0, 26] == matrix[1, 27] == 1 and matrix.sum() == 3
    )


@pytest.mark.parametrize("line", ["no tabs here", "text\tseven\tid", "text\t28\tid"])
def test_load_tsv_rejects_malformed_lines(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(f"fine\t1\tx\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:2"):
        load_tsv(path)


def test_f1_per_column_by_hand() -> None:
    gold = np.array([[1, 0], [1, 1], [0, 1], [0, 0]], dtype=np.float32)
    predicted = np.array([[1, 0], [0, 1], [1, 1], [0, 1]], dtype=np.float32)
    # column 0: tp 1, fp 1, fn 1 -> 0.5; column 1: tp 2, fp 1, fn 0 -> 0.8
    assert np.allclose(f1_per_column(gold, predicted), [0.5, 0.8])


def test_decide_always_gives_one_label() -> None:
    scores = np.array([[0.1, 0.3, 0.2], [0.6, 0.7, 0.1]], dtype=np.float32)
    assert decide(scores).tolist() == [[0, 1, 0], [1, 1, 0]]


@pytest.mark.skipif(not SHARED_EKMAN_MAPPING.exists(), reason="needs ../shared/data/goemotions")
def test_the_shipped_ekman_mapping_is_the_official_one() -> None:
    shipped = json.loads(EKMAN_MAPPING.read_text(encoding="utf-8"))
    shipped.pop("source")
    assert shipped == json.loads(SHARED_EKMAN_MAPPING.read_text(encoding="utf-8"))


def test_ekman_mapping_and_metrics() -> None:
    matrix = ekman_matrix()
    assert matrix.shape == (28, 7) and (matrix.sum(1) == 1).all()  # every label maps to exactly one group
    gold = np.zeros((2, 28), dtype=np.float32)
    gold[0, GOEMOTIONS_LABELS.index("anger")] = 1
    gold[1, GOEMOTIONS_LABELS.index("neutral")] = 1
    predicted = np.zeros_like(gold)
    predicted[0, GOEMOTIONS_LABELS.index("annoyance")] = 1  # wrong label, right Ekman group
    predicted[1, GOEMOTIONS_LABELS.index("neutral")] = 1
    metrics = evaluate(gold, predicted)
    assert metrics.per_label_f1["neutral"] == 1.0 and metrics.per_label_f1["anger"] == 0.0
    assert metrics.micro_f1 == 0.5
    assert metrics.ekman_macro_f1 == pytest.approx(2 / 7, abs=1e-4)  # anger and neutral right, 5 absent
    assert metrics.macro_f1_interval is None and metrics.ekman_macro_f1_interval is None


def test_bootstrap_intervals_of_both_macro_f1s() -> None:
    rng = np.random.default_rng(5)
    gold = np.zeros((600, 28), dtype=np.float32)
    gold[np.arange(600), rng.integers(0, 28, 600)] = 1
    wrong = rng.random(600) < 0.4  # 40% of texts get a random label instead of the right one
    predicted = gold.copy()
    predicted[wrong] = 0
    predicted[np.flatnonzero(wrong), rng.integers(0, 28, int(wrong.sum()))] = 1
    metrics = evaluate(gold, predicted, bootstrap=300)
    labels, ekman = metrics.macro_f1_interval, metrics.ekman_macro_f1_interval
    assert labels is not None and ekman is not None
    assert labels.low < metrics.macro_f1 < labels.high and labels.sd > 0
    assert ekman.low < metrics.ekman_macro_f1 < ekman.high
    perfect = evaluate(gold, gold, bootstrap=50).macro_f1_interval
    assert perfect is not None and (perfect.low, perfect.high, perfect.sd) == (1.0, 1.0, 0.0)


def test_tuned_offsets_pick_the_best_threshold() -> None:
    logits = np.array([[-3.0], [-1.0], [0.5], [2.0]], dtype=np.float32)
    gold = np.array([[0], [1], [1], [1]], dtype=np.float32)
    offset = tune_offsets(logits, gold)[0]
    assert -3.0 < offset <= -1.0


def test_ekman_probability_is_noisy_or_of_members() -> None:
    probabilities = np.zeros((1, 28), dtype=np.float32)
    probabilities[0, GOEMOTIONS_LABELS.index("fear")] = 0.5
    probabilities[0, GOEMOTIONS_LABELS.index("nervousness")] = 0.5
    ekman = ekman_probabilities(probabilities)[0]
    assert ekman[2] == pytest.approx(0.75, abs=1e-4) and ekman[0] == pytest.approx(0.0, abs=1e-4)


def test_committed_classifier_scores() -> None:
    classifier = load_classifier()
    scores, vector = classifier.read("Thank you so much, that means a lot to me!")
    assert set(scores) == set(GOEMOTIONS_LABELS) and all(0 < s < 1 for s in scores.values())
    assert max(scores, key=lambda label: scores[label]) == "gratitude"
    assert vector.shape == (384,) and abs(float(np.linalg.norm(vector)) - 1) < 1e-4
    batch = classifier.analyse(["I am terrified of the dark.", "lol that is hilarious"])
    assert batch.scores.shape == (2, 28) and batch.ekman.shape == (2, 7)
    assert batch.ekman[0, 2] > 0.5 and batch.scores[1, GOEMOTIONS_LABELS.index("amusement")] > 0.5
