"""The embedder's cache: every text is encoded once, even when two threads ask for it at the same time."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from agent.embeddings import DIMENSIONS, Embedder, Vector


class _SlowEmbedder(Embedder):
    """Encodes deterministically and slowly enough for two threads to overlap; records what it encoded."""

    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.encoded: list[str] = []
        self._fail = fail

    def _encode(self, texts: list[str], batch_size: int, progress: bool) -> Vector:
        time.sleep(0.2)
        self.encoded.extend(texts)
        if self._fail:
            raise RuntimeError("model unavailable")
        seeds = [sum(map(ord, t)) for t in texts]
        return np.stack([np.random.default_rng(s).standard_normal(DIMENSIONS) for s in seeds]).astype(
            np.float32
        )


def _in_threads(*calls: object) -> list[object]:
    results: list[object] = [None] * len(calls)

    def run(i: int, call: object) -> None:
        try:
            results[i] = call()  # type: ignore[operator]
        except Exception as error:  # the test inspects it
            results[i] = error

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
        time.sleep(0.05)  # the second caller arrives while the first is encoding
    for thread in threads:
        thread.join()
    return results


def test_a_text_being_encoded_is_waited_for_not_encoded_again() -> None:
    embedder = _SlowEmbedder()
    first, second = _in_threads(
        lambda: embedder.embed("the reply of the last turn"),
        lambda: embedder.embed_many(["the reply of the last turn", "the next message"]),
    )
    assert sorted(embedder.encoded) == ["the next message", "the reply of the last turn"]
    assert isinstance(first, np.ndarray) and isinstance(second, np.ndarray)
    assert np.array_equal(first, second[0])


def test_a_failed_encoding_reaches_every_waiter_and_is_retried_later() -> None:
    embedder = _SlowEmbedder(fail=True)
    first, second = _in_threads(lambda: embedder.embed("hello"), lambda: embedder.embed("hello"))
    assert isinstance(first, RuntimeError) and isinstance(second, RuntimeError)
    assert embedder.encoded == ["hello"]
    with pytest.raises(RuntimeError):
        embedder.embed("hello")  # nothing pending or cached was left behind: it is tried again
    assert embedder.encoded == ["hello", "hello"]
