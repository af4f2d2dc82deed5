"""`warmline train strategy`, `warmline eval strategy`, `warmline bench strategy`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.commands import CommandGroups


def register(groups: CommandGroups) -> None:
    train = groups.train.add_parser(
        "strategy", help="rebuild the debiased strategy selector from ESConv train"
    )
    train.add_argument("--seed", type=int, default=13)
    train.add_argument("--folds", type=int, default=5, help="folds for the out-of-fold debiasing fit")
    train.add_argument("--ablation", action="store_true", help="also write strategies/ABLATION.md")
    train.add_argument("--no-save", action="store_true", help="do not overwrite the committed artefact")
    train.add_argument(
        "--trees", action="store_true", help="experiment (not shipped): blend boosted trees into the model"
    )
    train.add_argument("--cache-dir", type=Path, default=Path("/tmp/warmline-cache"))
    train.set_defaults(handler=_train)

    evaluate = groups.eval.add_parser("strategy", help="the live selector over an ESConv JSONL file")
    evaluate.add_argument("--data", type=Path, required=True)
    evaluate.add_argument(
        "--report", type=Path, default=None, help="directory for the confusion/preference PNGs"
    )
    evaluate.add_argument(
        "--bootstrap",
        type=int,
        default=0,
        metavar="N",
        help="also report 95%% intervals from N resamples of whole dialogues (key 'intervals')",
    )
    evaluate.set_defaults(handler=_eval)

    bench = groups.bench.add_parser("strategy", help="decisions per second and p95 latency of the selector")
    bench.add_argument("--decisions", type=int, default=1000)
    bench.add_argument("--json", action="store_true", help="print only the JSON line")
    bench.set_defaults(handler=_bench)


def _train(args: argparse.Namespace) -> int:
    from strategies.train import TrainOptions, train

    options = TrainOptions(
        seed=args.seed,
        folds=args.folds,
        ablation=args.ablation,
        trees=args.trees,
        save=not args.no_save,
        cache_dir=args.cache_dir,
    )
    summary = train(options)
    print(summary.model_dump_json())
    return 0


def _eval(args: argparse.Namespace) -> int:
    from strategies.evaluate import replay_file, write_report
    from strategies.selector import load_selector

    selector = load_selector()
    replay = replay_file(args.data, selector)
    scores = replay.scores()
    result = {"model": selector.model_id, **scores.model_dump()}
    if args.bootstrap > 0 and scores.n > 0:
        result["intervals"] = replay.intervals(args.bootstrap).model_dump()
    elif args.bootstrap > 0:
        result["notes"] = [*scores.notes, "no labelled supporter turns: no intervals"]
    if args.report is not None:
        for path in write_report(scores, args.report):
            print(f"wrote {path}")
    print(json.dumps(result))
    return 0


def _bench(args: argparse.Namespace) -> int:
    from strategies.benchmark import run

    result = run(decisions=args.decisions)
    if not args.json:
        print(f"{result.decisions_per_second:.0f} decisions/s, p95 {result.p95_ms:.2f} ms (embedding cached)")
        print(f"CPU time: {result.cpu_decisions_per_second:.0f} decisions/s, p95 {result.cpu_p95_ms:.2f} ms")
    print(result.model_dump_json())
    return 0
