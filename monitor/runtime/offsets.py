"""Per-partition contiguity of the records the worker processes, and the offsets it may commit.

Why this exists: faust-streaming 0.15's fetch path can hand the stream a partition's records
with a hole in them. Found by the kill-and-restart test: right after an assignment faust starts
its fetcher, then seeks every partition to its committed offset; a ``getmany`` batch fetched
before the seek is still being iterated after it, moves faust's read offset past the committed
one, and the refetched records below it are dropped as "already read"
(``Consumer._drain_messages``). faust's own acking has the same blind spot the other way round:
it acks records it skips during a rebalance. Either way records were committed unprocessed.

The worker therefore commits the responses topic itself, and only what it has processed in
offset order from the committed offset:

- a record below ``next`` was processed already (a refetch): not processed again;
- a record at ``next`` is admitted and, once its batch is done, ``next`` moves past it;
- a record above ``next`` is a hole: it and the rest of its partition's records in the batch
  are not processed (the per-bucket watermarks count a partition's offsets in order, so a later
  record must not be counted first), and the partition is rewound to ``next``.

A hole that is really in the log (offsets taken by transaction markers, or compacted away)
comes back identically after every rewind; after ``accept_after`` identical rewinds it is
accepted and skipped. A hole at the tail (records dropped with nothing after them) is found by
:meth:`OffsetGuard.stalled`: the consumer's position is past ``next`` and nothing moved for a
while.

Pure bookkeeping: the worker does the I/O (committed offsets, seeks, commits).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = ["Admission", "OffsetGuard"]

P = TypeVar("P", bound=Hashable)


@dataclass
class _Partition:
    next: int
    since: float  # clock time of the last progress (or of the start)
    hole: tuple[int, int] | None = None  # (next, first offset seen above it) at the last rewind
    repeats: int = 0  # consecutive rewinds that found the same hole


@dataclass
class Admission(Generic[P]):
    """The verdict on one batch: which records to process, what to do afterwards."""

    generation: int | None
    keep: list[int] = field(default_factory=list)  # indices into the batch, in order
    advance: dict[P, int] = field(default_factory=dict)  # new ``next`` per partition, once done
    rewind: dict[P, int] = field(default_factory=dict)  # partitions to seek back to ``next``
    accepted: list[tuple[P, int, int]] = field(default_factory=list)  # holes skipped: (p, from, to)
    refetched: int = 0  # records below ``next``: processed before, not again
    stale: int = 0  # records of another consumer generation: left to the current owner


class OffsetGuard(Generic[P]):
    """Tracks, per partition of the current consumer generation, the next offset to process."""

    def __init__(self, accept_after: int = 3) -> None:
        self.accept_after = accept_after
        self.generation: int | None = None
        self._parts: dict[P, _Partition] = {}

    def reset(self, generation: int) -> None:
        """A rebalance: forget everything; partitions are started again from their commits."""
        self.generation = generation
        self._parts = {}

    def known(self, partition: P) -> bool:
        return partition in self._parts

    def start(self, partition: P, next_offset: int, now: float) -> None:
        """Begin tracking at the partition's committed offset (or the log start if none)."""
        self._parts[partition] = _Partition(next_offset, now)

    def next_offset(self, partition: P) -> int | None:
        state = self._parts.get(partition)
        return state.next if state is not None else None

    def admit(self, records: Iterable[tuple[P, int, int | None]]) -> Admission[P]:
        """``records``: (partition, offset, generation) in stream order. Every partition of the
        current generation in them must have been started."""
        adm: Admission[P] = Admission(self.generation)
        expect: dict[P, int] = {}
        for i, (partition, offset, generation) in enumerate(records):
            if generation != self.generation:
                adm.stale += 1
                continue
            if partition in adm.rewind:
                continue  # after a hole in this batch: refetched after the rewind
            state = self._parts[partition]
            want = expect.get(partition, state.next)
            if offset < want:
                adm.refetched += 1
                continue
            if offset > want:
                hole = (want, offset)
                if state.hole == hole and state.repeats + 1 >= self.accept_after:
                    adm.accepted.append((partition, want, offset))
                else:
                    adm.rewind[partition] = want
                    state.repeats = state.repeats + 1 if state.hole == hole else 1
                    state.hole = hole
                    continue
            adm.keep.append(i)
            expect[partition] = offset + 1
        for partition, value in expect.items():
            if partition not in adm.rewind:
                adm.advance[partition] = value
        return adm

    def done(self, adm: Admission[P], now: float) -> dict[P, int]:
        """The batch was processed: move ``next``; return the offsets to commit."""
        if adm.generation != self.generation:
            return {}  # a rebalance happened meanwhile: the new generation starts from the commits
        for partition, value in adm.advance.items():
            state = self._parts[partition]
            state.next, state.since = value, now
            state.hole, state.repeats = None, 0  # past any hole seen before
        return dict(adm.advance)

    def stalled(self, positions: Mapping[P, int], now: float, after_s: float) -> dict[P, int]:
        """Partitions whose consumer position is past ``next`` with no progress for ``after_s``:
        records were fetched and dropped at the tail. Returns where to rewind them."""
        out: dict[P, int] = {}
        for partition, position in positions.items():
            state = self._parts.get(partition)
            if state is not None and position > state.next and now - state.since >= after_s:
                out[partition] = state.next
                state.since = now  # one rewind per period
        return out
