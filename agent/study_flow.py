"""A running study, as the chat front end uses it: admit a participant from a verified link, route their turns
to their arm's pipeline, record consent and measures, and end the session with a completion code.

Kept free of Chainlit so every step is testable without a browser; app.py only translates UI events into
these calls.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict

from agent.arms import ArmPipelines
from agent.pipeline import Pipeline, TurnObserver
from agent.schema import Conversation, TurnResult
from agent.settings import Settings
from agent.study import Arm, Assignment, Study
from agent.study_links import LinkCheck, LinkFields, participant_hash, study_secret, verify
from memory.log import ResearchLog
from memory.study_log import Decision, EndReason, Measure, MeasureName, Phase, StudyLog


class Participant(BaseModel):
    """Who is chatting in a study: the keyed hash of their id (never the id) and their arm."""

    model_config = ConfigDict(frozen=True)

    study_id: str
    participant_hash: str
    arm: str


class StudyRuntime:
    def __init__(
        self, study: Study, secret: str, log: ResearchLog, arm_pipeline: Callable[[Arm], Pipeline]
    ) -> None:
        self.study = study
        self._secret = secret
        self.log = StudyLog(log)
        self._arm_pipeline = arm_pipeline  # agent.arms.ArmPipelines.get on the server

    def check(self, params: Mapping[str, str]) -> LinkCheck:
        return verify(params, self._secret, self.study)

    def admit(self, fields: LinkFields) -> Participant:
        """A verified link's participant, with their (stable) arm. A link-assigned study needs the link's arm."""
        if self.study.assignment is Assignment.LINK and not fields.arm:
            raise ValueError("this study assigns arms by link, and the link names none")
        hashed = participant_hash(self._secret, fields.study, fields.pid)
        names = tuple(arm.name for arm in self.study.arms)
        arm = self.log.assign_arm(self.study.id, hashed, names, fields.arm)
        return Participant(study_id=self.study.id, participant_hash=hashed, arm=arm)

    def returning(self, participant_hash: str) -> Participant | None:
        """A participant already admitted (their Chainlit identity is their hash)."""
        arm = self.log.arm_of(self.study.id, participant_hash)
        return (
            Participant(study_id=self.study.id, participant_hash=participant_hash, arm=arm) if arm else None
        )

    def completed(self, participant: Participant) -> str | None:
        """The completion code of the participant's finished session, if they have one."""
        codes = [
            s.completion_code for s in self.log.sessions(self.study.id)
            if s.participant_hash == participant.participant_hash and s.completion_code
        ]  # fmt: skip
        return codes[0] if codes else None

    def pipeline(self, participant: Participant) -> Pipeline:
        return self._arm_pipeline(self.study.arm(participant.arm))

    async def respond(
        self,
        participant: Participant,
        conversation: Conversation,
        text: str,
        observer: TurnObserver | None = None,
    ) -> TurnResult:
        """One turn through the participant's arm; the turn row also gets their hash (the session has it too)."""
        result = await self.pipeline(participant).respond(conversation, text, observer)
        await asyncio.to_thread(self.log.stamp_turns, conversation.id, participant.participant_hash)
        return result

    def consent(self, participant: Participant, accepted: bool) -> None:
        decision = Decision.ACCEPT if accepted else Decision.DECLINE
        self.log.consent(self.study.id, participant.participant_hash, self.study.consent.version, decision)

    def start(self, conversation_id: str, participant: Participant) -> None:
        self.log.start_session(
            conversation_id, self.study.id, participant.participant_hash, participant.arm,
            self.study.consent.version,
        )  # fmt: skip

    def record(self, conversation_id: str, measures: list[Measure]) -> None:
        for measure in measures:
            self.log.record(conversation_id, measure)

    def limit_reached(self, conversation_id: str, now: datetime | None = None) -> EndReason | None:
        """The turn limit counts answered turns; the time limit runs from the session's start."""
        session = self.log.session(conversation_id)
        if session is None:
            return None
        answered = sum(1 for t in self.log.log.turns(conversation_id) if t.status == "answered")
        if answered >= self.study.limits.turns:
            return EndReason.TURN_LIMIT
        elapsed = ((now or datetime.now(UTC)) - session.started_at).total_seconds() / 60
        return EndReason.TIME_LIMIT if elapsed >= self.study.limits.minutes else None

    def seconds_left(self, conversation_id: str, now: datetime | None = None) -> float:
        """Until the session's time limit (0 when it has passed or there is no such session)."""
        session = self.log.session(conversation_id)
        if session is None:
            return 0.0
        elapsed = ((now or datetime.now(UTC)) - session.started_at).total_seconds()
        return max(0.0, self.study.limits.minutes * 60 - elapsed)

    def finish(self, conversation_id: str, reason: EndReason) -> str:
        return self.log.end_session(conversation_id, reason)


def study_runtime(study: Study, settings: Settings, base: Pipeline) -> StudyRuntime:
    """The server's runtime: arm pipelines derived from its built pipeline, sharing its research log."""
    arms = ArmPipelines(base, settings)
    return StudyRuntime(study, study_secret(settings), base.log, arms.get)


class Question(BaseModel):
    """One survey item on a 1-5 scale, worded after ESConv's pre- and post-chat survey."""

    model_config = ConfigDict(frozen=True)

    phase: Phase
    name: MeasureName
    text: str
    low: str
    high: str


PRE_SURVEY = (
    Question(
        phase=Phase.PRE, name=MeasureName.INTENSITY, low="very weak", high="very strong",
        text="Before we start: how strong is the emotion you are feeling right now?",
    ),
)  # fmt: skip
POST_SURVEY = (
    Question(
        phase=Phase.POST, name=MeasureName.INTENSITY, low="very weak", high="very strong",
        text="Now, after the chat: how strong is the emotion you are feeling?",
    ),
    Question(
        phase=Phase.POST, name=MeasureName.EMPATHY, low="not at all", high="completely",
        text="How well did Warmline understand how you felt?",
    ),
    Question(
        phase=Phase.POST, name=MeasureName.RELEVANCE, low="not at all", high="completely",
        text="How relevant to your situation were Warmline's replies?",
    ),
)  # fmt: skip


def thanks(code: str) -> str:
    return (
        f"Thank you for taking part. Your completion code is **{code}**. Please copy it into your survey; "
        "you can close this page now."
    )


DECLINED = (
    "Thank you for considering it. You chose not to take part, so nothing you could write here is stored. "
    "You can close this page now."
)
FINISHED = "This study session has ended, so I can't reply any more. Your completion code is **{code}**."
LIMIT_REACHED = "That's the end of our chat for this study. Three short questions before you go:"
