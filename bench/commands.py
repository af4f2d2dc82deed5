"""`warmline bench latency|retrieval|load` (more benchmarks are registered by their own modules)."""

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
    latency.add_argument(
        "--pause", type=float, default=0.3, help="seconds between a reply and the next message"
    )
    latency.add_argument("--json", action="store_true", help="print only the JSON object")
    latency.set_defaults(handler=_latency)
    retrieval = groups.bench.add_parser(
        "retrieval", help="retrieve-stage p50/p95 over a store of N documents"
    )
    retrieval.add_argument(
        "--docs", type=int, default=20_000, help="synthetic documents in a temporary store"
    )
    retrieval.add_argument("--rounds", type=int, default=5, help="passes over the benchmark conversations")
    retrieval.add_argument("--json", action="store_true", help="print only the JSON object")
    retrieval.set_defaults(handler=_retrieval)
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
    report = run(args.rounds, args.data_dir, args.pause)
    if not args.json:
        print(f"whole turn p50 {report.turn.p50_ms} ms, p95 {report.turn.p95_ms} ms (n={report.turn.n})")
        print(f"  CPU time per turn: p50 {report.turn_cpu.p50_ms} ms, p95 {report.turn_cpu.p95_ms} ms")
        for name, p in report.stages.items():
            print(f"  {name:<9} p50 {p.p50_ms:>8} ms  p95 {p.p95_ms:>8} ms")
    print(report.model_dump_json())
    return 0


def _retrieval(args: argparse.Namespace) -> int:
    import os

    from agent.core_commands import OFFLINE_ENV
    from bench.retrieval import run

    os.environ.update(OFFLINE_ENV)
    report = run(args.docs, args.rounds)
    if not args.json:
        print(
            f"{report.docs} documents (filled in {report.fill_s} s), {report.queries} queries, k={report.k}"
        )
        for name, t in (
            ("retrieve", report.retrieve),
            ("filtered", report.filtered),
            ("chroma", report.chroma),
        ):
            print(
                f"  {name:<9} p50 {t.p50_ms:>7} ms  p95 {t.p95_ms:>7} ms  (CPU p50 {t.cpu_p50_ms}, p95 {t.cpu_p95_ms})"
            )
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
