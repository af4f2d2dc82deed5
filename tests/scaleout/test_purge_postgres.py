"""`warmline purge` on a PostgreSQL chat history: old threads go with their steps, recent ones stay."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

from memory.chat_store import PG_SCHEMA_DIR
from memory.log import ResearchLog
from memory.pg_migrations import migrate_postgres
from memory.retention import purge
from tests.scaleout.servers import Postgres

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


async def _fresh_database(postgres: Postgres, name: str) -> str:
    admin = await asyncpg.connect(postgres.dsn)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name}")
        await admin.execute(f"CREATE DATABASE {name}")
    finally:
        await admin.close()
    dsn = postgres.dsn.rsplit("/", 1)[0] + f"/{name}"
    await migrate_postgres(dsn, PG_SCHEMA_DIR)
    return dsn


async def _thread_with_steps(dsn: str, created: str, steps: int) -> str:
    thread = uuid.uuid4()
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute('INSERT INTO threads ("id", "createdAt") VALUES ($1, $2)', thread, created)
        for _ in range(steps):
            await connection.execute(
                'INSERT INTO steps ("id", "name", "type", "threadId", "streaming", "createdAt") '
                "VALUES ($1, 'user', 'user_message', $2, false, $3)",
                uuid.uuid4(), thread, created,
            )  # fmt: skip
    finally:
        await connection.close()
    return str(thread)


async def _remaining(dsn: str) -> tuple[set[str], int]:
    connection = await asyncpg.connect(dsn)
    try:
        threads = {str(r["id"]) for r in await connection.fetch("SELECT id FROM threads")}
        return threads, int(await connection.fetchval("SELECT count(*) FROM steps"))
    finally:
        await connection.close()


async def test_purge_deletes_old_postgres_threads_and_their_steps(postgres: Postgres, tmp_path: Path) -> None:
    dsn = await _fresh_database(postgres, "purge_check")
    await _thread_with_steps(dsn, "2026-09-01T10:00:00.000Z", steps=3)
    recent = await _thread_with_steps(dsn, "2026-11-20T10:00:00.000Z", steps=2)

    url = dsn.replace("postgresql://", "postgresql+asyncpg://")
    summary = purge(ResearchLog(tmp_path / "log.sqlite3"), None, days=30, now=NOW, chat_database_url=url)

    assert (summary.deleted["chat_threads"], summary.deleted["chat_steps"]) == (1, 3)
    assert await _remaining(dsn) == ({recent}, 2)
