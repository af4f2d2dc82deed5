"""The hand-written crisis messages (agent.crisis_written): what enters the semantic layer's training, what is held
back for its margins, and that probe files that are not spent never become training text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent import crisis_written
from agent.crisis_semantic_train import SemanticTrainingSet, worry_weights, written_tuning
from agent.crisis_written import WrittenMessage
from agent.schema import RiskLevel

PROBES = Path(__file__).resolve().parent / "probes"


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_shipped_messages_load_with_every_level_and_more_than_english() -> None:
    messages = crisis_written.load()
    levels = {m.level for m in messages}
    assert levels == {RiskLevel.CRISIS, RiskLevel.CONCERN, RiskLevel.NONE}
    assert {"en", "es", "de", "fr"} <= {m.lang for m in messages}
    assert len(messages) > 1000


def test_the_held_back_share_is_fixed_by_the_text_and_near_a_fifth() -> None:
    messages = crisis_written.load()
    training, tuning = crisis_written.split(messages)
    assert not {m.text for m in training} & {m.text for m in tuning}
    assert 0.15 < len(tuning) / len(messages) < 0.25
    again = WrittenMessage(tuning[0].text, RiskLevel.NONE, "", "")
    assert again.for_tuning  # the level and kind play no part


def test_spent_probe_files_are_read_and_unspent_ones_are_not(tmp_path: Path) -> None:
    folder = tmp_path / "written"
    folder.mkdir()
    _write(folder / "a.jsonl", [{"text": "we burned the toast again", "level": "none", "kind": "cooking"}])
    probes = tmp_path / "probes"
    probes.mkdir()
    _write(probes / crisis_written.SPENT[0], [{"text": "spent line", "label": "crisis"}])
    _write(probes / "crisis_new.jsonl", [{"text": "an unspent probe line here", "label": "crisis"}])
    texts = {m.text for m in crisis_written.load(folder, probes)}
    assert texts == {"we burned the toast again", "spent line"}
    assert crisis_written.unspent_probe_texts(probes) == ["an unspent probe line here"]


def test_training_keeps_concern_out_of_both_sides() -> None:
    written = [
        WrittenMessage("i have the rope in my car and tonight is the night", RiskLevel.CRISIS, "plan", "en"),
        WrittenMessage("everything feels grey lately and pointless", RiskLevel.CONCERN, "hopeless", "en"),
        WrittenMessage("we cut the cake at midnight", RiskLevel.NONE, "cooking", "en"),
        WrittenMessage("my last message to you all, goodbye friends", RiskLevel.CRISIS, "goodbye", "en"),
    ]
    data = SemanticTrainingSet.build(seed=7, exclude=[], ordinary=[], written=written)
    assert written[0].text in data.crisis and written[2].text in data.safe
    assert written[1].text not in data.crisis + data.safe
    # held back, a worry is a false alarm if it gets the crisis protocol, as in the probe files
    assert written_tuning(written) == [
        (written[0].text, True),
        (written[1].text, False),
        (written[2].text, False),
        (written[3].text, True),
    ]


def test_held_back_worries_weigh_the_probe_files_share_of_the_false_alarms() -> None:
    written = [WrittenMessage(f"worry {i}", RiskLevel.CONCERN, "", "en") for i in range(6)]
    written += [WrittenMessage(f"calm {i}", RiskLevel.NONE, "", "en") for i in range(3)]
    written += [WrittenMessage("crisis", RiskLevel.CRISIS, "", "en")]
    weights = worry_weights(written, share=0.25)
    worry, calm, crisis = weights[0], weights[6], weights[9]
    assert calm == crisis == 1.0
    assert 6 * worry / (6 * worry + 3 * calm) == pytest.approx(0.25)
    assert worry_weights(written[6:]) == (1.0,) * 4  # no worries: nothing to weigh


@given(
    st.integers(1, 40),
    st.integers(1, 40),
    st.integers(0, 40),
    st.floats(0.05, 0.6),
)
def test_the_worries_weigh_their_share_whatever_the_mix(
    worries: int, calm: int, crises: int, share: float
) -> None:
    levels = [RiskLevel.CONCERN] * worries + [RiskLevel.NONE] * calm + [RiskLevel.CRISIS] * crises
    written = [WrittenMessage(f"m{i}", level, "", "en") for i, level in enumerate(levels)]
    weights = worry_weights(written, share=share)
    worry_total = sum(w for w, level in zip(weights, levels, strict=True) if level is RiskLevel.CONCERN)
    safe_total = sum(w for w, level in zip(weights, levels, strict=True) if level is not RiskLevel.CRISIS)
    assert worry_total / safe_total == pytest.approx(share)
    assert all(w == 1.0 for w, level in zip(weights, levels, strict=True) if level is not RiskLevel.CONCERN)


def test_the_training_part_drops_near_copies_of_unspent_probes(tmp_path: Path) -> None:
    folder = tmp_path / "written"
    folder.mkdir()
    kept, near_copy = (
        "i have the rope in my car and tonight is the night",
        "my final message to you all, goodbye friends",
    )
    assert not any(WrittenMessage(t, RiskLevel.CRISIS, "", "").for_tuning for t in (kept, near_copy))
    _write(folder / "a.jsonl", [{"text": t, "level": "crisis"} for t in (kept, near_copy)])
    probes = tmp_path / "probes"
    probes.mkdir()
    _write(
        probes / "crisis_new.jsonl",
        [{"text": "My final message to you all: goodbye friends", "label": "crisis"}],
    )
    training, _ = crisis_written.partition(probes, folder)
    assert [m.text for m in training] == [kept]


def test_no_line_of_an_unspent_probe_file_is_a_shipped_written_message() -> None:
    unspent = {t.strip().lower() for t in crisis_written.unspent_probe_texts(PROBES)}
    shipped = {m.text.strip().lower() for m in crisis_written.load()}
    assert not unspent & shipped


def test_the_semantic_only_files_train_the_semantic_layer_but_not_the_ngram(tmp_path: Path) -> None:
    folder = tmp_path / "written"
    folder.mkdir()
    shared = '{"text": "%s", "level": "none", "kind": "other", "lang": "en"}\n'
    (folder / "older.jsonl").write_text(shared % "an older line about the weekend", encoding="utf-8")
    (folder / crisis_written.SEMANTIC_ONLY[0]).write_text(
        shared % "a newer line about the beach", encoding="utf-8"
    )
    everything = {m.text for m in crisis_written.load(folder)}
    for_ngram = {m.text for m in crisis_written.load(folder, skip=crisis_written.SEMANTIC_ONLY)}
    assert everything == {"an older line about the weekend", "a newer line about the beach"}
    assert for_ngram == {"an older line about the weekend"}
    shipped = {path.name for path in crisis_written.WRITTEN.glob("*.jsonl")}
    assert set(crisis_written.SEMANTIC_ONLY) <= shipped  # the names are the files' real names
