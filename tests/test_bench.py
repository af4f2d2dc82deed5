"""The benchmark commands run on tiny inputs and print their documented keys as the last line's JSON object.

No timing is asserted: these tests only check that the commands work and report what they promise.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from agent.cli import main

TIMING_KEYS = {"n", "p50_ms", "p95_ms", "max_ms", "cpu_p50_ms", "cpu_p95_ms"}


def _last_json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    parsed: dict[str, object] = json.loads(lines[-1])
    return parsed


def test_bench_retrieval_prints_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "retrieval", "--docs", "60", "--rounds", "1", "--json"]) == 0
    report = _last_json(capsys)
    assert {"docs", "k", "queries", "p50_ms", "p95_ms", "retrieve", "filtered", "chroma", "hnsw"} <= set(
        report
    )
    assert report["docs"] == 60 and report["queries"] == 17
    for name in ("retrieve", "filtered", "chroma"):
        timing = report[name]
        assert isinstance(timing, dict) and set(timing) >= TIMING_KEYS and timing["n"] == 17
    assert isinstance(report["hnsw"], dict) and report["hnsw"].get("space") == "cosine"


def test_synthetic_documents_are_distinct_with_unit_vectors() -> None:
    from bench.retrieval import synthetic_demonstrations

    demonstrations, vectors = synthetic_demonstrations(300)
    assert len({d.seeker for d in demonstrations}) == 300 and len({d.id for d in demonstrations}) == 300
    assert vectors.shape == (300, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    with pytest.raises(ValueError, match="at most"):
        synthetic_demonstrations(10**7)


def test_bench_retrieval_store_returns_documents_with_the_filtered_strategy(tmp_path: Path) -> None:
    from bench.retrieval import fill_store, synthetic_demonstrations
    from strategies.catalogue import Strategy

    demonstrations, vectors = synthetic_demonstrations(80)
    store = fill_store(tmp_path, demonstrations, vectors)
    assert store.count() == 80
    found = store.query(vectors[5], 3)
    assert found[0].id == demonstrations[5].id  # a stored vector is its own nearest neighbour
    wanted = demonstrations[7].strategy
    assert all(d.strategy is wanted for d in store.query(vectors[7], 5, Strategy(wanted)))


def test_bench_latency_prints_the_documented_keys(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    command = ["bench", "latency", "--rounds", "1", "--pause", "0.01", "--data-dir", str(tmp_path), "--json"]
    assert main(command) == 0
    report = _last_json(capsys)
    assert {"cold_start_ms", "first_reply_ms", "turn", "turn_cpu", "stages", "load_average_1m"} <= set(report)
    after = report["after_reply_cpu"]
    assert report["pause_ms"] == 10.0 and isinstance(after, dict) and {"p50_ms", "p95_ms"} <= set(after)
    stages = report["stages"]
    assert isinstance(stages, dict) and {"perceive", "retrieve", "critic"} <= set(stages)
    for percentiles in (report["turn"], *stages.values()):
        assert {"n", "p50_ms", "p95_ms"} <= set(percentiles)


def test_bench_perception_prints_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "perception", "--turns", "4", "--json"]) == 0
    report = _last_json(capsys)
    assert {
        "turns",
        "p50_ms",
        "p95_ms",
        "cpu_p50_ms",
        "cpu_p95_ms",
        "model_p95_ms",
        "torch_threads",
        "engine",
    } <= set(report)
    assert report["turns"] == 4
