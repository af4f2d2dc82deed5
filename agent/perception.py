"""The perceive stage, offline: emotion (28 labels -> Plutchik pairs), cause, problem type and trajectory.

Everything is computed from the message and the user's earlier messages. The emotion model's pass also yields the
message's sentence embedding, which is stored in the shared embedder's cache, so the retrieval stage reuses the
same vector without a second model call.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from agent import plutchik
from agent.cause import find_cause, span_in
from agent.cause_model import CauseModel, PairContext, load_cause_model
from agent.embeddings import Vector
from agent.emotion import EmotionClassifier, load_classifier
from agent.problems import classify_problem
from agent.schema import Cause, Conversation, EmotionReading, Message, Perception, Role, Trend, UserTurn

_TREND_BAND = 0.08  # a change in intensity smaller than this reads as steady
_TREND_WINDOW = 3  # the current turn is compared with the mean of this many earlier turns
_CAUSE_LOOKBACK = 4  # the cause is looked for in the user's last few messages (this one included)
_MEMORY_SIZE = 256


class OfflinePerceiver:
    name = "offline-perceiver"

    def __init__(self, classifier: EmotionClassifier, cause_model: CauseModel | None = None) -> None:
        self.classifier = classifier
        self.cause_model = cause_model
        self.name = f"offline-perceiver/{classifier.name}"
        # Readings of recent messages, so earlier turns are not re-run through the model on every turn.
        self._memory: OrderedDict[str, tuple[EmotionReading, Vector]] = OrderedDict()
        self._lock = threading.Lock()

    def read_emotion(self, text: str) -> tuple[EmotionReading, Vector]:
        with self._lock:
            known = self._memory.get(text)
        if known is not None:
            return known
        scores, vector = self.classifier.read(text)
        reading = (plutchik.project(scores), vector)
        with self._lock:
            self._memory[text] = reading
            while len(self._memory) > _MEMORY_SIZE:
                self._memory.popitem(last=False)
        return reading

    def perceive(self, turn: UserTurn, conversation: Conversation) -> Perception:
        emotion, vector = self.read_emotion(turn.text)
        user_texts = [*conversation.user_texts(), turn.text]
        trajectory = (*self.earlier_intensities(conversation.messages), emotion.intensity_score)
        return Perception(
            emotion=emotion,
            cause=self.find_cause(turn, conversation),
            problem=classify_problem(user_texts, vector),
            trajectory=trajectory,
            trend=trend_of(trajectory),
        )

    def earlier_intensities(self, messages: Sequence[Message]) -> tuple[float, ...]:
        # Messages restored without a stored intensity are re-read, so the trajectory has one point per turn.
        return tuple(
            m.intensity if m.intensity is not None else self.read_emotion(m.text)[0].intensity_score
            for m in messages
            if m.role is Role.USER
        )

    def find_cause(self, turn: UserTurn, conversation: Conversation) -> Cause | None:
        """The trained pair model over the user's last few messages (the heuristic when it is absent)."""
        user_texts = [*conversation.user_texts(), turn.text]
        if self.cause_model is None or not turn.text.strip():
            return find_cause(user_texts)
        messages = [*conversation.messages, Message(role=Role.USER, text=turn.text)]
        user_positions = [i for i, m in enumerate(messages) if m.role is Role.USER][-_CAUSE_LOOKBACK:]
        context = self._pair_context(messages, user_positions)
        # A message that only names a feeling ("ok, thanks.") cannot hold the cause when another one can.
        with_content = [p for p in user_positions if span_in(messages[p].text).evidence > 0] or user_positions
        position, probability = self.cause_model.best(context, len(messages) - 1, with_content)
        user_index = sum(1 for m in messages[:position] if m.role is Role.USER)
        span = self.cause_model.span(messages[position].text)
        return Cause(utterance_index=user_index, span=span, confidence=round(probability, 4))

    def _pair_context(self, messages: Sequence[Message], user_positions: Sequence[int]) -> PairContext:
        # Only the user's messages are candidates, so only they need vectors and intensities; positions keep
        # the whole conversation's turn distances, as in the RECCON dialogues the model was trained on.
        vectors = np.zeros((len(messages), 384), dtype=np.float32)
        intensities = [0.0] * len(messages)
        for position in user_positions:
            reading, vector = self.read_emotion(messages[position].text)
            vectors[position], intensities[position] = vector, reading.intensity_score
        return PairContext(
            texts=tuple(m.text for m in messages),
            speakers=tuple(m.role.value for m in messages),
            vectors=vectors,
            intensities=tuple(intensities),
        )


def trend_of(trajectory: Sequence[float]) -> Trend:
    """Easing / steady / rising: the current intensity against the mean of the last few earlier turns."""
    if len(trajectory) < 2:
        return Trend.FIRST_TURN
    earlier = trajectory[-1 - _TREND_WINDOW : -1]
    change = trajectory[-1] - sum(earlier) / len(earlier)
    if change <= -_TREND_BAND:
        return Trend.EASING
    return Trend.RISING if change >= _TREND_BAND else Trend.STEADY


def load_perceiver() -> OfflinePerceiver:
    return OfflinePerceiver(load_classifier(), load_cause_model())


def render_trajectory_png(
    perceptions_or_values: Perception | Sequence[Perception] | Sequence[float],
    width_px: int = 480,
    height_px: int = 200,
) -> bytes:
    """A small line chart of intensity per user turn (PNG bytes), for the researcher view."""
    values = _trajectory_values(perceptions_or_values)
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_px / 100, height_px / 100), dpi=100)
    axes = figure.add_subplot()
    turns = list(range(1, len(values) + 1))
    axes.plot(turns, values, marker="o", color="#c2410c")
    axes.set_ylim(0.0, 1.0)
    axes.set_xlim(0.5, max(1, len(values)) + 0.5)
    axes.set_xticks(turns)
    axes.set_xlabel("user turn")
    axes.set_ylabel("intensity")
    axes.grid(alpha=0.3)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _trajectory_values(source: Perception | Sequence[Perception] | Sequence[float]) -> list[float]:
    if isinstance(source, Perception):
        return list(source.trajectory)
    values: list[float] = []
    for item in source:
        values.append(item.emotion.intensity_score if isinstance(item, Perception) else float(item))
    return values
