"""ESConv samples, the replayed contexts and the dialogue features (synthetic dialogues, no dataset text)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.embeddings import DIMENSIONS
from agent.schema import Message, Role
from strategies.catalogue import STRATEGIES, Strategy
from strategies.esconv import load_dialogues, load_samples, samples, split_path
from strategies.features import GROUP_SIZES, featurize, group_slices, view
from strategies.replay import replay_context
from strategies.selector import dialogue_messages


def _write(path: Path, dialogs: list[list[tuple[str, str, str | None]]]) -> Path:
    lines = []
    for dialog in dialogs:
        turns = [{"speaker": s, "text": t, **({"strategy": g} if g else {})} for s, t, g in dialog]
        lines.append(json.dumps({"emotion_type": "x", "situation": "never read", "dialog": turns}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


SYNTHETIC = [
    ("sys", "hello there", "Others"),
    ("usr", "hi", None),
    ("usr", "I feel  low today", None),
    ("sys", "what happened?", "Question"),
    ("sys", "take your time", "Affirmation and Reassurance"),
    ("usr", "work is hard", None),
    ("sys", "that sounds exhausting", "reflection of Feelings"),
]


def test_one_sample_per_labelled_supporter_utterance(tmp_path: Path) -> None:
    items = load_samples(_write(tmp_path / "d.json", [SYNTHETIC, SYNTHETIC[:4]]))
    assert [s.position for s in items] == [0, 3, 4, 6, 0, 3]
    assert [s.label for s in items[:4]] == [
        Strategy.OTHERS,
        Strategy.QUESTION,
        Strategy.AFFIRMATION,
        Strategy.REFLECTION,
    ]
    # The history stops before the turn; whitespace is normalised as in the HF release.
    assert items[2].history[-1].text == "what happened?"
    assert items[1].history[-1].text == "I feel low today"


def test_survey_fields_are_not_loaded(tmp_path: Path) -> None:
    dialogue = load_dialogues(_write(tmp_path / "d.json", [SYNTHETIC]))[0]
    assert "never read" not in dialogue.model_dump_json()


def test_view_counts_runs_and_history() -> None:
    item = view([u.as_message() for u in samples(_dialogues(SYNTHETIC))[2].history])
    assert item.user_texts == ("hi", "I feel low today")
    assert item.strategies == (Strategy.OTHERS, Strategy.QUESTION)
    assert (item.supporter_run, item.user_run, item.last_supporter) == (1, 2, "what happened?")


def _dialogues(dialog: list[tuple[str, str, str | None]]):  # type: ignore[no-untyped-def]
    from strategies.esconv import _dialogue

    turns = [{"speaker": s, "text": t, **({"strategy": g} if g else {})} for s, t, g in dialog]
    return [_dialogue("synthetic:0", {"dialog": turns})]


def _fake_embed(texts: Sequence[str]) -> np.ndarray:
    rows = [np.random.default_rng(abs(hash(t)) % 2**32).normal(size=DIMENSIONS) for t in texts]
    return np.array(rows, dtype=np.float32).reshape(len(texts), DIMENSIONS)


def test_features_have_the_declared_groups() -> None:
    items = [view(s.messages()) for s in samples(_dialogues(SYNTHETIC))]
    x = featurize(items, _fake_embed)
    assert x.shape == (4, sum(GROUP_SIZES.values()))
    slices = group_slices()
    assert not x[0, slices["user"]].any()  # nothing said by the user before the opening turn
    history = x[:, slices["history"]]
    assert history[0, len(STRATEGIES)] == 1.0  # "no previous strategy" slot


def _cue_blocks(messages: list[Message]) -> np.ndarray:
    cues = featurize([view(messages)], _fake_embed)[0, group_slices()["cues"]]
    # One block per last strategy (and "none"), then the cues alone.
    return cues.reshape(len(STRATEGIES) + 2, -1)


def test_turn_cues_sit_in_the_block_of_the_last_strategy() -> None:
    asked = [
        Message(role=Role.ASSISTANT, text="what happened?", strategy=Strategy.QUESTION),
        Message(role=Role.USER, text="why does this keep happening to me?"),
    ]
    blocks = _cue_blocks(asked)
    question = STRATEGIES.index(Strategy.QUESTION)
    assert blocks[question, 1] == 1.0 and blocks[question, 0] == 0.0  # "the user asked something" cue
    assert np.array_equal(blocks[-1], blocks[question])  # the same cues, uncrossed
    assert not np.delete(blocks[:-1], question, axis=0).any()  # every other strategy's block stays empty
    opening = _cue_blocks([Message(role=Role.USER, text="thanks, bye")])
    assert opening[len(STRATEGIES), 0] == 1.0 and opening[len(STRATEGIES), -1] == 1.0  # "none" block; closing


roles = st.sampled_from([Role.USER, Role.ASSISTANT])
message_lists = st.lists(
    st.builds(
        lambda role, text, k: Message(
            role=role, text=text, strategy=STRATEGIES[k] if role is Role.ASSISTANT else None
        ),
        roles,
        st.text(alphabet="abc ?", min_size=1, max_size=8).map(str.strip).filter(bool),
        st.integers(0, len(STRATEGIES) - 1),
    ),
    max_size=12,
)


@given(message_lists)
@settings(max_examples=200, deadline=None)
def test_replayed_context_gives_back_the_dialogue(history: list[Message]) -> None:
    # Whatever the shape of the prefix, the selector reads exactly the prefix (never more, never less).
    context = replay_context(history)
    assert dialogue_messages(context) == history
    assert len(context.conversation.messages) <= len(history)


def test_live_turn_is_appended_after_the_conversation() -> None:
    earlier = [
        Message(role=Role.USER, text="hi"),
        Message(role=Role.ASSISTANT, text="hello", strategy=STRATEGIES[7]),
    ]
    context = replay_context([*earlier, Message(role=Role.USER, text="I am tired")])
    assert context.conversation.messages == earlier
    assert context.turn.text == "I am tired"


@pytest.mark.parametrize("split", ["valid"])
def test_valid_split_sample_count(split: str) -> None:
    path = split_path(split)
    if not path.exists():
        pytest.skip(f"{path} not available")
    dialogues = load_dialogues(path)
    assert len(dialogues) == 195
    assert len(samples(dialogues)) == 2722
