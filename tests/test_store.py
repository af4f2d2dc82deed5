"""The demonstration store on a real on-disk ChromaDB, embedded with the packaged MiniLM model."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.embeddings import shared_embedder
from agent.schema import Demonstration
from memory.store import DemonstrationStore, WarmlineEmbeddingFunction
from strategies.catalogue import Stage, Strategy


def demo(i: int, seeker: str, strategy: Strategy, problem: str = "job crisis") -> Demonstration:
    return Demonstration(
        id=f"t-{i}", seeker=seeker, supporter=f"reply {i}", strategy=strategy, stage=Stage.COMFORTING,
        problem=problem, emotion="sadness", source="test",
    )  # fmt: skip


SET = [
    demo(1, "My boss criticised me in front of everyone today.", Strategy.REFLECTION),
    demo(2, "I might lose my job next month.", Strategy.QUESTION),
    demo(3, "My girlfriend left me and I can't stop crying.", Strategy.AFFIRMATION, "breakup with partner"),
    demo(4, "I have three exams next week and I haven't studied.", Strategy.SUGGESTION, "academic pressure"),
    demo(5, "My dog died yesterday.", Strategy.SELF_DISCLOSURE, "grief"),
]


@pytest.fixture
def store(tmp_path: Path) -> DemonstrationStore:
    store = DemonstrationStore.at(tmp_path / "chroma", shared_embedder())
    store.add(SET)
    return store


def test_add_is_idempotent_by_id(store: DemonstrationStore) -> None:
    assert store.count() == 5
    assert store.add(SET) == 0
    assert store.count() == 5


def test_nearest_demonstration_is_the_related_one(store: DemonstrationStore) -> None:
    vector = shared_embedder().embed("I'm worried I'll be fired soon")
    assert store.query(vector, k=1)[0].id == "t-2"


def test_query_can_be_restricted_to_a_strategy(store: DemonstrationStore) -> None:
    vector = shared_embedder().embed("I'm worried I'll be fired soon")
    found = store.query(vector, k=3, strategy=Strategy.SUGGESTION)
    assert [d.strategy for d in found] == [Strategy.SUGGESTION]


def test_store_persists_on_disk(tmp_path: Path, store: DemonstrationStore) -> None:
    reopened = DemonstrationStore.at(tmp_path / "chroma", shared_embedder())
    assert reopened.count() == 5


def test_collection_uses_our_embedding_function_for_text_queries() -> None:
    vectors = WarmlineEmbeddingFunction(shared_embedder())(["hello there"])
    assert len(vectors) == 1 and len(vectors[0]) == 384
