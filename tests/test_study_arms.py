"""Study arms really change the pipeline: selector, retrieval, critic and engine, each visible in the trace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import BaseMessage

from agent.arm_stages import LLMChoice
from agent.arms import ArmPipelines, arm_pipeline
from agent.build import build_pipeline
from agent.pipeline import Pipeline
from agent.prompts import load_prompt
from agent.schema import Conversation, StageName
from agent.settings import Settings
from agent.study import Arm
from agent.testing import FakeChatModel
from strategies.catalogue import Strategy

TEXT = "My sister stopped talking to me after an argument and I feel awful about it."
LLM_SETTINGS = Settings(llm_model="arm-model", llm_base_url="http://127.0.0.1:9/v1")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return build_pipeline(Settings(data_dir=tmp_path_factory.mktemp("arms")))


def stage_output(pipeline: Pipeline, turn_id: str, stage: str) -> Any:
    return next(row for row in pipeline.log.stages(turn_id) if row.stage == stage)


async def test_raw_arm_uses_the_undebiased_argmax_and_logs_its_arm(base: Pipeline) -> None:
    pipeline = arm_pipeline(base, Arm(name="raw", selector="raw"), Settings())
    conversation = Conversation()
    result = await pipeline.respond(conversation, TEXT)
    decision = result.decision
    assert decision is not None
    assert decision.choice is max(decision.raw, key=decision.raw.__getitem__)
    row = stage_output(pipeline, result.turn.id, "select")
    assert row.model == "raw-strategy-selector"
    assert [t.arm for t in base.log.turns(conversation.id)] == ["raw"]


async def test_retrieval_and_critic_can_be_switched_off(base: Pipeline) -> None:
    pipeline = arm_pipeline(base, Arm(name="bare", retrieval=False, critic=False), Settings())
    result = await pipeline.respond(Conversation(), TEXT)
    assert result.demonstrations == ()
    assert stage_output(pipeline, result.turn.id, "retrieve").output == []
    critic = stage_output(pipeline, result.turn.id, "critic")
    assert (critic.model, critic.output["outcome"]) == ("no-critic", "pass")


async def test_the_crisis_screen_runs_in_an_arm_without_critic(base: Pipeline) -> None:
    pipeline = arm_pipeline(base, Arm(name="bare", retrieval=False, critic=False), Settings())
    result = await pipeline.respond(Conversation(), "I want to kill myself tonight.")
    assert result.trace.flagged
    assert StageName.CRISIS in [r.stage for r in result.trace.stages]


def choose_reflection(messages: list[BaseMessage], schema: type) -> LLMChoice:
    assert schema is LLMChoice
    return LLMChoice(strategy=Strategy.REFLECTION, reason="they named a painful feeling")


async def test_llm_native_arm_lets_the_llm_choose_and_draft(base: Pipeline) -> None:
    model = FakeChatModel(
        responder=lambda m: "That sounds painful. What happened between you two?",
        structured_responder=choose_reflection,
    )
    seen: list[Settings] = []

    def factory(settings: Settings) -> FakeChatModel:
        seen.append(settings)
        return model

    arm = Arm(name="native", selector="llm-native", engine="llm", temperature=0.2, critic=False)
    pipeline = arm_pipeline(base, arm, LLM_SETTINGS, factory)
    result = await pipeline.respond(Conversation(), TEXT)
    assert result.decision is not None and result.decision.choice is Strategy.REFLECTION
    assert result.decision.model == "llm:arm-model"
    assert result.reply == "That sounds painful. What happened between you two?"
    assert (seen[0].llm_model, seen[0].llm_temperature) == ("arm-model", 0.2)
    dialogue = "\n".join(str(m.content) for m in model.calls[0])
    assert TEXT in dialogue and "Reflection of feelings" in dialogue
    row = stage_output(pipeline, result.turn.id, "select")
    assert row.prompt_sha256 == load_prompt("select").sha256


async def test_llm_native_selection_failure_keeps_the_offline_choice(base: Pipeline) -> None:
    def broken(messages: list[BaseMessage], schema: type) -> LLMChoice:
        raise ConnectionError("endpoint down")

    model = FakeChatModel(structured_responder=broken)
    arm = Arm(name="native", selector="llm-native", engine="llm", critic=False)
    pipeline = arm_pipeline(base, arm, LLM_SETTINGS, lambda s: model)
    result = await pipeline.respond(Conversation(), TEXT)
    decision = result.decision
    assert decision is not None and "could not choose" in decision.reasons[0]
    assert decision.choice is max(decision.debiased, key=decision.debiased.__getitem__)


def test_arm_pipelines_are_built_once_and_share_the_heavy_parts(base: Pipeline) -> None:
    arms = ArmPipelines(base, Settings())
    first = arms.get(Arm(name="raw", selector="raw"))
    assert arms.get(Arm(name="raw", selector="raw")) is first
    assert first.log is base.log and first.stages.perceiver is base.stages.perceiver
    assert first.arm == "raw" and base.arm is None


def test_offline_arm_keeps_the_default_stages(base: Pipeline, tmp_path: Path) -> None:
    pipeline = arm_pipeline(base, Arm(name="default"), Settings())
    assert pipeline.stages.selector is base.stages.selector
    assert pipeline.stages.retriever is base.stages.retriever
    assert pipeline.stages.drafter is base.stages.drafter
