"""`warmline train safety` and `warmline eval safety --data FILE`.

eval reads either a crisis-probe JSONL (`{"text", "label": "crisis"|"safe", "kind"?}` per line: scores the crisis
screen) or DiaSafety JSON (a list of `{"context", "response", "category", "label"}`: scores the offline critic's
unsafe classification). Either way the last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict
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
    crisis = groups.train.add_parser(
        "crisis", help="train the crisis screen's n-gram backstop and semantic layer (deterministic)"
    )
    crisis.add_argument("--seed", type=int, default=13)
    crisis.add_argument("--negatives", type=int, default=6000, help="ordinary messages read from shared data")
    crisis.add_argument("--layer", choices=("all", "ngram", "semantic"), default="all")
    crisis.add_argument("--cache", type=Path, default=None, help="sentence-vector cache directory (semantic)")
    crisis.add_argument(
        "--tuned-reader",
        action="store_true",
        help="add agent.crisis_encoder's fine-tuned reader to the semantic layer (experiment, not shipped)",
    )
    crisis.set_defaults(handler=_train_crisis)
    evaluate = groups.eval.add_parser(
        "safety", help="score the crisis screen (JSONL) or the critic (DiaSafety)"
    )
    evaluate.add_argument("--data", type=Path, required=True, help="crisis-probe JSONL or DiaSafety JSON")
    evaluate.add_argument("--critic", choices=("combined", "rules", "model"), default="combined")
    evaluate.add_argument("--cache", type=Path, default=None, help="embedding cache directory for DiaSafety")
    evaluate.add_argument(
        "--bootstrap", type=int, default=0, metavar="N",
        help="DiaSafety: also a 95%% interval of unsafe-F1 from N resamples of contexts",
    )  # fmt: skip
    evaluate.set_defaults(handler=_eval)
    bench = groups.bench.add_parser("crisis", help="latency of the crisis screen on the probe messages")
    bench.add_argument("--data", type=Path, default=PROBES / "crisis_dev.jsonl")
    bench.add_argument("--rounds", type=int, default=20)
    bench.add_argument(
        "--json", action="store_true", help="accepted for symmetry; the last line is JSON anyway"
    )
    bench.set_defaults(handler=_bench)
    critic = groups.bench.add_parser(
        "critic", help="per-draft latency of the offline critic (wall and CPU time)"
    )
    critic.add_argument("--data", type=Path, default=PROBES / "crisis_dev.jsonl", help="messages to reply to")
    critic.add_argument("--limit", type=int, default=100)
    critic.add_argument("--json", action="store_true", help="accepted for symmetry; the last line is JSON")
    critic.set_defaults(handler=_bench_critic)


def _train(args: argparse.Namespace) -> int:
    from agent import safety_model
    from agent.settings import SHARED_DATA

    data = args.data or SHARED_DATA / "diasafety" / "train.json"
    note = safety_model.train_and_save(data, seed=args.seed, progress=sys.stderr, cache=args.cache)
    print(json.dumps(note, sort_keys=True))
    return 0


def _train_crisis(args: argparse.Namespace) -> int:
    from agent import crisis_model, crisis_semantic_train
    from agent.settings import SHARED_DATA

    cards: dict[str, object] = {}
    if args.layer in ("all", "ngram"):
        cards["ngram"] = crisis_model.train_and_save(SHARED_DATA, PROBES, seed=args.seed,
                                                     negatives=args.negatives, progress=sys.stderr)  # fmt: skip
    if args.layer in ("all", "semantic"):
        # Half as many ordinary negatives: every one is a stored vector and a MiniLM pass at training time.
        cards["semantic"] = crisis_semantic_train.train_and_save(
            SHARED_DATA, PROBES, seed=args.seed, negatives=args.negatives // 2, progress=sys.stderr,
            cache=args.cache, tuned_reader=args.tuned_reader,
        )  # fmt: skip
    print(json.dumps(cards, sort_keys=True))
    return 0


def _eval(args: argparse.Namespace) -> int:
    path: Path = args.data
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        from agent.safety_eval import evaluate_diasafety

        result = evaluate_diasafety(path, mode=args.critic, cache=args.cache, bootstrap=args.bootstrap)
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
    cpu: list[float] = []  # this thread's CPU time: what the screen costs, whatever else the box is running
    for _ in range(args.rounds):
        for text in texts:
            started, started_cpu = time.perf_counter(), time.thread_time()
            screen(text, conversation)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.thread_time() - started_cpu) * 1000)
    timings.sort()
    result = {
        "stage": "crisis_screen",
        "messages": len(texts),
        "calls": len(timings),
        "p50_ms": round(timings[len(timings) // 2], 4),
        "p95_ms": round(timings[int(len(timings) * 0.95)], 4),
        "max_ms": round(timings[-1], 4),
        "thread_cpu": _percentiles(cpu),
        "semantic_layer": _bench_semantic(texts),
        "longest_messages_ms": _bench_longest(),
    }
    print(json.dumps(result, sort_keys=True))
    return 0


# Messages at the input guard's limit that repeat a sign hundreds of times: the rules' worst case, since every
# match looks back over its clause (agent.crisis `_marks`).
_LONGEST = {
    "slang_repeated": "kms lol ",
    "sentences_repeated": "i want to die. ",
    "negations_repeated": "not not not not not suicidal ",
}


def _bench_longest(chars: int = 4000, rounds: int = 5) -> dict[str, float]:
    """Thread CPU per screen (best of `rounds`) of each `_LONGEST` message, cut to `chars`."""
    import time

    from agent.crisis import screen
    from agent.schema import Conversation

    result = {}
    for name, unit in _LONGEST.items():
        text = (unit * (chars // len(unit) + 1))[:chars]
        times = []
        for _ in range(rounds):
            started = time.thread_time()
            screen(text, Conversation())
            times.append((time.thread_time() - started) * 1000)
        result[name] = round(min(times), 2)
    return result


def _bench_semantic(texts: Sequence[str]) -> dict[str, float]:
    """The semantic check as the pipeline runs it: right after perception read the message (its vector and
    features kept), so this times the neighbours, the head and the decision, not the model pass."""
    import time

    from agent.crisis_semantic import recheck
    from agent.emotion import load_classifier
    from agent.schema import RiskAssessment

    cpu: list[float] = []
    for text in texts:
        load_classifier().read(text)
        started = time.thread_time()
        recheck(RiskAssessment(), text)
        cpu.append((time.thread_time() - started) * 1000)
    return _percentiles(cpu)


def _bench_critic(args: argparse.Namespace) -> int:
    """Each message gets its own draft worded after it, so the embedder's cache cannot flatter the timing."""
    from agent.crisis import screen
    from agent.critic import load_critic
    from agent.critic_rules import DraftContext
    from agent.emotion import load_classifier
    from agent.schema import Conversation

    lines = args.data.read_text(encoding="utf-8").splitlines()
    texts = [CrisisProbe.model_validate_json(line).text for line in lines if line.strip()][: args.limit]
    critic = load_critic()
    critic.review_context(DraftContext(draft="Warm-up.", user="warm-up", risk=screen("", Conversation())))
    wall: list[float] = []
    cpu: list[float] = []
    for index, text in enumerate(texts):
        # Live, perception has just read the user's message (its vector and features are kept): the critic adds
        # one pass, the draft's.
        load_classifier().read(text)
        # Worded to pass the rules, so every draft reaches the classifier: the slow path is what is timed.
        draft = (
            f"I'm here with you ({index}). What feels hardest about '{text[:40]}'? Are you safe right now?"
        )
        ctx = DraftContext(draft=draft, user=text, risk=screen(text, Conversation()))
        started, started_cpu = time.perf_counter(), time.process_time()
        critic.review_context(ctx)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    result = {"stage": "critic", "drafts": len(texts), "classifier": critic.model is not None,
              "wall": _percentiles(wall), "process_cpu": _percentiles(cpu)}  # fmt: skip
    print(json.dumps(result, sort_keys=True))
    return 0


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50_ms": round(ordered[len(ordered) // 2], 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95)], 3),
        "mean_ms": round(sum(ordered) / len(ordered), 3),
    }


