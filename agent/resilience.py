"""Bounded retries for LLM calls: back off on rate limits, server errors, timeouts and cut-off streams.

The pipeline bounds the whole turn with its deadline; when retries run out (or the deadline comes first) the
stage falls back to the offline engine, so a flaky endpoint costs quality, never an answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
import openai

T = TypeVar("T")
_BASE_DELAY_S = 0.25
_MAX_DELAY_S = 4.0


class TruncatedStreamError(RuntimeError):
    """The endpoint closed the stream before it said the reply was finished."""


class MalformedOutputError(ValueError):
    """The endpoint answered, but not in the structure we asked for."""


RETRYABLE: tuple[type[BaseException], ...] = (
    openai.RateLimitError,
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.InternalServerError,
    httpx.TransportError,
    TruncatedStreamError,
    MalformedOutputError,
)


def retry_delay(error: BaseException, attempt: int) -> float:
    """The server's Retry-After when it gives one, else exponential backoff."""
    response = getattr(error, "response", None)
    header = response.headers.get("retry-after") if response is not None else None
    if header:
        try:
            return min(_MAX_DELAY_S, max(0.0, float(header)))
        except ValueError:
            pass
    return min(_MAX_DELAY_S, _BASE_DELAY_S * 2**attempt)


async def with_retries(call: Callable[[], Awaitable[T]], retries: int) -> T:
    for attempt in range(retries + 1):
        try:
            return await call()
        except RETRYABLE as error:
            if attempt == retries:
                raise
            await asyncio.sleep(retry_delay(error, attempt))
    raise AssertionError("unreachable")
