"""The research log: numbered idempotent migrations, rows written before and after a turn."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agent.schema import StageName, StageRecord, TurnTrace
from memory.log import ResearchLog
from memory.migrations import migrate, migrations


def test_migrations_are_numbered_and_applied_once(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "x.sqlite3")
    assert [v for v, _ in migrations()] == sorted(v for v, _ in migrations())
    first = migrate(db)
    assert first == [v for v, _ in migrations()]
    assert migrate(db) == []
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"turns", "stage_events", "schema_migrations"} <= tables


def test_reopening_the_log_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    log = ResearchLog(path)
    log.turn_received("t1", "c1", "hello")
    log.close()
    assert [t.user_text for t in ResearchLog(path).turns()] == ["hello"]


def test_a_received_turn_stays_visible_when_it_never_finishes(tmp_path: Path) -> None:
    log = ResearchLog(tmp_path / "log.sqlite3")
    log.turn_received("t1", "c1", "are you there?")
    [turn] = log.turns("c1")
    assert (turn.status, turn.reply) == ("received", None)


def test_answered_turn_records_every_stage_in_order(tmp_path: Path) -> None:
    log = ResearchLog(tmp_path / "log.sqlite3")
    log.turn_received("t1", "c1", "hello")
    stages = (
        StageRecord(stage=StageName.GUARD, output={"issues": []}, latency_ms=0.1),
        StageRecord(stage=StageName.REPLY, output={"text": "hi"}, latency_ms=0.0),
    )
    log.turn_answered(
        TurnTrace(
            turn_id="t1", conversation_id="c1", stages=stages, reply="hi", flagged=False, latency_ms=3.0
        )
    )
    [turn] = log.turns()
    assert (turn.status, turn.reply) == ("answered", "hi")
    rows = log.stages("t1")
    assert [(r.seq, r.stage, r.output) for r in rows] == [
        (0, "guard", {"issues": []}),
        (1, "reply", {"text": "hi"}),
    ]


def test_failed_turn_keeps_the_error(tmp_path: Path) -> None:
    log = ResearchLog(tmp_path / "log.sqlite3")
    log.turn_received("t1", "c1", "hello")
    log.turn_failed("t1", "ValueError: boom")
    [turn] = log.turns()
    assert (turn.status, turn.error, turn.user_text) == ("failed", "ValueError: boom", "hello")
