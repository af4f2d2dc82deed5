"""The study tables of the research log: arms, consent, sessions, measures, completion codes, stage rows."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.schema import StageName, StageRecord, TurnTrace
from memory.log import ResearchLog
from memory.migrations import migrate
from memory.study_log import Decision, EndReason, Measure, MeasureName, Phase, StudyLog

ARMS = ("debiased", "raw", "bare")


@pytest.fixture
def log(tmp_path: Path) -> StudyLog:
    return StudyLog(ResearchLog(tmp_path / "research.sqlite3"), rng=random.Random(7))


def test_balanced_assignment_keeps_arms_within_one_of_each_other(log: StudyLog) -> None:
    for n in range(1, 31):
        log.assign_arm("s", f"p{n}", ARMS)
        counts = Counter(log.assign_arm("s", f"p{i}", ARMS) for i in range(1, n + 1))
        assert max(counts.values()) - min(counts.get(a, 0) for a in ARMS) <= 1


def test_a_participant_keeps_their_arm_and_a_link_can_fix_it(log: StudyLog) -> None:
    first = log.assign_arm("s", "p1", ARMS)
    assert all(log.assign_arm("s", "p1", ARMS) == first for _ in range(5))
    assert log.assign_arm("s", "p2", ARMS, fixed="bare") == "bare"
    assert log.assign_arm("s", "p2", ARMS, fixed="raw") == "bare"  # once assigned, never switched
    assert log.assign_arm("other-study", "p2", ARMS, fixed="raw") == "raw"


def test_consent_decisions_are_kept_with_their_version(log: StudyLog) -> None:
    log.consent("s", "p1", "v1", Decision.DECLINE)
    log.consent("s", "p1", "v2", Decision.ACCEPT)
    assert log.consents("s") == [("p1", "v1", Decision.DECLINE), ("p1", "v2", Decision.ACCEPT)]
    assert log.sessions("s") == []  # a decision alone starts no session


def test_a_session_ends_once_with_one_completion_code(log: StudyLog) -> None:
    log.start_session("c1", "s", "p1", "raw", "v1")
    code = log.end_session("c1", EndReason.TURN_LIMIT)
    assert code.startswith("WL-") and len(code) == 14
    assert log.end_session("c1", EndReason.PARTICIPANT) == code
    session = log.session("c1")
    assert session is not None and session.end_reason is EndReason.TURN_LIMIT
    assert session.completion_code == code and session.ended_at is not None
    with pytest.raises(KeyError):
        log.end_session("never-started", EndReason.PARTICIPANT)


def test_measures_are_one_per_phase_and_name_and_only_one_to_five(log: StudyLog) -> None:
    log.start_session("c1", "s", "p1", "raw", "v1")
    log.record("c1", Measure(phase=Phase.PRE, name=MeasureName.INTENSITY, value=4))
    log.record("c1", Measure(phase=Phase.POST, name=MeasureName.INTENSITY, value=2))
    log.record("c1", Measure(phase=Phase.POST, name=MeasureName.INTENSITY, value=3))  # answered again
    assert [(m.phase, m.value) for m in log.measures("c1")] == [(Phase.PRE, 4), (Phase.POST, 3)]
    with pytest.raises(ValueError):
        Measure(phase=Phase.PRE, name=MeasureName.EMPATHY, value=6)
    with log.log.connection() as db, pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO measures VALUES ('c1', 'pre', 'empathy', 0, 'now')")


def test_every_stage_row_carries_turn_session_participant_arm_model_prompt_latency_and_time(
    log: StudyLog,
) -> None:
    log.start_session("c1", "s", "p1", "raw", "v1")
    log.log.turn_received("t1", "c1", "hello", arm="raw")
    record = StageRecord(stage=StageName.SELECT, output={"choice": "Question"}, model="m", latency_ms=1.5)
    log.log.turn_answered(
        TurnTrace(
            turn_id="t1", conversation_id="c1", stages=(record,), reply="hi", flagged=False, latency_ms=3.0
        )
    )
    with log.log.connection() as db:
        db.row_factory = sqlite3.Row
        row = dict(db.execute("SELECT * FROM stage_rows").fetchone())
        db.row_factory = None
    assert (row["turn_id"], row["conversation_id"], row["participant_hash"], row["arm"]) == (
        "t1",
        "c1",
        "p1",
        "raw",
    )
    assert (row["stage"], row["model"], row["latency_ms"]) == ("select", "m", 1.5)
    assert {"prompt_name", "prompt_sha256", "output_json", "started_at", "study_id"} <= set(row)
    started = datetime.fromisoformat(row["started_at"])
    assert abs(started - datetime.now(UTC)) < timedelta(minutes=1)


def test_the_study_migration_applies_once_over_an_existing_log(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    migrate(db, _only_first_three(tmp_path))
    db.execute("INSERT INTO turns (turn_id, conversation_id, user_text, status, received_at) VALUES"
               " ('t0', 'c0', 'before the study', 'received', 'then')")  # fmt: skip
    db.commit()
    assert migrate(db) == [4]
    assert migrate(db) == []
    assert db.execute("SELECT user_text FROM turns").fetchone() == ("before the study",)


def _only_first_three(tmp_path: Path) -> Path:
    from memory.migrations import migrations

    folder = tmp_path / "sql"
    folder.mkdir()
    for version, path in migrations():
        if version <= 3:
            (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return folder
