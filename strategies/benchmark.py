"""`warmline bench strategy`: decisions per second and latency per decision of the live selector.

As in a live turn, the embeddings of the dialogue's messages are already in the shared embedder's cache (the
pipeline embeds the user's message once, before the select stage, and earlier messages on earlier turns), so the
timed part is: building the dialogue view, cache look-ups, the features, the model, debiasing and the reasons.
The cost of embedding one new message is measured separately and reported as `embed_one_ms`.

Wall-clock times on a shared 2-core machine move with whatever else runs, so the CPU time of the deciding thread
(`time.thread_time`) is reported beside them (`cpu_*`): it is what one decision costs, whatever the load.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict

from agent.embeddings import shared_embedder
from agent.stages import TurnContext
from strategies.esconv import load_dialogues, samples, split_path
from strategies.replay import replay_context
from strategies.selector import load_selector


class StrategyBench(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    decisions: int
    decisions_per_second: float
    p50_ms: float
    p95_ms: float
    max_ms: float
    cpu_p50_ms: float
    cpu_p95_ms: float
    cpu_decisions_per_second: float
    embedding_included: bool
    embed_one_ms: float  # median time to embed one new message (paid once per turn, shared with other stages)
    model: str


def _contexts(path: Path, limit: int) -> list[TurnContext]:
    items = samples(load_dialogues(path))[:limit]
    embedder = shared_embedder()
    embedder.embed_many(list(dict.fromkeys(u.text for s in items for u in s.history if u.text)))
    return [replay_context(s.messages()) for s in items]


def run(decisions: int = 1000, path: Path | None = None) -> StrategyBench:
    selector = load_selector()
    contexts = _contexts(path or split_path("valid"), decisions)
    for context in contexts[:20]:  # warm-up: first calls pay numpy's one-off costs
        selector.select(context, [])
    timings, cpu = [], []
    for context in contexts:
        start, start_cpu = time.perf_counter(), time.thread_time()
        selector.select(context, [])
        cpu.append((time.thread_time() - start_cpu) * 1000)
        timings.append((time.perf_counter() - start) * 1000)
    return StrategyBench(
        decisions=len(timings),
        decisions_per_second=len(timings) / (sum(timings) / 1000),
        p50_ms=float(np.percentile(timings, 50)),
        p95_ms=float(np.percentile(timings, 95)),
        max_ms=max(timings),
        cpu_p50_ms=float(np.percentile(cpu, 50)),
        cpu_p95_ms=float(np.percentile(cpu, 95)),
        cpu_decisions_per_second=len(cpu) / max(sum(cpu) / 1000, 1e-9),
        embedding_included=False,
        embed_one_ms=_embed_one_ms(),
        model=selector.model_id,
    )


def _embed_one_ms(repeats: int = 20) -> float:
    embedder = shared_embedder()
    timings = []
    for i in range(repeats):
        text = f"benchmark message number {i} at {time.time_ns()}"  # unique, so never a cache hit
        start = time.perf_counter()
        embedder.embed(text)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)
