"""The turn pipeline: guard -> perceive -> retrieve -> select -> draft <-> critic -> reply, with a trace.

`Pipeline.respond` never raises for a user's message: every path ends in a reply and a log row. The user's
text is logged before any model call; CPU-bound offline stages run in worker threads so one turn does not
stall the server's event loop for everyone else.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from agent import crisis_reply, crisis_semantic, notices
from agent.critic import fallback_reply
from agent.embeddings import Embedder
from agent.guard import Guard
from agent.schema import (
    Conversation,
    Demonstration,
    Draft,
    Message,
    Outcome,
    Perception,
    PromptRef,
    RiskLevel,
    Role,
    StageName,
    StageRecord,
    StrategyDecision,
    TurnResult,
    TurnTrace,
    UserTurn,
    Verdict,
)
from agent.stages import (
    Critic,
    Drafter,
    DraftRequest,
    Perceiver,
    Retriever,
    Selector,
    Summariser,
    TokenSink,
    TurnContext,
)
from agent.summary import pending_cover
from memory.log import ResearchLog

T = TypeVar("T")
_MIN_EXAMPLES = 2


class TurnObserver(Protocol):
    """What a front end hears during a turn (the Chainlit adapter renders these as steps and a stream)."""

    async def stage(self, record: StageRecord) -> None: ...

    async def draft_token(self, token: str) -> None: ...


@dataclass
class Stages:
    guard: Guard
    perceiver: Perceiver
    retriever: Retriever
    selector: Selector
    drafter: Drafter
    critic: Critic
    fallback_drafter: Drafter  # the offline drafter: used when the configured one fails or runs out of time
    summariser: Summariser | None = None  # LLM engine: folds messages older than the drafter's window


@dataclass
class Pipeline:
    stages: Stages
    log: ResearchLog
    k: int = 4
    max_revisions: int = 2
    deadline_s: float = 20.0
    arm: str | None = None
    embedder: Embedder | None = None  # to embed a reply the next turn will read, after this turn has answered
    _background: set[asyncio.Task[Any]] = field(default_factory=set, repr=False)

    async def respond(
        self, conversation: Conversation, text: str | bytes, observer: TurnObserver | None = None
    ) -> TurnResult:
        run = _TurnRun(self, conversation, observer)
        result = await run.execute(text)
        self._embed_later(result.reply)
        return result

    def _embed_later(self, reply: str) -> None:
        """The selector reads the last reply on the next turn. A reply the critic never saw whole (notes were
        added to the draft) is not in the embedder's cache yet: embed it now, after the user has it."""
        if self.embedder is None or not reply.strip() or self.embedder.knows(reply):
            return
        task = asyncio.create_task(asyncio.to_thread(self.embedder.embed, reply))
        self._background.add(task)
        task.add_done_callback(self._background.discard)


