"""`warmline bench latency`: cold start to first reply, then per-stage and whole-turn p50/p95 over warm turns."""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import torch
from pydantic import BaseModel

from agent.schema import Conversation
from agent.settings import Settings
from bench.messages import CONVERSATIONS

# A person reads a reply before answering it; 0.3 s is far quicker than anyone does. Sending the next message
# the instant a reply returns would measure a conversation that cannot happen: the turn competing with the
# work its predecessor left for after the reply (--pause 0 measures exactly that).
PAUSE_S = 0.3


class Percentiles(BaseModel):
    n: int
    p50_ms: float
    p95_ms: float
    max_ms: float


class LatencyReport(BaseModel):
    engine: str
    cold_start_ms: float
    first_reply_ms: float
    turn: Percentiles
    turn_cpu: Percentiles  # process CPU time per turn: what the turn costs, whatever else runs on the machine
    # Process CPU in the pause after each reply: work the turn left for later (embedding a reply that notes
    # were added to, for the next turn's selector), so that cost stays visible.
    after_reply_cpu: Percentiles
    pause_ms: float
    stages: dict[str, Percentiles]
    torch_threads: int
    load_average_1m: float  # at the start: other work on the machine inflates the wall-clock figures
    note: str


def percentiles(values: list[float]) -> Percentiles:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return Percentiles(
        n=len(ordered),
        p50_ms=round(statistics.median(ordered), 3),
        p95_ms=round(p95, 3),
        max_ms=round(ordered[-1], 3),
    )


async def measure(rounds: int, data_dir: Path, pause_s: float = PAUSE_S) -> LatencyReport:
    load = os.getloadavg()[0]
    started = time.perf_counter()
    from agent.build import build_pipeline

    pipeline = await asyncio.to_thread(build_pipeline, Settings(data_dir=data_dir))
    built = time.perf_counter()
    await pipeline.respond(Conversation(), CONVERSATIONS[0][0])
    first_reply = time.perf_counter()
    turns: list[float] = []
    cpu: list[float] = []
    after: list[float] = []
    stages: dict[str, list[float]] = defaultdict(list)
    for round_ in range(rounds):
        for messages in CONVERSATIONS:
            conversation = Conversation()
            for text in messages:
                text = _variant(text, round_)
                before, before_cpu = time.perf_counter(), time.process_time()
                result = await pipeline.respond(conversation, text)
                turns.append((time.perf_counter() - before) * 1000)
                cpu.append((time.process_time() - before_cpu) * 1000)
                after.append(await _pause(pause_s))
                for record in result.trace.stages:
                    stages[record.stage.value].append(record.latency_ms)
    return LatencyReport(
        engine="offline",
        cold_start_ms=round((built - started) * 1000, 1),
        first_reply_ms=round((first_reply - started) * 1000, 1),
        turn=percentiles(turns),
        turn_cpu=percentiles(cpu),
        after_reply_cpu=percentiles(after),
        pause_ms=pause_s * 1000,
        stages={name: percentiles(values) for name, values in stages.items()},
        torch_threads=torch.get_num_threads(),
        load_average_1m=round(load, 2),
        note="warm turns after the first reply, every message worded differently per round (no cache hits "
        f"across rounds); the next message is sent {pause_s * 1000:.0f} ms after each reply (no one reads and "
        "types faster); offline engine; the demonstration store is the embedded set",
    )


async def _pause(seconds: float) -> float:
    """Waits as a person would before the next message; returns the process CPU spent meanwhile (ms)."""
    before = time.process_time()
    await asyncio.sleep(seconds)
    return (time.process_time() - before) * 1000


# Each round words the messages differently, so no cache of an earlier round's text flatters the numbers.
_OPENERS = ("", "Honestly, ", "To be fair, ", "I guess ", "Also, ", "Well, ", "So, ", "Anyway, ")


def _variant(text: str, round_: int) -> str:
    opener = _OPENERS[round_ % len(_OPENERS)]
    suffix = "" if round_ < len(_OPENERS) else f" ({round_})"
    return opener + (text[0].lower() + text[1:] if opener else text) + suffix


def run(rounds: int, data_dir: Path | None, pause_s: float = PAUSE_S) -> LatencyReport:
    if data_dir is not None:
        return asyncio.run(measure(rounds, data_dir, pause_s))
    with tempfile.TemporaryDirectory(prefix="warmline-bench-") as tmp:
        return asyncio.run(measure(rounds, Path(tmp), pause_s))
