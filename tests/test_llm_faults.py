"""The LLM engine against a misbehaving OpenAI-compatible server on loopback: every turn still gets a reply."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from agent.build import build_pipeline
from agent.fake_openai import DEFAULT_REPLY, FakeOpenAIServer, Fault
from agent.schema import Conversation, StageName
from agent.settings import Settings

MESSAGE = "I keep arguing with my brother and it's wearing me down."


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("faults")


def settings_for(base_url: str, data_dir: Path, **extra: float) -> Settings:
    values = {"llm_timeout_s": 1.0, "reply_deadline_s": 6.0, "llm_max_retries": 2, **extra}
    return Settings(data_dir=data_dir, llm_base_url=base_url, llm_model="fake-model", **values)  # type: ignore[arg-type]


async def one_turn(settings: Settings) -> tuple[str, str, float]:
    pipeline = build_pipeline(settings)
    started = time.monotonic()
    result = await pipeline.respond(Conversation(), MESSAGE)
    draft = next(r for r in reversed(result.trace.stages) if r.stage is StageName.DRAFT)
    return result.reply, draft.model or "", time.monotonic() - started


@pytest.mark.parametrize("fault", [Fault.RATE_LIMIT, Fault.SERVER_ERROR, Fault.TRUNCATED, Fault.TIMEOUT])
async def test_one_fault_is_retried_and_the_llm_reply_arrives(fault: Fault, data_dir: Path) -> None:
    with FakeOpenAIServer(faults=[fault], slow_s=2.0, retry_after_s=0.2) as server:
        reply, engine, elapsed = await one_turn(settings_for(server.base_url, data_dir))
        assert len(server.requests) >= 2, "the fault was retried"
    assert engine == "fake-model"
    assert DEFAULT_REPLY in reply
    assert elapsed < 6.0


@pytest.mark.parametrize("fault", [Fault.RATE_LIMIT, Fault.SERVER_ERROR, Fault.TRUNCATED, Fault.TIMEOUT])
async def test_a_persistent_fault_falls_back_to_the_offline_drafter_in_time(
    fault: Fault, data_dir: Path
) -> None:
    with FakeOpenAIServer(faults=[fault] * 20, slow_s=2.0, retry_after_s=0.2) as server:
        reply, engine, elapsed = await one_turn(settings_for(server.base_url, data_dir))
    assert engine.startswith("offline (fallback after")
    assert reply.strip() and DEFAULT_REPLY not in reply
    assert elapsed < 6.0 + 1.0


async def test_connection_refused_falls_back(data_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    reply, engine, elapsed = await one_turn(settings_for(f"http://127.0.0.1:{port}/v1", data_dir))
    assert engine.startswith("offline (fallback after")
    assert reply.strip()
    assert elapsed < 7.0


async def test_a_hung_endpoint_is_cut_off_at_the_turn_deadline(data_dir: Path) -> None:
    with FakeOpenAIServer(faults=[Fault.TIMEOUT] * 20, slow_s=30.0) as server:
        settings = settings_for(server.base_url, data_dir, llm_timeout_s=20.0, reply_deadline_s=3.0)
        _reply, engine, elapsed = await one_turn(settings)
    assert engine.startswith("offline (fallback after")
    assert elapsed < 4.5