class _TurnRun:
    """One turn's state: the records so far and the observer to tell."""

    def __init__(self, pipeline: Pipeline, conversation: Conversation, observer: TurnObserver | None) -> None:
        self.p = pipeline
        self.stages = pipeline.stages
        self.conversation = conversation
        self.observer = observer
        self.records: list[StageRecord] = []
        self.started = time.perf_counter()
        self.deadline = self.started + pipeline.deadline_s

    async def execute(self, raw: str | bytes) -> TurnResult:
        try:
            # In a worker thread: the crisis screen's n-gram model costs a few ms, which would stall every other
            # session's socket on the event loop.
            turn = await self._thread(StageName.GUARD, self.stages.guard.name, self._guard, raw)
        except Exception as error:  # keep the words even when the guard itself breaks
            turn = _unguarded(raw)
            self.p.log.turn_received(turn.id, self.conversation.id, turn.text, arm=self.p.arm)
            return self._fail(turn, error)
        self.p.log.turn_received(turn.id, self.conversation.id, turn.text, arm=self.p.arm)
        try:
            return await self._answer(turn)
        except Exception as error:  # a bug in any stage must still end in a kind reply and a logged turn
            return self._fail(turn, error)

    def _fail(self, turn: UserTurn, error: Exception) -> TurnResult:
        self.p.log.turn_failed(turn.id, f"{type(error).__name__}: {error}")
        return self._finish(turn, notices.SOMETHING_WENT_WRONG, None, (), None, None, failed=True)

    async def _answer(self, turn: UserTurn) -> TurnResult:
        blocking = notices.blocking_notice(turn)
        if blocking is not None:
            return self._finish(turn, blocking, None, (), None, None)
        if turn.risk.level is RiskLevel.CRISIS:
            return await self._crisis(turn)
        perception = await self._thread(StageName.PERCEIVE, self.stages.perceiver.name, self._perceive, turn)
        turn = await self._semantic_screen(turn)
        if turn.risk.level is RiskLevel.CRISIS:
            return await self._crisis(turn)
        # Started only now: no LLM call (the summary is one) may happen before the semantic screen has passed.
        summary = self._start_summary()
        try:
            return await self._support(turn, perception, summary)
        finally:
            if summary is not None and not summary.done():
                summary.cancel()

    async def _semantic_screen(self, turn: UserTurn) -> UserTurn:
        """The crisis screen's semantic layer, on the sentence vector perception just cached; logged when it
        raises the level, as a second guard record whose signals name the layer (`semantic.crisis:+0.21`)."""
        started = time.perf_counter()
        check = await asyncio.to_thread(crisis_semantic.recheck, turn.risk, turn.text)
        if not check.raised:
            return turn
        turn = turn.model_copy(update={"risk": check.risk})
        output = {"risk": check.risk.model_dump(mode="json"), "issues": [], "layer": "semantic"}
        await self._add(StageName.GUARD, output, crisis_semantic.MODEL_NAME, None, started)
        return turn

    async def _support(
        self, turn: UserTurn, perception: Perception, summary: asyncio.Task[None] | None
    ) -> TurnResult:
        context = TurnContext(conversation=self.conversation, turn=turn, perception=perception)
        neighbours = await self._thread(
            StageName.RETRIEVE, self.stages.retriever.name, self._retrieve, context
        )
        selector = self.stages.selector
        decision = await self._thread(
            StageName.SELECT, selector.name, self._select, context, neighbours, prompt=_prompt_of(selector)
        )
        examples = await asyncio.to_thread(self._examples, context, neighbours, decision)
        if summary is not None:
            await summary
        request = DraftRequest(context=context, decision=decision, demonstrations=tuple(examples))
        reply, verdict = await self._draft_and_review(request)
        reply = self._with_notes(turn, reply)
        return self._finish(turn, reply, perception, tuple(examples), decision, verdict)

    # --- stages -------------------------------------------------------------------------------------------

    def _guard(self, raw: str | bytes) -> UserTurn:
        return self.stages.guard.check(raw, self.conversation)

    def _perceive(self, turn: UserTurn) -> Perception:
        return self.stages.perceiver.perceive(turn, self.conversation)

    def _retrieve(self, context: TurnContext) -> list[Demonstration]:
        return self.stages.retriever.retrieve(context, self.p.k)

    def _select(self, context: TurnContext, neighbours: list[Demonstration]) -> StrategyDecision:
        return self.stages.selector.select(context, neighbours)

    def _examples(
        self, context: TurnContext, neighbours: list[Demonstration], decision: StrategyDecision
    ) -> list[Demonstration]:
        """The drafter's examples use the chosen strategy; ask the store again when neighbours lack them."""
        matching = [d for d in neighbours if d.strategy is decision.choice]
        if len(matching) >= _MIN_EXAMPLES:
            return matching
        extra = self.stages.retriever.retrieve(context, self.p.k, decision.choice)
        seen = {d.id for d in matching}
        return (matching + [d for d in extra if d.id not in seen])[: self.p.k]

    def _start_summary(self) -> asyncio.Task[None] | None:
        """Runs beside the offline stages: the summary is needed only when the draft starts."""
        summariser = self.stages.summariser
        covers = pending_cover(self.conversation) if summariser is not None else None
        if summariser is None or covers is None:
            return None
        return asyncio.create_task(self._summarise(summariser, covers))

    async def _summarise(self, summariser: Summariser, covers: int) -> None:
        started = time.perf_counter()
        output: dict[str, Any]
        try:
            summary = await asyncio.wait_for(
                summariser.summarise(self.conversation, covers), self._remaining(reserve_s=3.0)
            )
            self.conversation.summary = summary
            output = summary.model_dump(mode="json")
        except Exception as error:  # a failed summary keeps the previous one; the reply does not depend on it
            output = {"error": f"{type(error).__name__}: {error}", "covers": covers}
        await self._add(StageName.SUMMARISE, output, summariser.name, summariser.prompt, started)

    async def _crisis(self, turn: UserTurn) -> TurnResult:
        repeat = self.conversation.careful_mode
        started = time.perf_counter()
        reply = crisis_reply.crisis_reply(turn.risk, self.conversation.locale, repeat=repeat)
        self.conversation.careful_mode = True
        output = {
            "risk": turn.risk.model_dump(mode="json"),
            "repeat": repeat,
            "locale": self.conversation.locale,
        }
        await self._add(StageName.CRISIS, output, "fixed-protocol", None, started)
        return self._finish(turn, reply, None, (), None, None, flagged=True)

    async def _draft_and_review(self, request: DraftRequest) -> tuple[str, Verdict | None]:
        feedback: tuple[str, ...] = ()
        for round_ in range(self.p.max_revisions + 1):
            current = request.model_copy(update={"feedback": feedback, "round": round_})
            draft = await self._draft(current)
            verdict = await self._review(draft, current)
            if verdict.outcome is Outcome.PASS:
                return draft.text, verdict
            if verdict.outcome is Outcome.REPLACE:
                break
            feedback = tuple(verdict.reasons)
        return fallback_reply(request), verdict

    async def _draft(self, request: DraftRequest) -> Draft:
        drafter = self.stages.drafter
        started = time.perf_counter()
        sink: TokenSink | None = self.observer.draft_token if self.observer else None
        try:
            draft = await asyncio.wait_for(
                drafter.draft(request, sink), timeout=self._remaining(reserve_s=1.5)
            )
        except Exception as error:  # the configured drafter failed or timed out: answer offline instead
            draft = await self.stages.fallback_drafter.draft(request, None)
            draft = draft.model_copy(update={"engine": f"offline (fallback after {type(error).__name__})"})
        output = {**draft.model_dump(mode="json"), "demonstrations": [d.id for d in request.demonstrations]}
        await self._add(StageName.DRAFT, output, draft.engine, draft.prompt, started)
        return draft

    async def _review(self, draft: Draft, request: DraftRequest) -> Verdict:
        started = time.perf_counter()
        try:
            verdict = await asyncio.wait_for(self.stages.critic.review(draft, request), self._remaining(0.5))
        except TimeoutError:
            verdict = Verdict(outcome=Outcome.REPLACE, critic="deadline")
        prompt = _prompt_of(self.stages.critic)
        await self._add(StageName.CRITIC, verdict.model_dump(mode="json"), verdict.critic, prompt, started)
        return verdict

    def _remaining(self, reserve_s: float) -> float:
        """Seconds a step may use: what is left before the deadline, less a reserve for the steps after it."""
        return max(0.05, self.deadline - time.perf_counter() - reserve_s)

    def _with_notes(self, turn: UserTurn, reply: str) -> str:
        parts = [*notices.notes(turn)]
        if turn.risk.level is RiskLevel.CONCERN:
            parts.append(reply)
            parts.append(crisis_reply.concern_note(self.conversation.locale))
            return "\n\n".join(parts)
        return "\n\n".join([*parts, reply])

    # --- bookkeeping --------------------------------------------------------------------------------------

    async def _thread(
        self,
        stage: StageName,
        model: str | None,
        fn: Callable[..., T],
        *args: Any,
        prompt: PromptRef | None = None,
    ) -> T:
        started = time.perf_counter()
        result = await asyncio.to_thread(fn, *args)
        await self._add(stage, _jsonable(result), model, prompt, started)
        return result

    async def _add(
        self, stage: StageName, output: Any, model: str | None, prompt: PromptRef | None, started: float
    ) -> None:
        latency = (time.perf_counter() - started) * 1000
        record = StageRecord(
            stage=stage, output=output, model=model, prompt=prompt, latency_ms=round(latency, 3)
        )
        self.records.append(record)
        if self.observer is not None:
            await _quietly(self.observer.stage(record))

    def _finish(
        self,
        turn: UserTurn,
        reply: str,
        perception: Perception | None,
        examples: tuple[Demonstration, ...],
        decision: StrategyDecision | None,
        verdict: Verdict | None,
        flagged: bool = False,
        failed: bool = False,
    ) -> TurnResult:
        latency = round((time.perf_counter() - self.started) * 1000, 3)
        self.records.append(StageRecord(stage=StageName.REPLY, output={"text": reply}, latency_ms=0.0))
        trace = TurnTrace(
            turn_id=turn.id,
            conversation_id=self.conversation.id,
            stages=tuple(self.records),
            reply=reply,
            flagged=flagged,
            latency_ms=latency,
        )
        if not failed:
            self.p.log.turn_answered(trace)
        self._remember(turn, reply, perception, decision)
        return TurnResult(
            turn=turn, reply=reply, perception=perception, demonstrations=examples, decision=decision,
            verdict=verdict, trace=trace,
        )  # fmt: skip

    def _remember(
        self, turn: UserTurn, reply: str, perception: Perception | None, decision: StrategyDecision | None
    ) -> None:
        if not turn.text.strip():
            return
        intensity = perception.emotion.intensity_score if perception else None
        self.conversation.messages.append(Message(role=Role.USER, text=turn.text, intensity=intensity))
        strategy = decision.choice if decision else None
        self.conversation.messages.append(Message(role=Role.ASSISTANT, text=reply, strategy=strategy))


def _unguarded(raw: str | bytes) -> UserTurn:
    text = raw if isinstance(raw, str) else raw.decode("utf-8", errors="replace")
    return UserTurn(text=text[:100_000], raw_chars=len(text))


def _prompt_of(stage: object) -> PromptRef | None:
    """LLM-backed stages expose the prompt they used (agent.stages.PromptUser); offline ones have none."""
    prompt = getattr(stage, "prompt", None)
    return prompt if isinstance(prompt, PromptRef) else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


async def _quietly(awaitable: Awaitable[None]) -> None:
    """A front end that fails to render a step must not fail the turn."""
    with contextlib.suppress(Exception):
        await awaitable


_default: Pipeline | None = None


async def respond(
    conversation: Conversation, text: str | bytes, observer: TurnObserver | None = None
) -> TurnResult:
    """One turn through the default pipeline (built from the environment's settings on first use)."""
    global _default
    if _default is None:
        from agent.build import build_pipeline

        _default = await asyncio.to_thread(build_pipeline)
    return await _default.respond(conversation, text, observer)
