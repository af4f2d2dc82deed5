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
    load = groups.bench.add_parser("load", help="concurrent Socket.IO sessions against a running server")
    load.add_argument("--sessions", type=int, default=50)
    load.add_argument("--turns", type=int, default=3)
    load.add_argument("--think", type=float, nargs=2, default=(2.0, 8.0), metavar=("MIN_S", "MAX_S"))
    load.add_argument("--ramp", type=float, default=10.0, help="seconds over which sessions start")
    load.add_argument("--url", default=None, help="default: start the app on a free loopback port")
    load.add_argument("--json", action="store_true")
    load.set_defaults(handler=_load)


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


def _load(args: argparse.Namespace) -> int:
    import asyncio
    import tempfile
    from urllib.parse import urlparse

    from bench.load import run
    from bench.server import running_app

    def measure(url: str) -> str:
        host = urlparse(url).hostname or ""
        if host not in {"127.0.0.1", "localhost", "::1"}:
            raise SystemExit("the load benchmark only targets loopback addresses")
        report = asyncio.run(run(url, args.sessions, args.turns, tuple(args.think), args.ramp))
        return report.model_dump_json()

    if args.url:
        print(measure(args.url))
        return 0
    with tempfile.TemporaryDirectory(prefix="warmline-load-") as tmp, running_app(Path(tmp)) as url:
        print(f"server at {url}", flush=True)
        print(measure(url))
    return 0
