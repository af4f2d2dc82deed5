"""The Chainlit adapter: chat events in, calls on the agent out, stages rendered as steps.

This is the only module that imports Chainlit. Everything it shows comes from the pipeline's typed results.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import os
from typing import Any

import chainlit as cl
import chainlit.server as chainlit_server
from chainlit.data import get_data_layer
from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
from chainlit.data.storage_clients.base import BaseStorageClient
from chainlit.input_widget import InputWidget, Switch
from chainlit.types import Feedback, ThreadDict
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agent import render
from agent.build import build_pipeline, warm_up
from agent.chat_commands import HELP_TEXT, ChatCommand, CommandName, parse_command
from agent.core_commands import OFFLINE_ENV
from agent.embeddings import shared_embedder
from agent.pipeline import Pipeline
from agent.researchers import authenticate, researchers_file
from agent.schema import Conversation, RiskLevel, StageName, StageRecord, TurnResult
from agent.settings import Settings
from agent.study import configured_study
from agent.study_entry import StudyEntry, participant_from_cookie
from agent.study_flow import (
    DECLINED,
    FINISHED,
    LIMIT_REACHED,
    POST_SURVEY,
    PRE_SURVEY,
    Participant,
    Question,
    StudyRuntime,
    study_runtime,
    thanks,
)  # fmt: skip
from memory.chat_store import prepare_chat_database
from memory.conversation import restore
from memory.identity import DEVICE_COOKIE, cookie_value, load_or_create_secret, new_device_token, visitor_id
from memory.log import ResearchLog
from memory.long_term import LongTermMemory, NoteKind
from memory.store import open_client
from memory.study_log import EndReason, Measure

for _key, _value in OFFLINE_ENV.items():  # also when started with `chainlit run app.py` directly
    os.environ.setdefault(_key, _value)

logger = logging.getLogger("warmline")
SETTINGS = Settings()
# Chainlit signs its session tokens with this; one secret per data directory, made on first start.
_SECRET = load_or_create_secret(SETTINGS.data_dir / "auth_secret")
os.environ.setdefault("CHAINLIT_AUTH_SECRET", _SECRET)
_pipeline: Pipeline | None = None
_pipeline_lock = asyncio.Lock()
# Pilot-study mode (docs/study.md): WARMLINE_STUDY names a study.yaml; a broken study stops the server here.
STUDY = configured_study(SETTINGS)
_runtime: StudyRuntime | None = None

NOT_READY = (
    "I'm sorry, I can't answer right now because part of me failed to start. Your words matter; if you are in "
    "danger, please contact a crisis line (see the Readme at the top of the page)."
)
UNANSWERED_NOTE = (
    "Your message “{text}” reached me, but my reply was interrupted before it was sent. I've kept it; "
    "would you like to pick up from there?"
)


def _warm_start() -> Pipeline | None:
    """Build the pipeline and run each model once before the server listens, so the first visitor does not
    wait for model loading; a failure here is logged and retried on first use instead."""
    try:
        ready = build_pipeline(SETTINGS)
        warm_up(ready)
        return ready
    except Exception:
        logger.exception("warm start failed; the pipeline will be built on first use")
        return None


_pipeline = _warm_start()


async def pipeline() -> Pipeline:
    """One pipeline per process: models and the store load once, in a thread, on first use."""
    global _pipeline
    async with _pipeline_lock:
        if _pipeline is None:
            _pipeline = await asyncio.to_thread(build_pipeline, SETTINGS)
        return _pipeline


class InlineElements(BaseStorageClient):
    """Where Chainlit keeps an element's bytes. Warmline's only elements are the small SVG trajectory charts,
    so the bytes travel in the element's URL (a data: URL) and no blob store or file server is needed: a
    resumed thread shows its charts again, and a purged thread takes them with its rows. Without a storage
    client Chainlit dropped every chart from the history (and warned on every turn)."""

    max_bytes = 256_000

    async def upload_file(
        self, object_key: str, data: bytes | str, mime: str = "application/octet-stream", overwrite: bool = True,
        content_disposition: str | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        raw = data.encode() if isinstance(data, str) else data
        if len(raw) > self.max_bytes:
            return {}  # Chainlit then refuses the element; the live view already showed it
        # No object key is returned: the stored URL is then used as it is, never looked up again.
        return {"url": f"data:{mime};base64,{base64.b64encode(raw).decode()}"}

    async def delete_file(self, object_key: str) -> bool:
        return True

    async def get_read_url(self, object_key: str) -> str:
        return ""

    async def close(self) -> None:
        return None


class SerialisedDataLayer(SQLAlchemyDataLayer):
    """Chainlit's data layer (SQLite, or PostgreSQL when configured), one statement at a time per process: on
    SQLite its concurrent step writes race and lose rows otherwise, and PostgreSQL keeps the same tested
    order. Feedback is mirrored into the research log against the turn it rates."""

    def __init__(self, conninfo: str) -> None:
        super().__init__(conninfo=conninfo, storage_provider=InlineElements())
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
    return SerialisedDataLayer(prepare_chat_database(SETTINGS.chat_db_path, SETTINGS.chainlit_database_url))


class DeviceCookie:
    """Gives every browser a random device token on its first request, so visitors get their own history
    without an account. Pure ASGI: it adds the cookie to the request it creates it for, and sets it on the
    response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _has_device_cookie(scope):
            await self.app(scope, receive, send)
            return
        token = new_device_token()
        headers = [(k, v) for k, v in scope["headers"] if k != b"cookie"]
        old = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"cookie"), "")
        cookie = f"{old}; {DEVICE_COOKIE}={token}" if old else f"{DEVICE_COOKIE}={token}"
        scope = {**scope, "headers": [*headers, (b"cookie", cookie.encode("latin-1"))]}

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                value = f"{DEVICE_COOKIE}={token}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax"
                message = {
                    **message,
                    "headers": [*message.get("headers", []), (b"set-cookie", value.encode())],
                }
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def _has_device_cookie(scope: Scope) -> bool:
    raw = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"cookie"), "")
    return cookie_value(raw) is not None


