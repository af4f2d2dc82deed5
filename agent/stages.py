"""The small protocols each stage implements, so offline and LLM implementations swap by configuration.

Each stage gets what the pipeline hands it, as typed objects, and returns one typed object. CPU-bound offline
stages are written as plain functions and the pipeline runs them off the event loop.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from agent.schema import (
    Conversation,
    ConversationSummary,
    Demonstration,
    Draft,
    Perception,
    PromptRef,
    StrategyDecision,
    UserTurn,
    Verdict,
)
from strategies.catalogue import Strategy

TokenSink = Callable[[str], Awaitable[None]]


class TurnContext(BaseModel):
    """What every stage after perception may read. The conversation excludes the current turn."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    conversation: Conversation
    turn: UserTurn
    perception: Perception


class DraftRequest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    context: TurnContext
    decision: StrategyDecision
    demonstrations: tuple[Demonstration, ...]
    feedback: tuple[str, ...] = ()  # the critic's reasons when this is a revision
    round: int = 0


class Perceiver(Protocol):
    name: str

    def perceive(self, turn: UserTurn, conversation: Conversation) -> Perception: ...


class Retriever(Protocol):
    name: str

    def retrieve(
        self, context: TurnContext, k: int, strategy: Strategy | None = None
    ) -> list[Demonstration]: ...


class Selector(Protocol):
    name: str

    def select(self, context: TurnContext, demonstrations: list[Demonstration]) -> StrategyDecision: ...


class Drafter(Protocol):
    name: str

    async def draft(self, request: DraftRequest, on_token: TokenSink | None = None) -> Draft: ...


class Critic(Protocol):
    name: str

    async def review(self, draft: Draft, request: DraftRequest) -> Verdict: ...


class Summariser(Protocol):
    """Folds the messages that left the drafter's window into a running summary (LLM engine only)."""

    name: str

    @property
    def prompt(self) -> PromptRef | None: ...

    async def summarise(self, conversation: Conversation, covers: int) -> ConversationSummary: ...


class PromptUser(Protocol):
    """Stages that call an LLM expose the prompt they used, for the trace."""

    @property
    def prompt(self) -> PromptRef | None: ...
