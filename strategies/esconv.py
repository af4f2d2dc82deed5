"""ESConv (Liu et al., 2021) as strategy-selection samples: one per labelled supporter utterance.

A sample is the dialogue *before* a supporter utterance plus that utterance's gold strategy. Consecutive supporter
utterances are separate samples (the later one sees the earlier one and its strategy), which is how the published
test counts (2,895 turns on the standard test split) are made. Only the dialogue is read: the pre-chat survey
fields (emotion type, problem type, situation, scores) are never loaded, because a live user never fills them in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from agent.schema import Message, Role
from agent.settings import SHARED_DATA
from strategies.catalogue import Strategy

ESCONV_DIR = SHARED_DATA / "esconv"


class Utterance(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    speaker: Role
    text: str
    strategy: Strategy | None = None

    def as_message(self) -> Message:
        return Message(role=self.speaker, text=self.text, strategy=self.strategy)


class Dialogue(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str  # "<file stem>:<line number>"
    utterances: tuple[Utterance, ...]


@dataclass(frozen=True)
class Sample:
    """The supporter utterance at `position` of `dialogue`; the system may see only `history`."""

    dialogue: Dialogue
    position: int

    @property
    def label(self) -> Strategy:
        strategy = self.dialogue.utterances[self.position].strategy
        assert strategy is not None  # samples are only made for labelled supporter utterances
        return strategy

    @property
    def history(self) -> tuple[Utterance, ...]:
        return self.dialogue.utterances[: self.position]

    def messages(self) -> list[Message]:
        return [u.as_message() for u in self.history]


def split_path(split: str) -> Path:
    return ESCONV_DIR / f"{split}.json"


def load_dialogues(path: Path) -> list[Dialogue]:
    """Reads an ESConv JSONL file (one dialogue per line; `train.json` etc. are JSONL despite the name)."""
    dialogues = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if line.strip():
                dialogues.append(_dialogue(f"{path.stem}:{number}", json.loads(line)))
    return dialogues


def _dialogue(dialogue_id: str, record: dict[str, object]) -> Dialogue:
    turns = record.get("dialog")
    if not isinstance(turns, list):
        raise ValueError(f"{dialogue_id}: no 'dialog' list")
    return Dialogue(id=dialogue_id, utterances=tuple(_utterance(turn) for turn in turns))


def _utterance(turn: dict[str, str]) -> Utterance:
    speaker = Role.ASSISTANT if turn["speaker"] == "sys" else Role.USER
    label = turn.get("strategy") if speaker is Role.ASSISTANT else None
    strategy = Strategy.parse(label) if label else None
    return Utterance(speaker=speaker, text=" ".join(turn["text"].split()), strategy=strategy)


def samples(dialogues: Sequence[Dialogue]) -> list[Sample]:
    return [sample for dialogue in dialogues for sample in _dialogue_samples(dialogue)]


def _dialogue_samples(dialogue: Dialogue) -> Iterator[Sample]:
    for position, utterance in enumerate(dialogue.utterances):
        if utterance.speaker is Role.ASSISTANT and utterance.strategy is not None:
            yield Sample(dialogue=dialogue, position=position)


def load_samples(path: Path) -> list[Sample]:
    return samples(load_dialogues(path))
