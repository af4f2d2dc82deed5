"""`warmline purge --older-than DAYS`: deletes what a study's retention period no longer covers, from every
store that holds participants' words: the research log, Chainlit's chat history (SQLite, or PostgreSQL when
WARMLINE_CHAINLIT_DATABASE_URL is set) and the opt-in long-term memory notes (Chroma).

Times are compared on their first 19 characters (YYYY-MM-DDTHH:MM:SS, UTC), the common prefix of the ISO
formats both stores write.
"""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
from pydantic import BaseModel
from sqlalchemy.engine import make_url

from memory.log import ResearchLog
from memory.long_term import LongTermMemory

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


def purge(
    log: ResearchLog,
    chat_db: Path | None,
    days: float,
    now: datetime | None = None,
    chat_database_url: str | None = None,
    long_term: LongTermMemory | None = None,
) -> PurgeSummary:
    limit = cutoff(days, now)
    deleted: dict[str, int] = {}
    with log.connection() as db:
        for table, column in _LOG_TABLES:
            cursor = db.execute(f"DELETE FROM {table} WHERE substr({column}, 1, 19) < ?", (limit,))
            deleted[table] = cursor.rowcount
    if chat_database_url:
        deleted |= _purge_chat_postgres(chat_database_url, limit)
    elif chat_db is not None and chat_db.exists():
        deleted |= _purge_chat(chat_db, limit)
    if long_term is not None:
        deleted["long_term_notes"] = long_term.purge_before(limit)
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


def _purge_chat_postgres(database_url: str, limit: str) -> dict[str, int]:
    """PostgreSQL enforces the schema's cascades, so deleting old threads removes their steps, elements and
    feedback too; the children are counted first so the summary says what went."""
    dsn = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with ThreadPoolExecutor(max_workers=1) as pool:  # callers may already run an event loop
        return pool.submit(asyncio.run, _delete_old_threads(dsn, limit)).result()


async def _delete_old_threads(dsn: str, limit: str) -> dict[str, int]:
    old = 'SELECT "id" FROM threads WHERE substr("createdAt", 1, 19) < $1'
    connection = await asyncpg.connect(dsn)
    try:
        async with connection.transaction():
            deleted = {
                f"chat_{table}": int(
                    await connection.fetchval(
                        f'SELECT count(*) FROM {table} WHERE "threadId" IN ({old})', limit
                    )
                )
                for table in _CHAT_CHILDREN
            }
            status = await connection.execute(old.replace('SELECT "id"', "DELETE"), limit)
            deleted["chat_threads"] = int(status.split()[-1])
    finally:
        await connection.close()
    return deleted
