"""Conversation memory restored from the research log, so a resumed thread continues where it stopped.

The log is the source of truth: it has every accepted message (even one whose turn never finished, e.g. the
server was killed mid-turn), the strategy each reply used and the perceived intensity of each user turn.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from agent.schema import Conversation, ConversationSummary, Message, Role
from memory.log import ResearchLog
from strategies.catalogue import Strategy


class Restored(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    conversation: Conversation
    unanswered: tuple[tuple[str, str], ...]  # (turn id, text) received but never answered


def restore(log: ResearchLog, conversation_id: str, locale: str = "en-US") -> Restored:
    conversation = Conversation(id=conversation_id, locale=locale)
    unanswered: list[tuple[str, str]] = []
    for turn in log.turns(conversation_id):
        if not turn.user_text.strip():
            continue
        strategy, intensity, summary = _stage_facts(log, turn.turn_id)
        conversation.summary = summary or conversation.summary
        conversation.messages.append(Message(role=Role.USER, text=turn.user_text, intensity=intensity))
        if turn.status == "answered" and turn.reply:
            conversation.messages.append(Message(role=Role.ASSISTANT, text=turn.reply, strategy=strategy))
        elif turn.status == "received":
            unanswered.append((turn.turn_id, turn.user_text))
        conversation.careful_mode = conversation.careful_mode or turn.flagged
    return Restored(conversation=conversation, unanswered=tuple(unanswered))


def _stage_facts(
    log: ResearchLog, turn_id: str
) -> tuple[Strategy | None, float | None, ConversationSummary | None]:
    strategy: Strategy | None = None
    intensity: float | None = None
    summary: ConversationSummary | None = None
    for row in log.stages(turn_id):
        output = row.output if isinstance(row.output, dict) else {}
        if row.stage == "select" and isinstance(output.get("choice"), str):
            strategy = Strategy(output["choice"])
        if row.stage == "perceive":
            score = output.get("emotion", {}).get("intensity_score")
            intensity = float(score) if isinstance(score, int | float) else None
        if row.stage == "summarise" and "text" in output:
            summary = ConversationSummary.model_validate(output)
    return strategy, intensity, summary
