"""Kang et al. (ACL 2024) strategy metrics: golden vectors, degenerate cases and invariants."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sklearn.metrics import f1_score

from agent.settings import SHARED_DATA
from strategies.catalogue import STRATEGIES, Strategy
from strategies.metrics import K, confusion_matrix, preferences, score, score_indices

VECTORS = SHARED_DATA / "esc-metric-vectors"

# Expected values published with the vectors (../shared/data/esc-metric-vectors/README.md), computed there with
# the authors' own metrics.py.
GOLDEN = {
    "kang2024_results_example_HEAD.json": (
        ("strg_gold", "strg_pred"),
        (1611, 0.244569, 0.218905, 0.224981, 0.766576),
        (0.6322, 0.3102, 1.0206, 0.4792, 2.5360, 1.9146, 0.2188, 0.8884),
    ),
    "kang2024_results_example_54999ba.json": (
        ("strg_gold", "strg_pred"),
        (1611, 0.224084, 0.206700, 0.216410, 0.395533),
        (1.2752, 1.0895, 0.8663, 0.3846, 1.2393, 0.6954, 1.7348, 0.7149),
    ),
    "muffin_transesc_strategy_record.json": (
        ("ref strategy", "hyp strategy"),
        (1763, 0.361883, 0.265313, 0.330302, 0.705952),
        (2.0905, 0.2363, 0.0787, 0.9122, 1.1951, 1.8379, 0.2973, 1.3521),
    ),
}


def _load(path: Path, keys: tuple[str, str]) -> tuple[list[Strategy], list[Strategy]]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return [Strategy.parse(r[keys[0]]) for r in records], [Strategy.parse(r[keys[1]]) for r in records]


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_vectors(name: str) -> None:
    path = VECTORS / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    keys, (n, acc, q, wf1, b), p = GOLDEN[name]
    result = score(*_load(path, keys))
    assert result.n == n
    # The README rounds to 6 decimals, so agreement within 1e-6 is the tightest the file allows.
    assert result.accuracy == pytest.approx(acc, abs=1e-6)
    assert result.macro_f1 == pytest.approx(q, abs=1e-6)
    assert result.weighted_f1 == pytest.approx(wf1, abs=1e-6)
    assert result.bias_B == pytest.approx(b, abs=1e-6)
    assert list(result.preferences.values()) == pytest.approx(p, abs=6e-5)
    assert result.notes == []


def test_perfect_predictions_have_no_bias_and_say_why() -> None:
    labels = list(STRATEGIES) * 3
    result = score(labels, labels)
    assert (result.accuracy, result.macro_f1, result.weighted_f1) == (1.0, 1.0, 1.0)
    assert result.bias_B == 0.0
    assert all(v == 1.0 for v in result.preferences.values())
    assert len(result.notes) == K and all("no error" in note for note in result.notes)


def test_strategy_never_mispredicted_stays_finite() -> None:
    # Question is always right when gold, and also predicted for every other strategy: unbounded preference.
    gold = [*STRATEGIES, Strategy.QUESTION]
    predicted = [Strategy.QUESTION] * len(gold)
    result = score(gold, predicted)
    assert all(math.isfinite(v) for v in result.preferences.values())
    assert max(result.preferences, key=lambda k: result.preferences[k]) == Strategy.QUESTION.value
    assert any("never mispredicted" in note for note in result.notes)
    assert any("never predicted (F1 0)" in note for note in result.notes)
    assert math.isfinite(result.bias_B)


def test_empty_input_gives_zeros_not_nan() -> None:
    result = score([], [])
    assert result.n == 0
    assert (result.accuracy, result.macro_f1, result.weighted_f1, result.bias_B) == (0.0, 0.0, 0.0, 0.0)
    assert "no turns: every score is 0" in result.notes


def test_absent_strategy_is_left_out_of_macro_f1_like_sklearn() -> None:
    gold = [Strategy.QUESTION, Strategy.OTHERS, Strategy.QUESTION]
    predicted = [Strategy.QUESTION, Strategy.QUESTION, Strategy.OTHERS]
    result = score(gold, predicted)
    assert result.macro_f1 == pytest.approx(f1_score([0, 7, 0], [0, 0, 7], average="macro"))
    assert any("absent from gold and predictions" in note for note in result.notes)


def test_mismatched_lengths_are_rejected() -> None:
    with pytest.raises(ValueError):
        score([Strategy.QUESTION], [])


label_arrays = st.integers(min_value=1, max_value=200).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(0, K - 1), min_size=n, max_size=n),
        st.lists(st.integers(0, K - 1), min_size=n, max_size=n),
    )
)


@given(label_arrays)
@settings(max_examples=150, deadline=None)
def test_f1_and_accuracy_match_sklearn(pair: tuple[list[int], list[int]]) -> None:
    gold, predicted = (np.array(a, dtype=np.int64) for a in pair)
    result = score_indices(gold, predicted)
    assert result.macro_f1 == pytest.approx(f1_score(gold, predicted, average="macro", zero_division=0.0))
    assert result.weighted_f1 == pytest.approx(
        f1_score(gold, predicted, average="weighted", zero_division=0.0)
    )
    assert result.accuracy == pytest.approx(float((gold == predicted).mean()))


@given(label_arrays)
@settings(max_examples=150, deadline=None)
def test_preferences_are_finite_non_negative_and_sum_to_eight(pair: tuple[list[int], list[int]]) -> None:
    gold, predicted = (np.array(a, dtype=np.int64) for a in pair)
    result = score_indices(gold, predicted)
    p = np.array(list(result.preferences.values()))
    assert np.all(np.isfinite(p)) and np.all(p >= 0)
    assert p.sum() == pytest.approx(8.0)
    assert result.bias_B == pytest.approx(float(np.std(p)))


@given(label_arrays, st.integers(min_value=2, max_value=4))
@settings(max_examples=100, deadline=None)
def test_scores_do_not_depend_on_scale_or_order(pair: tuple[list[int], list[int]], copies: int) -> None:
    gold, predicted = (np.array(a, dtype=np.int64) for a in pair)
    once = score_indices(gold, predicted)
    # The pseudo-count for an unbounded preference is an absolute count, so only that case depends on scale.
    assume(not any("never mispredicted" in note for note in once.notes))
    order = np.argsort(-gold, kind="stable")
    repeated = score_indices(np.tile(gold[order], copies), np.tile(predicted[order], copies))
    assert repeated.macro_f1 == pytest.approx(once.macro_f1)
    assert repeated.weighted_f1 == pytest.approx(once.weighted_f1)
    assert repeated.bias_B == pytest.approx(once.bias_B, abs=1e-9)


@given(st.lists(st.tuples(st.integers(0, K - 1), st.integers(0, K - 1)), min_size=1, max_size=60))
@settings(max_examples=100, deadline=None)
def test_symmetric_errors_mean_no_preference(errors: list[tuple[int, int]]) -> None:
    # Every confusion in both directions: no strategy is preferred over another, so B = 0.
    gold = np.array([a for a, b in errors] + [b for a, b in errors], dtype=np.int64)
    predicted = np.array([b for a, b in errors] + [a for a, b in errors], dtype=np.int64)
    p, _ = preferences(confusion_matrix(gold, predicted))
    assert np.allclose(p, 1.0)


def test_preferences_that_collapse_fall_back_to_the_share_of_errors() -> None:
    """Found by hypothesis: strategies that only win against strategies that only lose."""
    from strategies.metrics import preferences

    confusion = np.zeros((8, 8), dtype=np.int64)
    for gold, predicted in zip([0, 1, 2, 3], [4, 5, 6, 7], strict=True):
        confusion[gold][predicted] += 1
    p, notes = preferences(confusion)
    assert p.tolist() == [0, 0, 0, 0, 2, 2, 2, 2]
    assert any("collapsed" in note for note in notes)
