"""Opt-in long-term memory: what a person chose to let Warmline remember across chats, in its own Chroma
collection, listed to them on request and deleted when they say so ("forget me").

Nothing is stored unless the person turned memory on or used /remember; nothing from a turn with any risk
signal is stored at all.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from agent.embeddings import Embedder

COLLECTION = "long_term_memory"
_DUPLICATE_SIMILARITY = 0.9


class NoteKind(StrEnum):
    NOTE = "note"  # said with /remember
    SITUATION = "situation"  # an ongoing situation, noted while memory is on


class MemoryNote(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    kind: NoteKind
    created_at: str


class LongTermMemory:
    def __init__(self, client: Any, embedder: Embedder) -> None:
        self._embedder = embedder
        self._collection = client.get_or_create_collection(name=COLLECTION, metadata={"hnsw:space": "cosine"})

    def remember(self, user: str, text: str, kind: NoteKind) -> MemoryNote | None:
        """Stores the note unless a near-identical one is already there; returns what was stored."""
        text = " ".join(text.split())[:500]
        if not text or self._has_similar(user, text):
            return None
        now = datetime.now(UTC).isoformat()
        note_id = "m-" + hashlib.sha256(f"{user}\x1f{text}".encode()).hexdigest()[:16]
        self._collection.upsert(
            ids=[note_id],
            embeddings=self._embedder.embed_many([text]),
            documents=[text],
            metadatas=[{"user": user, "kind": kind.value, "created_at": now}],
        )
        return MemoryNote(id=note_id, text=text, kind=kind, created_at=now)

    def notes(self, user: str) -> list[MemoryNote]:
        got = self._collection.get(where={"user": user}, include=["documents", "metadatas"])
        notes = [
            MemoryNote(id=i, text=d, kind=NoteKind(m["kind"]), created_at=m["created_at"])
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        return sorted(notes, key=lambda n: n.created_at)

    def _has_notes(self, user: str) -> bool:
        # Runs before every turn's recall: ask for one id, not every note with its text.
        return bool(self._collection.get(where={"user": user}, limit=1, include=[])["ids"])

    def recall(self, user: str, text: str, k: int = 3) -> list[str]:
        if not self._has_notes(user):
            return []
        found = self._collection.query(
            query_embeddings=self._embedder.embed_many([text]), n_results=k, where={"user": user}
        )
        return list(found["documents"][0])

    def forget(self, user: str, note_id: str | None = None) -> int:
        """Deletes one note, or every note of this person; returns how many were deleted."""
        ids = [n.id for n in self.notes(user) if note_id is None or n.id == note_id]
        if ids:
            self._collection.delete(ids=ids)
        return len(ids)

    def purge_before(self, limit: str) -> int:
        """Deletes every note written before `limit` (YYYY-MM-DDTHH:MM:SS, UTC), whoever it belongs to: a
        study's retention period covers what participants chose to let Warmline remember, too."""
        got = self._collection.get(include=["metadatas"])
        ids = [
            i for i, m in zip(got["ids"], got["metadatas"], strict=True) if str(m["created_at"])[:19] < limit
        ]
        if ids:
            self._collection.delete(ids=ids)
        return len(ids)

    def _has_similar(self, user: str, text: str) -> bool:
        if not self._has_notes(user):
            return False
        found = self._collection.query(
            query_embeddings=self._embedder.embed_many([text]), n_results=1, where={"user": user}
        )
        distances = found["distances"][0]
        return bool(distances) and 1.0 - float(distances[0]) >= _DUPLICATE_SIMILARITY
