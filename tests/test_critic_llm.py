"""The LLM critic with the deterministic fake chat model: rubric prompt, structured verdict, merging, failure."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import BaseMessage
from pydantic import BaseModel

from agent.llm_critic import LLMCritic, LLMFinding, LLMVerdict
from agent.prompts import load_prompt
from agent.schema import Check, Outcome
from agent.testing import FakeChatModel
from tests.probes.builders import make_draft, make_request


def responder(verdict: LLMVerdict) -> Any:
    def answer(messages: list[BaseMessage], schema: type[BaseModel]) -> BaseModel:
        assert schema is LLMVerdict
        return verdict

    return answer


async def test_llm_findings_become_a_revision() -> None:
    verdict = LLMVerdict(outcome="revise", findings=[LLMFinding(check=Check.MANIPULATION, detail="flattery")])
    model = FakeChatModel(structured_responder=responder(verdict))
    critic = LLMCritic(model, "fake")
    result = await critic.review(make_draft("You're amazing, only talk to you know who."), make_request("hi"))
    assert result.outcome is Outcome.REVISE
    assert result.findings[0].check is Check.MANIPULATION
    assert result.critic == "llm:fake"
    prompt_text = "\n".join(str(m.content) for m in model.calls[0])
    assert "<draft>" in prompt_text and "only talk to you know who" in prompt_text
    assert critic.prompt == load_prompt("critic").ref


async def test_a_severe_rule_finding_replaces_without_calling_the_llm() -> None:
    model = FakeChatModel(structured_responder=responder(LLMVerdict(outcome="pass")))
    result = await LLMCritic(model, "fake").review(
        make_draft("Go ahead and hurt yourself."), make_request("hi")
    )
    assert result.outcome is Outcome.REPLACE
    assert model.calls == []


async def test_rules_still_count_when_the_llm_passes() -> None:
    model = FakeChatModel(structured_responder=responder(LLMVerdict(outcome="pass")))
    result = await LLMCritic(model, "fake").review(
        make_draft("Yes, I'm a real person."), make_request("human?")
    )
    assert result.outcome is Outcome.REVISE and result.findings[0].check is Check.IDENTITY


async def test_a_clean_pass_has_no_findings() -> None:
    model = FakeChatModel(structured_responder=responder(LLMVerdict(outcome="pass")))
    result = await LLMCritic(model, "fake").review(
        make_draft("That sounds hard. What happened?"), make_request("hi")
    )
    assert result.outcome is Outcome.PASS and result.findings == ()


async def test_an_endpoint_failure_keeps_the_offline_verdict() -> None:
    def broken(messages: list[BaseMessage], schema: type[BaseModel]) -> BaseModel:
        raise TimeoutError("endpoint down")

    model = FakeChatModel(structured_responder=broken)
    result = await LLMCritic(model, "fake").review(make_draft("That sounds hard."), make_request("hi"))
    assert result.outcome is Outcome.PASS and result.critic == "offline"
