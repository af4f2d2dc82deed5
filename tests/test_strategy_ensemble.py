"""The selector's ensemble: boosted trees exported to arrays, the blend, the weight chosen on OOF predictions."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from agent.schema import Message, Role
from strategies.catalogue import Strategy
from strategies.debias import DebiasFit
from strategies.ensemble import Ensemble, blend, choose_weight
from strategies.esconv import Dialogue, Utterance
from strategies.features import GROUP_SIZES
from strategies.metrics import K
from strategies.selector import CARD_FILE, MODEL_FILE, TREES_FILE, SelectorCard, load_selector
from strategies.training import Dataset, ModelConfig, build_dataset, field_texts, fit_model, trees_out_of_fold
from strategies.trees import TreeConfig, TreeEnsemble, fit_trees, tree_columns
from tests.test_strategy_selector import toy_card, toy_embed

_WIDTH = sum(GROUP_SIZES.values())
_SMALL = TreeConfig(groups=("position",), iterations=10, min_samples_leaf=5)
_STATE = TreeConfig(groups=("history",), iterations=10, min_samples_leaf=2)


def _toy_matrix(classes: Sequence[int], rows: int = 300) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(len(classes))
    x = rng.normal(size=(rows, _WIDTH)).astype(np.float32)
    y = np.array(classes)[rng.integers(0, len(classes), rows)]
    first = tree_columns(_SMALL.groups)[0]
    y[x[:, first] > 1.0] = classes[0]
    return x, y.astype(np.int64)


@pytest.mark.parametrize("classes", [[0, 3, 5], [2, 6], list(range(K))])
def test_exported_trees_give_sklearns_probabilities(classes: list[int]) -> None:
    x, y = _toy_matrix(classes)
    columns = tree_columns(_SMALL.groups)
    reference = HistGradientBoostingClassifier(
        max_iter=10,
        learning_rate=_SMALL.learning_rate,
        max_leaf_nodes=_SMALL.max_leaf_nodes,
        min_samples_leaf=5,
        l2_regularization=_SMALL.l2,
        class_weight="balanced",
        early_stopping=False,
        random_state=0,
    ).fit(x[:, columns], y)
    expected = np.zeros((len(y), K))
    expected[:, reference.classes_] = reference.predict_proba(x[:, columns])
    ours = np.exp(fit_trees(x, y, _SMALL, seed=0).log_probs(x))
    assert np.allclose(ours, expected, atol=1e-9)  # strategies absent from training get ~0, not a crash


def test_trees_round_trip_through_npz(tmp_path: Path) -> None:
    x, y = _toy_matrix(list(range(K)))
    trees = fit_trees(x, y, _SMALL, seed=0)
    trees.save(tmp_path / "trees.npz")
    assert np.array_equal(TreeEnsemble.load(tmp_path / "trees.npz").log_probs(x), trees.log_probs(x))


def test_trees_learn_an_interaction_of_the_dialogue_state() -> None:
    # Strategy 1 exactly when two state features agree in sign (XOR-like): no single feature separates it.
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2000, _WIDTH)).astype(np.float32)
    a, b = tree_columns(_SMALL.groups)[:2]
    y = (np.sign(x[:, a]) == np.sign(x[:, b])).astype(np.int64)
    trees = fit_trees(x[:1500], y[:1500], _SMALL.model_copy(update={"iterations": 40}), seed=0)
    accuracy = (trees.log_probs(x[1500:]).argmax(axis=1) == y[1500:]).mean()
    assert accuracy > 0.9


def test_blend_weight_zero_is_the_logistic_model_and_rows_stay_distributions() -> None:
    rng = np.random.default_rng(0)
    linear = np.log(rng.dirichlet(np.ones(K), size=5))
    trees = np.log(rng.dirichlet(np.ones(K), size=5))
    assert blend(linear, trees, 0.0) is linear
    assert blend(linear, None, 0.5) is linear
    assert np.allclose(blend(linear, trees, 1.0), trees)
    mixed = blend(linear, trees, 0.5)
    assert np.allclose(np.exp(mixed).sum(axis=1), 1.0)
    assert not np.allclose(mixed, linear) and not np.allclose(mixed, trees)


def _informative(gold: np.ndarray, rng: np.random.Generator, signal: float) -> np.ndarray:
    scores = rng.normal(size=(gold.size, K))
    scores[np.arange(gold.size), gold] += signal
    return scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))


@pytest.mark.parametrize("trees_informative", [True, False])
def test_weight_goes_to_the_family_that_predicts(trees_informative: bool) -> None:
    rng = np.random.default_rng(2)
    gold = rng.integers(0, K, size=1500)
    good, noise = _informative(gold, rng, 2.0), _informative(gold, rng, 0.0)
    linear, trees = (noise, good) if trees_informative else (good, noise)
    last = np.full(gold.size, -1, dtype=np.int64)
    fit = DebiasFit(taus=(0.0,), penalties=(0.0,), steps=(0.2,))
    choice = choose_weight(linear, trees, gold, last, np.zeros(K), fit)
    assert set(choice.values) == {0.0, 0.25, 0.5, 0.75, 1.0}
    assert choice.values[choice.weight] == max(choice.values.values())
    assert choice.weight >= 0.75 if trees_informative else choice.weight <= 0.25


def _toy_dataset() -> Dataset:
    # Question, then Reflection, then Question again...: only the strategy history tells them apart.
    dialogues = []
    for d in range(30):
        utterances: list[Utterance] = []
        for turn in range(6):
            strategy = Strategy.QUESTION if turn % 2 == 0 else Strategy.REFLECTION
            utterances.append(Utterance(speaker=Role.USER, text=f"message {d} {turn}"))
            utterances.append(Utterance(speaker=Role.ASSISTANT, text="reply", strategy=strategy))
        dialogues.append(Dialogue(id=f"toy:{d}", utterances=tuple(utterances)))
    return build_dataset(dialogues, toy_embed)


def test_trees_out_of_fold_predict_held_out_dialogues() -> None:
    data = _toy_dataset()
    oof = trees_out_of_fold(data, _STATE, seed=0, folds=3)
    assert oof.shape == (len(data), K)
    assert (oof.argmax(axis=1) == data.y).mean() > 0.95


def test_selector_with_trees_loads_and_its_live_row_matches_the_batch(tmp_path: Path) -> None:
    data = _toy_dataset()
    config = ModelConfig(hash_features=2**10, group_scales={"position": 0.1})
    trees_config = _STATE
    linear, trees = fit_model(data, config), fit_trees(data.x, data.y, trees_config, seed=0)
    linear.save(tmp_path / MODEL_FILE)
    trees.save(tmp_path / TREES_FILE)
    card = toy_card(config, len(data), trees=trees_config, tree_weight=0.5)
    (tmp_path / CARD_FILE).write_text(card.model_dump_json(), encoding="utf-8")
    selector = load_selector(tmp_path, embed=toy_embed)
    texts = field_texts(data.texts, config)
    batch = Ensemble(linear, trees, 0.5).log_probs(data.x, texts)
    rows = [selector._model.log_probs(data.x[i : i + 1], texts[i : i + 1])[0] for i in range(len(data))]
    assert np.allclose(np.array(rows), batch, atol=1e-5)
    asked = [
        Message(role=Role.USER, text="hello"),
        Message(role=Role.ASSISTANT, text="reply", strategy=Strategy.QUESTION),
        Message(role=Role.USER, text="well"),
    ]
    assert selector.decide(asked).choice is Strategy.REFLECTION


def test_a_card_from_before_the_ensemble_loads_as_the_logistic_model_alone(tmp_path: Path) -> None:
    data = _toy_dataset()
    config = ModelConfig(hash_features=2**10)
    fit_model(data, config).save(tmp_path / MODEL_FILE)
    card = toy_card(config, len(data)).model_dump(exclude={"trees", "tree_weight", "tree_weight_objective"})
    (tmp_path / CARD_FILE).write_text(SelectorCard.model_validate(card).model_dump_json(), encoding="utf-8")
    selector = load_selector(tmp_path, embed=toy_embed)
    assert selector._model.trees is None and selector.card.tree_weight == 0.0


def test_the_ensemble_is_an_opt_in_training_flag() -> None:
    import argparse

    from agent import commands

    parser = argparse.ArgumentParser()
    commands.register(parser.add_subparsers(dest="command"))
    assert parser.parse_args(["train", "strategy", "--trees", "--no-save"]).trees
    assert not parser.parse_args(["train", "strategy"]).trees
