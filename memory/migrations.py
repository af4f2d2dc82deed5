"""Numbered, idempotent SQLite migrations: memory/sql/NNN_name.sql, applied in order, each once."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

SQL_DIR = Path(__file__).parent / "sql"


def migrations(directory: Path = SQL_DIR) -> list[tuple[int, Path]]:
    found = [(int(p.name.split("_", 1)[0]), p) for p in directory.glob("[0-9][0-9][0-9]_*.sql")]
    return sorted(found)


def migrate(connection: sqlite3.Connection, directory: Path = SQL_DIR) -> list[int]:
    """Applies the migrations not yet recorded; returns the versions applied now."""
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
    )
    done = {row[0] for row in connection.execute("SELECT version FROM schema_migrations")}
    applied = []
    for version, path in migrations(directory):
        if version in done:
            continue
        with connection:
            connection.executescript("BEGIN;" + path.read_text(encoding="utf-8") + _record(version, path))
        applied.append(version)
    return applied


def _record(version: int, path: Path) -> str:
    now = datetime.now(UTC).isoformat()
    return f"INSERT INTO schema_migrations VALUES ({version}, '{path.stem}', '{now}');COMMIT;"
