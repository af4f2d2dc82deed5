"""`warmline train crisis` for the semantic layer: embed the training set, choose the margins, save with a card.

Deterministic: the template set is generated with a seeded generator, the ordinary negatives are a seeded sample,
MiniLM runs in inference mode, and the thresholds come from a fixed grid with a fixed selection rule:

- crisis margin: among the margins at which, on each of the development, check, former held-out and former blind
  probe files, the semantic layer adds crisis false positives on at most `max_added_fpr` of the safe messages and
  the development file's crisis false-positive rate stays at most 0.03 (the issue's goal), the one with the best
  recall minus false-positive rate on the held-back fifth of the hand-written messages (agent.crisis_written);
- concern margin: the lowest margin at which the share of safe messages given a check-in rises by at most
  `max_added_concern` on each file.

Any other probe file (a new blind set) is never read here except to keep its messages out of training.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import numpy as np

from agent.crisis_data import generate
from agent.crisis_semantic import CARD, VECTORS, Margins, Matrix, SemanticDetector, forget_loaded, quantise
from agent.crisis_written import WrittenMessage
from agent.schema import RiskAssessment, RiskLevel

TUNING_FILES = ("crisis_dev.jsonl", "crisis_check.jsonl", "crisis_holdout.jsonl", "crisis_blind.jsonl")
WRITTEN_TUNING = "written (held-back fifth)"  # agent.crisis_written: never training text
_GRID = tuple(round(float(x), 3) for x in np.arange(-0.05, 0.301, 0.005))
_RANK = {RiskLevel.NONE: 0, RiskLevel.CONCERN: 1, RiskLevel.CRISIS: 2}
Embed = Callable[[Sequence[str]], Matrix]


@dataclass(frozen=True)
class SemanticTrainingSet:
    crisis: list[str]
    safe: list[str]

    @classmethod
    def build(
        cls,
        seed: int,
        exclude: Sequence[str],
        ordinary: Sequence[str],
        written: Sequence[WrittenMessage] = (),
    ) -> SemanticTrainingSet:
        """Templates (none near `exclude`), then the hand-written training messages (agent.crisis_written.partition);
        concern messages stay out of both sides: the layer's two sets are crisis and none."""
        examples = generate(seed=seed, exclude=exclude, paraphrases=True)
        crisis = [e.text for e in examples if e.level is RiskLevel.CRISIS]
        crisis += [m.text for m in written if m.level is RiskLevel.CRISIS]
        safe = [e.text for e in examples if e.level is RiskLevel.NONE] + list(ordinary)
        safe += [m.text for m in written if m.level is RiskLevel.NONE]
        return cls(crisis, safe)


_OFF = 9.0  # a margin no message reaches: that rule switched off


@dataclass(frozen=True)
class TuningFile:
    """One probe file, screened once by the rules and n-gram; the semantic margins are swept over it."""

    name: str
    crisis: tuple[bool, ...]  # labelled crisis
    base: tuple[RiskAssessment, ...]  # the rules' and n-gram's assessment
    margins: tuple[float, ...]

    def rates(self, margins: Margins) -> dict[str, float]:
        levels = [
            max(_RANK[b.level], _RANK[margins.decide(b, m)])
            for b, m in zip(self.base, self.margins, strict=True)
        ]
        positives = [lvl for lvl, c in zip(levels, self.crisis, strict=True) if c]
        negatives = [lvl for lvl, c in zip(levels, self.crisis, strict=True) if not c]
        return {
            "recall": round(sum(lvl == 2 for lvl in positives) / max(1, len(positives)), 4),
            "false_positive_rate": round(sum(lvl == 2 for lvl in negatives) / max(1, len(negatives)), 4),
            "safe_given_check_in": round(sum(lvl >= 1 for lvl in negatives) / max(1, len(negatives)), 4),
        }


def tuning_file(path: Path, detector: SemanticDetector, embed: Embed) -> TuningFile:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    labelled = [(str(r["text"]), r["label"] == "crisis") for r in rows]
    return tuning_rows(path.name, labelled, detector, embed)


def tuning_rows(
    name: str, labelled: Sequence[tuple[str, bool]], detector: SemanticDetector, embed: Embed
) -> TuningFile:
    """(text, is crisis) pairs screened once by the rules and n-gram, with this layer's margin for each."""
    from agent.crisis import screen
    from agent.schema import Conversation

    texts = [text for text, _ in labelled]
    margins = tuple(round(float(m), 4) for m in detector.margins(embed(texts)))
    base = tuple(screen(t, Conversation()) for t in texts)
    return TuningFile(name, tuple(crisis for _, crisis in labelled), base, margins)


def written_tuning(messages: Sequence[WrittenMessage]) -> list[tuple[str, bool]]:
    """The held-back written messages as a tuning file: crisis against none (concern is neither)."""
    return [(m.text, m.level is RiskLevel.CRISIS) for m in messages if m.level is not RiskLevel.CONCERN]


