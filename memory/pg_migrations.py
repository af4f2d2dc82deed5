"""Numbered, idempotent migrations for PostgreSQL: the same NNN_name.sql layout as memory/migrations.py, each
file applied once and recorded in schema_migrations.

Several app workers start at once against one database, so a run holds a transaction-scoped advisory lock:
the first worker applies the files, the others wait and then find them recorded.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import asyncpg

from memory.migrations import migrations

_LOCK_KEY = 0x5741524D  # "WARM": any constant shared by every worker
_RECORD_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"""


async def migrate_postgres(dsn: str, directory: Path) -> list[int]:
    """Applies the migrations not yet recorded, all in one transaction; returns the versions applied now."""
    connection = await asyncpg.connect(dsn)
    try:
        async with connection.transaction():
            await connection.execute("SELECT pg_advisory_xact_lock($1)", _LOCK_KEY)
            await connection.execute(_RECORD_TABLE)
            done = {row["version"] for row in await connection.fetch("SELECT version FROM schema_migrations")}
            applied = []
            for version, path in migrations(directory):
                if version not in done:
                    await connection.execute(path.read_text(encoding="utf-8"))
                    await connection.execute(
                        "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", version, path.stem
                    )
                    applied.append(version)
            return applied
    finally:
        await connection.close()


def migrate_postgres_sync(dsn: str, directory: Path) -> list[int]:
    """For synchronous callers, including ones inside a running event loop (Chainlit builds its data layer
    there): the migration gets its own loop in a worker thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, migrate_postgres(dsn, directory)).result()