chainlit_server.app.add_middleware(DeviceCookie)


async def runtime() -> StudyRuntime:
    """The running study: arm pipelines derived from the server's pipeline, built on first use."""
    global _runtime
    if STUDY is None:
        raise RuntimeError("no study is configured (WARMLINE_STUDY)")
    if _runtime is None:
        _runtime = study_runtime(STUDY, SETTINGS, await pipeline())
    return _runtime


if STUDY is not None:
    chainlit_server.app.add_middleware(
        StudyEntry, runtime=runtime, secure=SETTINGS.study_public_url.startswith("https://")
    )


@cl.header_auth_callback
async def visitor(headers: Headers) -> cl.User | None:
    if STUDY is not None:  # a study server admits participants by signed link only (researchers: password)
        person = await participant_from_cookie(headers.get("cookie", ""), await runtime())
        return (
            cl.User(identifier=person.participant_hash, metadata={"role": "participant"}) if person else None
        )
    token = cookie_value(headers.get("cookie", ""))
    if token is None:
        return None
    return cl.User(identifier=visitor_id(token, _SECRET), metadata={"role": "visitor"})


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
    svg = render.trajectory_svg(values).encode()
    return cl.Image(
        name="Emotional intensity across the chat",
        content=svg,
        mime="image/svg+xml",
        display="inline",
        size="medium",
    )


@cl.set_starters
async def starters(user: cl.User | None = None, language: str | None = None) -> list[cl.Starter]:
    if STUDY is not None:
        return []  # participants start after consent and the pre-survey, in their own words
    return [
        cl.Starter(
            label="Stressed about work", message="Work has been overwhelming lately and I can't switch off."
        ),
        cl.Starter(label="Feeling lonely", message="I moved to a new city and I feel really lonely."),
        cl.Starter(label="A breakup", message="My partner and I broke up last week and I keep replaying it."),
        cl.Starter(label="Exam worries", message="I have exams next week and I'm scared I'll fail them."),
    ]


async def _send_settings() -> None:
    widgets: list[InputWidget] = [
        Switch(
            id="researcher_view", label="Researcher view (show each stage)", initial=SETTINGS.researcher_view
        ),
        Switch(
            id="remember",
            label="Remember what I share across chats (see it with /memory, delete it with /forget)",
            initial=False,
        ),
    ]
    await cl.ChatSettings(widgets).send()


