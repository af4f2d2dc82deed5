"""`warmline bench retrieval --docs N`: the retrieve stage's latency over a demonstration store of N documents.

The store is a fresh temporary Chroma collection (the same class and settings as the app's) filled with synthetic
demonstrations made from the shipped, self-written set: document i joins two of its seeker turns, so texts are
distinct and topics mix the way real ones do. Each document's vector is the normalised weighted sum of its two
parts' MiniLM vectors: embedding 20,000 texts would take minutes and changes nothing that is measured here (the
query path: Chroma's HNSW search, the boosts and MMR), while the vectors keep a real, clustered distribution.

Queries are the benchmark conversations (bench.messages), perceived by the real perceiver before timing, so the
query vectors are cached as in a live turn. Three things are timed per query: the retrieve stage (`retrieve`:
query by the recent dialogue, boost, MMR), the second, strategy-filtered call the pipeline makes when the
neighbours lack the chosen strategy (`filtered`), and the bare Chroma query inside the first (`chroma`). Each
reports wall-clock and process CPU time, since the machine is shared.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel

from agent.embeddings import Embedder, shared_embedder
from agent.schema import Conversation, Demonstration, Message, Role, UserTurn
from agent.stages import TurnContext
from bench.latency import percentiles
from bench.messages import CONVERSATIONS
from memory.retrieval import CANDIDATES_PER_RESULT, StoreRetriever
from memory.store import DemonstrationStore, load_embedded_set, open_client
from strategies.catalogue import Strategy

_SECOND_PART_WEIGHT = 0.6  # the joined text is mostly about its first part


class Timing(BaseModel):
    n: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    cpu_p50_ms: float  # process CPU time, which the other users of the machine do not inflate much
    cpu_p95_ms: float


class RetrievalReport(BaseModel):
    docs: int
    k: int
    candidates: int  # how many neighbours the stage asks Chroma for before boosting and MMR
    queries: int
    p50_ms: float  # the retrieve stage, wall clock (as `retrieve`)
    p95_ms: float
    retrieve: Timing
    filtered: Timing
    chroma: Timing
    fill_s: float  # adding the documents with their vectors to an empty store
    hnsw: dict[str, Any]
    note: str


def synthetic_demonstrations(count: int, seed: int = 13) -> tuple[list[Demonstration], np.ndarray]:
    """`count` distinct demonstrations (ordered pairs of shipped seeker turns) and their vectors."""
    base = load_embedded_set()
    pairs = [(i, j) for i in range(len(base)) for j in range(len(base)) if i != j]
    if count > len(pairs):
        raise ValueError(f"at most {len(pairs)} synthetic documents can be made from the embedded set")
    chosen = random.Random(seed).sample(pairs, count)
    parts = shared_embedder().embed_many([d.seeker for d in base])
    vectors = np.stack([parts[i] + _SECOND_PART_WEIGHT * parts[j] for i, j in chosen])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    demonstrations = [
        base[i].model_copy(
            update={"id": f"bench-{n:06d}", "seeker": f"{base[i].seeker} {base[j].seeker}", "source": "bench"}
        )
        for n, (i, j) in enumerate(chosen)
    ]
    return demonstrations, vectors.astype(np.float32)


def fill_store(
    directory: Path, demonstrations: list[Demonstration], vectors: np.ndarray
) -> DemonstrationStore:
    """A store of the given documents. Their vectors are handed over through an embedder cache large enough to
    hold them all, so `add` stores them as they are instead of embedding the texts."""
    count = len(demonstrations)
    seeded = Embedder(cache_size=count + 1)
    for demonstration, vector in zip(demonstrations, vectors, strict=True):
        seeded.remember(demonstration.seeker, vector)
    store = DemonstrationStore(open_client(directory), seeded, name="bench_retrieval")
    store.add(demonstrations)
    return store


def contexts() -> Iterator[TurnContext]:
    """Every benchmark message in its conversation, perceived as the pipeline would before retrieving."""
    from agent.perception import load_perceiver

    perceiver = load_perceiver()
    for messages in CONVERSATIONS:
        conversation = Conversation()
        for text in messages:
            turn = UserTurn(text=text, raw_chars=len(text))
            perception = perceiver.perceive(turn, conversation)
            yield TurnContext(
                conversation=conversation.model_copy(deep=True), turn=turn, perception=perception
            )
            conversation.messages.append(Message(role=Role.USER, text=text))
            conversation.messages.append(Message(role=Role.ASSISTANT, text="I hear you."))


def run(docs: int, rounds: int = 5, k: int = 4, directory: Path | None = None) -> RetrievalReport:
    if directory is None:
        with tempfile.TemporaryDirectory(prefix="warmline-bench-retrieval-") as tmp:
            return run(docs, rounds, k, Path(tmp))
    demonstrations, vectors = synthetic_demonstrations(docs)
    started = time.perf_counter()
    store = fill_store(directory, demonstrations, vectors)
    fill_s = time.perf_counter() - started
    retriever = StoreRetriever(store, shared_embedder())
    queries = list(contexts())
    candidates = k * CANDIDATES_PER_RESULT
    strategies = list(Strategy)
    timed: dict[str, list[tuple[float, float]]] = {"retrieve": [], "filtered": [], "chroma": []}
    # Warm-up, as the app's start-up does: the first query opens the index, the first conditioned one reads
    # the strategies' id lists (memory.strategy_ids).
    retriever.retrieve(queries[0], k)
    retriever.retrieve(queries[0], k, Strategy.QUESTION)
    for round_ in range(rounds):
        for number, context in enumerate(queries):
            strategy = strategies[(number + round_) % len(strategies)]
            vector = retriever.query_vector(context)
            store.forget_searches()
            timed["retrieve"].append(_timed(partial(retriever.retrieve, context, k)))
            # As in a live turn: right after `retrieve`, with its search still remembered by the store.
            timed["filtered"].append(_timed(partial(retriever.retrieve, context, k, strategy)))
            store.forget_searches()
            timed["chroma"].append(_timed(partial(store.query_with_vectors, vector, candidates)))
    return _report(docs, k, len(queries) * rounds, fill_s, timed, store)


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _timing(samples: list[tuple[float, float]]) -> Timing:
    wall = percentiles([w for w, _ in samples])
    cpu = percentiles([c for _, c in samples])
    return Timing(n=wall.n, p50_ms=wall.p50_ms, p95_ms=wall.p95_ms, max_ms=wall.max_ms,
                  cpu_p50_ms=cpu.p50_ms, cpu_p95_ms=cpu.p95_ms)  # fmt: skip


def _report(
    docs: int, k: int, queries: int, fill_s: float, timed: dict[str, list[tuple[float, float]]], store: Any
) -> RetrievalReport:
    timings = {name: _timing(samples) for name, samples in timed.items()}
    return RetrievalReport(
        docs=store.count(),
        k=k,
        candidates=k * CANDIDATES_PER_RESULT,
        queries=queries,
        p50_ms=timings["retrieve"].p50_ms,
        p95_ms=timings["retrieve"].p95_ms,
        retrieve=timings["retrieve"],
        filtered=timings["filtered"],
        chroma=timings["chroma"],
        fill_s=round(fill_s, 1),
        hnsw=store.index_settings(),
        note="synthetic documents from the shipped self-written set (pairs of seeker turns); warm queries with "
        "cached query vectors, as in a live turn; wall clock and process CPU per query",
    )
