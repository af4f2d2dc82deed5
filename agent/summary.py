"""Conversation memory for the LLM engine: recent messages verbatim, older ones folded into a running summary.

The drafter sees the last `WINDOW` messages word for word. Once messages fall out of that window, the
summariser folds them (with the previous summary) into a few sentences. It re-summarises only every `STEP`
messages, so a long chat costs one extra LLM call every other turn at most, and it runs while the offline
stages work, so it rarely adds to the turn's latency.
"""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from agent.llm import to_messages
from agent.prompts import Prompt, load_prompt
from agent.resilience import MalformedOutputError, with_retries
from agent.schema import Conversation, ConversationSummary, Message, PromptRef, Role

WINDOW = 8  # messages the drafter sees verbatim (four exchanges)
STEP = 4  # re-summarise once this many more messages have left the window
_MAX_SUMMARY_CHARS = 1200


def pending_cover(conversation: Conversation) -> int | None:
    """How many leading messages a new summary should cover, or None while the current one is recent enough."""
    outside = len(conversation.messages) - WINDOW
    covered = conversation.summary.covers if conversation.summary else 0
    if outside - covered < STEP:
        return None
    return outside


def recent_messages(conversation: Conversation) -> list[Message]:
    """What the drafter quotes verbatim: the window, never anything the summary already stands for."""
    covered = conversation.summary.covers if conversation.summary else 0
    return conversation.messages[max(covered, len(conversation.messages) - WINDOW) :]


class LLMSummariser:
    def __init__(
        self, model: BaseChatModel, model_name: str, retries: int = 1, prompt: Prompt | None = None
    ) -> None:
        self._model = model
        self.name = model_name
        self._retries = retries
        self._prompt = prompt or load_prompt("summarise")

    @property
    def prompt(self) -> PromptRef:
        return self._prompt.ref

    async def summarise(self, conversation: Conversation, covers: int) -> ConversationSummary:
        previous = conversation.summary
        start = previous.covers if previous else 0
        pairs = self._prompt.render(
            previous=previous.text if previous else "",
            messages=[_quoted(m) for m in conversation.messages[start:covers]],
        )
        text = await with_retries(lambda: self._ask(to_messages(pairs)), self._retries)
        return ConversationSummary(text=text[:_MAX_SUMMARY_CHARS], covers=covers)

    async def _ask(self, messages: list[BaseMessage]) -> str:
        answer = await self._model.ainvoke(messages)
        text = answer.text if isinstance(answer.text, str) else str(answer.content)
        if not text.strip():
            raise MalformedOutputError("the LLM returned an empty summary")
        return text.strip()


def _quoted(message: Message) -> dict[str, str]:
    return {"role": "warmline" if message.role is Role.ASSISTANT else "user", "text": message.text}
