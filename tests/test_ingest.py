"""ESConv ingest on a small self-written file in the ESConv format: stable ids, idempotent, risky turns out."""

from __future__ import annotations

import json
from pathlib import Path

from agent.embeddings import shared_embedder
from memory.ingest import esconv_demonstrations
from memory.store import DemonstrationStore
from strategies.catalogue import Stage, Strategy

DIALOGUE = {
    "problem_type": "Job Crisis",
    "emotion_type": "anxiety",
    "situation": "not used",
    "dialog": [
        {"speaker": "sys", "text": "Hello, how are you today?", "strategy": "Question"},
        {"speaker": "usr", "text": "Not great, my contract ends next month."},
        {"speaker": "sys", "text": "That sounds stressful. What worries you most?", "strategy": "Question"},
        {"speaker": "sys", "text": "It makes sense to feel uneasy.", "strategy": "Reflection of feelings"},
        {"speaker": "usr", "text": "Honestly I want to kill myself over it."},
        {"speaker": "sys", "text": "I'm glad you told me.", "strategy": "Affirmation and Reassurance"},
        {"speaker": "usr", "text": "I could ask my manager about an extension."},
        {
            "speaker": "sys",
            "text": "That sounds like a good first step.",
            "strategy": "[Providing Suggestions]",
        },
    ],
}


def write(path: Path) -> Path:
    path.write_text(json.dumps(DIALOGUE) + "\n", encoding="utf-8")
    return path


def test_one_demonstration_per_answerable_supporter_turn(tmp_path: Path) -> None:
    found, skipped = esconv_demonstrations(write(tmp_path / "mini.json"))
    assert [(d.seeker, d.strategy) for d in found] == [
        ("Not great, my contract ends next month.", Strategy.QUESTION),
        ("Not great, my contract ends next month.", Strategy.REFLECTION),
        ("I could ask my manager about an extension.", Strategy.SUGGESTION),
    ]
    assert (skipped["unlabelled"], skipped["risk"]) == (1, 1), (
        "the opener has no seeker turn; a crisis turn is out"
    )
    assert found[0].problem == "job crisis" and found[-1].stage is Stage.ACTION
    assert len({d.id for d in found}) == 3


def test_ingest_twice_adds_nothing_new(tmp_path: Path) -> None:
    found, _ = esconv_demonstrations(write(tmp_path / "mini.json"))
    again, _ = esconv_demonstrations(write(tmp_path / "copy.json"))
    assert [d.id for d in found] == [d.id for d in again], "ids depend on content, not on the file"
    store = DemonstrationStore.at(tmp_path / "chroma", shared_embedder())
    assert store.add(found) == 3
    assert store.add(again) == 0
    assert store.count() == 3
