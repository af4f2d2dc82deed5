"""The study's part of the research log: arm assignment, consent decisions, sessions, measures and completion
codes (tables in memory/sql/004_study.sql). It shares the research log's database and connection, so a turn and
the session it belongs to are always in one file."""

from __future__ import annotations

import random
import secrets
import sqlite3
from datetime import UTC, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from memory.log import ResearchLog


class Phase(StrEnum):
    PRE = "pre"
    POST = "post"


class MeasureName(StrEnum):
    INTENSITY = "intensity"  # emotion intensity, 1 (very low) - 5 (very high), before and after (ESConv)
    EMPATHY = "empathy"  # how well the supporter understood, 1-5 (ESConv's post-chat survey)
    RELEVANCE = "relevance"  # how relevant the replies were, 1-5


class EndReason(StrEnum):
    TURN_LIMIT = "turn_limit"
    TIME_LIMIT = "time_limit"
    PARTICIPANT = "participant"


class Decision(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"


class Measure(BaseModel):
    model_config = ConfigDict(frozen=True)

    phase: Phase
    name: MeasureName
    value: int = Field(ge=1, le=5)


class StudySession(BaseModel):
    model_config = ConfigDict(frozen=True)

    conversation_id: str
    study_id: str
    participant_hash: str
    arm: str
    consent_version: str
    started_at: datetime
    ended_at: datetime | None = None
    end_reason: EndReason | None = None
    completion_code: str | None = None


_SESSION_COLUMNS = (
    "conversation_id, study_id, participant_hash, arm, consent_version, started_at, ended_at, end_reason,"
    " completion_code"
)


class StudyLog:
    def __init__(self, log: ResearchLog, rng: random.Random | None = None) -> None:
        self.log = log
        self._rng = rng or random.SystemRandom()

    def assign_arm(self, study_id: str, participant: str, arms: tuple[str, ...], fixed: str = "") -> str:
        """The participant's arm: the one assigned before if any (a participant never switches arms), else the
        link's fixed arm, else a random one among the arms with the fewest participants so far."""
        with self.log.connection() as db:
            row = db.execute(
                "SELECT arm FROM study_participants WHERE study_id = ? AND participant_hash = ?",
                (study_id, participant),
            ).fetchone()
            if row:
                return str(row[0])
            arm = fixed or self._least_used(db, study_id, arms)
            db.execute(
                "INSERT INTO study_participants VALUES (?, ?, ?, ?)", (study_id, participant, arm, _now())
            )
        return arm

    def _least_used(self, db: sqlite3.Connection, study_id: str, arms: tuple[str, ...]) -> str:
        rows = db.execute(
            "SELECT arm, COUNT(*) FROM study_participants WHERE study_id = ? GROUP BY arm", (study_id,)
        ).fetchall()
        counts = {arm: 0 for arm in arms} | {a: n for a, n in rows if a in arms}
        fewest = min(counts.values())
        return self._rng.choice(sorted(a for a, n in counts.items() if n == fewest))

    def arm_of(self, study_id: str, participant: str) -> str | None:
        with self.log.connection() as db:
            row = db.execute(
                "SELECT arm FROM study_participants WHERE study_id = ? AND participant_hash = ?",
                (study_id, participant),
            ).fetchone()
        return str(row[0]) if row else None

    def consent(self, study_id: str, participant: str, version: str, decision: Decision) -> None:
        with self.log.connection() as db:
            db.execute(
                "INSERT INTO consent_events (study_id, participant_hash, consent_version, decision, decided_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (study_id, participant, version, decision.value, _now()),
            )

    def consents(self, study_id: str) -> list[tuple[str, str, Decision]]:
        """(participant hash, consent version, decision), oldest first."""
        with self.log.connection() as db:
            rows = db.execute(
                "SELECT participant_hash, consent_version, decision FROM consent_events WHERE study_id = ?"
                " ORDER BY id",
                (study_id,),
            ).fetchall()
        return [(r[0], r[1], Decision(r[2])) for r in rows]

    def start_session(
        self, conversation_id: str, study_id: str, participant: str, arm: str, consent_version: str
    ) -> None:
        with self.log.connection() as db:
            db.execute(
                "INSERT OR IGNORE INTO study_sessions (conversation_id, study_id, participant_hash, arm,"
                " consent_version, started_at) VALUES (?, ?, ?, ?, ?, ?)",
                (conversation_id, study_id, participant, arm, consent_version, _now()),
            )

    def stamp_turns(self, conversation_id: str, participant: str) -> None:
        with self.log.connection() as db:
            db.execute(
                "UPDATE turns SET participant_hash = ? WHERE conversation_id = ? AND participant_hash IS NULL",
                (participant, conversation_id),
            )

    def record(self, conversation_id: str, measure: Measure) -> None:
        with self.log.connection() as db:
            db.execute(
                "INSERT OR REPLACE INTO measures VALUES (?, ?, ?, ?, ?)",
                (conversation_id, measure.phase.value, measure.name.value, measure.value, _now()),
            )

    def measures(self, conversation_id: str) -> list[Measure]:
        with self.log.connection() as db:
            rows = db.execute(
                "SELECT phase, name, value FROM measures WHERE conversation_id = ? ORDER BY phase DESC, name",
                (conversation_id,),
            ).fetchall()
        return [Measure(phase=Phase(r[0]), name=MeasureName(r[1]), value=r[2]) for r in rows]

    def end_session(self, conversation_id: str, reason: EndReason) -> str:
        """Ends the session once and returns its completion code (the same code if it already ended)."""
        code = completion_code()
        with self.log.connection() as db:
            db.execute(
                "UPDATE study_sessions SET ended_at = ?, end_reason = ?, completion_code = ?"
                " WHERE conversation_id = ? AND completion_code IS NULL",
                (_now(), reason.value, code, conversation_id),
            )
            row = db.execute(
                "SELECT completion_code FROM study_sessions WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
        if row is None:
            raise KeyError(f"no study session {conversation_id!r}")
        return str(row[0])

    def session(self, conversation_id: str) -> StudySession | None:
        with self.log.connection() as db:
            row = db.execute(
                f"SELECT {_SESSION_COLUMNS} FROM study_sessions WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
        return _session(row) if row else None

    def sessions(self, study_id: str) -> list[StudySession]:
        with self.log.connection() as db:
            rows = db.execute(
                f"SELECT {_SESSION_COLUMNS} FROM study_sessions WHERE study_id = ? ORDER BY started_at, rowid",
                (study_id,),
            ).fetchall()
        return [_session(r) for r in rows]


def completion_code() -> str:
    """Short enough to type into a survey, random enough (40 bits) not to be guessed."""
    raw = secrets.token_hex(5).upper()
    return f"WL-{raw[:5]}-{raw[5:]}"


def _session(row: tuple[object, ...]) -> StudySession:
    names = [c.strip() for c in _SESSION_COLUMNS.split(",")]
    return StudySession.model_validate(dict(zip(names, row, strict=True)))


def _now() -> str:
    return datetime.now(UTC).isoformat()
