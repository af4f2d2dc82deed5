"""A resumed thread gets its conversation back from the research log, interrupted turns included."""

from __future__ import annotations

from pathlib import Path

from agent.schema import Role, StageName, StageRecord, TurnTrace
from memory.conversation import restore
from memory.log import ResearchLog
from strategies.catalogue import Strategy


def answered(
    log: ResearchLog, turn_id: str, text: str, reply: str, strategy: Strategy, flagged: bool = False
) -> None:
    log.turn_received(turn_id, "c1", text)
    stages = (
        StageRecord(stage=StageName.PERCEIVE, output={"emotion": {"intensity_score": 0.7}}, latency_ms=1),
        StageRecord(stage=StageName.SELECT, output={"choice": strategy.value}, latency_ms=1),
    )
    trace = TurnTrace(
        turn_id=turn_id, conversation_id="c1", stages=stages, reply=reply, flagged=flagged, latency_ms=2
    )
    log.turn_answered(trace)


def test_restore_rebuilds_messages_strategies_and_intensities(tmp_path: Path) -> None:
    log = ResearchLog(tmp_path / "log.sqlite3")
    answered(log, "t1", "I lost my job.", "That sounds hard. What happened?", Strategy.QUESTION)
    answered(log, "t2", "They closed the office.", "So the whole office closed.", Strategy.RESTATEMENT)
    restored = restore(log, "c1")
    messages = restored.conversation.messages
    assert [(m.role, m.text) for m in messages] == [
        (Role.USER, "I lost my job."),
        (Role.ASSISTANT, "That sounds hard. What happened?"),
        (Role.USER, "They closed the office."),
        (Role.ASSISTANT, "So the whole office closed."),
    ]
    assert restored.conversation.strategies() == [Strategy.QUESTION, Strategy.RESTATEMENT]
    assert messages[0].intensity == 0.7
    assert restored.unanswered == ()
    assert restored.conversation.id == "c1"


def test_a_turn_interrupted_mid_way_comes_back_as_unanswered(tmp_path: Path) -> None:
    log = ResearchLog(tmp_path / "log.sqlite3")
    answered(log, "t1", "hello", "Hi, what's on your mind?", Strategy.OTHERS)
    log.turn_received("t2", "c1", "my exams are tomorrow")  # the server died here
    restored = restore(log, "c1")
    assert restored.unanswered == (("t2", "my exams are tomorrow"),)
    assert log.note_interruption("t2") is True
    assert log.note_interruption("t2") is False, "the person is told once"
    assert restored.conversation.user_texts() == ["hello", "my exams are tomorrow"]


def test_a_flagged_turn_keeps_the_conversation_in_careful_mode(tmp_path: Path) -> None:
    log = ResearchLog(tmp_path / "log.sqlite3")
    answered(log, "t1", "I can't go on", "fixed crisis message", Strategy.OTHERS, flagged=True)
    assert restore(log, "c1").conversation.careful_mode
    assert not restore(log, "other").conversation.careful_mode
