"""Retrieval of demonstrations for one turn: query by the recent dialogue, boost by perception, diversify.

Candidates come from a nearest-neighbour query on the store; they are re-scored with small boosts for the
perceived emotion and problem (and the chosen strategy once known), then picked by maximal marginal relevance
so the drafter sees several different ways of answering rather than near-duplicates.
"""

from __future__ import annotations

import numpy as np

from agent.embeddings import Embedder, Vector
from agent.schema import Demonstration
from agent.stages import TurnContext
from memory.store import DemonstrationStore
from strategies.catalogue import Strategy

# Weights of the current message and the user's previous two messages in the query vector. Only user text is
# used: its vectors are already cached from earlier turns, so the query costs no extra model call.
_QUERY_WEIGHTS = (1.0, 0.35, 0.15)
_EMOTION_BOOST = 0.04
_PROBLEM_BOOST = 0.06
_MMR_LAMBDA = 0.7
CANDIDATES_PER_RESULT = 5


class StoreRetriever:
    name = "chroma-mmr"

    def __init__(self, store: DemonstrationStore, embedder: Embedder) -> None:
        self._store = store
        self._embedder = embedder

    def retrieve(self, context: TurnContext, k: int, strategy: Strategy | None = None) -> list[Demonstration]:
        query = self.query_vector(context)
        candidates = self._store.query_with_vectors(query, k * CANDIDATES_PER_RESULT, strategy)
        scored = [(_boosted(d, context), d, v) for d, v in candidates]
        return _mmr(scored, k)

    def query_vector(self, context: TurnContext) -> Vector:
        earlier = context.conversation.user_texts()[-2:][::-1]
        texts = [context.turn.text, *earlier]
        vectors = self._embedder.embed_many(texts)
        weights = np.array(_QUERY_WEIGHTS[: len(texts)], dtype=np.float32)[:, None]
        combined = (vectors * weights).sum(axis=0)
        norm = float(np.linalg.norm(combined))
        return combined / norm if norm > 0 else combined


def _boosted(demonstration: Demonstration, context: TurnContext) -> float:
    perception = context.perception
    score = demonstration.score
    if demonstration.emotion in (perception.emotion.dominant, *perception.emotion.labels):
        score += _EMOTION_BOOST * perception.emotion.labels.get(demonstration.emotion, 0.5)
    if demonstration.problem == perception.problem:
        score += _PROBLEM_BOOST
    return score


def _mmr(scored: list[tuple[float, Demonstration, Vector]], k: int) -> list[Demonstration]:
    chosen: list[tuple[float, Demonstration, Vector]] = []
    pool = sorted(scored, key=lambda item: -item[0])
    while pool and len(chosen) < k:
        best = max(pool, key=lambda item: _mmr_score(item, chosen))
        chosen.append(best)
        pool.remove(best)
    return [d.model_copy(update={"score": round(s, 4)}) for s, d, _ in chosen]


def _mmr_score(
    item: tuple[float, Demonstration, Vector], chosen: list[tuple[float, Demonstration, Vector]]
) -> float:
    relevance, _, vector = item
    redundancy = max((float(vector @ other) for _, _, other in chosen), default=0.0)
    return _MMR_LAMBDA * relevance - (1 - _MMR_LAMBDA) * redundancy
