"""Issue #8 item 4 for the server process: a whole conversation with the real Chainlit server (offline engine)
while an audit hook inside that process records, and refuses, every connection or name lookup that would
leave the machine. The first test proves the hook catches a deliberate attempt, so the second can fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.server import AppProcess
from tests.scaleout.client import ChatClient

NETAUDIT = Path(__file__).parent / "netaudit"
CONVERSATION = [
    "Work has been overwhelming lately and I can't switch off.",
    "My manager keeps adding deadlines and I feel like I'm failing.",
    "/remember I work as a nurse on night shifts",
    "/memory",
    "Thanks, it helps to say it out loud.",
]
_ATTEMPT = """
import socket
for call in (lambda: socket.socket().connect(("192.0.2.10", 443)),
             lambda: socket.getaddrinfo("example.org", 443)):
    try:
        call()
        print("reached")
    except PermissionError:
        print("refused")
"""


def _audited_env(log: Path) -> dict[str, str]:
    return {"PYTHONPATH": str(NETAUDIT), "NETAUDIT_LOG": str(log)}


def _records(log: Path) -> list[dict[str, Any]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]


def test_the_audit_hook_records_and_refuses_a_deliberate_outbound_attempt(tmp_path: Path) -> None:
    log = tmp_path / "net.jsonl"
    env = {**os.environ, **_audited_env(log)}
    done = subprocess.run(
        [sys.executable, "-c", _ATTEMPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["refused", "refused"], done.stderr
    outbound = [(r["event"], r["target"]) for r in _records(log) if not r["local"]]
    assert ("socket.connect", "('192.0.2.10', 443)") in outbound
    assert ("socket.getaddrinfo", "'example.org'") in outbound


async def test_a_whole_conversation_with_the_server_attempts_no_outbound_connection(tmp_path: Path) -> None:
    log = tmp_path / "net.jsonl"
    (tmp_path / "data").mkdir()
    app = AppProcess(tmp_path / "data", _audited_env(log))
    try:
        client = ChatClient(app.url)
        await client.connect()
        replies = [await client.say(text) for text in CONVERSATION]
        await client.close()
    finally:
        app.stop()
    assert all(reply.strip() for reply in replies), replies
    records = _records(log)
    server_binds = [r for r in records if r["event"] == "socket.bind" and str(app.port) in r["target"]]
    assert server_binds, "the audit hook was not active in the server process"
    outbound = [r for r in records if not r["local"]]
    assert outbound == [], f"the server attempted to reach outside: {outbound}"
