"""`warmline train safety` and `warmline eval safety --data FILE`.

eval reads either a crisis-probe JSONL (`{"text", "label": "crisis"|"safe", "kind"?}` per line: scores the crisis
screen) or DiaSafety JSON (a list of `{"context", "response", "category", "label"}`: scores the offline critic's
unsafe classification). Either way the last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from agent.commands import CommandGroups


PROBES = Path(__file__).resolve().parent.parent / "tests" / "probes"


class CrisisProbe(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    text: str
    label: Literal["crisis", "safe"]
    kind: str | None = None


def register(groups: CommandGroups) -> None:
    train = groups.train.add_parser("safety", help="train the critic's DiaSafety classifier (deterministic)")
    train.add_argument("--data", type=Path, default=None, help="DiaSafety train.json (default: shared data)")
    train.add_argument("--seed", type=int, default=13)
    train.add_argument("--cache", type=Path, default=None, help="embedding cache directory (e.g. /tmp/...)")
    train.set_defaults(handler=_train)
    evaluate = groups.eval.add_parser(
        "safety", help="score the crisis screen (JSONL) or the critic (DiaSafety)"
    )
    evaluate.add_argument("--data", type=Path, required=True, help="crisis-probe JSONL or DiaSafety JSON")
    evaluate.add_argument("--critic", choices=("combined", "rules", "model"), default="combined")
    evaluate.add_argument("--cache", type=Path, default=None, help="embedding cache directory for DiaSafety")
    evaluate.set_defaults(handler=_eval)
    bench = groups.bench.add_parser("crisis", help="latency of the crisis screen on the probe messages")
    bench.add_argument("--data", type=Path, default=PROBES / "crisis_dev.jsonl")
    bench.add_argument("--rounds", type=int, default=20)
    bench.add_argument(
        "--json", action="store_true", help="accepted for symmetry; the last line is JSON anyway"
    )
    bench.set_defaults(handler=_bench)


def _train(args: argparse.Namespace) -> int:
    from agent import safety_model
    from agent.settings import SHARED_DATA

    data = args.data or SHARED_DATA / "diasafety" / "train.json"
    note = safety_model.train_and_save(data, seed=args.seed, progress=sys.stderr, cache=args.cache)
    print(json.dumps(note, sort_keys=True))
    return 0


def _eval(args: argparse.Namespace) -> int:
    path: Path = args.data
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        from agent.safety_eval import evaluate_diasafety

        result = evaluate_diasafety(path, mode=args.critic, cache=args.cache)
    else:
        probes = [CrisisProbe.model_validate_json(line) for line in text.splitlines() if line.strip()]
        result = evaluate_crisis(probes)
    print(json.dumps(result, sort_keys=True))
    return 0


def _bench(args: argparse.Namespace) -> int:
    import time

    from agent.crisis import screen
    from agent.schema import Conversation

    lines = args.data.read_text(encoding="utf-8").splitlines()
    texts = [CrisisProbe.model_validate_json(line).text for line in lines if line.strip()]
    conversation = Conversation()
    timings: list[float] = []
    for _ in range(args.rounds):
        for text in texts:
            started = time.perf_counter()
            screen(text, conversation)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    result = {
        "stage": "crisis_screen",
        "messages": len(texts),
        "calls": len(timings),
        "p50_ms": round(timings[len(timings) // 2], 4),
        "p95_ms": round(timings[int(len(timings) * 0.95)], 4),
        "max_ms": round(timings[-1], 4),
    }
    print(json.dumps(result, sort_keys=True))
    return 0


def evaluate_crisis(probes: Sequence[CrisisProbe]) -> dict[str, object]:
    """A probe counts as detected when the screen says `crisis` (a `concern` is not a hand-off to resources)."""
    from agent.crisis import screen
    from agent.schema import Conversation, RiskLevel

    flagged = [screen(p.text, Conversation()).level is RiskLevel.CRISIS for p in probes]
    groups: dict[str, list[tuple[CrisisProbe, bool]]] = defaultdict(list)
    for probe, hit in zip(probes, flagged, strict=True):
        groups[probe.kind or "unlabelled"].append((probe, hit))
    summary = _rates([(p, h) for p, h in zip(probes, flagged, strict=True)])
    return {
        "n": len(probes),
        **summary,
        "per_kind": {k: {"n": len(v), **_rates(v)} for k, v in sorted(groups.items())},
    }


def _rates(pairs: Sequence[tuple[CrisisProbe, bool]]) -> dict[str, float | int | None]:
    positives = [hit for probe, hit in pairs if probe.label == "crisis"]
    negatives = [hit for probe, hit in pairs if probe.label == "safe"]
    return {
        "positives": len(positives),
        "negatives": len(negatives),
        "recall": round(sum(positives) / len(positives), 4) if positives else None,
        "false_positive_rate": round(sum(negatives) / len(negatives), 4) if negatives else None,
    }
