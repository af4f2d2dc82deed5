"""Per-turn latency of the offline perceive stage (`warmline bench perception --json`).

Each turn is a new message in a growing conversation, so every timed call runs the emotion model's pass (which
also produces the message's sentence embedding that retrieval then reuses from the cache). `model_p95_ms` times
that pass alone on fresh texts, so the rest (Plutchik, cause, problem, trajectory) is the difference. Torch runs
one intra-op thread, as in the app (`--threads 2` measures the alternative). The load average at the start and the
CPU time per turn are reported because the machine is shared.
"""

from __future__ import annotations

import os
import time

import numpy as np
from pydantic import BaseModel

from agent.perception import load_perceiver
from agent.schema import Conversation, Message, Role, UserTurn

# Self-written fragments, combined so that every benchmark turn is a distinct text.
_OPENINGS = (
    "I don't know how to say this but", "Honestly,", "Today was rough because", "I keep thinking that",
    "It's silly maybe, but", "Since last week", "I'm so tired because", "I felt a bit better when",
)  # fmt: skip
_EVENTS = (
    "my manager moved my deadline again", "my sister stopped answering my calls", "I failed the driving test",
    "we had another fight about money", "I can't sleep more than four hours", "my friend forgot my birthday",
    "the landlord raised the rent", "I finally finished the project", "my dog has been ill for days",
    "nobody at school talks to me",
)  # fmt: skip
_ENDINGS = ("and I feel awful.", "and I'm angry about it.", "so I'm scared.", "but I'm okay I guess.", ".")


class BenchResult(BaseModel):
    turns: int
    p50_ms: float
    p95_ms: float
    cpu_p50_ms: float  # process CPU (all threads): other work on the machine barely inflates it
    cpu_p95_ms: float
    model_p50_ms: float
    model_p95_ms: float
    cold_load_ms: float
    torch_threads: int
    engine: str  # what runs MiniLM: onnxruntime (default) or torch (WARMLINE_INFERENCE_ENGINE=torch)
    load_average_1m: float


def messages(count: int) -> list[str]:
    texts = []
    for i in range(count):
        opening = _OPENINGS[i % len(_OPENINGS)]
        event = _EVENTS[(i // len(_OPENINGS)) % len(_EVENTS)]
        ending = _ENDINGS[i % len(_ENDINGS)]
        texts.append(f"{opening} {event} {ending} ({i})")
    return texts


def run(turns: int = 200, history: int = 6, threads: int = 1) -> BenchResult:
    import torch

    torch.set_num_threads(threads)  # the app runs one intra-op thread per model call (agent.build)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    perceiver = load_perceiver()
    perceiver.perceive(UserTurn(text="warm up", raw_chars=7), Conversation())
    cold = (time.perf_counter() - started) * 1000
    timings, cpu = _timed(perceiver, messages(turns), history)
    model = []
    for text in messages(turns):
        start = time.perf_counter()
        perceiver.classifier.analyse([text + " again"])
        model.append((time.perf_counter() - start) * 1000)
    return BenchResult(
        turns=turns,
        p50_ms=_pct(timings, 50),
        p95_ms=_pct(timings, 95),
        cpu_p50_ms=_pct(cpu, 50),
        cpu_p95_ms=_pct(cpu, 95),
        model_p50_ms=_pct(model, 50),
        model_p95_ms=_pct(model, 95),
        cold_load_ms=round(cold, 1),
        torch_threads=torch.get_num_threads(),
        engine=perceiver.classifier._graph().engine,
        load_average_1m=round(load, 2),
    )


def _timed(perceiver: object, texts: list[str], history: int) -> tuple[list[float], list[float]]:
    from agent.perception import OfflinePerceiver

    assert isinstance(perceiver, OfflinePerceiver)
    timings, cpu = [], []
    previous: list[Message] = []
    for text in texts:
        conversation = Conversation(messages=previous[-2 * history :])
        # Process CPU, not thread CPU: the torch graph runs the fine-tuned layers on a second thread.
        start, start_cpu = time.perf_counter(), time.process_time()
        perception = perceiver.perceive(UserTurn(text=text, raw_chars=len(text)), conversation)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        previous.append(Message(role=Role.USER, text=text, intensity=perception.emotion.intensity_score))
        previous.append(Message(role=Role.ASSISTANT, text="I hear you."))
    return timings, cpu


def _pct(values: list[float], q: int) -> float:
    return round(float(np.percentile(values, q)), 2)
