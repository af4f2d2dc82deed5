"""One pipeline per study arm, derived from the server's built pipeline (agent/build.py).

The heavy, shared parts (perception model, demonstration store, research log, offline drafter) are reused; an
arm only swaps the stages it switches: selector, retrieval, critic, and the drafting engine with its model and
temperature. Variants are built once per arm and cached.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from langchain_core.language_models import BaseChatModel

from agent.arm_stages import LLMSelector, NoCritic, NoRetrieval, RawSelector
from agent.critic import load_critic
from agent.llm import make_chat_model
from agent.llm_critic import LLMCritic
from agent.llm_drafter import LLMDrafter
from agent.pipeline import Pipeline, Stages
from agent.settings import Engine, Settings
from agent.stages import Critic, Drafter, Selector
from agent.study import Arm, SelectorMode
from agent.summary import LLMSummariser

ModelFactory = Callable[[Settings], BaseChatModel]


def arm_settings(settings: Settings, arm: Arm) -> Settings:
    """The server's settings with the arm's model and temperature (endpoint and key stay the server's)."""
    if arm.engine is Engine.OFFLINE:
        return settings.model_copy(update={"llm_model": None})
    update: dict[str, object] = {"llm_model": arm.model or settings.llm_model}
    if arm.temperature is not None:
        update["llm_temperature"] = arm.temperature
    return settings.model_copy(update=update)


def arm_pipeline(
    base: Pipeline, arm: Arm, settings: Settings, make_model: ModelFactory = make_chat_model
) -> Pipeline:
    own = arm_settings(settings, arm)
    model = make_model(own) if arm.engine is Engine.LLM else None
    # Structured answers are read whole, so they are asked for without streaming (as agent/llm_perception.py
    # does): some OpenAI-compatible servers stream no tool calls.
    whole = model.model_copy(update={"streaming": False}) if model is not None else None
    name = own.llm_model or "llm"
    stages = replace(
        base.stages,
        selector=_selector(base.stages, arm, whole, name, own),
        retriever=base.stages.retriever if arm.retrieval else NoRetrieval(),
        drafter=_drafter(base.stages, model, name, own),
        critic=_critic(arm, whole, name, own),
        summariser=LLMSummariser(whole, name, own.llm_max_retries) if whole is not None else None,
    )
    return replace(base, stages=stages, arm=arm.name)


def _selector(
    stages: Stages, arm: Arm, model: BaseChatModel | None, name: str, settings: Settings
) -> Selector:
    debiased = stages.selector  # the server pipeline's own selector is the debiased one
    if arm.selector is SelectorMode.RAW:
        return RawSelector(debiased)
    if arm.selector is SelectorMode.LLM_NATIVE and model is not None:
        return LLMSelector(model, name, debiased, settings.llm_structured_method.value)
    return debiased


def _drafter(stages: Stages, model: BaseChatModel | None, name: str, settings: Settings) -> Drafter:
    if model is None:
        return stages.fallback_drafter  # the offline drafter
    return LLMDrafter(model, name, settings.llm_max_retries)


def _critic(arm: Arm, model: BaseChatModel | None, name: str, settings: Settings) -> Critic:
    if not arm.critic:
        return NoCritic()
    if model is None:
        return load_critic()
    return LLMCritic(model, name, offline=load_critic(), method=settings.llm_structured_method.value)


class ArmPipelines:
    """Builds each arm's pipeline on first use and keeps it (thread-safe: turns run in worker threads)."""

    def __init__(
        self, base: Pipeline, settings: Settings, make_model: ModelFactory = make_chat_model
    ) -> None:
        self._base = base
        self._settings = settings
        self._make_model = make_model
        self._built: dict[str, Pipeline] = {}
        self._lock = threading.Lock()

    def get(self, arm: Arm) -> Pipeline:
        with self._lock:
            if arm.name not in self._built:
                self._built[arm.name] = arm_pipeline(self._base, arm, self._settings, self._make_model)
            return self._built[arm.name]
