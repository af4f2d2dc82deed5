"""`warmline purge --older-than DAYS`: deletes what a study's retention period no longer covers, from both
stores that hold participants' words: the research log and Chainlit's chat history (SQLite).

Times are compared on their first 19 characters (YYYY-MM-DDTHH:MM:SS, UTC), the common prefix of the ISO
formats both stores write.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel

from memory.log import ResearchLog

# (table, time column): turns cascade to their stages, feedback, UI links and interruption notes.
_LOG_TABLES = (
    ("turns", "received_at"),
    ("study_sessions", "started_at"),  # cascades to measures
    ("consent_events", "decided_at"),
    ("study_participants", "assigned_at"),
)
_CHAT_CHILDREN = ("steps", "elements", "feedbacks")


class PurgeSummary(BaseModel):
    cutoff: str
    deleted: dict[str, int]


def cutoff(days: float, now: datetime | None = None) -> str:
    return ((now or datetime.now(UTC)) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S")


def purge(log: ResearchLog, chat_db: Path | None, days: float, now: datetime | None = None) -> PurgeSummary:
    limit = cutoff(days, now)
    deleted: dict[str, int] = {}
    with log.connection() as db:
        for table, column in _LOG_TABLES:
            cursor = db.execute(f"DELETE FROM {table} WHERE substr({column}, 1, 19) < ?", (limit,))
            deleted[table] = cursor.rowcount
    if chat_db is not None and chat_db.exists():
        deleted |= _purge_chat(chat_db, limit)
    return PurgeSummary(cutoff=limit, deleted=deleted)


def _purge_chat(path: Path, limit: str) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        with db:
            old = 'SELECT "id" FROM threads WHERE substr("createdAt", 1, 19) < ?'
            # Chainlit's SQLite schema declares cascades, but SQLite enforces them only when asked: delete
            # children explicitly.
            deleted = {
                f"chat_{table}": db.execute(
                    f'DELETE FROM {table} WHERE "threadId" IN ({old})', (limit,)
                ).rowcount
                for table in _CHAT_CHILDREN
            }
            deleted["chat_threads"] = db.execute(old.replace('SELECT "id"', "DELETE"), (limit,)).rowcount
    finally:
        db.close()
    return deleted
