"""The demonstration store on a real on-disk ChromaDB, embedded with the packaged MiniLM model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


@pytest.mark.parametrize("long_id_list", [2000, 0], ids=["ids-restricted", "wide-search"])
def test_strategy_query_matches_chromas_metadata_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, long_id_list: int
) -> None:
    from bench.retrieval import fill_store, synthetic_demonstrations

    monkeypatch.setattr("memory.store._LONG_ID_LIST", long_id_list)  # 0: every strategy takes the wide search
    demonstrations, vectors = synthetic_demonstrations(400)
    store = fill_store(tmp_path, demonstrations, vectors)
    collection = store._collection
    for row, strategy in ((3, Strategy.QUESTION), (50, Strategy.INFORMATION), (77, Strategy.OTHERS)):
        ours = store.query_with_vectors(vectors[row], 12, strategy)
        where = collection.query(
            query_embeddings=[vectors[row]],
            n_results=12,
            where={"strategy": strategy.value},
            include=["distances"],
        )
        assert [d.id for d, _ in ours] == where["ids"][0] and len(ours) > 0
        assert [d.score for d, _ in ours] == [round(1.0 - x, 4) for x in where["distances"][0]]
        assert all(d.strategy is strategy and abs(float(v @ v) - 1.0) < 1e-4 for d, v in ours)


def test_strategy_query_sees_documents_added_after_it(store: DemonstrationStore) -> None:
    vector = shared_embedder().embed("I'm worried I'll be fired soon")
    assert [d.id for d in store.query(vector, k=3, strategy=Strategy.INFORMATION)] == []
    store.add([demo(6, "Is it legal for them to fire me without notice?", Strategy.INFORMATION)])
    assert [d.id for d in store.query(vector, k=3, strategy=Strategy.INFORMATION)] == ["t-6"]


def test_an_empty_store_answers_queries_with_nothing(tmp_path: Path) -> None:
    empty = DemonstrationStore.at(tmp_path / "empty", shared_embedder())
    vector = shared_embedder().embed("hello")
    assert empty.query(vector, k=4) == []
    assert empty.query(vector, k=4, strategy=Strategy.QUESTION) == []


def test_strategy_ids_notice_documents_written_by_another_process(store: DemonstrationStore) -> None:
    from memory.strategy_ids import StrategyIds

    collection = store._collection
    checked_every_time = StrategyIds(collection, max_age_s=0.0)
    checked_rarely = StrategyIds(collection, max_age_s=3600.0)
    assert checked_every_time.ids(Strategy.QUESTION) == checked_rarely.ids(Strategy.QUESTION) == ["t-2"]
    # A write that bypasses this store object, as an ingest in another process would.
    vector = shared_embedder().embed("Who else knows about it?")
    collection.add(
        ids=["t-9"], embeddings=[vector], documents=["reply 9"], metadatas=[{"strategy": "Question"}]
    )
    assert sorted(checked_every_time.ids(Strategy.QUESTION)) == ["t-2", "t-9"]
    assert checked_rarely.ids(Strategy.QUESTION) == ["t-2"]  # until its next size check


class _CountingCollection:
    """The real Chroma collection, with its calls counted (what a turn costs in round trips to Chroma)."""

    def __init__(self, collection: Any) -> None:
        self._collection = collection
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        self.calls.append(name)
        return getattr(self._collection, name)


def _counted(store: DemonstrationStore) -> _CountingCollection:
    from memory.rows import DemonstrationRows

    counting = _CountingCollection(store._collection)
    store._collection = counting
    store._rows = DemonstrationRows(counting)
    return counting


def test_a_turns_second_query_reuses_its_first_search(tmp_path: Path) -> None:
    from bench.retrieval import fill_store, synthetic_demonstrations

    demonstrations, vectors = synthetic_demonstrations(400)
    store = fill_store(tmp_path, demonstrations, vectors)
    where = store._collection.query(
        query_embeddings=[vectors[5]], n_results=6, where={"strategy": "Question"}, include=["distances"]
    )
    store._strategy_ids.ids(Strategy.QUESTION)  # read before counting: it is refreshed every few seconds
    counting = _counted(store)
    neighbours = store.query_with_vectors(vectors[5], 40)
    of_strategy = store.query_with_vectors(vectors[5], 6, Strategy.QUESTION)
    assert len(neighbours) == 40 and [d.id for d, _ in of_strategy] == where["ids"][0]
    assert counting.calls.count("query") == 1  # the strategy's six came out of the first, wider search
    # Rows are read once: a second read happens only for strategy hits beyond the first forty.
    beyond = {d.id for d, _ in of_strategy} - {d.id for d, _ in neighbours}
    assert counting.calls == ["query", "get"] + (["get"] if beyond else [])


def test_rows_are_read_from_chroma_once(store: DemonstrationStore) -> None:
    counting = _counted(store)
    vector = shared_embedder().embed("I'm worried I'll be fired soon")
    first = store.query(vector, k=5)
    store._recent.clear()  # another turn: a new search, the same rows
    again = store.query(vector, k=5)
    assert first == again and {d.id for d in first} == {d.id for d in SET}
    assert counting.calls.count("query") == 2 and counting.calls.count("get") == 1


def test_rows_keep_their_scores_per_query(store: DemonstrationStore) -> None:
    vectors = shared_embedder().embed_many(["I might get fired", "my dog passed away"])
    fired, dog = (store.query(v, k=5) for v in vectors)
    assert fired[0].id == "t-2" and dog[0].id == "t-5"
    assert {d.id: d.score for d in fired} != {d.id: d.score for d in dog}
