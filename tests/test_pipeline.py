"""The whole turn, with the real offline stages, a real store and a real log; the LLM is the shipped fake."""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from pathlib import Path

import pytest
from langchain_core.messages import BaseMessage

from agent import notices
from agent.build import build_pipeline
from agent.pipeline import Pipeline
from agent.prompts import load_prompt
from agent.schema import Conversation, Outcome, Perception, StageName, UserTurn
from agent.settings import Settings
from agent.testing import FakeChatModel
from memory.log import ResearchLog

OFFLINE_STAGES = ["guard", "perceive", "retrieve", "select", "draft", "critic", "reply"]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("warmline")


@pytest.fixture(scope="module")
def offline(data_dir: Path) -> Pipeline:
    return build_pipeline(Settings(data_dir=data_dir))


def fake_llm(responder: object) -> FakeChatModel:
    return FakeChatModel(responder=responder)  # type: ignore[arg-type]


def stage_names(pipeline: Pipeline, turn_id: str) -> list[str]:
    return [row.stage for row in pipeline.log.stages(turn_id)]


async def test_offline_turn_runs_every_stage_and_logs_it(offline: Pipeline) -> None:
    conversation = Conversation()
    text = "I failed my driving test for the third time and I feel like such a loser."
    result = await offline.respond(conversation, text)

    assert [r.stage.value for r in result.trace.stages] == OFFLINE_STAGES
    assert stage_names(offline, result.turn.id) == OFFLINE_STAGES
    [logged] = offline.log.turns(conversation.id)
    assert (logged.status, logged.user_text, logged.reply) == ("answered", text, result.reply)
    rows = {row.stage: row for row in offline.log.stages(result.turn.id)}
    assert rows["select"].output["choice"] == result.decision.choice.value  # type: ignore[union-attr,index]
    assert rows["critic"].output["outcome"] == result.verdict.outcome.value  # type: ignore[union-attr,index]
    retrieved = rows["retrieve"].output
    assert isinstance(retrieved, list) and retrieved, "the retrieve stage logged the demonstrations it found"
    assert rows["draft"].output["demonstrations"] == [d.id for d in result.demonstrations]  # type: ignore[index,call-overload]
    assert result.reply.strip()
    assert result.demonstrations, "the drafter got demonstrations from the store"


async def test_reply_is_specific_and_remembered(offline: Pipeline) -> None:
    conversation = Conversation()
    result = await offline.respond(
        conversation, "My sister stopped talking to me after an argument about money."
    )
    assert result.perception is not None
    assert [m.role.value for m in conversation.messages] == ["user", "assistant"]
    assert conversation.messages[1].strategy is result.decision.choice  # type: ignore[union-attr]


async def test_five_turns_never_repeat_a_sentence(offline: Pipeline) -> None:
    conversation = Conversation()
    messages = [
        "I've been feeling really lonely since I moved for my new job.",
        "I don't know anyone here and weekends are the worst.",
        "I tried a climbing gym once but I was too nervous to talk to anyone.",
        "Maybe I just expect too much from myself.",
        "Thanks, that actually helps a bit.",
    ]
    sentences: list[str] = []
    for text in messages:
        result = await offline.respond(conversation, text)
        sentences += [
            s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", result.reply) if len(s.strip()) > 12
        ]
    assert len(sentences) == len(set(sentences))
    assert len(result.perception.trajectory) == 5  # type: ignore[union-attr]


async def test_crisis_turn_uses_the_fixed_protocol_without_any_model(offline: Pipeline) -> None:
    conversation = Conversation()
    result = await offline.respond(conversation, "I want to kill myself tonight.")
    assert [r.stage.value for r in result.trace.stages] == ["guard", "crisis", "reply"]
    assert result.trace.flagged and conversation.careful_mode
    assert "988" in result.reply
    [logged] = offline.log.turns(conversation.id)
    assert logged.flagged


async def test_empty_message_gets_a_kind_notice_and_is_not_added(offline: Pipeline) -> None:
    conversation = Conversation()
    result = await offline.respond(conversation, "   ")
    assert result.reply == notices.blocking_notice(result.turn)
    assert conversation.messages == []
    assert [r.stage.value for r in result.trace.stages] == ["guard", "reply"]


