"""The trained causal-utterance scorer: which earlier utterance (or the target itself) holds the emotion's cause.

A logistic regression over a few interpretable pair features (distance, same speaker, self, similarity of the
two sentence embeddings, causal cue strength, emotional intensity of both), trained on RECCON's DailyDialog train
split by `warmline train cause`. The span inside a chosen utterance comes from agent.cause.span_in or is the
whole utterance, or the clause only when a causal marker introduces it, whichever scored best on the train
split (stored in the artefact).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from pydantic import BaseModel, ConfigDict

from agent.cause import span_in
from agent.embeddings import Vector
from agent.settings import PROJECT_ROOT

_MARKED = 0.8  # span_in's evidence for a clause after because/since/after, "feel X about", ", so"
ARTIFACT = PROJECT_ROOT / "agent" / "artifacts" / "cause.json"

FEATURES: tuple[str, ...] = (
    "self", "distance_1", "distance_2", "distance_3", "distance_4_plus", "same_speaker", "similarity",
    "cue_evidence", "candidate_intensity", "target_intensity", "first_utterance", "log_words", "question",
    "relative_position",
)  # fmt: skip


class PairContext(BaseModel):
    """What the scorer sees of one dialogue: texts, speakers, vectors and intensities up to the target."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    texts: tuple[str, ...]
    speakers: tuple[str, ...]
    vectors: Vector  # one normalised sentence embedding per text
    intensities: tuple[float, ...]  # perceived emotional intensity per text (0..1)


def pair_features(context: PairContext, target: int, candidate: int) -> list[float]:
    distance = target - candidate
    text = context.texts[candidate]
    return [
        float(distance == 0),
        float(distance == 1),
        float(distance == 2),
        float(distance == 3),
        float(distance >= 4),
        float(context.speakers[candidate] == context.speakers[target]),
        float(context.vectors[candidate] @ context.vectors[target]),
        span_in(text).evidence,
        context.intensities[candidate],
        context.intensities[target],
        float(candidate == 0),
        math.log1p(len(text.split())),
        float(text.rstrip().endswith("?")),
        candidate / max(1, target),
    ]


class CauseModel(BaseModel):
    model_config = ConfigDict(frozen=True)

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float  # on the probability; chosen by cross-validation on the train split
    span_mode: str  # "clause", "marked" or "utterance": see `span`

    def probability(self, context: PairContext, target: int, candidate: int) -> float:
        x = (np.array(pair_features(context, target, candidate)) - np.array(self.mean)) / np.array(self.scale)
        logit = float(x @ np.array(self.weights)) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))

    def span(self, text: str) -> str:
        """The cause span in a chosen utterance: the whole of it, the clause (agent.cause.span_in), or the
        clause only when an explicit causal marker introduces it ("marked")."""
        if self.span_mode == "utterance":
            return text.strip()
        guess = span_in(text)
        needed = _MARKED if self.span_mode == "marked" else 0.0
        return guess.span if guess.evidence > needed else text.strip()

    def best(self, context: PairContext, target: int, candidates: Sequence[int]) -> tuple[int, float]:
        scored = [(self.probability(context, target, c), c) for c in candidates]
        probability, candidate = max(scored)
        return candidate, probability


@lru_cache(maxsize=1)
def load_cause_model() -> CauseModel | None:
    if not ARTIFACT.exists():
        return None
    return CauseModel.model_validate(json.loads(ARTIFACT.read_text(encoding="utf-8"))["model"])