def choose_margins(
    files: Sequence[TuningFile],
    max_added_fpr: float = 0.03,
    max_added_concern: float = 0.05,
    recall_file: TuningFile | None = None,
) -> Margins:
    """Thresholds, crisis first, then concern, that keep every probe file's added alarms in bounds.

    Without `recall_file` the crisis margin is the lowest within bounds. With it (the held-back hand-written
    messages, harder and more varied than the probe files) it is the one within bounds with the best recall minus
    false-positive rate there, ties to the higher margin: the screen is tuned for recall, and a file full of hard
    negatives should weigh both sides rather than only cap the alarms."""
    off = Margins(_OFF, _OFF)
    before = {f.name: f.rates(off) for f in files}

    def fpr_ok(m: Margins) -> bool:
        for f in files:
            fpr = f.rates(m)["false_positive_rate"]
            if fpr - before[f.name]["false_positive_rate"] > max_added_fpr + 1e-9:
                return False
            if f.name == "crisis_dev.jsonl" and fpr > 0.03 + 1e-9:
                return False
        return True

    allowed = [t for t in _GRID if fpr_ok(Margins(t, t))]
    crisis = _best_for_recall(allowed, recall_file) if recall_file and allowed else next(iter(allowed), _OFF)
    scored = [*files, recall_file] if recall_file else list(files)
    # A concern reading is a crisis beside a rule's sign, so the concern margin answers to both limits.
    after = {f.name: f.rates(Margins(crisis, crisis))["safe_given_check_in"] for f in scored}

    def concern_ok(t: float) -> bool:
        m = Margins(crisis, t)
        added = (f.rates(m)["safe_given_check_in"] - after[f.name] for f in scored)
        return fpr_ok(m) and all(a <= max_added_concern + 1e-9 for a in added)

    concern = next((t for t in _GRID if t <= crisis and concern_ok(t)), crisis)
    return Margins(crisis, concern)


def _best_for_recall(margins: Sequence[float], file: TuningFile) -> float:
    def youden(t: float) -> float:
        rates = file.rates(Margins(t, t))
        return rates["recall"] - rates["false_positive_rate"]

    return max(reversed(margins), key=youden)


def cached_embedder(cache: Path | None, progress: bool) -> Embed:
    """MiniLM vectors, optionally kept on disk by text hash (embedding thousands of messages takes minutes)."""
    from agent.embeddings import shared_embedder

    def embed(texts: Sequence[str]) -> Matrix:
        if cache is None:
            return shared_embedder().embed_many(list(texts), progress=progress)
        cache.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
        path = cache / f"crisis_semantic_{key}.npy"
        if path.exists():
            cached: Matrix = np.load(path)
            return cached
        vectors = shared_embedder().embed_many(list(texts), progress=progress)
        np.save(path, vectors)
        return vectors

    return embed


def train_and_save(
    shared: Path, probes: Path, seed: int = 13, negatives: int = 3000, progress: TextIO | None = None,
    cache: Path | None = None,
) -> dict[str, object]:  # fmt: skip
    from agent import crisis_written
    from agent.crisis_model import ordinary_negatives, probe_texts

    started = time.monotonic()
    ordinary = ordinary_negatives(shared, negatives, seed)
    written, held_back = crisis_written.partition(probes)
    data = SemanticTrainingSet.build(seed, probe_texts(probes), ordinary, written)
    _log(progress, f"semantic layer: embedding {len(data.crisis)} crisis and {len(data.safe)} safe messages")
    embed = cached_embedder(cache, progress is not None)
    crisis, safe = quantise(embed(data.crisis)), quantise(embed(data.safe))
    detector = SemanticDetector(crisis, safe, Margins(_OFF, _OFF))
    files = [tuning_file(probes / name, detector, embed) for name in TUNING_FILES]
    written_file = tuning_rows(WRITTEN_TUNING, written_tuning(held_back), detector, embed)
    detector.thresholds = choose_margins(files, recall_file=written_file)
    files.append(written_file)
    _log(progress, f"margins: {detector.thresholds}")
    np.savez_compressed(VECTORS, crisis=crisis, safe=safe)
    card = _card(data, len(ordinary), seed, detector, files, time.monotonic() - started)
    card["written"] = {
        "source": "agent/resources/crisis/written/*.jsonl and the spent probe files "
        + ", ".join(crisis_written.SPENT),
        "training": len(written),
        "held_back_for_tuning": len(held_back),
    }
    CARD.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    forget_loaded()
    return card


def _card(
    data: SemanticTrainingSet, ordinary: int, seed: int, detector: SemanticDetector, files: Sequence[TuningFile],
    seconds: float,
) -> dict[str, object]:  # fmt: skip
    from agent.crisis_semantic import MODEL_NAME, K

    return {
        "model": f"{MODEL_NAME}: mean cosine of the {K} nearest crisis minus the {K} nearest none vectors "
        "(all-MiniLM-L6-v2, int8)",
        "data": {"crisis_messages": len(data.crisis), "none_messages": len(data.safe) - ordinary,
                 "ordinary_negatives": ordinary,
                 "ordinary_sources": "dair-ai emotion train.txt, GoEmotions original train.tsv (read only)"},
        "seed": seed,
        "k": K,
        "crisis_margin": detector.thresholds.crisis,
        "concern_margin": detector.thresholds.concern,
        "selection": "crisis margin: best recall minus FPR on the held-back written messages among margins with "
        "added crisis FPR <= 0.03 per probe tuning file and dev FPR <= 0.03; concern margin: lowest with added "
        "check-ins on safe messages <= 0.05 per file",
        "full_screen_on_tuning_files": {
            f.name: {"before": f.rates(Margins(_OFF, _OFF)), "after": f.rates(detector.thresholds)}
            for f in files
        },
        "artefact_bytes": VECTORS.stat().st_size,
        "train_seconds": round(seconds),
    }  # fmt: skip


def _log(stream: TextIO | None, message: str) -> None:
    if stream is not None:
        print(message, file=stream, flush=True)