def evaluate_crisis(probes: Sequence[CrisisProbe]) -> dict[str, object]:
    """A probe counts as detected when the screen says `crisis` (a `concern` is not a hand-off to resources).

    The headline keys score the whole screen as the live pipeline runs it (rules, the n-gram backstop, then the
    semantic layer after perception); `concern_or_higher` counts a gentle check-in as a detection too; `rules`,
    `model` (the n-gram) and `semantic` (the semantic layer's own reading) score each part alone.
    """
    from agent.crisis import screen
    from agent.crisis_semantic import screen_many
    from agent.schema import Conversation, RiskLevel

    levels = [risk.level for risk in screen_many([p.text for p in probes])]
    flagged = [level is RiskLevel.CRISIS for level in levels]
    groups: dict[str, list[tuple[CrisisProbe, bool]]] = defaultdict(list)
    for probe, hit in zip(probes, flagged, strict=True):
        groups[probe.kind or "unlabelled"].append((probe, hit))
    rules = [screen(p.text, Conversation(), use_model=False).level for p in probes]
    return {
        "n": len(probes),
        **_rates(list(zip(probes, flagged, strict=True))),
        "concern_or_higher": _rates(
            [(p, v is not RiskLevel.NONE) for p, v in zip(probes, levels, strict=True)]
        ),
        "rules": {
            "crisis": _rates([(p, v is RiskLevel.CRISIS) for p, v in zip(probes, rules, strict=True)]),
            "concern_or_higher": _rates(
                [(p, v is not RiskLevel.NONE) for p, v in zip(probes, rules, strict=True)]
            ),
        },
        "model": _model_rates(probes),
        "semantic": _semantic_rates(probes),
        "per_kind": {k: {"n": len(v), **_rates(v)} for k, v in sorted(groups.items())},
    }


def _model_rates(probes: Sequence[CrisisProbe]) -> dict[str, object] | None:
    """The backstop alone: `at_risk` is P(concern or crisis) over its threshold, `crisis` its top class."""
    from agent.crisis_model import load_crisis_model
    from agent.schema import RiskLevel

    model = load_crisis_model()
    if model is None:
        return None
    predictions = [model.predict(p.text) for p in probes]
    return {
        "threshold": model.threshold,
        "at_risk": _rates(
            [(p, x.level is not RiskLevel.NONE) for p, x in zip(probes, predictions, strict=True)]
        ),
        "crisis": _rates(
            [(p, x.level is RiskLevel.CRISIS) for p, x in zip(probes, predictions, strict=True)]
        ),
    }


def _semantic_rates(probes: Sequence[CrisisProbe]) -> dict[str, object] | None:
    """The semantic layer alone: its margin over the crisis and the concern thresholds (no rule agreement)."""
    from agent.crisis_semantic import layer_scores, load_detector

    detector = load_detector()
    if detector is None:
        return None
    margins = layer_scores(detector, [p.text for p in probes])
    return {
        "margins": asdict(detector.thresholds),
        "crisis": _rates(
            [(p, bool(m >= detector.thresholds.crisis)) for p, m in zip(probes, margins, strict=True)]
        ),
        "concern_or_higher": _rates(
            [(p, bool(m >= detector.thresholds.concern)) for p, m in zip(probes, margins, strict=True)]
        ),
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
