"""Test doubles shipped with the code: a deterministic fake chat model that also does structured output.

LangChain's own fake chat models raise NotImplementedError on `with_structured_output`; this one answers it,
so the LLM engine's code paths run in tests without a network.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import BaseModel, ConfigDict, Field

TextResponder = Callable[[list[BaseMessage]], str]
StructuredResponder = Callable[[list[BaseMessage], type[BaseModel]], BaseModel | dict[str, Any]]

_OPENINGS = (
    "That sounds really heavy to carry.",
    "Thank you for telling me about this.",
    "I can hear how much this matters to you.",
)


def default_text(messages: list[BaseMessage]) -> str:
    """A deterministic reply that depends on the prompt, so tests can tell prompts apart."""
    prompt = "\n".join(str(m.content) for m in messages)
    digest = int(hashlib.sha256(prompt.encode()).hexdigest(), 16)
    return f"{_OPENINGS[digest % len(_OPENINGS)]} What feels hardest about it right now?"


class FakeChatModel(BaseChatModel):
    """Deterministic chat model: text from `responder`, structured objects from `structured_responder`."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    responder: TextResponder = default_text
    structured_responder: StructuredResponder | None = None
    calls: list[list[BaseMessage]] = Field(default_factory=list)
    model_name: str = "fake-chat"

    @property
    def _llm_type(self) -> str:
        return "warmline-fake"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.calls.append(list(messages))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self.responder(messages)))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        self.calls.append(list(messages))
        for piece in _pieces(self.responder(messages)):
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))
        # Like a real endpoint, the stream says when the reply is complete (a cut-off stream would not).
        yield ChatGenerationChunk(
            message=AIMessageChunk(content="", response_metadata={"finish_reason": "stop"})
        )

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        for chunk in self._stream(messages, stop, None, **kwargs):
            yield chunk

    def with_structured_output(
        self, schema: Any, *, include_raw: bool = False, **kwargs: Any
    ) -> Runnable[Any, Any]:
        def answer(value: Any) -> BaseModel:
            messages = self._convert_input(value).to_messages()
            self.calls.append(list(messages))
            if self.structured_responder is None:
                raise NotImplementedError("FakeChatModel needs a structured_responder for structured output")
            produced = self.structured_responder(messages, schema)
            if isinstance(produced, BaseModel):
                return produced
            validated: BaseModel = schema.model_validate_json(json.dumps(produced))
            return validated

        return RunnableLambda(answer)


def _pieces(text: str) -> Iterator[str]:
    words = text.split(" ")
    for i, word in enumerate(words):
        yield word if i == len(words) - 1 else word + " "
