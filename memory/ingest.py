"""Ingest a user-supplied ESConv file into the demonstration store (the dataset's text stays in the store).

One demonstration per supporter turn, indexed by the seeker's words just before it. Ids are content hashes,
so ingesting the same file twice adds nothing. Turns where either side mentions crisis or self-harm are
skipped: those never become examples for the drafter.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from agent import crisis
from agent.schema import Conversation, Demonstration, RiskLevel
from strategies.catalogue import Stage, Strategy


class IngestSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    dialogues: int
    supporter_turns: int
    added: int
    already_present: int
    skipped_risk: int
    skipped_unlabelled: int
    per_strategy: dict[str, int]


def esconv_demonstrations(path: Path) -> tuple[list[Demonstration], Counter[str]]:
    """Demonstrations and a count of what was skipped and why."""
    found: list[Demonstration] = []
    skipped: Counter[str] = Counter()
    for dialogue in _dialogues(path):
        skipped["dialogues_read"] += 1
        for demo, reason in _from_dialogue(dialogue, path.name):
            if demo is None:
                skipped[reason] += 1
            else:
                found.append(demo)
    return found, skipped


def _dialogues(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _from_dialogue(dialogue: dict[str, object], source: str) -> Iterator[tuple[Demonstration | None, str]]:
    turns = dialogue.get("dialog")
    assert isinstance(turns, list)
    seeker = ""
    for index, turn in enumerate(turns):
        if turn.get("speaker") == "usr":
            seeker = str(turn.get("text", ""))
            continue
        label = turn.get("strategy")
        if not label or not seeker:
            yield None, "unlabelled"
            continue
        supporter = str(turn.get("text", ""))
        if _risky(seeker) or _risky(supporter):
            yield None, "risk"
            continue
        yield (
            _demonstration(
                dialogue, seeker, supporter, Strategy.parse(str(label)), index / len(turns), source
            ),
            "",
        )


def _risky(text: str) -> bool:
    return crisis.screen(text, Conversation()).level is not RiskLevel.NONE


def _demonstration(
    dialogue: dict[str, object], seeker: str, supporter: str, strategy: Strategy, position: float, source: str
) -> Demonstration:
    digest = hashlib.sha256(f"{seeker}\x1f{supporter}\x1f{strategy.value}".encode()).hexdigest()[:20]
    return Demonstration(
        id=f"esconv-{digest}",
        seeker=seeker,
        supporter=supporter,
        strategy=strategy,
        stage=_stage(position),
        problem=str(dialogue.get("problem_type", "other")).lower(),
        emotion=str(dialogue.get("emotion_type", "")).lower(),
        source=source,
    )


def _stage(position: float) -> Stage:
    """ESConv's supporters were taught exploration -> comforting -> action, roughly in thirds."""
    if position < 1 / 3:
        return Stage.EXPLORATION
    return Stage.COMFORTING if position < 2 / 3 else Stage.ACTION
