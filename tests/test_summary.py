"""LLM-mode conversation memory: older messages folded into a logged, versioned summary; recent ones verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import BaseMessage

from agent.build import build_pipeline
from agent.prompts import load_prompt
from agent.schema import Conversation, ConversationSummary, Message, Role, StageName
from agent.settings import Settings
from agent.summary import STEP, WINDOW, pending_cover, recent_messages
from agent.testing import FakeChatModel
from memory.conversation import restore

SUMMARY = "They lost their job in spring and their sister has been helping them look for work."
REPLY = "It sounds like a lot has changed since spring. What is weighing on you most today?"


def chat(exchanges: int) -> Conversation:
    conversation = Conversation()
    for i in range(exchanges):
        conversation.messages.append(Message(role=Role.USER, text=f"user message number {i}"))
        conversation.messages.append(Message(role=Role.ASSISTANT, text=f"warmline reply number {i}"))
    return conversation


def scripted(summary_fails: bool = False) -> FakeChatModel:
    def respond(messages: list[BaseMessage]) -> str:
        prompt = "\n".join(str(m.content) for m in messages)
        if "Write the updated summary." in prompt:
            if summary_fails:
                raise ConnectionError("summary endpoint down")
            return SUMMARY
        return REPLY

    return FakeChatModel(responder=respond)


def prompts(model: FakeChatModel, marker: str) -> list[str]:
    texts = ["\n".join(str(m.content) for m in call) for call in model.calls]
    return [t for t in texts if marker in t]


def test_no_summary_until_enough_messages_leave_the_window() -> None:
    assert pending_cover(chat(WINDOW // 2)) is None
    short_of_step = chat((WINDOW + STEP) // 2 - 1)
    assert pending_cover(short_of_step) is None
    assert pending_cover(chat((WINDOW + STEP) // 2)) == STEP


def test_recent_messages_never_repeat_what_the_summary_covers() -> None:
    conversation = chat(8)
    assert recent_messages(conversation) == conversation.messages[-WINDOW:]
    conversation.summary = ConversationSummary(text="earlier", covers=12)
    assert recent_messages(conversation) == conversation.messages[12:]
    assert pending_cover(conversation) is None


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path)


async def test_long_chat_is_summarised_logged_and_used_by_the_drafter(settings: Settings) -> None:
    model = scripted()
    pipeline = build_pipeline(settings, chat_model=model)
    conversation = chat(8)
    result = await pipeline.respond(conversation, "And today the interview went badly.")

    assert conversation.summary == ConversationSummary(text=SUMMARY, covers=16 - WINDOW)
    rows = {row.stage: row for row in pipeline.log.stages(result.turn.id)}
    assert rows["summarise"].prompt_sha256 == load_prompt("summarise").sha256
    assert rows["summarise"].output == {"text": SUMMARY, "covers": 16 - WINDOW}
    [summary_prompt] = prompts(model, "Write the updated summary.")
    assert "user message number 0" in summary_prompt and "user message number 4" not in summary_prompt
    [draft_prompt] = prompts(model, "Write Warmline's next reply")
    assert SUMMARY in draft_prompt
    assert "user message number 3" not in draft_prompt and "user message number 4" in draft_prompt
    assert result.reply == REPLY


async def test_a_failed_summary_keeps_the_turn_and_the_old_summary(settings: Settings) -> None:
    model = scripted(summary_fails=True)
    pipeline = build_pipeline(settings, chat_model=model)
    conversation = chat(8)
    result = await pipeline.respond(conversation, "And today the interview went badly.")

    assert conversation.summary is None
    assert result.reply == REPLY
    [row] = [r for r in result.trace.stages if r.stage is StageName.SUMMARISE]
    assert "ConnectionError" in str(row.output)


async def test_a_resumed_thread_gets_its_summary_back(settings: Settings) -> None:
    pipeline = build_pipeline(settings, chat_model=scripted())
    conversation = chat(8)
    await pipeline.respond(conversation, "And today the interview went badly.")

    restored = restore(pipeline.log, conversation.id)
    assert restored.conversation.summary == ConversationSummary(text=SUMMARY, covers=16 - WINDOW)


async def test_the_offline_engine_never_summarises(settings: Settings) -> None:
    pipeline = build_pipeline(settings)
    result = await pipeline.respond(chat(8), "And today the interview went badly.")
    assert StageName.SUMMARISE not in {r.stage for r in result.trace.stages}
