"""The perceive stage, offline: emotion (28 labels -> Plutchik pairs), cause, problem type and trajectory.

Everything is computed from the message and the user's earlier messages; the message embedding comes from the
shared embedder, so the retrieval stage reuses the same vector without a second model call.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from agent import plutchik
from agent.cause import find_cause
from agent.embeddings import shared_embedder
from agent.emotion import EmotionClassifier, load_classifier
from agent.problems import classify_problem
from agent.schema import Conversation, EmotionReading, Message, Perception, Role, Trend, UserTurn

_TREND_BAND = 0.08  # a change in intensity smaller than this reads as steady
_TREND_WINDOW = 3  # the current turn is compared with the mean of this many earlier turns


class OfflinePerceiver:
    name = "offline-perceiver"

    def __init__(self, classifier: EmotionClassifier) -> None:
        self.classifier = classifier
        self.name = f"offline-perceiver/{classifier.name}"

    def read_emotion(self, text: str) -> EmotionReading:
        vector = shared_embedder().embed(text)
        return plutchik.project(self.classifier.scores_for_vector(vector))

    def perceive(self, turn: UserTurn, conversation: Conversation) -> Perception:
        emotion = self.read_emotion(turn.text)
        user_texts = [*conversation.user_texts(), turn.text]
        trajectory = (*self._earlier_intensities(conversation.messages), emotion.intensity_score)
        return Perception(
            emotion=emotion,
            cause=find_cause(user_texts),
            problem=classify_problem(user_texts, shared_embedder().embed(turn.text)),
            trajectory=trajectory,
            trend=trend_of(trajectory),
        )

    def _earlier_intensities(self, messages: Sequence[Message]) -> tuple[float, ...]:
        # Messages restored without a stored intensity are re-read, so the trajectory has one point per turn.
        return tuple(
            m.intensity if m.intensity is not None else self.read_emotion(m.text).intensity_score
            for m in messages
            if m.role is Role.USER
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
    return OfflinePerceiver(load_classifier())


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
