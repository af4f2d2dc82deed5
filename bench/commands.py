"""`warmline bench latency` (more benchmarks are registered by their own modules)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.commands import CommandGroups


def register(groups: CommandGroups) -> None:
    latency = groups.bench.add_parser("latency", help="cold start and per-stage/whole-turn p50/p95")
    latency.add_argument("--rounds", type=int, default=5, help="passes over the benchmark conversations")
    latency.add_argument("--data-dir", type=Path, default=None, help="default: a fresh temporary directory")
    latency.add_argument("--json", action="store_true", help="print only the JSON object")
    latency.set_defaults(handler=_latency)


def _latency(args: argparse.Namespace) -> int:
    import os

    from agent.core_commands import OFFLINE_ENV
    from bench.latency import run

    os.environ.update(OFFLINE_ENV)
    report = run(args.rounds, args.data_dir)
    if not args.json:
        print(f"whole turn p50 {report.turn.p50_ms} ms, p95 {report.turn.p95_ms} ms (n={report.turn.n})")
        for name, p in report.stages.items():
            print(f"  {name:<9} p50 {p.p50_ms:>8} ms  p95 {p.p95_ms:>8} ms")
    print(report.model_dump_json())
    return 0
