"""The scaled layout against real servers: conversations through nginx to two workers with sticky sessions,
Chainlit's history in PostgreSQL, the demonstrations served by the Chroma server, all under a URL sub-path."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

import asyncpg

from memory.chat_store import PG_SCHEMA_DIR
from memory.pg_migrations import migrate_postgres
from memory.store import COLLECTION, load_embedded_set, open_client
from tests.scaleout.client import ChatClient
from tests.scaleout.conftest import Deployment
from tests.scaleout.servers import Postgres

SCRIPT = ["I moved to a new city and I feel really lonely.", "My sister lives far away and I miss her a lot."]
_LOG_LINE = re.compile(r'"(?P<request>[^"]*)" (?P<status>\d+) upstream=(?P<upstream>\S+) key=(?P<key>\S+)')


async def _visitors(deployment: Deployment, first: int = 6, most: int = 24) -> list[ChatClient]:
    """Connects visitors until both workers have been given some (each new device cookie is random, so a
    handful almost always spreads; adding more until it has makes the test deterministic in practice)."""
    clients: list[ChatClient] = []
    while len(clients) < most:
        batch = [
            ChatClient(deployment.base_url, deployment.root_path) for _ in range(first if not clients else 2)
        ]
        await asyncio.gather(*(client.connect() for client in batch))
        clients += batch
        served = _upstreams(deployment.nginx.access_log)
        if len({next(iter(served[c.device])) for c in clients if served[c.device]}) == len(
            deployment.workers
        ):
            return clients
    return clients


def _upstreams(access_log: Path) -> dict[str, set[str]]:
    """Which workers nginx sent each device cookie's requests to (requests made with the cookie only)."""
    served: dict[str, set[str]] = defaultdict(set)
    for match in _LOG_LINE.finditer(access_log.read_text(encoding="utf-8")):
        served[match["key"]].add(match["upstream"])
    return served


def _socket_transports(access_log: Path, device: str) -> set[str]:
    found = set()
    for match in _LOG_LINE.finditer(access_log.read_text(encoding="utf-8")):
        if match["key"] == device and "/ws/socket.io/" in match["request"]:
            found.update(re.findall(r"transport=(\w+)", match["request"]))
    return found


async def _converse(client: ChatClient) -> list[str]:
    return [await client.say(text) for text in SCRIPT]


async def test_conversations_through_nginx_stick_to_one_worker_and_are_stored_in_postgres(
    deployment: Deployment,
) -> None:
    clients = await _visitors(deployment)
    try:
        replies = await asyncio.gather(*(_converse(client) for client in clients))
    finally:
        await asyncio.gather(*(client.close() for client in clients))
    await asyncio.sleep(0.5)  # nginx logs a WebSocket when it closes
    assert all(len(reply.split()) >= 4 for pair in replies for reply in pair), replies
    served = _upstreams(deployment.nginx.access_log)
    workers = {w.url.removeprefix("http://") for w in deployment.workers}
    for client in clients:
        assert len(served[client.device]) == 1, f"one visitor was served by {served[client.device]}"
        # Long-polling first, then the upgrade: both went through the proxy to the same worker.
        assert _socket_transports(deployment.nginx.access_log, client.device) == {"polling", "websocket"}
    assert set().union(*(served[c.device] for c in clients)) == workers, "both workers took visitors"
    rows = await _chat_rows(deployment.postgres)
    for client, pair in zip(clients, replies, strict=True):
        for text, reply in zip(SCRIPT, pair, strict=True):
            assert (client.thread_id, "user_message", text) in rows
            assert (client.thread_id, "assistant_message", reply) in rows
    _assert_one_research_log(deployment.data_dir, len(clients) * len(SCRIPT))


async def _chat_rows(postgres: Postgres) -> set[tuple[str, str, str]]:
    connection = await asyncpg.connect(postgres.dsn)
    try:
        rows = await connection.fetch('SELECT "threadId", "type", "output" FROM steps')
    finally:
        await connection.close()
    return {(str(r["threadId"]), r["type"], r["output"]) for r in rows}


def _assert_one_research_log(data_dir: Path, turns: int) -> None:
    """Both workers wrote the one research log of the shared data folder (SQLite across processes)."""
    with sqlite3.connect(data_dir / "research.sqlite3") as log:
        statuses = [row[0] for row in log.execute("SELECT status FROM turns")]
    assert statuses.count("answered") >= turns


async def test_retrieval_is_served_by_the_chroma_server(deployment: Deployment) -> None:
    client = ChatClient(deployment.base_url, deployment.root_path)
    await client.connect()
    try:
        assert await client.say(SCRIPT[0])
    finally:
        await client.close()
    server = open_client(Path("/nonexistent"), deployment.chroma_url)
    collection = server.get_collection(COLLECTION)
    assert collection.count() == len({d.id for d in load_embedded_set()})
    with sqlite3.connect(deployment.data_dir / "research.sqlite3") as log:
        outputs = [
            row[0]
            for row in log.execute(
                "SELECT s.output_json FROM stage_events s JOIN turns t ON t.turn_id = s.turn_id"
                " WHERE s.stage = 'retrieve' AND t.conversation_id = ?",
                (client.thread_id,),
            )
        ]
    retrieved = {i for text in outputs for i in _ids(json.loads(text))}
    assert retrieved, "the turn retrieved demonstrations"
    assert retrieved <= set(collection.get(ids=sorted(retrieved), include=[])["ids"])
    assert not (deployment.data_dir / "chroma").exists(), "no worker kept a local Chroma folder"


def _ids(value: Any) -> list[str]:
    if isinstance(value, dict):
        own = [str(value["id"])] if "id" in value and "supporter" in value else []
        return own + [i for v in value.values() for i in _ids(v)]
    if isinstance(value, list):
        return [i for v in value for i in _ids(v)]
    return []


async def test_workers_starting_together_apply_the_postgres_schema_once(postgres: Postgres) -> None:
    admin = await asyncpg.connect(postgres.dsn)
    try:
        await admin.execute("DROP DATABASE IF EXISTS migrations_check")
        await admin.execute("CREATE DATABASE migrations_check")
    finally:
        await admin.close()
    dsn = postgres.dsn.rsplit("/", 1)[0] + "/migrations_check"
    applied = await asyncio.gather(*(migrate_postgres(dsn, PG_SCHEMA_DIR) for _ in range(3)))
    assert sorted(applied) == [[], [], [1]]
    assert await migrate_postgres(dsn, PG_SCHEMA_DIR) == []
    connection = await asyncpg.connect(dsn)
    try:
        kind = await connection.fetchval(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'steps' AND column_name = 'id'"
        )
    finally:
        await connection.close()
    assert kind == "uuid"


async def test_the_load_benchmark_reaches_an_app_under_a_sub_path(deployment: Deployment) -> None:
    from bench.load import run

    report = await run(
        deployment.base_url + deployment.root_path, sessions=2, turns=1, think=(0, 0), ramp_s=0
    )
    assert (report.turns, report.errors, report.error_kinds) == (2, 0, {})
