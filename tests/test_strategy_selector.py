"""The selector: model round trip, debiasing, and the committed artefact behind the Selector protocol."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agent.embeddings import DIMENSIONS
from agent.schema import Conversation, Message, Role, StrategyDecision, UserTurn
from agent.stages import Selector, TurnContext
from strategies.catalogue import STRATEGIES, Strategy
from strategies.debias import DebiasFit, DebiasParams
from strategies.esconv import Dialogue, Utterance
from strategies.metrics import K
from strategies.replay import placeholder_perception, replay_context
from strategies.selector import (
    ARTIFACT_DIR,
    CARD_FILE,
    MODEL_FILE,
    DebiasedSelector,
    SelectorCard,
    load_selector,
)
from strategies.training import ModelConfig, build_dataset, fit_model, predict


def toy_embed(texts: Sequence[str]) -> np.ndarray:
    """Deterministic stand-in sentence vectors (a seed per text), so no model loads in these tests."""
    rows = [np.random.default_rng(sum(map(ord, t))).normal(size=DIMENSIONS) for t in texts]
    return np.array(rows, dtype=np.float32).reshape(len(texts), DIMENSIONS)


def _synthetic_dialogues(n: int) -> list[Dialogue]:
    # A toy world: "?" from the user -> Information; "thanks" -> Others; otherwise Question, then Reflection.
    rng = np.random.default_rng(0)
    dialogues = []
    for d in range(n):
        utterances: list[Utterance] = []
        for _ in range(6):
            kind = int(rng.integers(3))
            text = ["how do I cope?", "thanks so much", "I feel stuck at work"][kind]
            utterances.append(Utterance(speaker=Role.USER, text=text))
            previous = utterances[-2].strategy if len(utterances) > 1 else None
            strategy = [Strategy.INFORMATION, Strategy.OTHERS, Strategy.QUESTION][kind]
            if strategy is Strategy.QUESTION and previous is Strategy.QUESTION:
                strategy = Strategy.REFLECTION
            utterances.append(
                Utterance(speaker=Role.ASSISTANT, text=f"reply {strategy.short}", strategy=strategy)
            )
        dialogues.append(Dialogue(id=f"toy:{d}", utterances=tuple(utterances)))
    return dialogues


def toy_card(config: ModelConfig, train_turns: int, **fields: Any) -> SelectorCard:
    """A selector card for a model trained in a test (no folds or scores worth recording)."""
    return SelectorCard(
        version="test", seed=0, train_data="synthetic", train_turns=train_turns, config=config,
        debias=DebiasParams(), folds=2, oof_scores={}, valid_scores={}, **fields,
    )  # fmt: skip


@pytest.fixture(scope="module")
def toy_selector(tmp_path_factory: pytest.TempPathFactory) -> DebiasedSelector:
    data = build_dataset(_synthetic_dialogues(40), toy_embed)
    config = ModelConfig(
        hash_features=2**10,
        text_fields=("user_words", "supporter_words", "user_chars"),
        group_scales={"history": 0.1, "position": 0.1, "user": 0.01},
    )
    model = fit_model(data, config)
    directory = tmp_path_factory.mktemp("artefact")
    model.save(directory / MODEL_FILE)
    (directory / CARD_FILE).write_text(toy_card(config, len(data)).model_dump_json(), encoding="utf-8")
    reloaded = load_selector(directory, embed=toy_embed)
    assert np.allclose(predict(reloaded._model, data, config), predict(model, data, config), atol=1e-5)
    return reloaded


def _context(history: list[Message], text: str) -> TurnContext:
    return TurnContext(
        conversation=Conversation(messages=history),
        turn=UserTurn(text=text, raw_chars=len(text)),
        perception=placeholder_perception(),
    )


def test_toy_selector_learns_the_toy_world(toy_selector: DebiasedSelector) -> None:
    assert toy_selector.select(_context([], "how do I cope?"), []).choice is Strategy.INFORMATION
    assert toy_selector.select(_context([], "thanks so much"), []).choice is Strategy.OTHERS
    asked = [
        Message(role=Role.USER, text="I feel stuck at work"),
        Message(role=Role.ASSISTANT, text="reply QU", strategy=Strategy.QUESTION),
    ]
    assert toy_selector.select(_context(asked, "I feel stuck at work"), []).choice is Strategy.REFLECTION


def test_decision_is_complete_and_explained(toy_selector: DebiasedSelector) -> None:
    selector: Selector = toy_selector
    decision = selector.select(_context([], "how do I cope?"), [])
    assert isinstance(decision, StrategyDecision)
    assert set(decision.raw) == set(STRATEGIES) == set(decision.debiased)
    assert sum(decision.raw.values()) == pytest.approx(1.0, abs=1e-3)
    assert sum(decision.debiased.values()) == pytest.approx(1.0, abs=1e-3)
    assert decision.choice is max(decision.debiased, key=lambda s: decision.debiased[s])
    assert decision.reasons and decision.model == "debiased-strategy-selector@test"


def test_replayed_consecutive_supporter_turn_is_read_without_a_new_user_message(
    toy_selector: DebiasedSelector,
) -> None:
    history = [
        Message(role=Role.USER, text="thanks so much"),
        Message(role=Role.ASSISTANT, text="reply OT", strategy=Strategy.OTHERS),
    ]
    context = replay_context(history)
    assert context.turn.text == ""
    assert toy_selector.select(context, []).choice in STRATEGIES


def test_debiasing_offsets_and_repetition_penalty_move_the_choice() -> None:
    log_probs = np.log(np.full((2, K), 1.0 / K))
    log_probs[:, 0] += 0.5
    last = np.array([0, -1], dtype=np.int64)
    assert (DebiasParams().apply(log_probs, last).argmax(axis=1) == 0).all()
    penalised = DebiasParams(repeat_penalty=1.0).apply(log_probs, last).argmax(axis=1)
    assert penalised[0] != 0 and penalised[1] == 0  # only the row whose last strategy was 0 is penalised
    shifted = DebiasParams(offsets=(0.0, 1.0, 0, 0, 0, 0, 0, 0)).apply(log_probs, last).argmax(axis=1)
    assert (shifted == 1).all()


def test_debias_fit_removes_a_planted_bias() -> None:
    # The "model" prefers strategy 0 by +1 everywhere; the fit should learn to take that back.
    rng = np.random.default_rng(1)
    gold = rng.integers(0, K, size=800)
    log_probs = rng.normal(size=(800, K)) * 0.5
    log_probs[np.arange(800), gold] += 1.0
    log_probs[:, 0] += 1.0
    last = np.full(800, -1, dtype=np.int64)
    params = DebiasFit(taus=(0.0,), penalties=(0.0,)).fit(log_probs, gold, last, np.zeros(K))
    before = (log_probs.argmax(axis=1) == gold).mean()
    after = (params.apply(log_probs, last).argmax(axis=1) == gold).mean()
    assert params.offsets[0] < -0.5
    assert after > before


def test_committed_artefact_is_small_and_loads() -> None:
    path = ARTIFACT_DIR / MODEL_FILE
    if not path.exists():
        pytest.skip("no committed artefact yet (run `warmline train strategy`)")
    assert path.stat().st_size < 5 * 1024 * 1024
    card = SelectorCard.model_validate_json((ARTIFACT_DIR / CARD_FILE).read_text(encoding="utf-8"))
    selector = load_selector(embed=toy_embed)
    decision = selector.select(_context([], "I have been feeling low since I lost my job"), [])
    assert decision.model == f"{card.name}@{card.version}"
    assert decision.choice in STRATEGIES


def test_artefact_note_exists_beside_the_artefact() -> None:
    if not (ARTIFACT_DIR / MODEL_FILE).exists():
        pytest.skip("no committed artefact yet")
    note = (ARTIFACT_DIR / "README.md").read_text(encoding="utf-8")
    assert "seed" in note and "valid" in note
    assert Path(ARTIFACT_DIR / CARD_FILE).exists()


class _FakeEmbedder:
    def embed_many(self, texts: Sequence[str]) -> np.ndarray:
        return toy_embed(texts)


def test_eval_replays_every_turn_and_reports(
    toy_selector: DebiasedSelector, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from strategies import evaluate

    monkeypatch.setattr(evaluate, "shared_embedder", _FakeEmbedder)
    lines = []
    for dialogue in _synthetic_dialogues(5):
        turns = [
            {"speaker": "sys" if u.speaker is Role.ASSISTANT else "usr", "text": u.text}
            | ({"strategy": u.strategy.value} if u.strategy else {})
            for u in dialogue.utterances
        ]
        lines.append(json.dumps({"dialog": turns}))
    path = tmp_path / "toy.json"
    path.write_text("\n".join(lines), encoding="utf-8")
    replay = evaluate.replay_file(path, toy_selector, progress=False)
    scores = replay.scores()
    assert scores == evaluate.evaluate_file(path, toy_selector, progress=False)
    assert scores.n == 30
    assert replay.dialogue == sorted(replay.dialogue) and set(replay.dialogue) == set(range(5))
    intervals = replay.intervals(100)
    assert intervals.dialogues == 5
    assert intervals.macro_f1.low <= scores.macro_f1 <= intervals.macro_f1.high
    assert scores.accuracy > 0.9
    written = evaluate.write_report(scores, tmp_path / "report")
    assert [p.name for p in written] == ["confusion.png", "preferences.png"]
    assert all(p.stat().st_size > 1000 for p in written)


def test_commands_are_registered() -> None:
    import argparse

    from agent import commands

    parser = argparse.ArgumentParser()
    commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["eval", "strategy", "--data", "x.json", "--report", "out"])
    assert args.data == Path("x.json") and args.report == Path("out") and args.bootstrap == 0
    assert parser.parse_args(["eval", "strategy", "--data", "x.json", "--bootstrap", "200"]).bootstrap == 200
    assert parser.parse_args(["train", "strategy", "--ablation"]).ablation
    assert parser.parse_args(["bench", "strategy", "--json"]).json


def test_live_one_row_path_matches_the_batch_path(toy_selector: DebiasedSelector) -> None:
    data = build_dataset(_synthetic_dialogues(3), toy_embed)
    config = toy_selector.card.config
    batch = predict(toy_selector._model, data, config)
    from strategies.training import field_texts

    texts = field_texts(data.texts, config)
    rows = [toy_selector._model.log_probs(data.x[i : i + 1], texts[i : i + 1])[0] for i in range(len(data))]
    assert np.allclose(np.array(rows), batch, atol=1e-5)


def test_training_is_deterministic() -> None:
    data = build_dataset(_synthetic_dialogues(12), toy_embed)
    config = ModelConfig(hash_features=2**10)
    first, second = fit_model(data, config), fit_model(data, config)
    assert np.array_equal(first.weight, second.weight) and np.array_equal(first.bias, second.bias)


class _FakeBenchEmbedder(_FakeEmbedder):
    def embed(self, text: str) -> np.ndarray:
        return toy_embed([text])[0]


def test_bench_times_every_decision_in_wall_and_cpu_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from strategies import benchmark

    if not (ARTIFACT_DIR / MODEL_FILE).exists():
        pytest.skip("no committed artefact yet")
    monkeypatch.setattr(benchmark, "shared_embedder", _FakeBenchEmbedder)
    monkeypatch.setattr(benchmark, "load_selector", lambda: load_selector(embed=toy_embed))
    path = tmp_path / "toy.json"
    turns = [
        {"speaker": "usr", "text": "I lost my job"},
        {"speaker": "sys", "text": "why?", "strategy": "Question"},
    ]
    path.write_text("\n".join(json.dumps({"dialog": turns * (i + 1)}) for i in range(8)), encoding="utf-8")
    result = benchmark.run(decisions=30, path=path)
    assert result.decisions == 30  # 1 + 2 + ... + 8 = 36 labelled turns, capped at 30
    assert 0 < result.cpu_p50_ms <= result.cpu_p95_ms < 5.0  # the per-decision budget, in CPU time
    assert result.p50_ms <= result.p95_ms <= result.max_ms
