"""`warmline bench load`: real Socket.IO clients against a running Chainlit server on loopback.

Each simulated user connects like the browser does, waits a think time, sends a message, and measures the time
until the server reports the task finished (the reply has been sent). Users start spread over a ramp so the
benchmark measures steady concurrency, not one synchronised burst.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
import uuid
from datetime import UTC, datetime
from urllib.parse import urlsplit

import aiohttp
import httpx
import socketio
from pydantic import BaseModel

from bench.messages import CONVERSATIONS


class LoadReport(BaseModel):
    sessions: int
    turns: int
    errors: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    think_s: tuple[float, float]
    ramp_s: float
    wall_s: float
    error_kinds: dict[str, int]


class _Session:
    def __init__(self, url: str, timeout_s: float) -> None:
        self.url = url
        self.timeout_s = timeout_s
        # aiohttp's default cookie jar ignores cookies for IP addresses such as 127.0.0.1; an unsafe jar keeps
        # the session cookie for the WebSocket upgrade, as a browser would.
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.client = socketio.AsyncClient(reconnection=False, http_session=self.http)
        self.session_id = str(uuid.uuid4())
        self.thread_id = str(uuid.uuid4())
        self._done: asyncio.Event = asyncio.Event()
        self._replied: asyncio.Event = asyncio.Event()
        self.client.on("task_end", self._task_end)
        self.client.on("new_message", self._new_message)
        self.client.on(
            "stream_start", self._new_message
        )  # a streamed reply starts with this, not new_message

    async def _task_end(self, *args: object) -> None:
        self._done.set()

    async def _new_message(self, step: dict[str, object], *args: object) -> None:
        if step.get("type") == "assistant_message":
            self._replied.set()

    async def connect(self) -> None:
        cookies = await _visitor_cookies(self.url, self.timeout_s)
        origin, root_path = _split(self.url)
        auth = {
            "sessionId": self.session_id,
            "clientType": "webapp",
            "userEnv": "{}",
            "threadId": self.thread_id,
        }
        await self.client.connect(
            origin,
            headers={"Cookie": cookies},
            socketio_path=f"{root_path}/ws/socket.io",
            auth=auth,
            transports=["websocket"],
            wait_timeout=self.timeout_s,
        )
        await self.client.emit("connection_successful")
        await asyncio.sleep(0.2)  # let on_chat_start finish before the first message

    async def turn(self, text: str) -> float:
        """Milliseconds from sending to the reply appearing; then waits for the task to end."""
        self._done.clear()
        self._replied.clear()
        started = time.perf_counter()
        message = {"message": _message(text, self.thread_id), "fileReferences": None}
        await self.client.emit("client_message", message)
        await asyncio.wait_for(self._replied.wait(), timeout=self.timeout_s)
        latency = (time.perf_counter() - started) * 1000
        await asyncio.wait_for(self._done.wait(), timeout=self.timeout_s)
        return latency

    async def close(self) -> None:
        await self.client.disconnect()
        await self.http.close()


def _split(url: str) -> tuple[str, str]:
    """http://host:port/warmline -> (http://host:port, /warmline): an app served under a sub-path behind a
    proxy (docs/deploy.md) has its Socket.IO endpoint under that path too."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/")


async def _visitor_cookies(url: str, timeout_s: float) -> str:
    """Logs in like a new browser: the server hands out a device cookie and a session token."""
    origin, root_path = _split(url)
    async with httpx.AsyncClient(base_url=origin, timeout=timeout_s) as http:
        response = await http.post(f"{root_path}/auth/header")
        response.raise_for_status()
        # Read Set-Cookie directly: the session cookie is marked Secure, which a cookie jar withholds over http.
        return "; ".join(header.split(";", 1)[0] for header in response.headers.get_list("set-cookie"))


def _message(text: str, thread_id: str) -> dict[str, object]:
    return {
        "id": str(uuid.uuid4()),
        "threadId": thread_id,
        "name": "User",
        "type": "user_message",
        "output": text,
        "createdAt": datetime.now(UTC).isoformat(),
    }


async def _user(url: str, index: int, turns: int, think: tuple[float, float], ramp_s: float, timeout_s: float,
                latencies: list[float], errors: dict[str, int]) -> None:  # fmt: skip
    rng = random.Random(index)
    await asyncio.sleep(rng.uniform(0, ramp_s))
    session = _Session(url, timeout_s)
    script = CONVERSATIONS[index % len(CONVERSATIONS)]
    try:
        await session.connect()
        for t in range(turns):
            await asyncio.sleep(rng.uniform(*think))
            latencies.append(await session.turn(script[t % len(script)]))
    except Exception as error:
        kind = type(error).__name__
        errors[kind] = errors.get(kind, 0) + 1
    finally:
        await session.close()


async def run(url: str, sessions: int, turns: int, think: tuple[float, float], ramp_s: float,
              timeout_s: float = 30.0) -> LoadReport:  # fmt: skip
    latencies: list[float] = []
    errors: dict[str, int] = {}
    started = time.perf_counter()
    await asyncio.gather(
        *(_user(url, i, turns, think, ramp_s, timeout_s, latencies, errors) for i in range(sessions))
    )
    ordered = sorted(latencies) or [0.0]
    missing = sessions * turns - len(latencies)
    return LoadReport(
        sessions=sessions,
        turns=len(latencies),
        errors=max(missing, sum(errors.values())),
        p50_ms=round(statistics.median(ordered), 1),
        p95_ms=round(ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)], 1),
        max_ms=round(ordered[-1], 1),
        think_s=think,
        ramp_s=ramp_s,
        wall_s=round(time.perf_counter() - started, 1),
        error_kinds=errors,
    )
