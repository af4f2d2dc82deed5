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
    train.add_argument("--epochs", type=int, default=3)
    train.add_argument("--top-layers", type=int, default=2, choices=(1, 2, 3))
    train.add_argument("--cache", type=Path, default=Path("/tmp/warmline-cache"), help="feature cache dir")
    train.set_defaults(handler=_train_emotion)

    train_cause = groups.train.add_parser(
        "cause", help="train the RECCON causal-utterance model (train split)"
    )
    train_cause.add_argument("--seed", type=int, default=13)
    train_cause.set_defaults(handler=_train_cause)

    emotion = groups.eval.add_parser("emotion", help="28-label and Ekman-7 F1 on a GoEmotions TSV")
    emotion.add_argument("--data", type=Path, required=True)
    emotion.add_argument("--engine", choices=("offline", "llm"), default="offline")
    emotion.add_argument(
        "--bootstrap",
        type=int,
        default=0,
        metavar="N",
        help="also 95%% intervals from N resamples of the texts",
    )
    emotion.set_defaults(handler=_eval_emotion)

    cause = groups.eval.add_parser("cause", help="causal-utterance and span F1 on a RECCON JSON file")
    cause.add_argument("--data", type=Path, required=True)
    cause.add_argument("--method", choices=("auto", "model", "heuristic", "llm"), default="auto")
    cause.set_defaults(handler=_eval_cause)

    bench = groups.bench.add_parser("perception", help="per-turn perception latency (p50/p95 ms)")
    bench.add_argument("--json", action="store_true", help="print only the JSON line")
    bench.add_argument("--turns", type=int, default=200)
    bench.add_argument("--threads", type=int, default=1, help="torch intra-op threads (the app uses 1)")
    bench.set_defaults(handler=_bench_perception)


def _train_emotion(args: argparse.Namespace) -> int:
    from agent.emotion_train import TrainConfig, train

    config = TrainConfig(seed=args.seed, epochs=args.epochs, top_layers=args.top_layers, cache_dir=args.cache)
    report = train(config)
    print(report.model_dump_json())
    return 0


def _train_cause(args: argparse.Namespace) -> int:
    from agent.cause_eval import train_cause

    print(train_cause(seed=args.seed).model_dump_json())
    return 0


def _eval_emotion(args: argparse.Namespace) -> int:
    from agent.emotion import decide, evaluate, label_matrix, load_classifier, load_tsv

    examples = load_tsv(args.data)
    if args.engine == "llm":
        from agent.llm_perception import llm_label_matrix

        predicted = llm_label_matrix([e.text for e in examples])
        print(
            evaluate(label_matrix(examples), predicted, bootstrap=args.bootstrap).model_dump_json(
                exclude_none=True
            )
        )
        return 0
    batch = load_classifier().analyse([e.text for e in examples], progress=True)
    gold = label_matrix(examples)
    metrics = evaluate(gold, decide(batch.scores), decide(batch.ekman), args.bootstrap)
    print(metrics.model_dump_json(exclude_none=True))
    return 0


def _eval_cause(args: argparse.Namespace) -> int:
    from agent.cause_eval import evaluate_file

    print(evaluate_file(args.data, args.method).model_dump_json())
    return 0


def _bench_perception(args: argparse.Namespace) -> int:
    from bench.perception import run

    result = run(turns=args.turns, threads=args.threads)
    if not args.json:
        print(f"perception: p50 {result.p50_ms:.2f} ms, p95 {result.p95_ms:.2f} ms over {result.turns} turns")
        print(
            f"  of which the model pass: p50 {result.model_p50_ms:.2f} ms, p95 {result.model_p95_ms:.2f} ms"
        )
    print(json.dumps(result.model_dump()))
    return 0
