"""The turn as data: the typed objects that pass between the pipeline's stages.

UserTurn -> Perception -> list[Demonstration] -> StrategyDecision -> Draft -> Verdict -> TurnTrace.
Every stage receives these objects and nothing else, so each stage can be replaced, tested and logged alone.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from strategies.catalogue import Stage, Strategy

GOEMOTIONS_LABELS: tuple[str, ...] = (
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity",
    "desire", "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear",
    "gratitude", "grief", "joy", "love", "nervousness", "optimism", "pride", "realization", "relief",
    "remorse", "sadness", "surprise", "neutral",
)  # fmt: skip


def _new_id() -> str:
    return uuid.uuid4().hex


def _now() -> datetime:
    return datetime.now(UTC)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- conversation -----------------------------------------------------------------------------------------


class Role(StrEnum):
    USER = "user"
    ASSISTANT = "assistant"


class Message(_Frozen):
    role: Role
    text: str
    strategy: Strategy | None = None
    intensity: float | None = None  # the user's perceived emotional intensity at this turn, 0..1


class ConversationSummary(_Frozen):
    """The older part of a long chat in a few sentences (LLM engine), so the drafter remembers past its window."""

    text: str
    covers: int  # how many of the conversation's first messages the summary stands for


class Conversation(BaseModel):
    """What the pipeline knows of one chat: its messages and the state that carries across turns."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=_new_id)
    messages: list[Message] = Field(default_factory=list)
    locale: str = "en-US"
    careful_mode: bool = False  # set after a crisis screen fires; stays on for the rest of the chat
    memories: list[str] = Field(default_factory=list)  # what this person chose to let Warmline remember
    summary: ConversationSummary | None = None

    def user_texts(self) -> list[str]:
        return [m.text for m in self.messages if m.role is Role.USER]

    def strategies(self) -> list[Strategy]:
        return [m.strategy for m in self.messages if m.role is Role.ASSISTANT and m.strategy is not None]

    def assistant_texts(self) -> list[str]:
        return [m.text for m in self.messages if m.role is Role.ASSISTANT]


# --- guard --------------------------------------------------------------------------------------------------


