"""Which keys the store may hold, answered in memory (a Bloom filter).

Before each batch the writer asks the store which of its documents are stored (it must not
store one twice, and the tables carry no key to stop it: see migration 004) and which
stored events share its events' cluster keys (``clusters.stored_spans``). Each question
scanned a column that grows with the store, and DuckDB kept the blocks it read cached
until the writer reconnected. A filter of the stored keys answers "certainly not stored"
for almost every new document, and for a happening no earlier report mentioned, at about
1.2 bytes per stored key (10 bits); only the keys it cannot rule out (those really stored,
and some 1 % of the others) are looked up in the table.

A Bloom filter never forgets a key it was given, so it never says "not stored" for a
stored one; it only errs the other way, which costs a look-up, never a wrong answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

BITS_PER_KEY = 10  # with 7 probes: about 1 % false "maybe" at full capacity
PROBES = 7
MIN_CAPACITY = 1 << 16


class SeenKeys:
    """A Bloom filter over stored keys that grows by rebuilding from the store."""

    def __init__(self, stored: Callable[[], Iterable[str]]) -> None:
        """``stored`` yields every key in the store; it is read now and when the filter
        outgrows its capacity (each time the count of keys doubles)."""
        self._stored = stored
        self._capacity = 0
        self._bits = bytearray()
        self._count = 0
        self._rebuild(MIN_CAPACITY)

    def __len__(self) -> int:
        return self._count

    def might_hold(self, key: str) -> bool:
        """False: certainly neither stored nor added. True: one of them, or (rarely) not."""
        bits = self._bits
        return all(bits[p >> 3] >> (p & 7) & 1 for p in self._positions(key))

    def add(self, keys: Iterable[str]) -> None:
        for key in keys:
            if not self.might_hold(key):  # counted once, however often it is added
                self._set(key)
                self._count += 1
        if self._count > self._capacity:
            self._rebuild(2 * self._count)

    def _rebuild(self, capacity: int) -> None:
        self._capacity = max(MIN_CAPACITY, capacity)
        self._bits = bytearray(self._capacity * BITS_PER_KEY // 8 + 1)
        self._count = 0
        for key in self._stored():
            self._set(key)
            self._count += 1
        if self._count > self._capacity:  # the store was larger than asked for
            self._rebuild(2 * self._count)

    def _set(self, key: str) -> None:
        bits = self._bits
        for p in self._positions(key):
            bits[p >> 3] |= 1 << (p & 7)

    def _positions(self, key: str) -> list[int]:
        # two hashes combined (Kirsch and Mitzenmacher): as good as PROBES independent ones
        # for a Bloom filter; Python's string hash is salted per process, and the filter
        # lives in one process only
        m = len(self._bits) * 8
        h1 = hash(key)
        h2 = hash((key, PROBES)) | 1
        return [(h1 + i * h2) % m for i in range(PROBES)]
