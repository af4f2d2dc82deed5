"""A fake OpenAI-compatible chat server on loopback that misbehaves on request (for tests and benchmarks).

`FakeOpenAIServer(faults=[...])` answers POST /v1/chat/completions; each request takes the next fault from the
queue (then `ok` once the queue is empty): `ok`, `timeout` (answers after `slow_s`), `rate_limit` (429 with
Retry-After), `server_error` (500), `truncated` (a stream cut off mid-reply), `malformed` (a tool call whose
arguments are not JSON). Streams use server-sent events like the real API; structured output through
function calling answers with a tool call built by `tool_arguments`.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Fault(StrEnum):
    OK = "ok"
    TIMEOUT = "timeout"
    RATE_LIMIT = "rate_limit"
    SERVER_ERROR = "server_error"
    TRUNCATED = "truncated"
    MALFORMED = "malformed"


ToolArguments = Callable[[dict[str, Any]], dict[str, Any]]
DEFAULT_REPLY = "That sounds like a lot to carry. What part of it weighs on you most today?"


class FakeOpenAIServer:
    def __init__(
        self,
        faults: Iterable[Fault] = (),
        reply: str = DEFAULT_REPLY,
        tool_arguments: ToolArguments | None = None,
        slow_s: float = 5.0,
        retry_after_s: float = 1.0,
    ) -> None:
        self.faults: deque[Fault] = deque(faults)
        self.reply = reply
        self.tool_arguments = tool_arguments
        self.slow_s = slow_s
        self.retry_after_s = retry_after_s
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def __enter__(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def next_fault(self, body: dict[str, Any]) -> Fault:
        with self._lock:
            self.requests.append(body)
            return self.faults.popleft() if self.faults else Fault.OK


def _handler_for(fake: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return None

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            _respond(self, fake, body, fake.next_fault(body))

    return Handler


def _respond(
    handler: BaseHTTPRequestHandler, fake: FakeOpenAIServer, body: dict[str, Any], fault: Fault
) -> None:
    match fault:
        case Fault.RATE_LIMIT:
            _json(handler, 429, {"error": {"message": "rate limited", "type": "rate_limit"}},
                  {"Retry-After": str(fake.retry_after_s)})  # fmt: skip
        case Fault.SERVER_ERROR:
            _json(handler, 500, {"error": {"message": "internal error", "type": "server_error"}})
        case Fault.TIMEOUT:
            time.sleep(fake.slow_s)
            _answer(handler, fake, body, truncated=False, malformed=False)
        case Fault.TRUNCATED:
            _answer(handler, fake, body, truncated=True, malformed=False)
        case Fault.MALFORMED:
            _answer(handler, fake, body, truncated=False, malformed=True)
        case Fault.OK:
            _answer(handler, fake, body, truncated=False, malformed=False)


def _answer(
    handler: BaseHTTPRequestHandler,
    fake: FakeOpenAIServer,
    body: dict[str, Any],
    truncated: bool,
    malformed: bool,
) -> None:
    if body.get("tools"):
        _json(handler, 200, _tool_completion(fake, body, malformed))
    elif body.get("stream"):
        _stream(handler, fake.reply, body.get("model", "fake"), truncated)
    else:
        _json(handler, 200, _completion(fake.reply, body.get("model", "fake")))


def _tool_completion(fake: FakeOpenAIServer, body: dict[str, Any], malformed: bool) -> dict[str, Any]:
    tool = body["tools"][0]["function"]
    arguments = (
        "{not json" if malformed else json.dumps(fake.tool_arguments(body) if fake.tool_arguments else {})
    )
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": tool["name"], "arguments": arguments}}
        ],
    }
    return _envelope(body.get("model", "fake"), message, "tool_calls")


def _completion(text: str, model: str) -> dict[str, Any]:
    return _envelope(model, {"role": "assistant", "content": text}, "stop")


def _envelope(model: str, message: dict[str, Any], finish: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _stream(handler: BaseHTTPRequestHandler, text: str, model: str, truncated: bool) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.send_header("Connection", "close")
    handler.end_headers()
    words = text.split(" ")
    cut = len(words) // 2 if truncated else len(words)
    for i, word in enumerate(words[:cut]):
        piece = word if i == len(words) - 1 else word + " "
        _event(
            handler, {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}, model
        )
    if truncated:
        handler.wfile.write(b'data: {"choices": [{"index": 0, "delta": {"content": "tru')
        handler.wfile.flush()
        handler.close_connection = True
        return
    _event(handler, {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}, model)
    handler.wfile.write(b"data: [DONE]\n\n")
    handler.wfile.flush()
    handler.close_connection = True


def _event(handler: BaseHTTPRequestHandler, chunk: dict[str, Any], model: str) -> None:
    payload = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        **chunk,
    }
    handler.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
    handler.wfile.flush()


def _json(
    handler: BaseHTTPRequestHandler,
    status: int,
    payload: dict[str, Any],
    headers: dict[str, str] | None = None,
) -> None:
    data = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(data)