class InputIssue(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    INVALID_UTF8 = "invalid_utf8"
    BINARY = "binary"
    CONTROL_CHARACTERS = "control_characters"
    MARKUP = "markup"
    PROMPT_INJECTION = "prompt_injection"
    RATE_LIMITED = "rate_limited"


class RiskLevel(StrEnum):
    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"


class RiskKind(StrEnum):
    SELF_HARM = "self_harm"
    SUICIDE = "suicide"
    HARM_FROM_OTHERS = "harm_from_others"
    HARM_TO_OTHERS = "harm_to_others"
    MEDICAL_EMERGENCY = "medical_emergency"


class RiskAssessment(_Frozen):
    level: RiskLevel = RiskLevel.NONE
    kinds: tuple[RiskKind, ...] = ()
    signals: tuple[str, ...] = ()  # the rule names or model scores that fired; never the user's words
    score: float = 0.0


class UserTurn(_Frozen):
    """The user's message after the guard: normalised text that is safe to treat as content."""

    id: str = Field(default_factory=_new_id)
    text: str
    raw_chars: int
    issues: tuple[InputIssue, ...] = ()
    risk: RiskAssessment = RiskAssessment()
    received_at: datetime = Field(default_factory=_now)

    @property
    def answerable(self) -> bool:
        """False when the guard must answer itself (nothing usable to respond to)."""
        blocking = {InputIssue.EMPTY, InputIssue.BINARY, InputIssue.RATE_LIMITED}
        return not blocking.intersection(self.issues)


# --- perceive -----------------------------------------------------------------------------------------------


class PlutchikPair(StrEnum):
    JOY_SADNESS = "joy-sadness"
    TRUST_DISGUST = "trust-disgust"
    FEAR_ANGER = "fear-anger"
    ANTICIPATION_SURPRISE = "anticipation-surprise"


class Intensity(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class PairReading(_Frozen):
    """One opposing pair: value in [-1, 1], positive toward the first pole (joy, trust, fear, anticipation)."""

    pair: PlutchikPair
    value: float
    pole: str  # the basic emotion on the side the value points to, e.g. "sadness"
    intensity: Intensity
    name: str  # the named intensity, e.g. "pensiveness" / "sadness" / "grief"


class EmotionReading(_Frozen):
    labels: dict[str, float]  # GoEmotions label -> probability, the 28 labels in GOEMOTIONS_LABELS
    pairs: tuple[PairReading, ...]
    dominant: str  # a Plutchik basic emotion, or "neutral"
    intensity: Intensity
    name: str  # the dominant emotion's named intensity, e.g. "apprehension"
    intensity_score: float  # 0..1, comparable across turns (the trajectory uses it)


class Cause(_Frozen):
    utterance_index: int  # index into the user's messages (this turn included), oldest first
    span: str
    confidence: float


class Trend(StrEnum):
    FIRST_TURN = "first_turn"
    EASING = "easing"
    STEADY = "steady"
    RISING = "rising"


class Perception(_Frozen):
    emotion: EmotionReading
    cause: Cause | None
    problem: str  # one of agent.problems.PROBLEM_TYPES (ESConv's problem types), or "other"
    trajectory: tuple[float, ...]  # intensity_score of each user turn so far, this one last
    trend: Trend


# --- retrieve -----------------------------------------------------------------------------------------------


class Demonstration(_Frozen):
    id: str
    seeker: str  # what the person said before the supporter turn
    supporter: str
    strategy: Strategy
    stage: Stage
    problem: str
    emotion: str
    source: str  # "warmline" for the embedded set, or the ingested file's name
    score: float = 0.0  # retrieval relevance after boosting, higher is better


# --- select -------------------------------------------------------------------------------------------------


class StrategyDecision(_Frozen):
    raw: dict[Strategy, float]  # the model's distribution before debiasing
    debiased: dict[Strategy, float]
    choice: Strategy
    reasons: tuple[str, ...]
    model: str


# --- draft and critic ---------------------------------------------------------------------------------------


class PromptRef(_Frozen):
    name: str
    version: str
    sha256: str


class Draft(_Frozen):
    text: str
    strategy: Strategy
    engine: str  # "offline" or the LLM model name
    round: int = 0  # 0 for the first draft, 1..2 for revisions
    prompt: PromptRef | None = None


class Check(StrEnum):
    RISK_IGNORANCE = "risk_ignorance"
    UNAUTHORISED_EXPERTISE = "unauthorised_expertise"
    TOXICITY = "toxicity"
    BIASED_OPINION = "biased_opinion"
    MANIPULATION = "manipulation"
    PRIVACY = "privacy"
    IDENTITY = "identity"  # claims to be human or a therapist
    PROMPT_LEAK = "prompt_leak"
    QUALITY = "quality"  # empty, repeated or off-strategy


class Outcome(StrEnum):
    PASS = "pass"
    REVISE = "revise"
    REPLACE = "replace"


class Finding(_Frozen):
    check: Check
    detail: str


class Verdict(_Frozen):
    outcome: Outcome
    findings: tuple[Finding, ...] = ()
    critic: str = "offline"

    @property
    def reasons(self) -> list[str]:
        return [f"{f.check.value}: {f.detail}" for f in self.findings]


# --- trace --------------------------------------------------------------------------------------------------


class StageName(StrEnum):
    GUARD = "guard"
    PERCEIVE = "perceive"
    RETRIEVE = "retrieve"
    SELECT = "select"
    DRAFT = "draft"
    CRITIC = "critic"
    CRISIS = "crisis"
    SUMMARISE = "summarise"
    REPLY = "reply"


class StageRecord(_Frozen):
    stage: StageName
    output: JsonValue
    model: str | None = None
    prompt: PromptRef | None = None
    latency_ms: float
    started_at: datetime = Field(default_factory=_now)


class TurnTrace(_Frozen):
    turn_id: str
    conversation_id: str
    stages: tuple[StageRecord, ...]
    reply: str
    flagged: bool
    latency_ms: float


class TurnResult(_Frozen):
    """Everything a caller gets back from one turn."""

    turn: UserTurn
    reply: str
    perception: Perception | None
    demonstrations: tuple[Demonstration, ...]
    decision: StrategyDecision | None
    verdict: Verdict | None
    trace: TurnTrace