async def test_a_failing_stage_still_answers_and_keeps_the_message(offline: Pipeline, tmp_path: Path) -> None:
    class BrokenPerceiver:
        name = "broken"

        def perceive(self, turn: UserTurn, conversation: Conversation) -> Perception:
            raise RuntimeError("boom")

    broken = Pipeline(
        stages=replace(offline.stages, perceiver=BrokenPerceiver()), log=ResearchLog(tmp_path / "log.sqlite3")
    )
    conversation = Conversation()
    result = await broken.respond(conversation, "Is anyone there?")
    assert result.reply == notices.SOMETHING_WENT_WRONG
    [logged] = broken.log.turns()
    assert (logged.status, logged.user_text) == ("failed", "Is anyone there?")
    assert "RuntimeError: boom" in (logged.error or "")
    assert conversation.user_texts() == ["Is anyone there?"]


async def test_llm_engine_drafts_with_the_versioned_prompt(data_dir: Path) -> None:
    model = fake_llm(lambda messages: "That sounds exhausting. What has the last week been like for you?")
    pipeline = build_pipeline(Settings(data_dir=data_dir), chat_model=model)
    result = await pipeline.respond(Conversation(), "Work has been so busy lately.")
    draft = next(r for r in result.trace.stages if r.stage is StageName.DRAFT)
    prompt = load_prompt("draft")
    assert draft.prompt is not None and draft.prompt.sha256 == prompt.sha256
    assert draft.model == "fake-chat"
    assert result.reply == "That sounds exhausting. What has the last week been like for you?"
    sent = "\n".join(str(m.content) for m in model.calls[0])
    assert "Work has been so busy lately." in sent
    rows = {row.stage: row for row in pipeline.log.stages(result.turn.id)}
    assert rows["draft"].prompt_sha256 == prompt.sha256


async def test_unsafe_llm_drafts_are_revised_then_replaced(data_dir: Path) -> None:
    unsafe = "As your therapist I can tell you that you have depression. Take 50 mg of sertraline daily."
    model = fake_llm(lambda messages: unsafe)
    pipeline = build_pipeline(Settings(data_dir=data_dir), chat_model=model)
    result = await pipeline.respond(Conversation(), "I can't sleep and I feel empty.")
    drafts = [r for r in result.trace.stages if r.stage is StageName.DRAFT]
    verdicts = [r.output["outcome"] for r in result.trace.stages if r.stage is StageName.CRITIC]  # type: ignore[index,call-overload]
    assert verdicts[-1] != Outcome.PASS.value
    assert unsafe not in result.reply
    assert "sertraline" not in result.reply.lower()
    assert len(drafts) >= 1
    prompts = ["\n".join(str(m.content) for m in call) for call in model.calls]
    draft_prompts = [p for p in prompts if "Write Warmline's next reply" in p]
    assert len(draft_prompts) == len(drafts)
    assert all("reviewer rejected" in p for p in draft_prompts[1:])


async def test_llm_failure_falls_back_to_the_offline_drafter(data_dir: Path) -> None:
    def broken(messages: list[BaseMessage]) -> str:
        raise ConnectionError("endpoint down")

    pipeline = build_pipeline(Settings(data_dir=data_dir), chat_model=fake_llm(broken))
    result = await pipeline.respond(Conversation(), "My exams start tomorrow and I'm panicking.")
    draft = next(r for r in result.trace.stages if r.stage is StageName.DRAFT)
    assert draft.model is not None and draft.model.startswith("offline (fallback after ConnectionError")
    assert result.reply.strip()


async def test_a_reply_with_notes_is_embedded_for_the_next_turn(offline: Pipeline) -> None:
    from agent.embeddings import shared_embedder

    raw = "Honestly I just feel flat \N{EM DASH} and tired this week.".encode()[:-12] + b"\xff week."
    result = await offline.respond(Conversation(), raw)
    assert result.reply.startswith("(A few characters")  # a note was put before the drafted reply
    for _ in range(200):  # embedded in the background, after the reply was returned
        if shared_embedder().knows(result.reply):
            break
        await asyncio.sleep(0.05)
    assert shared_embedder().knows(result.reply)
