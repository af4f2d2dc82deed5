"""The LLM ethics critic: the offline rules first, then a rubric prompt with a structured (pydantic) verdict.

Rules run first because they are deterministic and free: a severe rule finding replaces the draft without an
LLM call. Otherwise the LLM's findings are merged with the rules'. If the endpoint fails or answers out of
shape, the offline verdict stands: the critic never lets an error through as a pass it did not make.
"""

from __future__ import annotations

import logging
from typing import Literal

from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel, ConfigDict, Field

from agent.critic import OfflineCritic
from agent.llm import to_messages
from agent.prompts import Prompt, load_prompt
from agent.schema import Check, Draft, Finding, Outcome, PromptRef, Verdict
from agent.stages import DraftRequest

log = logging.getLogger(__name__)
_RANK = {Outcome.PASS: 0, Outcome.REVISE: 1, Outcome.REPLACE: 2}


class LLMFinding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    check: Check
    detail: str = Field(max_length=300)


class LLMVerdict(BaseModel):
    """What the rubric prompt asks the model to return."""

    model_config = ConfigDict(extra="forbid")

    outcome: Literal["pass", "revise", "replace"]
    findings: list[LLMFinding] = Field(default_factory=list, max_length=9)


class LLMCritic:
    def __init__(
        self,
        model: BaseChatModel,
        model_name: str,
        offline: OfflineCritic | None = None,
        prompt: Prompt | None = None,
        method: str = "function_calling",  # llama.cpp's server rejects json_schema (see STACK-NOTES)
    ) -> None:
        self._model = model
        self._method = method
        self.name = f"llm:{model_name}"
        self._offline = offline or OfflineCritic(model=None)
        self._prompt = prompt or load_prompt("critic")

    @property
    def prompt(self) -> PromptRef:
        return self._prompt.ref

    async def review(self, draft: Draft, request: DraftRequest) -> Verdict:
        offline = await self._offline.review(draft, request)
        if offline.outcome is Outcome.REPLACE:
            return offline.model_copy(update={"critic": self.name})
        try:
            judged = await self._ask(draft, request)
        except Exception as error:  # an endpoint failure must not become a silent pass
            log.warning("LLM critic failed, keeping the offline verdict: %s", error)
            return offline
        return _merge(offline, judged, self.name)

    async def _ask(self, draft: Draft, request: DraftRequest) -> LLMVerdict:
        variables = {"message": request.context.turn.text, "draft": draft.text,
                     "risk": request.context.turn.risk.level.value}  # fmt: skip
        messages = to_messages(self._prompt.render(**variables))
        runnable = self._model.with_structured_output(LLMVerdict, method=self._method)
        answer = await runnable.ainvoke(messages)
        return answer if isinstance(answer, LLMVerdict) else LLMVerdict.model_validate(answer)


def _merge(offline: Verdict, judged: LLMVerdict, name: str) -> Verdict:
    llm_outcome = Outcome(judged.outcome)
    findings = list(offline.findings) + [Finding(check=f.check, detail=f.detail) for f in judged.findings]
    if llm_outcome is not Outcome.PASS and not judged.findings:
        findings.append(
            Finding(check=Check.QUALITY, detail="the reviewer asked for a rewrite without a reason")
        )
    outcome = max(offline.outcome, llm_outcome, key=_RANK.__getitem__)
    if outcome is Outcome.PASS:
        findings = []
    return Verdict(outcome=outcome, findings=tuple(dict.fromkeys(findings)), critic=name)
