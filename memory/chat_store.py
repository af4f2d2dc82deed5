"""The chat history database that Chainlit's SQLAlchemy data layer writes (threads, steps, feedback).

Chainlit creates no tables, so we apply its documented schema ourselves, through the same numbered-migration
runner as the research log. By default the history is a SQLite file in the data directory; with
WARMLINE_CHAINLIT_DATABASE_URL it lives in PostgreSQL (several app workers or machines share it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from memory.migrations import migrate
from memory.pg_migrations import migrate_postgres_sync

SCHEMA_DIR = Path(__file__).parent / "sql" / "chainlit"
PG_SCHEMA_DIR = Path(__file__).parent / "sql" / "chainlit_pg"
_PG_DRIVERS = ("postgresql", "postgres", "postgresql+asyncpg")


def prepare_chat_database(path: Path, database_url: str | None) -> str:
    """The data layer's URL: PostgreSQL when a URL is configured, else the SQLite file at path."""
    return prepare_postgres(database_url) if database_url else prepare_chat_db(path)


def prepare_postgres(database_url: str) -> str:
    """Creates or upgrades Chainlit's tables in PostgreSQL; returns the asyncpg SQLAlchemy URL."""
    url = make_url(database_url)
    if url.drivername not in _PG_DRIVERS:
        raise ValueError(
            "WARMLINE_CHAINLIT_DATABASE_URL must be a postgresql+asyncpg://user:password@host/db URL"
        )
    migrate_postgres_sync(
        url.set(drivername="postgresql").render_as_string(hide_password=False), PG_SCHEMA_DIR
    )
    return url.set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)


def prepare_chat_db(path: Path) -> str:
    """Creates or upgrades the SQLite file; returns the async SQLAlchemy URL for the data layer."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        migrate(connection, SCHEMA_DIR)
    finally:
        connection.close()
    return f"sqlite+aiosqlite:///{path}"
