"""One visitor over Socket.IO, as the browser does it: a device cookie and a session token over HTTP, then a
socket that starts on long-polling and upgrades to a WebSocket (Socket.IO's default), so a proxy in between
must keep every request of the connection on one worker and pass the upgrade."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

import aiohttp
import httpx
import socketio


class ChatClient:
    def __init__(self, base_url: str, root_path: str = "", timeout_s: float = 60.0) -> None:
        """base_url is the origin (http://host:port); root_path the sub-path the app is served under."""
        self.base_url = base_url
        self.root_path = root_path
        self.timeout_s = timeout_s
        self.thread_id = str(uuid.uuid4())
        self.cookies: dict[str, str] = {}
        # Socket.IO moves the Cookie header into this session's jar for the WebSocket upgrade; aiohttp's default
        # jar drops cookies for IP hosts such as 127.0.0.1, and the proxy needs the device cookie to stay sticky.
        self._http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self._socket = socketio.AsyncClient(reconnection=False, http_session=self._http)
        self._replies: dict[str, str] = {}
        self._done = asyncio.Event()
        self._socket.on("new_message", self._on_step)
        self._socket.on("update_message", self._on_step)
        self._socket.on("task_end", self._on_task_end)

    async def _on_step(self, step: dict[str, Any], *args: object) -> None:
        if step.get("type") == "assistant_message":
            self._replies[str(step["id"])] = str(step.get("output", ""))

    async def _on_task_end(self, *args: object) -> None:
        self._done.set()

    @property
    def device(self) -> str:
        return self.cookies["warmline_device"]

    async def connect(self) -> None:
        async with httpx.AsyncClient(base_url=self.base_url + self.root_path, timeout=self.timeout_s) as http:
            response = await http.post("/auth/header")
            response.raise_for_status()
        # Read Set-Cookie directly: the session cookie is marked Secure, which a cookie jar withholds over http.
        for header in response.headers.get_list("set-cookie"):
            name, _, value = header.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        auth = {
            "sessionId": str(uuid.uuid4()),
            "clientType": "webapp",
            "userEnv": "{}",
            "threadId": self.thread_id,
        }
        await self._socket.connect(
            self.base_url,
            headers={"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())},
            socketio_path=f"{self.root_path}/ws/socket.io",
            auth=auth,
            transports=["polling", "websocket"],
            wait_timeout=self.timeout_s,
        )
        await self._socket.emit("connection_successful")
        await asyncio.sleep(0.3)  # let on_chat_start finish before the first message

    @property
    def transport(self) -> str:
        return str(self._socket.transport())

    async def say(self, text: str) -> str:
        """Sends one message and returns the reply once the server reports the turn finished."""
        self._done.clear()
        before = set(self._replies)
        message = {
            "id": str(uuid.uuid4()),
            "threadId": self.thread_id,
            "name": "User",
            "type": "user_message",
            "output": text,
            "createdAt": datetime.now(UTC).isoformat(),
        }
        await self._socket.emit("client_message", {"message": message, "fileReferences": None})
        await asyncio.wait_for(self._done.wait(), timeout=self.timeout_s)
        new = [reply for key, reply in self._replies.items() if key not in before]
        return new[-1] if new else ""

    async def close(self) -> None:
        await self._socket.disconnect()
        await self._http.close()
