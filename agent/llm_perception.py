"""The perceive stage through an LLM: structured output (labels, cause, problem) from the configured endpoint.

The LLM's label scores go through the same Plutchik projection and trajectory as the offline engine's. Any
answer that does not fit (unknown label, a cause message out of range, a span not found in that message) is
repaired from the offline perceiver, and an endpoint failure falls back to the offline perception entirely.
"""

from __future__ import annotations

import logging

import numpy as np
import numpy.typing as npt
from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel, ConfigDict, Field

from agent import plutchik
from agent.cause import span_in
from agent.llm import to_messages
from agent.perception import OfflinePerceiver, trend_of
from agent.problems import OTHER, PROBLEM_TYPES
from agent.prompts import Prompt, load_prompt
from agent.schema import GOEMOTIONS_LABELS, Cause, Conversation, Perception, PromptRef, UserTurn

log = logging.getLogger(__name__)


class LabelScore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str
    score: float = Field(ge=0.0, le=1.0)


class LLMPerception(BaseModel):
    """What the perceive prompt asks the model to return."""

    model_config = ConfigDict(extra="forbid")

    emotions: list[LabelScore] = Field(default_factory=list, max_length=28)
    cause_message: int = Field(ge=1)
    cause_span: str = Field(max_length=500)
    problem: str


class LLMPerceiver:
    def __init__(
        self,
        model: BaseChatModel,
        model_name: str,
        offline: OfflinePerceiver,
        prompt: Prompt | None = None,
        method: str = "function_calling",
    ) -> None:
        self._model = model
        self._offline = offline
        self._prompt = prompt or load_prompt("perceive")
        self._method = method
        self.name = f"llm:{model_name}"

    @property
    def prompt(self) -> PromptRef:
        return self._prompt.ref

    def ask(self, user_texts: list[str]) -> LLMPerception:
        rendered = self._prompt.render(
            messages=user_texts, labels=", ".join(GOEMOTIONS_LABELS), problems=", ".join(PROBLEM_TYPES)
        )
        answer = self._model.with_structured_output(LLMPerception, method=self._method).invoke(
            to_messages(rendered)
        )
        return answer if isinstance(answer, LLMPerception) else LLMPerception.model_validate(answer)

    def perceive(self, turn: UserTurn, conversation: Conversation) -> Perception:
        user_texts = [*conversation.user_texts(), turn.text]
        try:
            answer = self.ask(user_texts)
        except Exception as error:  # the endpoint failing must not lose the turn: perceive offline
            log.warning("LLM perception failed, perceiving offline: %s", error)
            return self._offline.perceive(turn, conversation)
        emotion = plutchik.project(label_scores(answer))
        trajectory = (*self._offline.earlier_intensities(conversation.messages), emotion.intensity_score)
        return Perception(
            emotion=emotion,
            cause=checked_cause(answer, user_texts),
            problem=answer.problem if answer.problem in PROBLEM_TYPES else OTHER,
            trajectory=trajectory,
            trend=trend_of(trajectory),
        )


def label_scores(answer: LLMPerception) -> dict[str, float]:
    """The 28 scores (labels the model left out are 0; unknown labels are dropped)."""
    scores = dict.fromkeys(GOEMOTIONS_LABELS, 0.0)
    for item in answer.emotions:
        label = item.label.strip().lower()
        if label in scores:
            scores[label] = max(scores[label], item.score)
    if not any(scores.values()):
        scores["neutral"] = 1.0
    return scores


def checked_cause(answer: LLMPerception, user_texts: list[str]) -> Cause:
    """The LLM's cause if it points at a real message and quotes it; otherwise repaired offline."""
    index = min(max(answer.cause_message, 1), len(user_texts)) - 1
    text = user_texts[index]
    span = answer.cause_span.strip()
    if span and span.lower() in text.lower():
        start = text.lower().index(span.lower())
        return Cause(utterance_index=index, span=text[start : start + len(span)], confidence=0.8)
    return Cause(utterance_index=index, span=span_in(text).span, confidence=0.4)


def build_llm_perceiver(offline: OfflinePerceiver) -> LLMPerceiver:
    """The LLM perceiver for the configured endpoint (WARMLINE_LLM_*); raises when none is configured."""
    from agent.llm import make_chat_model
    from agent.settings import Settings

    settings = Settings()
    # Perception is one structured answer, not a stream to show: ask for the whole completion at once.
    model = make_chat_model(settings).model_copy(update={"streaming": False})
    method = settings.llm_structured_method.value
    return LLMPerceiver(model, settings.llm_model or "llm", offline, method=method)


def llm_label_matrix(texts: list[str]) -> npt.NDArray[np.float32]:
    """`warmline eval emotion --engine llm`: labels scored >= 0.5 by the LLM (at least one per text)."""
    from tqdm import tqdm

    from agent.emotion import decide
    from agent.perception import load_perceiver

    perceiver = build_llm_perceiver(load_perceiver())
    rows = []
    for text in tqdm(texts, desc="llm emotion"):
        scores = label_scores(perceiver.ask([text]))
        rows.append([scores[label] for label in GOEMOTIONS_LABELS])
    return decide(np.array(rows, dtype=np.float32))


def llm_cause_choice(perceiver: LLMPerceiver, history: list[str]) -> tuple[int, str]:
    """For `warmline eval cause --method llm`: the chosen utterance (0-based) and span for the last one."""
    answer = perceiver.ask(history)
    cause = checked_cause(answer, history)
    return cause.utterance_index, cause.span
