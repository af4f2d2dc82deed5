"""The chat history database that Chainlit's SQLAlchemy data layer writes (threads, steps, feedback).

Chainlit creates no tables, so we apply its documented schema ourselves, through the same numbered-migration
runner as the research log.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from memory.migrations import migrate

SCHEMA_DIR = Path(__file__).parent / "sql" / "chainlit"


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
