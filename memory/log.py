"""The research event log (SQLite): every turn as it arrives, and every stage's output once the turn ends.

The user's text is written with status `received` before any model call, so a crash mid-turn leaves a row
that says what was said and that it was never answered.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from agent.schema import StageRecord, TurnTrace
from memory.migrations import migrate


class LoggedTurn(BaseModel):
    model_config = ConfigDict(frozen=True)

    turn_id: str
    conversation_id: str
    user_text: str
    reply: str | None
    status: str
    flagged: bool
    error: str | None
    arm: str | None = None  # the study arm whose pipeline answered (None outside a study)


class LoggedStage(BaseModel):
    model_config = ConfigDict(frozen=True)

    turn_id: str
    seq: int
    stage: str
    output: object
    model: str | None
    prompt_name: str | None
    prompt_sha256: str | None
    latency_ms: float


class ResearchLog:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        migrate(self._db)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """The log's one connection, under its lock, for modules with tables of their own (memory/study_log.py)."""
        with self._lock:
            yield self._db

    def turn_received(
        self, turn_id: str, conversation_id: str, text: str, participant_hash: str | None = None,
        arm: str | None = None,
    ) -> None:  # fmt: skip
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO turns (turn_id, conversation_id, participant_hash, arm, user_text, status,"
                " received_at) VALUES (?, ?, ?, ?, ?, 'received', ?)",
                (turn_id, conversation_id, participant_hash, arm, text, _now()),
            )

    def turn_answered(self, trace: TurnTrace) -> None:
        rows = [_stage_row(trace.turn_id, seq, record) for seq, record in enumerate(trace.stages)]
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO stage_events (turn_id, seq, stage, output_json, model, prompt_name,"
                " prompt_version, prompt_sha256, latency_ms, started_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            self._db.execute(
                "UPDATE turns SET reply = ?, status = 'answered', flagged = ?, answered_at = ?, latency_ms = ?"
                " WHERE turn_id = ?",
                (trace.reply, int(trace.flagged), _now(), trace.latency_ms, trace.turn_id),
            )
            self._db.execute("COMMIT")

    def turn_failed(self, turn_id: str, error: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE turns SET status = 'failed', error = ?, answered_at = ? WHERE turn_id = ?",
                (error[:2000], _now(), turn_id),
            )

    def note_interruption(self, turn_id: str) -> bool:
        """Records that the person was told this turn was interrupted; False if they already were."""
        with self._lock:
            cursor = self._db.execute("INSERT OR IGNORE INTO interruptions VALUES (?, ?)", (turn_id, _now()))
        return cursor.rowcount == 1

    def link_message(self, message_id: str, turn_id: str) -> None:
        """Remembers which UI message showed which turn's reply, so feedback lands on the right turn."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO ui_messages VALUES (?, ?)", (message_id, turn_id))

    def feedback(self, feedback_id: str, message_id: str, value: int, comment: str | None) -> str | None:
        """Records a thumbs up (1) or down (0); returns the turn it belongs to, if known."""
        with self._lock:
            row = self._db.execute(
                "SELECT turn_id FROM ui_messages WHERE message_id = ?", (message_id,)
            ).fetchone()
            turn_id = row[0] if row else None
            self._db.execute(
                "INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?, ?, ?)",
                (feedback_id, message_id, turn_id, value, comment, _now()),
            )
        return turn_id

    def feedback_for(self, turn_id: str) -> list[tuple[int, str | None]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT value, comment FROM feedback WHERE turn_id = ?", (turn_id,)
            ).fetchall()
        return [(int(r[0]), r[1]) for r in rows]

    def turns(self, conversation_id: str | None = None) -> list[LoggedTurn]:
        query = "SELECT turn_id, conversation_id, user_text, reply, status, flagged, error, arm FROM turns"
        args: tuple[str, ...] = ()
        if conversation_id:
            query += " WHERE conversation_id = ?"
            args = (conversation_id,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY received_at, rowid", args).fetchall()
        return [
            LoggedTurn(
                turn_id=r[0], conversation_id=r[1], user_text=r[2], reply=r[3], status=r[4], flagged=bool(r[5]),
                error=r[6], arm=r[7],
            )
            for r in rows
        ]  # fmt: skip

    def stages(self, turn_id: str) -> list[LoggedStage]:
        with self._lock:
            rows = self._db.execute(
                "SELECT turn_id, seq, stage, output_json, model, prompt_name, prompt_sha256, latency_ms"
                " FROM stage_events WHERE turn_id = ? ORDER BY seq",
                (turn_id,),
            ).fetchall()
        return [
            LoggedStage(
                turn_id=r[0], seq=r[1], stage=r[2], output=json.loads(r[3]), model=r[4], prompt_name=r[5],
                prompt_sha256=r[6], latency_ms=r[7],
            )
            for r in rows
        ]  # fmt: skip


def _stage_row(turn_id: str, seq: int, record: StageRecord) -> tuple[object, ...]:
    prompt = record.prompt
    return (
        turn_id,
        seq,
        record.stage.value,
        json.dumps(record.output, ensure_ascii=False),
        record.model,
        prompt.name if prompt else None,
        prompt.version if prompt else None,
        prompt.sha256 if prompt else None,
        record.latency_ms,
        record.started_at.isoformat(),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat()