@cl.on_chat_start
async def start() -> None:
    if await _participant() is not None:
        await _study_start()
        return
    conversation = Conversation(id=cl.context.session.thread_id, locale=SETTINGS.locale)
    cl.user_session.set("conversation", conversation)
    cl.user_session.set("researcher_view", SETTINGS.researcher_view)
    await _send_settings()
    with contextlib.suppress(Exception):  # a failure is reported on the first message instead
        await pipeline()


@cl.on_chat_resume
async def resume(thread: ThreadDict) -> None:
    """The conversation comes back from the research log, including a message a restart interrupted."""
    if await _participant() is not None:
        await _study_resume(thread["id"])
        return
    log = (await pipeline()).log
    restored = await asyncio.to_thread(restore, log, thread["id"], SETTINGS.locale)
    cl.user_session.set("conversation", restored.conversation)
    cl.user_session.set("researcher_view", SETTINGS.researcher_view)
    await _send_settings()
    if restored.unanswered:
        # Chainlit redraws the thread from storage right after this callback; tell the person after that.
        task = asyncio.create_task(_tell_interrupted(log, restored.unanswered))
        _background.add(task)
        task.add_done_callback(_background.discard)


_background: set[asyncio.Task[None]] = set()


async def _tell_interrupted(log: ResearchLog, unanswered: tuple[tuple[str, str], ...]) -> None:
    # There is no hook after Chainlit's redraw; a pause is enough in practice, and the note is persisted in
    # the thread either way, so a reload always shows it.
    await asyncio.sleep(2.0)
    for turn_id, text in unanswered:
        if await asyncio.to_thread(log.note_interruption, turn_id):
            note = UNANSWERED_NOTE.format(text=render.escape(text, 200))
            await cl.Message(content=note, author="Warmline").send()


@cl.on_settings_update
async def settings_update(values: dict[str, object]) -> None:
    cl.user_session.set("researcher_view", bool(values.get("researcher_view", True)))
    cl.user_session.set("remember", bool(values.get("remember", False)))


@cl.on_message
async def message(incoming: cl.Message) -> None:
    if (person := await _participant()) is not None:
        await _study_message(incoming, person)
        return
    conversation: Conversation = cl.user_session.get("conversation") or Conversation(
        id=cl.context.session.thread_id, locale=SETTINGS.locale
    )
    cl.user_session.set("conversation", conversation)
    observer = StepObserver(bool(cl.user_session.get("researcher_view")))
    try:
        ready = await pipeline()
    except Exception:  # the models failed to load: say so kindly; the traceback goes to the server log
        logger.exception("the pipeline could not be built")
        await cl.Message(content=NOT_READY, author="Warmline").send()
        return
    command = parse_command(incoming.content)
    if command is not None:
        await cl.Message(content=await asyncio.to_thread(_run_command, command), author="Warmline").send()
        return
    conversation.memories = await asyncio.to_thread(long_term().recall, _user_id(), incoming.content)
    result = await ready.respond(conversation, incoming.content, observer)
    if cl.user_session.get("remember"):
        await asyncio.to_thread(_note_situation, result)
    await _send_reply(ready.log, result)


async def _send_reply(log: ResearchLog, result: TurnResult) -> None:
    reply = cl.Message(content="", author="Warmline")
    for piece in _chunks(result.reply):
        await reply.stream_token(piece)
    await reply.send()
    await asyncio.to_thread(log.link_message, reply.id, result.turn.id)


_long_term: LongTermMemory | None = None


def long_term() -> LongTermMemory:
    global _long_term
    if _long_term is None:
        # With a Chroma server, every worker shares it: one local folder must not be opened by several
        # processes, and a person's notes must not depend on which worker they reach.
        _long_term = LongTermMemory(open_client(SETTINGS.store_dir, SETTINGS.chroma_url), shared_embedder())
    return _long_term


def _user_id() -> str:
    user = cl.user_session.get("user")
    return str(user.identifier) if user is not None else f"session-{cl.context.session.id}"


def _run_command(command: ChatCommand) -> str:
    memory, user = long_term(), _user_id()
    match command.name:
        case CommandName.MEMORY:
            notes = memory.notes(user)
            listed = "\n".join(f"{i}. {render.escape(n.text, 300)}" for i, n in enumerate(notes, 1))
            return (
                f"Here is what I remember about you:\n\n{listed}"
                if notes
                else "I don't remember anything about you."
            )
        case CommandName.REMEMBER:
            note = memory.remember(user, command.argument, NoteKind.NOTE) if command.argument else None
            return (
                "Got it, I'll remember that."
                if note
                else "I already remember that (or there was nothing to note)."
            )
        case CommandName.FORGET:
            return _forget(memory, user, command.argument)
        case CommandName.HELP:
            return HELP_TEXT


