"""The Chainlit adapter: chat events in, calls on the agent out, stages rendered as steps.

This is the only module that imports Chainlit. Everything it shows comes from the pipeline's typed results.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

import chainlit as cl
from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
from chainlit.input_widget import InputWidget, Switch
from chainlit.types import Feedback

from agent import render
from agent.build import build_pipeline
from agent.perception import render_trajectory_png
from agent.pipeline import Pipeline
from agent.schema import Conversation, StageName, StageRecord
from agent.settings import Settings
from memory.chat_store import prepare_chat_db

for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
}.items():
    os.environ.setdefault(_key, _value)

SETTINGS = Settings()
_pipeline: Pipeline | None = None
_pipeline_lock = asyncio.Lock()

GREETING = (
    "Hi, I'm **Warmline**, an AI companion for when you want to talk something through. "
    "I'm not a therapist or a crisis service. What's on your mind today?"
)


async def pipeline() -> Pipeline:
    """One pipeline per process: models and the store load once, in a thread, on first use."""
    global _pipeline
    async with _pipeline_lock:
        if _pipeline is None:
            _pipeline = await asyncio.to_thread(build_pipeline, SETTINGS)
        return _pipeline


class SerialisedDataLayer(SQLAlchemyDataLayer):
    """Chainlit's data layer on SQLite, one statement at a time: its concurrent step writes race and lose
    rows otherwise. Feedback is mirrored into the research log against the turn it rates."""

    def __init__(self, conninfo: str) -> None:
        super().__init__(conninfo=conninfo)
        self._write_lock = asyncio.Lock()

    async def execute_sql(self, query: str, parameters: dict[str, Any]) -> Any:
        async with self._write_lock:
            return await super().execute_sql(query, parameters)

    async def upsert_feedback(self, feedback: Feedback) -> str:
        feedback_id = await super().upsert_feedback(feedback)
        log = (await pipeline()).log
        await asyncio.to_thread(
            log.feedback, feedback_id, feedback.forId, int(feedback.value), feedback.comment
        )
        return feedback_id


@cl.data_layer
def data_layer() -> SerialisedDataLayer:
    return SerialisedDataLayer(prepare_chat_db(SETTINGS.chat_db_path))


class StepObserver:
    """Shows each finished stage as a step when the researcher view is on."""

    def __init__(self, visible: bool) -> None:
        self.visible = visible

    async def stage(self, record: StageRecord) -> None:
        if not self.visible or record.stage is StageName.REPLY:
            return
        step = cl.Step(name=render.title(record), type="tool", show_input=False)
        step.output = render.render(record)
        if record.stage is StageName.PERCEIVE:
            step.elements = [await _trajectory_chart(record)]
        await step.send()

    async def draft_token(self, token: str) -> None:
        return None


async def _trajectory_chart(record: StageRecord) -> cl.Image:
    output = record.output if isinstance(record.output, dict) else {}
    trajectory = output.get("trajectory", [])
    values = (
        [float(v) for v in trajectory if isinstance(v, int | float)] if isinstance(trajectory, list) else []
    )
    png = await asyncio.to_thread(render_trajectory_png, values)
    return cl.Image(name="Emotional intensity across the chat", content=png, display="inline", size="medium")


@cl.set_starters
async def starters(user: cl.User | None = None, language: str | None = None) -> list[cl.Starter]:
    return [
        cl.Starter(
            label="Stressed about work", message="Work has been overwhelming lately and I can't switch off."
        ),
        cl.Starter(label="Feeling lonely", message="I moved to a new city and I feel really lonely."),
        cl.Starter(label="A breakup", message="My partner and I broke up last week and I keep replaying it."),
        cl.Starter(label="Exam worries", message="I have exams next week and I'm scared I'll fail them."),
    ]


@cl.on_chat_start
async def start() -> None:
    cl.user_session.set("conversation", Conversation(locale=SETTINGS.locale))
    cl.user_session.set("researcher_view", SETTINGS.researcher_view)
    widgets: list[InputWidget] = [
        Switch(
            id="researcher_view", label="Researcher view (show each stage)", initial=SETTINGS.researcher_view
        )
    ]
    await cl.ChatSettings(widgets).send()
    await pipeline()


@cl.on_settings_update
async def settings_update(values: dict[str, object]) -> None:
    cl.user_session.set("researcher_view", bool(values.get("researcher_view", True)))


@cl.on_message
async def message(incoming: cl.Message) -> None:
    conversation: Conversation = cl.user_session.get("conversation") or Conversation(locale=SETTINGS.locale)
    cl.user_session.set("conversation", conversation)
    observer = StepObserver(bool(cl.user_session.get("researcher_view")))
    result = await (await pipeline()).respond(conversation, incoming.content, observer)
    reply = cl.Message(content="", author="Warmline")
    for piece in _chunks(result.reply):
        await reply.stream_token(piece)
    await reply.send()
    (await pipeline()).log.link_message(reply.id, result.turn.id)


def _chunks(text: str, size: int = 3) -> list[str]:
    words = text.split(" ")
    return [
        " ".join(words[i : i + size]) + (" " if i + size < len(words) else "")
        for i in range(0, len(words), size)
    ]
