"""Embeddings of every ESConv utterance for training, cached on disk outside the repository.

Training needs ~35k utterance vectors (minutes on 2 cores), so they are computed once with the shared embedder
and kept in /tmp/warmline-cache (override with WARMLINE_CACHE_DIR is not offered on purpose: the settings object
rejects unknown variables; pass `cache_dir` instead). The live selector never reads this cache.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from tqdm import tqdm

from agent.embeddings import DIMENSIONS, MODEL_NAME, Vector, shared_embedder

DEFAULT_CACHE_DIR = Path("/tmp/warmline-cache")
_CHUNK = 1024  # below the shared embedder's LRU size, so a chunk never evicts its own vectors

Embed = Callable[[Sequence[str]], Vector]


def _key(texts: Sequence[str]) -> str:
    digest = hashlib.sha256(MODEL_NAME.encode())
    for text in texts:
        digest.update(text.encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


def embed_all(texts: Sequence[str], cache_dir: Path = DEFAULT_CACHE_DIR, progress: bool = True) -> Vector:
    """Vectors for `texts` (unique, in order), from the disk cache when the same list was embedded before."""
    path = cache_dir / f"esconv-{_key(texts)}.npy"
    if path.exists():
        cached: Vector = np.load(path)
        if cached.shape == (len(texts), DIMENSIONS):
            return cached
    vectors = _compute(texts, progress)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def _compute(texts: Sequence[str], progress: bool) -> Vector:
    embedder = shared_embedder()
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    starts = range(0, len(texts), _CHUNK)
    for start in tqdm(starts, desc="embedding utterances", unit="chunk", disable=not progress):
        out[start : start + _CHUNK] = embedder.embed_many(texts[start : start + _CHUNK])
    return out


class TableEmbedder:
    """A lookup over precomputed vectors with the same call shape as `Embedder.embed_many`."""

    def __init__(self, texts: Sequence[str], vectors: Vector) -> None:
        self._index = {text: i for i, text in enumerate(texts)}
        self._vectors = vectors

    def __call__(self, texts: Sequence[str]) -> Vector:
        return self._vectors[[self._index[t] for t in texts]]
