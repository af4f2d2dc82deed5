"""Projects the 28 GoEmotions label probabilities onto Plutchik's four opposing pairs (docs/plutchik.md).

Each label contributes to one or more of Plutchik's eight basic emotions with a fixed weight (primary dyads are
split between their two components, e.g. love = joy + trust). A basic emotion's score is the weighted sum of its
labels' probabilities, capped at 1; a pair's signed value is first pole minus second pole. The score is then read
on Plutchik's three rings: below 1/3 the mild name (serenity, apprehension ...), up to 2/3 the basic name, above
that the intense name (ecstasy, terror ...). Neutral probability damps every score, so a plain message stays
near zero instead of being forced onto a pole.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from agent.schema import GOEMOTIONS_LABELS, EmotionReading, Intensity, PairReading, PlutchikPair

BASIC_EMOTIONS: tuple[str, ...] = (
    "joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation",
)  # fmt: skip

PAIR_POLES: Mapping[PlutchikPair, tuple[str, str]] = MappingProxyType(
    {
        PlutchikPair.JOY_SADNESS: ("joy", "sadness"),
        PlutchikPair.TRUST_DISGUST: ("trust", "disgust"),
        PlutchikPair.FEAR_ANGER: ("fear", "anger"),
        PlutchikPair.ANTICIPATION_SURPRISE: ("anticipation", "surprise"),
    }
)

# Plutchik's wheel: (mild, basic, intense) for each basic emotion.
INTENSITY_NAMES: Mapping[str, tuple[str, str, str]] = MappingProxyType(
    {
        "joy": ("serenity", "joy", "ecstasy"),
        "trust": ("acceptance", "trust", "admiration"),
        "fear": ("apprehension", "fear", "terror"),
        "surprise": ("distraction", "surprise", "amazement"),
        "sadness": ("pensiveness", "sadness", "grief"),
        "disgust": ("boredom", "disgust", "loathing"),
        "anger": ("annoyance", "anger", "rage"),
        "anticipation": ("interest", "anticipation", "vigilance"),
    }
)

# label -> {basic emotion: weight}. A weight of 0.33 or less keeps a mild-ring label (annoyance, approval) on the
# mild ring whatever its score;
# other weights below 1 split a dyad between its two emotions. Labels outside the wheel: docs/plutchik.md.
LABEL_WEIGHTS: Mapping[str, Mapping[str, float]] = MappingProxyType(
    {
        "admiration": {"trust": 1.0},
        "amusement": {"joy": 0.7},
        "anger": {"anger": 1.0},
        "annoyance": {"anger": 0.33},
        "approval": {"trust": 0.33},
        "caring": {"trust": 0.5, "joy": 0.3},
        "confusion": {"surprise": 0.33},
        "curiosity": {"anticipation": 0.33, "surprise": 0.15},
        "desire": {"anticipation": 0.6, "joy": 0.2},
        "disappointment": {"sadness": 0.6, "surprise": 0.3},
        "disapproval": {"disgust": 0.5, "anger": 0.3},
        "disgust": {"disgust": 1.0},
        "embarrassment": {"fear": 0.3, "disgust": 0.3},
        "excitement": {"joy": 0.6, "anticipation": 0.5},
        "fear": {"fear": 1.0},
        "gratitude": {"joy": 0.5, "trust": 0.5},
        "grief": {"sadness": 1.0},
        "joy": {"joy": 1.0},
        "love": {"joy": 0.6, "trust": 0.6},
        "nervousness": {"fear": 0.6, "anticipation": 0.2},
        "optimism": {"anticipation": 0.5, "joy": 0.4},
        "pride": {"joy": 0.6},
        "realization": {"surprise": 0.3},
        "relief": {"joy": 0.5},
        "remorse": {"sadness": 0.6, "disgust": 0.3},
        "sadness": {"sadness": 1.0},
        "surprise": {"surprise": 1.0},
        "neutral": {},
    }
)

NEUTRAL = "neutral"
_EVIDENCE_FLOOR = 0.3  # label scores below this are noise, not weak emotion
_NONE_BELOW = 0.1  # a pair or emotion weaker than this reads as no emotion at all
_RINGS = (1 / 3, 2 / 3)  # upper bounds of the mild and basic rings


def evidence(score: float) -> float:
    """A label score read as evidence: nothing below 0.3, then linear to 1 (0.5, the threshold, gives 0.29)."""
    return min(1.0, max(0.0, (score - _EVIDENCE_FLOOR) / (1.0 - _EVIDENCE_FLOOR)))


def basic_scores(labels: Mapping[str, float]) -> dict[str, float]:
    """Plutchik basic-emotion scores in [0, 1] from GoEmotions scores (missing labels count as 0).

    Each emotion takes its strongest label's weighted evidence (a maximum, not a sum, so that five related
    labels firing at once do not read as five times the feeling).
    """
    damp = 1.0 - 0.5 * labels.get(NEUTRAL, 0.0)
    scores = dict.fromkeys(BASIC_EMOTIONS, 0.0)
    for label, weights in LABEL_WEIGHTS.items():
        strength = evidence(labels.get(label, 0.0))
        for emotion, weight in weights.items():
            scores[emotion] = max(scores[emotion], strength * weight)
    return {emotion: score * damp for emotion, score in scores.items()}


def intensity_of(score: float) -> Intensity:
    magnitude = abs(score)
    if magnitude < _NONE_BELOW:
        return Intensity.NONE
    if magnitude < _RINGS[0]:
        return Intensity.LOW
    return Intensity.MEDIUM if magnitude < _RINGS[1] else Intensity.HIGH


def named_intensity(emotion: str, intensity: Intensity) -> str:
    """Plutchik's name for `emotion` at `intensity`; "neutral" when there is no emotion to name."""
    if emotion == NEUTRAL or intensity is Intensity.NONE:
        return NEUTRAL
    mild, basic, intense = INTENSITY_NAMES[emotion]
    return {Intensity.LOW: mild, Intensity.MEDIUM: basic, Intensity.HIGH: intense}[intensity]


def pair_readings(scores: Mapping[str, float]) -> tuple[PairReading, ...]:
    readings = []
    for pair, (first, second) in PAIR_POLES.items():
        # rounded first, so that the intensity is the shown value's: 0.09999999 shown as 0.1 read as no emotion
        value = round(max(-1.0, min(1.0, scores[first] - scores[second])), 4)
        pole = first if value >= 0 else second
        intensity = intensity_of(value)
        readings.append(
            PairReading(
                pair=pair,
                value=value,
                pole=pole,
                intensity=intensity,
                name=named_intensity(pole, intensity),
            )
        )
    return tuple(readings)


def project(labels: Mapping[str, float]) -> EmotionReading:
    """The full reading: 28 probabilities, four pairs, and the dominant basic emotion with its named intensity."""
    full = {label: float(labels.get(label, 0.0)) for label in GOEMOTIONS_LABELS}
    scores = basic_scores(full)
    dominant = max(BASIC_EMOTIONS, key=lambda emotion: scores[emotion])
    strength = scores[dominant]
    if strength < _NONE_BELOW or full[NEUTRAL] > strength + 0.25:
        dominant = NEUTRAL
    intensity = Intensity.NONE if dominant == NEUTRAL else intensity_of(strength)
    return EmotionReading(
        labels=full,
        pairs=pair_readings(scores),
        dominant=dominant,
        intensity=intensity,
        name=named_intensity(dominant, intensity),
        intensity_score=round(strength, 4),
    )
