"""Turning a dialogue prefix into the TurnContext the live pipeline would hand the selector.

Used by `warmline eval strategy` and the benchmark. The conversation never contains the turn being predicted.

The selector does not read perception, so replayed contexts carry `placeholder_perception()`: a neutral reading
that exists only to satisfy the TurnContext type. Nothing here runs the perception stage.

ESConv has supporter utterances that follow another supporter utterance (no user message in between) and a few
that open the dialogue. A live chat never has those; they are replayed as:

* supporter turn right after a user message: conversation = everything before that message, turn = the message
  (exactly the live case);
* supporter turn after a supporter utterance, or before the user has said anything: conversation = the whole
  prefix, turn = an empty message ("nothing new from the user; the supporter goes on"). The live pipeline never
  selects for an empty turn (the guard answers those itself), so the two cases cannot be confused.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.schema import (
    GOEMOTIONS_LABELS,
    Conversation,
    EmotionReading,
    Intensity,
    Message,
    Perception,
    Role,
    Trend,
    UserTurn,
)
from agent.stages import TurnContext


def placeholder_perception() -> Perception:
    """A neutral Perception for replayed turns; the strategy selector ignores perception entirely."""
    labels = {label: (1.0 if label == "neutral" else 0.0) for label in GOEMOTIONS_LABELS}
    emotion = EmotionReading(
        labels=labels,
        pairs=(),
        dominant="neutral",
        intensity=Intensity.NONE,
        name="neutral",
        intensity_score=0.0,
    )
    return Perception(emotion=emotion, cause=None, problem="other", trajectory=(), trend=Trend.FIRST_TURN)


_PERCEPTION = placeholder_perception()


def replay_context(history: Sequence[Message]) -> TurnContext:
    """The context for predicting the supporter utterance that follows `history`."""
    if history and history[-1].role is Role.USER:
        return _context(history[:-1], history[-1].text)
    return _context(history, "")


def _context(messages: Sequence[Message], text: str) -> TurnContext:
    return TurnContext(
        conversation=Conversation(id="replay", messages=list(messages)),
        turn=UserTurn(text=text, raw_chars=len(text)),
        perception=_PERCEPTION,
    )
