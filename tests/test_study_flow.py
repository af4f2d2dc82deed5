"""A running study without a browser: admission by link, stable arms, consent, limits, completion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest

from agent.pipeline import Pipeline
from agent.schema import Conversation
from agent.settings import PROJECT_ROOT
from agent.study import Arm, Assignment, load_study
from agent.study_flow import StudyRuntime
from agent.study_links import sign
from memory.log import ResearchLog
from memory.study_log import Decision, EndReason

STUDY = load_study(PROJECT_ROOT / "studies" / "example" / "study.yaml")
SECRET = "flow-test-secret"


@pytest.fixture
def runtime(tmp_path: Path) -> StudyRuntime:
    def no_pipeline(arm: Arm) -> Pipeline:
        raise AssertionError("not used here")

    return StudyRuntime(STUDY, SECRET, ResearchLog(tmp_path / "log.sqlite3"), no_pipeline)


def test_admission_hashes_the_id_and_keeps_the_arm_across_links(runtime: StudyRuntime) -> None:
    first = runtime.admit(sign(SECRET, STUDY.id, "P-9"))
    again = runtime.admit(sign(SECRET, STUDY.id, "P-9", days=3))
    assert first == again and first.arm in {"debiased", "raw"}
    assert "P-9" not in first.participant_hash
    fixed = runtime.admit(sign(SECRET, STUDY.id, "P-10", arm="raw"))
    assert fixed.arm == "raw"


def test_link_assigned_studies_need_the_arm_in_the_link(tmp_path: Path) -> None:
    study = STUDY.model_copy(update={"assignment": Assignment.LINK})
    runtime = StudyRuntime(study, SECRET, ResearchLog(tmp_path / "l.sqlite3"), lambda arm: None)  # type: ignore[arg-type,return-value]
    with pytest.raises(ValueError, match="names none"):
        runtime.admit(sign(SECRET, STUDY.id, "P-1"))
    assert runtime.admit(sign(SECRET, STUDY.id, "P-1", arm="debiased")).arm == "debiased"


def test_consent_then_limits_then_one_completion_code(runtime: StudyRuntime) -> None:
    person = runtime.admit(sign(SECRET, STUDY.id, "P-1"))
    runtime.consent(person, accepted=True)
    runtime.start("c1", person)
    assert runtime.log.consents(STUDY.id) == [
        (person.participant_hash, STUDY.consent.version, Decision.ACCEPT)
    ]
    assert runtime.limit_reached("c1") is None
    later = datetime.now(UTC) + timedelta(minutes=STUDY.limits.minutes + 1)
    assert runtime.limit_reached("c1", now=later) is EndReason.TIME_LIMIT
    assert runtime.seconds_left("c1", now=later) == 0.0
    assert STUDY.limits.minutes * 60 - 60 < runtime.seconds_left("c1") <= STUDY.limits.minutes * 60
    assert runtime.seconds_left("no-such-session") == 0.0
    for i in range(STUDY.limits.turns):
        runtime.log.log.turn_received(f"t{i}", "c1", "hi", arm=person.arm)
        assert runtime.limit_reached("c1") is None  # received but unanswered turns do not count
        with runtime.log.log.connection() as db:
            db.execute("UPDATE turns SET status = 'answered' WHERE turn_id = ?", (f"t{i}",))
    assert runtime.limit_reached("c1") is EndReason.TURN_LIMIT
    code = runtime.finish("c1", EndReason.TURN_LIMIT)
    assert runtime.finish("c1", EndReason.PARTICIPANT) == code


def test_a_decline_is_recorded_and_starts_no_session(runtime: StudyRuntime) -> None:
    person = runtime.admit(sign(SECRET, STUDY.id, "P-2"))
    runtime.consent(person, accepted=False)
    assert runtime.log.consents(STUDY.id)[-1][2] is Decision.DECLINE
    assert runtime.log.sessions(STUDY.id) == [] and runtime.limit_reached("nothing") is None


class _LoggingPipeline:
    """Stands in for an arm's pipeline: logs the turn like the real one, answers nothing."""

    def __init__(self, log: ResearchLog, arm: str) -> None:
        self.log, self.arm = log, arm

    async def respond(self, conversation: Conversation, text: str, observer: object = None) -> str:
        self.log.turn_received(f"turn-{len(text)}", conversation.id, text, arm=self.arm)
        return "result"


async def test_a_participants_turn_goes_to_their_arm_and_carries_their_hash(tmp_path: Path) -> None:
    log = ResearchLog(tmp_path / "log.sqlite3")
    asked: list[str] = []

    def arm_pipeline(arm: Arm) -> Pipeline:
        asked.append(arm.name)
        return cast(Pipeline, _LoggingPipeline(log, arm.name))

    runtime = StudyRuntime(STUDY, SECRET, log, arm_pipeline)
    person = runtime.admit(sign(SECRET, STUDY.id, "P-5", arm="raw"))
    runtime.start("c5", person)
    assert await runtime.respond(person, Conversation(id="c5"), "hello there") == "result"
    assert asked == ["raw"]
    with log.connection() as db:
        rows = db.execute("SELECT participant_hash, arm FROM turns WHERE conversation_id = 'c5'").fetchall()
    assert rows == [(person.participant_hash, "raw")]
