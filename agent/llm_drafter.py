"""The LLM engine's drafter: the `draft` prompt, rendered from the turn's typed context, streamed."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from agent.llm import to_messages
from agent.prompts import Prompt, load_prompt
from agent.resilience import MalformedOutputError, TruncatedStreamError, with_retries
from agent.schema import Draft, PromptRef, Role
from agent.stages import DraftRequest, TokenSink
from agent.summary import recent_messages


class LLMDrafter:
    def __init__(
        self, model: BaseChatModel, model_name: str, retries: int = 2, prompt: Prompt | None = None
    ) -> None:
        self._model = model
        self.name = model_name
        self._retries = retries
        self._prompt = prompt or load_prompt("draft")

    @property
    def prompt(self) -> PromptRef:
        return self._prompt.ref

    async def draft(self, request: DraftRequest, on_token: TokenSink | None = None) -> Draft:
        messages = to_messages(self._prompt.render(**prompt_variables(request)))
        text = await with_retries(lambda: self._stream(messages, on_token), self._retries)
        return Draft(
            text=text, strategy=request.decision.choice, engine=self.name, round=request.round,
            prompt=self._prompt.ref,
        )  # fmt: skip

    async def _stream(self, messages: list[BaseMessage], on_token: TokenSink | None) -> str:
        pieces: list[str] = []
        finished = False
        async for chunk in self._model.astream(messages):
            finished = finished or bool(chunk.response_metadata.get("finish_reason"))
            piece = chunk.text if isinstance(chunk.text, str) else str(chunk.content)
            if piece:
                pieces.append(piece)
                if on_token is not None:
                    await on_token(piece)
        if not finished:
            raise TruncatedStreamError("the stream ended before the model finished its reply")
        text = "".join(pieces).strip()
        if not text:
            raise MalformedOutputError("the LLM returned an empty draft")
        return text


def prompt_variables(request: DraftRequest) -> dict[str, object]:
    context = request.context
    perception = context.perception
    emotion = perception.emotion
    history = [
        {"role": "warmline" if m.role is Role.ASSISTANT else "user", "text": m.text}
        for m in recent_messages(context.conversation)
    ]
    summary = context.conversation.summary
    return {
        "strategy": request.decision.choice.value,
        "strategy_definition": request.decision.choice.definition,
        "careful": context.conversation.careful_mode,
        "emotion": emotion.name if emotion.dominant != "neutral" else "no strong emotion",
        "intensity": emotion.intensity.value,
        "trend": perception.trend.value.replace("_", " "),
        "cause": perception.cause.span if perception.cause else "not clear yet",
        "problem": perception.problem,
        "demonstrations": [d.model_dump(mode="json") for d in request.demonstrations[:4]],
        "feedback": list(request.feedback),
        "history": history,
        "summary": summary.text if summary else "",
        "memories": list(context.conversation.memories),
        "text": context.turn.text,
    }
