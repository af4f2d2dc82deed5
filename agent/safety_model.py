"""The DiaSafety classifier behind the offline critic (trained by `warmline train safety`).

Placeholder until the artefact exists: `load_safety_model()` returns None and the critic runs on rules only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class SafetyScore:
    unsafe: float
    category: str


class SafetyModel(Protocol):
    def score(self, context: str, response: str) -> SafetyScore: ...


def load_safety_model() -> SafetyModel | None:
    return None