def _forget(memory: LongTermMemory, user: str, argument: str) -> str:
    if not argument:
        count = memory.forget(user)
        return f"Done: I deleted everything I remembered about you ({count} notes)."
    notes = memory.notes(user)
    if not argument.isdigit() or not 1 <= int(argument) <= len(notes):
        return "I couldn't find that note; `/memory` shows the numbers."
    memory.forget(user, notes[int(argument) - 1].id)
    return f"Done: note {argument} is deleted."


def _note_situation(result: TurnResult) -> None:
    """With memory on, an ongoing situation (the perceived cause) is noted; never from a risky turn."""
    perception = result.perception
    if result.turn.risk.level is not RiskLevel.NONE or perception is None or perception.cause is None:
        return
    long_term().remember(_user_id(), perception.cause.span, NoteKind.SITUATION)


def _chunks(text: str, size: int = 3) -> list[str]:
    words = text.split(" ")
    return [
        " ".join(words[i : i + size]) + (" " if i + size < len(words) else "")
        for i in range(0, len(words), size)
    ]


# --- pilot-study mode (only when WARMLINE_STUDY is set; see docs/study.md) ----------------------------------------

_ANSWER_TIMEOUT_S = 3600  # a participant may read the consent text or think about an answer for a long time
_CHAT_INVITE = (
    "Thank you. Whenever you're ready, tell me what's on your mind. When you want to finish, press "
    "**End the chat** below (the chat also ends after {turns} messages or {minutes:g} minutes)."
)

if STUDY is not None:

    @cl.password_auth_callback
    async def researcher(username: str, password: str) -> cl.User | None:
        """Researchers sign in at /login; they get the ordinary chat with the researcher view, never a study arm."""
        ok = await asyncio.to_thread(authenticate, researchers_file(SETTINGS), username, password)
        return cl.User(identifier=f"researcher-{username}", metadata={"role": "researcher"}) if ok else None


async def _participant() -> Participant | None:
    user = cl.user_session.get("user")
    if STUDY is None or user is None or user.metadata.get("role") != "participant":
        return None
    return await asyncio.to_thread((await runtime()).returning, str(user.identifier))


async def _say(text: str, actions: list[cl.Action] | None = None) -> None:
    await cl.Message(content=text, author="Warmline", actions=actions or []).send()


async def _ask(text: str, choices: list[tuple[str, str]]) -> str | None:
    """One question with buttons; returns the chosen value, or None when it was not answered in time."""
    # The action's name titles the thread in the sidebar (Chainlit names it after the first interaction).
    actions = [cl.Action(name="Study", payload={"value": value}, label=label) for value, label in choices]
    asked = cl.AskActionMessage(content=text, actions=actions, author="Warmline", timeout=_ANSWER_TIMEOUT_S)
    answer = await asked.send()
    if not answer:
        return None
    # Chainlit replaces the question with "Selected: ..."; keep the question in the transcript too.
    asked.content = f"{text}\n\n**Answer:** {answer['label']}"
    await asked.update()
    return str(answer["payload"]["value"])


async def _survey(study: StudyRuntime, conversation_id: str, questions: tuple[Question, ...]) -> None:
    for question in questions:
        text = f"{question.text}\n\n1 = {question.low}, 5 = {question.high}"
        value = await _ask(text, [(str(v), str(v)) for v in range(1, 6)])
        if value is not None:
            measure = Measure(phase=question.phase, name=question.name, value=int(value))
            await asyncio.to_thread(study.record, conversation_id, [measure])


