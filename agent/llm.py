"""The LLM engine: any OpenAI-compatible endpoint through LangChain's ChatOpenAI.

Only built when WARMLINE_LLM_MODEL is set; the offline engine needs none of this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel

from agent.settings import Settings

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable


def make_chat_model(settings: Settings) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    if not settings.llm_model:
        raise ValueError("no LLM configured: set WARMLINE_LLM_MODEL (and WARMLINE_LLM_BASE_URL)")
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=key,
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout_s,
        # Retries are ours (agent/resilience), so a slow endpoint cannot stretch one turn past its deadline.
        max_retries=0,
        streaming=True,
    )


def structured(model: BaseChatModel, schema: type[BaseModel], settings: Settings) -> Runnable[Any, Any]:
    """Structured output; the method is configurable because llama.cpp's server rejects json_schema."""
    return model.with_structured_output(schema, method=settings.llm_structured_method.value)


def to_messages(pairs: list[tuple[str, str]]) -> list[BaseMessage]:
    kinds: dict[str, type[BaseMessage]] = {
        "system": SystemMessage,
        "user": HumanMessage,
        "assistant": AIMessage,
    }
    return [kinds[role](content=text) for role, text in pairs]
