"""Measures the redactor on a labelled JSONL set: `{"text": ..., "spans": [{"type": "email", "text": ...}]}`.

A span counts as removed when its text no longer appears in the redacted text. Over-redaction is counted as the
placeholders beyond the number of labelled spans in each text (texts with no spans show it most plainly).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from memory.redact import PiiType, redact


class Span(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    type: PiiType
    text: str


class LabelledText(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    spans: tuple[Span, ...] = ()


class RedactionScores(BaseModel):
    n: int
    spans: int
    recall: float
    per_type_recall: dict[str, float]
    per_type_spans: dict[str, int]
    over_redactions: int
    missed: list[str]


_PLACEHOLDER = re.compile(r"\[(?:EMAIL|URL|PHONE|ADDRESS|NAME)\]")


def load_labelled(path: Path) -> list[LabelledText]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [LabelledText.model_validate(json.loads(line)) for line in lines if line.strip()]


def evaluate(items: list[LabelledText]) -> RedactionScores:
    found: dict[str, list[bool]] = {kind.value: [] for kind in PiiType}
    missed, over = [], 0
    for item in items:
        redacted = redact(item.text)
        for span in item.spans:
            removed = span.text not in redacted
            found[span.type.value].append(removed)
            if not removed:
                missed.append(f"{span.type.value}: {span.text}")
        over += max(0, len(_PLACEHOLDER.findall(redacted)) - len(item.spans))
    hits = [hit for values in found.values() for hit in values]
    return RedactionScores(
        n=len(items),
        spans=len(hits),
        recall=round(sum(hits) / max(1, len(hits)), 4),
        per_type_recall={k: round(sum(v) / len(v), 4) for k, v in found.items() if v},
        per_type_spans={k: len(v) for k, v in found.items()},
        over_redactions=over,
        missed=missed,
    )