async def _study_start() -> None:
    """Consent before anything else (no model sees a word before it), then the pre-survey, then the chat."""
    study, person = await runtime(), await _participant()
    assert STUDY is not None and person is not None
    cl.user_session.set("study_state", "ended")
    if code := await asyncio.to_thread(study.completed, person):
        await _say(FINISHED.format(code=code))
        return
    answer = await _ask(
        STUDY.consent.text, [("accept", "I agree to take part"), ("decline", "I do not agree")]
    )
    if answer is not None:
        await asyncio.to_thread(study.consent, person, answer == "accept")
    thread_id = cl.context.session.thread_id
    if answer != "accept":
        await _say(DECLINED)
        _in_background(_forget_thread(thread_id))
        return
    await asyncio.to_thread(study.start, thread_id, person)
    cl.user_session.set("conversation", Conversation(id=thread_id, locale=STUDY.crisis_locale))
    await _survey(study, thread_id, PRE_SURVEY)
    cl.user_session.set("study_state", "chat")
    end = cl.Action(name="end_study", payload={}, label="End the chat")
    await _say(_CHAT_INVITE.format(turns=STUDY.limits.turns, minutes=STUDY.limits.minutes), [end])
    _in_background(_end_at_time_limit(study, thread_id))


async def _end_at_time_limit(study: StudyRuntime, conversation_id: str) -> None:
    """A timer keeps the time limit, so a participant who stops typing still reaches the post-survey."""
    await asyncio.sleep(await asyncio.to_thread(study.seconds_left, conversation_id))
    try:
        await _study_end(study, conversation_id, EndReason.TIME_LIMIT)
    except Exception:  # the participant may have left: the session stays open, the next visit shows it
        logger.exception("ending a study session at its time limit failed")


async def _forget_thread(thread_id: str) -> None:
    """A participant who declined leaves no chat behind: Chainlit writes steps in background tasks, so the
    thread is deleted once they have landed."""
    await asyncio.sleep(2.0)
    layer = get_data_layer()
    if layer is not None:
        await layer.delete_thread(thread_id)


def _in_background(work: Any) -> None:
    task = asyncio.create_task(work)
    _background.add(task)
    task.add_done_callback(_background.discard)


async def _study_message(incoming: cl.Message, person: Participant) -> None:
    study = await runtime()
    conversation: Conversation | None = cl.user_session.get("conversation")
    if cl.user_session.get("study_state") != "chat" or conversation is None:
        code = await asyncio.to_thread(study.completed, person)
        await _say(FINISHED.format(code=code) if code else "Please answer the question above first.")
        return
    if await asyncio.to_thread(study.limit_reached, conversation.id) is EndReason.TIME_LIMIT:
        await _study_end(study, conversation.id, EndReason.TIME_LIMIT)
        return  # the message came in after the limit: it is not answered
    result = await study.respond(person, conversation, incoming.content, StepObserver(False))
    await _send_reply(study.log.log, result)
    if reason := await asyncio.to_thread(study.limit_reached, conversation.id):
        await _study_end(study, conversation.id, reason)


async def _study_end(study: StudyRuntime, conversation_id: str, reason: EndReason) -> None:
    """Ends the chat once, whichever comes first: the turn limit, the timer, or the participant."""
    if cl.user_session.get("study_state") != "chat":
        return
    cl.user_session.set("study_state", "survey")
    await _say(LIMIT_REACHED)
    await _survey(study, conversation_id, POST_SURVEY)
    code = await asyncio.to_thread(study.finish, conversation_id, reason)
    cl.user_session.set("study_state", "ended")
    await _say(thanks(code))
    # For a survey that embeds the chat in an iframe: the parent page hears the code (window.postMessage).
    await cl.send_window_message({"type": "warmline-study-complete", "study": study.study.id, "code": code})


@cl.action_callback("end_study")
async def end_study(action: cl.Action) -> None:
    conversation: Conversation | None = cl.user_session.get("conversation")
    if await _participant() is None or conversation is None or cl.user_session.get("study_state") != "chat":
        return
    await action.remove()
    await _study_end(await runtime(), conversation.id, EndReason.PARTICIPANT)


async def _study_resume(thread_id: str) -> None:
    """A participant's earlier thread: an open session continues, a finished one shows its code."""
    study = await runtime()
    session = await asyncio.to_thread(study.log.session, thread_id)
    cl.user_session.set("study_state", "ended")
    if session is None:
        await _say("This chat was not part of the study. Please start a new chat.")
        return
    if session.completion_code:
        await _say(FINISHED.format(code=session.completion_code))
        return
    restored = await asyncio.to_thread(restore, study.log.log, thread_id, session_locale(session.study_id))
    cl.user_session.set("conversation", restored.conversation)
    cl.user_session.set("study_state", "chat")


def session_locale(study_id: str) -> str:
    return STUDY.crisis_locale if STUDY is not None and STUDY.id == study_id else SETTINGS.locale
