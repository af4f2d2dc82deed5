"""The offline perceive stage end to end (loads the packaged embedder and the committed emotion head)."""

import pytest

from agent.perception import OfflinePerceiver, load_perceiver, render_trajectory_png, trend_of
from agent.problems import PROBLEM_TYPES, classify_problem, keyword_problem
from agent.schema import (
    GOEMOTIONS_LABELS,
    Conversation,
    Message,
    Perception,
    PlutchikPair,
    Role,
    Trend,
    UserTurn,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def perceiver() -> OfflinePerceiver:
    return load_perceiver()


def _turn(text: str) -> UserTurn:
    return UserTurn(text=text, raw_chars=len(text))


def _pair(perception: Perception, pair: PlutchikPair) -> float:
    return next(p.value for p in perception.emotion.pairs if p.pair is pair)


def test_first_turn_fills_every_field(perceiver: OfflinePerceiver) -> None:
    result = perceiver.perceive(
        _turn("I'm scared because my exam results come out tomorrow."), Conversation()
    )
    assert set(result.emotion.labels) == set(GOEMOTIONS_LABELS)
    assert len(result.emotion.pairs) == 4
    assert result.trend is Trend.FIRST_TURN
    assert result.trajectory == (result.emotion.intensity_score,)
    assert result.cause is not None and result.cause.utterance_index == 0
    assert "my exam results come out tomorrow" in result.cause.span  # the clause, or the whole message
    assert 0.0 < result.cause.confidence <= 1.0
    assert result.problem == "academic pressure"
    assert result.emotion.dominant == "fear"


def test_outputs_follow_the_input(perceiver: OfflinePerceiver) -> None:
    happy = perceiver.perceive(_turn("This is the best day ever, I'm so happy and grateful!"), Conversation())
    sad = perceiver.perceive(_turn("I miss her so much, I can't stop crying since she died."), Conversation())
    angry = perceiver.perceive(_turn("I am furious, he lied to my face again!"), Conversation())
    assert _pair(happy, PlutchikPair.JOY_SADNESS) > 0.2 > -0.2 > _pair(sad, PlutchikPair.JOY_SADNESS)
    assert _pair(angry, PlutchikPair.FEAR_ANGER) < -0.2
    assert sad.emotion.labels["sadness"] > happy.emotion.labels["sadness"]
    assert {happy.emotion.dominant, sad.emotion.dominant, angry.emotion.dominant} == {
        "joy",
        "sadness",
        "anger",
    }


def test_trajectory_uses_stored_intensities_and_rereads_missing(perceiver: OfflinePerceiver) -> None:
    conversation = Conversation(
        messages=[
            Message(role=Role.USER, text="My girlfriend left me.", intensity=0.9),
            Message(role=Role.ASSISTANT, text="That sounds really hard."),
            Message(role=Role.USER, text="I'm devastated and I feel so alone."),
            Message(role=Role.ASSISTANT, text="I'm here with you."),
        ]
    )
    result = perceiver.perceive(_turn("ok, thanks."), conversation)
    assert len(result.trajectory) == 3 and result.trajectory[0] == 0.9
    assert result.trajectory[1] > 0.3  # re-read from the text, not a default
    assert result.trend is Trend.EASING
    assert result.problem == "breakup with partner"
    assert result.cause is not None and result.cause.utterance_index == 0


@pytest.mark.parametrize(
    ("values", "trend"),
    [
        ((0.5,), Trend.FIRST_TURN),
        ((0.8, 0.7, 0.3), Trend.EASING),
        ((0.2, 0.3, 0.7), Trend.RISING),
        ((0.5, 0.52), Trend.STEADY),
    ],
)
def test_trend(values: tuple[float, ...], trend: Trend) -> None:
    assert trend_of(values) is trend


def test_problem_keywords() -> None:
    assert keyword_problem("my boss laid me off today") == "job crisis"
    assert keyword_problem("the kids at school bully me, even my friends") == "school bullying"
    assert keyword_problem("I keep procrastinating on everything") == "procrastination"
    assert keyword_problem("what a lovely afternoon") is None
    assert classify_problem(["I argued with my dad again", "and I can't sleep"]) == "sleep problems"
    assert classify_problem(["what a lovely afternoon"]) == "other"
    assert len(PROBLEM_TYPES) == 14 and PROBLEM_TYPES[-1] == "other"


def test_trajectory_png(perceiver: OfflinePerceiver) -> None:
    perception = perceiver.perceive(_turn("I feel a little better today."), Conversation())
    for source in ([0.2, 0.6, 0.4], [perception, perception], perception, []):
        png = render_trajectory_png(source)
        assert png.startswith(PNG_MAGIC) and len(png) > 1000


def test_benchmark_turns_are_distinct_texts() -> None:
    from bench.perception import messages

    texts = messages(120)
    assert len(set(texts)) == 120  # each timed turn must run the model, not hit a cache


def test_trained_and_heuristic_cause_paths(perceiver: OfflinePerceiver) -> None:
    conversation = Conversation(
        messages=[
            Message(role=Role.USER, text="My dog died yesterday after fourteen years.", intensity=0.8),
            Message(role=Role.ASSISTANT, text="I'm so sorry. Fourteen years is a lifetime together."),
        ]
    )
    turn = _turn("I feel awful.")
    heuristic = OfflinePerceiver(perceiver.classifier, cause_model=None)
    for candidate in (perceiver, heuristic):
        cause = candidate.perceive(turn, conversation).cause
        assert cause is not None and cause.utterance_index == 0 and "dog died" in cause.span
    assert perceiver.cause_model is not None  # the committed artefact is loaded by load_perceiver()
