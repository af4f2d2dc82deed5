"""The stage variants a study arm can switch to: the raw (undebiased) selector, the LLM-native selector, no
retrieval, no critic. Each implements the same protocol as the stage it replaces (agent/stages.py).

None of them touches the crisis screen: it runs in the guard on every turn, in every arm.
"""

from __future__ import annotations

import logging

from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel, ConfigDict, Field

from agent.llm import to_messages
from agent.prompts import Prompt, load_prompt
from agent.schema import Demonstration, Draft, Outcome, PromptRef, Role, StrategyDecision, Verdict
from agent.stages import DraftRequest, Selector, TurnContext
from strategies.catalogue import STRATEGIES, Strategy
from strategies.selector import dialogue_messages

log = logging.getLogger(__name__)
_DIALOGUE_MESSAGES = 12  # the LLM sees the latest messages only: enough context, bounded prompt size


class RawSelector:
    """The shipped model's distribution without the debiasing step: the choice is its argmax."""

    name = "raw-strategy-selector"

    def __init__(self, debiased: Selector) -> None:
        self._inner = debiased

    def select(self, context: TurnContext, demonstrations: list[Demonstration]) -> StrategyDecision:
        decision = self._inner.select(context, demonstrations)
        choice = max(decision.raw, key=decision.raw.__getitem__)
        reasons = (f"no debiasing (study arm): the model's top strategy {choice.value} is used",)
        return decision.model_copy(update={"choice": choice, "debiased": decision.raw, "reasons": reasons})


class LLMChoice(BaseModel):
    """What the selection prompt asks the model to return."""

    model_config = ConfigDict(extra="forbid")

    strategy: Strategy
    reason: str = Field(default="", max_length=300)


class LLMSelector:
    """The LLM picks the strategy itself. The offline model's distributions are still recorded beside the
    LLM's choice, so an analysis can compare them; an endpoint failure keeps the offline model's choice."""

    def __init__(
        self, model: BaseChatModel, model_name: str, offline: Selector, method: str = "function_calling"
    ) -> None:
        self._model = model
        self._offline = offline
        self._method = method
        self._prompt: Prompt = load_prompt("select")
        self.name = f"llm:{model_name}"

    @property
    def prompt(self) -> PromptRef:
        return self._prompt.ref

    def select(self, context: TurnContext, demonstrations: list[Demonstration]) -> StrategyDecision:
        decision = self._offline.select(context, demonstrations)
        try:
            answer = self._ask(context)
        except Exception as error:  # the arm's LLM failed: say so in the trace and keep the offline choice
            log.warning("LLM-native selection failed, keeping the offline choice: %s", error)
            note = f"the LLM could not choose ({type(error).__name__}); the offline model's choice stands"
            return decision.model_copy(update={"reasons": (note, *decision.reasons)})
        reasons = (f"the LLM chose {answer.strategy.value}: {answer.reason}".strip(),)
        return decision.model_copy(update={"choice": answer.strategy, "reasons": reasons, "model": self.name})

    def _ask(self, context: TurnContext) -> LLMChoice:
        messages = [
            ("Person" if m.role is Role.USER else "Supporter", m.text) for m in dialogue_messages(context)
        ]
        strategies = [(s.value, s.definition) for s in STRATEGIES]
        rendered = self._prompt.render(strategies=strategies, messages=messages[-_DIALOGUE_MESSAGES:])
        runnable = self._model.with_structured_output(LLMChoice, method=self._method)
        answer = runnable.invoke(to_messages(rendered))
        return answer if isinstance(answer, LLMChoice) else LLMChoice.model_validate(answer)


class NoRetrieval:
    """Retrieval switched off: the selector and drafter get no demonstrations."""

    name = "no-retrieval"

    def retrieve(self, context: TurnContext, k: int, strategy: Strategy | None = None) -> list[Demonstration]:
        return []


class NoCritic:
    """The ethics critic switched off: every draft passes unreviewed (the crisis screen still runs first)."""

    name = "no-critic"

    async def review(self, draft: Draft, request: DraftRequest) -> Verdict:
        return Verdict(outcome=Outcome.PASS, critic=self.name)
