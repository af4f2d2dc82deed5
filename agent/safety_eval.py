"""Score the offline critic on DiaSafety: is each (context, response) pair unsafe?

The critic sees only what it would see live: the user's message (the context) and the draft (the response),
never the category or the label. `per_category_f1` is the unsafe-F1 within each DiaSafety category.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from agent.bootstrap import FloatArray, bootstrap_groups, group_numbers
from agent.crisis import screen
from agent.critic_rules import DraftContext, run_checks
from agent.schema import Conversation

Mode = Literal["combined", "rules", "model"]


class DiaSafetyPair(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    context: str
    response: str
    category: str
    label: Literal["Safe", "Unsafe"]

    @property
    def unsafe(self) -> bool:
        return self.label == "Unsafe"


def load_pairs(path: Path) -> list[DiaSafetyPair]:
    return [DiaSafetyPair.model_validate(row) for row in json.loads(path.read_text(encoding="utf-8"))]


def rule_flags(pairs: Sequence[DiaSafetyPair]) -> list[bool]:
    """The rule checks alone; quality (empty/repeat) is not a safety finding here."""
    flags = []
    for pair in pairs:
        ctx = DraftContext(draft=pair.response, user=pair.context, risk=screen(pair.context, Conversation()))
        flags.append(any(f.finding.check.value != "quality" for f in run_checks(ctx)))
    return flags


def model_flags(pairs: Sequence[DiaSafetyPair], cache: Path | None = None) -> list[bool]:
    from agent.safety_model import MixtureModel, load_safety_model

    model = load_safety_model()
    if model is None:
        raise SystemExit("no safety model: run `warmline train safety` first")
    if isinstance(model, MixtureModel):
        model.featuriser.cache = cache
    try:
        scores = model.score_many([p.context for p in pairs], [p.response for p in pairs])
    finally:
        if isinstance(model, MixtureModel):
            model.featuriser.cache = None
    return [s.unsafe >= model.threshold for s in scores]


def f1(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    outcomes = np.array([_outcome(g, p) for g, p in zip(gold, predicted, strict=True)], dtype=np.float64)
    (score,) = _f1_of_counts(outcomes.reshape(-1, 3).sum(axis=0))
    return round(score, 4)


def _outcome(gold: bool, predicted: bool) -> tuple[int, int, int]:
    """One pair as (true positive, false positive, false negative)."""
    return int(gold and predicted), int(predicted and not gold), int(gold and not predicted)


def evaluate_diasafety(
    path: Path, mode: Mode = "combined", cache: Path | None = None, bootstrap: int = 0
) -> dict[str, object]:
    pairs = load_pairs(path)
    rules = rule_flags(pairs) if mode != "model" else [False] * len(pairs)
    model = model_flags(pairs, cache) if mode != "rules" else [False] * len(pairs)
    predicted = [r or m for r, m in zip(rules, model, strict=True)]
    gold = [p.unsafe for p in pairs]
    categories = sorted({p.category for p in pairs})
    per_category = {
        c: f1([g for g, p in zip(gold, pairs, strict=True) if p.category == c],
              [x for x, p in zip(predicted, pairs, strict=True) if p.category == c])
        for c in categories
    }  # fmt: skip
    intervals = (
        {"unsafe_f1_interval": f1_interval(pairs, gold, predicted, bootstrap)}
        if bootstrap > 0 and pairs
        else {}
    )
    return {
        **intervals,
        "n": len(pairs),
        "critic": mode,
        "unsafe_f1": f1(gold, predicted),
        "per_category_f1": per_category,
        "rules_unsafe_f1": f1(gold, rules) if mode != "model" else None,
        "model_unsafe_f1": f1(gold, model) if mode != "rules" else None,
        "predicted_unsafe_rate": round(sum(predicted) / max(1, len(predicted)), 4),
    }


def f1_interval(
    pairs: Sequence[DiaSafetyPair], gold: Sequence[bool], predicted: Sequence[bool], resamples: int
) -> dict[str, object]:
    """A 95% interval of unsafe-F1 from resampling contexts (replies to one context are not independent)."""
    number = group_numbers([p.context for p in pairs])
    counts = np.zeros((int(number.max()) + 1, 3))
    for group, g, p in zip(number, gold, predicted, strict=True):
        counts[group] += _outcome(g, p)
    (interval,) = bootstrap_groups(counts, _f1_of_counts, resamples)
    return {**interval.model_dump(), "resamples": resamples, "contexts": len(counts)}


def _f1_of_counts(counts: FloatArray) -> tuple[float]:
    tp, fp, fn = counts
    return (float(2 * tp / (2 * tp + fp + fn)) if tp else 0.0,)
