"""Which stored demonstrations have each strategy, so a strategy-conditioned query can search by ids.

Chroma evaluates a metadata filter (`where={"strategy": ...}`) on every query by scanning the matching rows: at
20,000 documents that cost 22-27 ms of CPU per query, ten times the search itself. Restricting the same search to
a list of ids returns the same neighbours (checked by tests/test_store.py) in 2-8 ms. The lists are read from
Chroma on the first conditioned query (all eight at once), dropped by this process's own adds, and read again
when the collection's size has changed, which is checked at most every `max_age_s` (a count costs a millisecond
or two): an ingest by another process, or another worker sharing a Chroma server, shows within seconds.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from strategies.catalogue import Strategy


class StrategyIds:
    def __init__(self, collection: Any, max_age_s: float = 2.0) -> None:
        self._collection = collection
        self._max_age_s = max_age_s
        self._ids: dict[Strategy, list[str]] = {}
        self._members: dict[Strategy, frozenset[str]] = {}
        self._size = -1
        self._checked = float("-inf")
        self._lock = threading.Lock()

    def ids(self, strategy: Strategy) -> list[str]:
        with self._lock:
            if self._ids and time.monotonic() - self._checked < self._max_age_s:
                return self._ids[strategy]
        size = int(self._collection.count())
        with self._lock:
            if self._ids and size == self._size:
                self._checked = time.monotonic()
                return self._ids[strategy]
        found = {s: self._collection.get(where={"strategy": s.value}, include=[])["ids"] for s in Strategy}
        members = {s: frozenset(ids) for s, ids in found.items()}
        with self._lock:
            self._ids, self._members, self._size, self._checked = found, members, size, time.monotonic()
        return found[strategy]

    def members(self, strategy: Strategy) -> frozenset[str]:
        """The same ids as a set, for checking search hits (as current as the last `ids` call)."""
        with self._lock:
            return self._members.get(strategy, frozenset())

    def forget(self) -> None:
        """The collection changed here: read the lists again on the next conditioned query."""
        with self._lock:
            self._ids, self._members, self._size = {}, {}, -1
