"""`warmline train emotion`, `warmline eval emotion|cause`, `warmline bench perception`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.commands import CommandGroups


def register(groups: CommandGroups) -> None:
    train = groups.train.add_parser("emotion", help="train the GoEmotions head (train split; dev thresholds)")
    train.add_argument("--seed", type=int, default=13)
    train.add_argument("--cache", type=Path, default=Path("/tmp/warmline-cache"), help="feature cache dir")
    train.set_defaults(handler=_train_emotion)

    emotion = groups.eval.add_parser("emotion", help="28-label and Ekman-7 F1 on a GoEmotions TSV")
    emotion.add_argument("--data", type=Path, required=True)
    emotion.set_defaults(handler=_eval_emotion)

    cause = groups.eval.add_parser("cause", help="causal-utterance and span F1 on a RECCON JSON file")
    cause.add_argument("--data", type=Path, required=True)
    cause.set_defaults(handler=_eval_cause)

    bench = groups.bench.add_parser("perception", help="per-turn perception latency (p50/p95 ms)")
    bench.add_argument("--json", action="store_true", help="print only the JSON line")
    bench.add_argument("--turns", type=int, default=200)
    bench.set_defaults(handler=_bench_perception)


def _train_emotion(args: argparse.Namespace) -> int:
    from agent.emotion_train import TrainConfig, train

    report = train(TrainConfig(seed=args.seed, cache_dir=args.cache))
    print(report.model_dump_json())
    return 0


def _eval_emotion(args: argparse.Namespace) -> int:
    from agent.emotion import decide, evaluate, label_matrix, load_classifier, load_tsv

    examples = load_tsv(args.data)
    classifier = load_classifier()
    scores = classifier.score_matrix([e.text for e in examples])
    print(evaluate(label_matrix(examples), decide(scores)).model_dump_json())
    return 0


def _eval_cause(args: argparse.Namespace) -> int:
    from agent.cause_eval import evaluate_file

    print(evaluate_file(args.data).model_dump_json())
    return 0


def _bench_perception(args: argparse.Namespace) -> int:
    from bench.perception import run

    result = run(turns=args.turns)
    if not args.json:
        print(f"perception: p50 {result.p50_ms:.2f} ms, p95 {result.p95_ms:.2f} ms over {result.turns} turns")
    print(json.dumps(result.model_dump()))
    return 0
