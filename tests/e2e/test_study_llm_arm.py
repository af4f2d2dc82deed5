"""An LLM-native study arm through the real server: the LLM (a fake OpenAI-compatible endpoint on loopback)
chooses the strategy and drafts with the arm's model and temperature, and the export shows it per stage. The
study's time limit is short, so the same participant is then taken to the post-survey by the timer."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from agent.fake_openai import DEFAULT_REPLY, FakeOpenAIServer
from agent.settings import PROJECT_ROOT
from agent.study_links import participant_url, sign
from bench.server import AppProcess
from memory.export import ExportFormat, export
from memory.log import ResearchLog

pytestmark = pytest.mark.e2e

SECRET = "e2e-llm-arm-secret-0123456789"
TIME_LIMIT_MIN = 0.75


def structured(body: dict[str, Any]) -> dict[str, Any]:
    """Answers the selection prompt with a strategy and the critic's rubric with a pass."""
    name = body["tools"][0]["function"]["name"]
    if name == "LLMChoice":
        return {"strategy": "Reflection of feelings", "reason": "they named a painful feeling"}
    return {"outcome": "pass", "findings": []}


@pytest.fixture(scope="module")
def llm() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(tool_arguments=structured) as server:
        yield server


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-llm-arm")


@pytest.fixture(scope="module")
def server(llm: FakeOpenAIServer, data: Path) -> Iterator[AppProcess]:
    study = yaml.safe_load((PROJECT_ROOT / "studies" / "example" / "study.yaml").read_text())
    study["id"] = "llm-arm-pilot"
    study["limits"] = {"turns": 10, "minutes": TIME_LIMIT_MIN}
    study["arms"] = [
        {"name": "offline"},
        {
            "name": "native",
            "selector": "llm-native",
            "engine": "llm",
            "model": "arm-model",
            "temperature": 0.2,
        },
    ]
    (data / "study.yaml").write_text(yaml.safe_dump(study), encoding="utf-8")
    env = {
        "WARMLINE_STUDY": str(data / "study.yaml"),
        "WARMLINE_STUDY_SECRET": SECRET,
        "WARMLINE_LLM_BASE_URL": llm.base_url,
        "WARMLINE_LLM_MODEL": "server-model",
        "WARMLINE_LLM_STRUCTURED_METHOD": "function_calling",
    }
    app = AppProcess(data, env)
    try:
        yield app
    finally:
        app.stop()


def test_the_llm_native_arm_lets_the_llm_choose_and_draft(
    browser: Any, server: AppProcess, llm: FakeOpenAIServer, data: Path, tmp_path: Path
) -> None:
    page = browser.new_context().new_page()
    page.goto(participant_url(server.url, sign(SECRET, "llm-arm-pilot", "P-native", "native")))
    page.get_by_role("button", name="I agree to take part").click()
    page.get_by_role("button", name="3", exact=True).click()
    page.wait_for_selector("text=End the chat", timeout=30_000)
    page.fill("#chat-input", "My sister stopped talking to me after an argument and I feel awful.")
    page.click("#chat-submit")
    page.wait_for_selector(f"text={DEFAULT_REPLY}", timeout=60_000)

    sent = [r for r in llm.requests if r.get("model") == "arm-model"]
    assert sent and all(r.get("temperature") == 0.2 for r in sent)
    assert not [r for r in llm.requests if r.get("model") == "server-model"], (
        "the arm's model, not the server's"
    )
    with sqlite3.connect(data / "research.sqlite3") as db:
        assert db.execute("SELECT arm FROM study_sessions").fetchall() == [("native",)]
    export(ResearchLog(data / "research.sqlite3"), "llm-arm-pilot", tmp_path, ExportFormat.JSONL, False)
    [session] = [json.loads(line) for line in (tmp_path / "sessions.jsonl").read_text().splitlines()]
    stages = {s["stage"]: s for s in session["turns"][0]["stages"]}
    assert stages["select"]["model"] == "llm:arm-model"
    assert stages["select"]["output"]["choice"] == "Reflection of feelings"
    assert stages["draft"]["model"] == "arm-model" and stages["critic"]["model"] == "llm:arm-model"
    assert session["turns"][0]["reply"] == DEFAULT_REPLY

    # Nobody types any more: the timer ends the chat at the time limit and the post-survey follows.
    page.wait_for_selector("text=That's the end of our chat", timeout=int(TIME_LIMIT_MIN * 60_000) + 30_000)
    for question in ("Now, after the chat", "How well did", "How relevant"):
        page.wait_for_selector(f"text={question}", timeout=30_000)
        page.get_by_role("button", name="4", exact=True).last.click()
    page.wait_for_selector("text=Your completion code is", timeout=30_000)
    with sqlite3.connect(data / "research.sqlite3") as db:
        assert db.execute("SELECT end_reason FROM study_sessions").fetchall() == [("time_limit",)]
