"""The demonstration store: a persistent ChromaDB collection of supporter turns, embedded with our model.

Chroma's default embedding function downloads a model on first use, so the collection is always created with
ours, and adds and queries pass precomputed vectors (embedding dominates the cost; a turn embeds once).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import chromadb
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings

from agent.embeddings import MODEL_NAME, Embedder, Vector
from agent.schema import Demonstration
from memory.rows import DemonstrationRows, Hit, RecentSearches, Row
from memory.strategy_ids import StrategyIds
from strategies.catalogue import Strategy

EMBEDDED_SET = Path(__file__).parent / "data" / "demonstrations.jsonl"
COLLECTION = "demonstrations"
_BATCH = 256
_LONG_ID_LIST = 2000  # above this many ids of one strategy, a wider search plus a strategy check is cheaper
_WIDE_SEARCH = 200


class WarmlineEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's hook for text queries; routes to the packaged MiniLM instead of a download."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._embedder.embed_many(list(input)))

    @staticmethod
    def name() -> str:
        return "warmline-minilm"

    def get_config(self) -> dict[str, Any]:
        return {"model": MODEL_NAME}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> WarmlineEmbeddingFunction:
        from agent.embeddings import shared_embedder

        return WarmlineEmbeddingFunction(shared_embedder())


def open_client(path: Path, server_url: str | None = None) -> Any:
    """A local Chroma folder by default; with server_url (http://host:port) a Chroma server, which several app
    workers or machines can share. Either way our embedding function is passed per collection, telemetry off."""
    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if server_url:
        return _http_client(server_url, settings)
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


def _http_client(server_url: str, settings: ChromaSettings) -> Any:
    url = urlsplit(server_url)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise ValueError(f"WARMLINE_CHROMA_URL must look like http://host:port, not {server_url!r}")
    ssl = url.scheme == "https"
    port = url.port or (443 if ssl else 80)
    return chromadb.HttpClient(host=url.hostname, port=port, ssl=ssl, settings=settings)


class DemonstrationStore:
    def __init__(self, client: Any, embedder: Embedder, name: str = COLLECTION) -> None:
        self._embedder = embedder
        self._collection = client.get_or_create_collection(
            name=name,
            embedding_function=WarmlineEmbeddingFunction(embedder),
            metadata={"hnsw:space": "cosine"},
        )
        # Searches conditioned on a strategy restrict by ids rather than a metadata filter (memory.strategy_ids).
        self._strategy_ids = StrategyIds(self._collection)
        self._rows = DemonstrationRows(self._collection)
        self._recent = RecentSearches()

    @classmethod
    def at(cls, path: Path, embedder: Embedder, server_url: str | None = None) -> DemonstrationStore:
        return cls(open_client(path, server_url), embedder)

    def count(self) -> int:
        return int(self._collection.count())

    def add(self, demonstrations: Sequence[Demonstration], progress: bool = False) -> int:
        """Adds the demonstrations whose ids are not stored yet (ids are content hashes, so a stored id holds
        the same text); returns how many were new. Re-adding a file therefore embeds nothing twice."""
        new = 0
        for start in range(0, len(demonstrations), _BATCH):
            batch = demonstrations[start : start + _BATCH]
            present = self._existing([d.id for d in batch])
            fresh = [d for d in batch if d.id not in present]
            if not fresh:
                continue
            vectors = self._embedder.embed_many([_document(d) for d in fresh], progress=progress)
            self._collection.upsert(
                ids=[d.id for d in fresh],
                embeddings=vectors,
                documents=[d.supporter for d in fresh],
                metadatas=[_metadata(d) for d in fresh],
            )
            self._strategy_ids.forget()
            self._recent.clear()
            new += len(fresh)
        return new

    def _existing(self, ids: list[str]) -> set[str]:
        return set(self._collection.get(ids=ids, include=[])["ids"])

    def ensure_embedded_set(self) -> int:
        """Loads the shipped demonstration set on first run (and any lines added to it later)."""
        return self.add(load_embedded_set())

    def query(self, vector: Vector, k: int, strategy: Strategy | None = None) -> list[Demonstration]:
        return [d for d, _ in self.query_with_vectors(vector, k, strategy)]

    def query_with_vectors(self, vector: Vector, k: int, strategy: Strategy | None = None) -> list[Row]:
        """The k nearest demonstrations (of this strategy, if given) with their vectors, nearest first."""
        hits = self._nearest(vector, k)[:k] if strategy is None else self._nearest_of(vector, k, strategy)
        return self._rows.scored(hits)

    def forget_searches(self) -> None:
        """The next query searches Chroma again even for a vector just searched (benchmarks time the search)."""
        self._recent.clear()

    def _nearest(self, vector: Vector, k: int = _WIDE_SEARCH) -> list[Hit]:
        """The nearest ids and distances, at least _WIDE_SEARCH of them. A turn asks twice with the same vector (the neighbours,
        then maybe those of the chosen strategy), so the answer is kept for a moment: the second costs nothing.
        Searching 200 wide instead of 40 costs about half a millisecond."""
        hits = self._recent.get(vector)
        if (
            hits is None or len(hits) == _WIDE_SEARCH < k
        ):  # fewer than asked for, and not the whole collection
            n = max(k, _WIDE_SEARCH)
            found = self._collection.query(query_embeddings=[vector], n_results=n, include=["distances"])
            hits = list(zip(found["ids"][0], found["distances"][0], strict=True))
            self._recent.put(vector, hits)
        return hits

    def _nearest_of(self, vector: Vector, k: int, strategy: Strategy) -> list[Hit]:
        """The k nearest with this strategy. A long id list costs Chroma more than a wide search whose hits are
        kept by strategy (measured at 20,000 documents: 5-8 ms against about 3.5 ms), so the wide search answers
        when it already ran this turn or the list is long, and holds k of them (or the whole collection)."""
        ids = self._strategy_ids.ids(strategy)
        if not ids:
            return []
        if len(ids) > _LONG_ID_LIST or self._recent.get(vector) is not None:
            wide = self._nearest(vector)
            members = self._strategy_ids.members(strategy)
            hits = [(i, d) for i, d in wide if i in members]
            if len(hits) >= k or len(wide) < _WIDE_SEARCH:
                return hits[:k]
        found = self._collection.query(query_embeddings=[vector], n_results=k, ids=ids, include=["distances"])
        return list(zip(found["ids"][0], found["distances"][0], strict=True))

    def index_settings(self) -> dict[str, Any]:
        """The collection's HNSW parameters (space, ef_search, ...), for benchmark reports."""
        configuration = getattr(self._collection, "configuration_json", None) or {}
        return dict(configuration.get("hnsw") or {})


def load_embedded_set(path: Path = EMBEDDED_SET) -> list[Demonstration]:
    return list(read_jsonl(path))


def read_jsonl(path: Path) -> Iterable[Demonstration]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield Demonstration.model_validate(json.loads(line))


def _document(demonstration: Demonstration) -> str:
    # Indexed by what the seeker said: retrieval asks "who said something like this, and how was it answered".
    return demonstration.seeker


def _metadata(d: Demonstration) -> dict[str, str]:
    return {
        "seeker": d.seeker,
        "strategy": d.strategy.value,
        "stage": d.stage.value,
        "problem": d.problem,
        "emotion": d.emotion,
        "source": d.source,
    }
