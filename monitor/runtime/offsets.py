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

A hole can also be really in the log: offsets taken by transaction markers (a gateway producing
in transactions) or compacted away. Before it rewinds, the worker asks the broker where the next
record at or after ``next`` is (:meth:`OffsetGuard.holes`, then :meth:`OffsetGuard.mark_absent`
for those the broker confirms); a confirmed hole is stepped over. After a rewind, records of the
same partition above the rewind point that are still in flight are dropped without rewinding
again for ``fence_s``, so one drop costs one seek.

A hole at the tail (records dropped with nothing after them) is found by
:meth:`OffsetGuard.stalled`: the consumer's position is past ``next`` and nothing moved for a
while.

:class:`OffsetGuard` is pure bookkeeping; the worker does the I/O (committed offsets, seeks,
commits) and asks the broker about holes through :class:`HoleChecker`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from monitor.runtime.publish import kafka_client_options
from monitor.settings import Settings

__all__ = ["Admission", "HoleChecker", "OffsetGuard", "Record"]

log = logging.getLogger(__name__)

P = TypeVar("P", bound=Hashable)


@dataclass
class _Partition:
    next: int
    since: float  # clock time of the last progress (or of the start)
    absent: dict[int, int] = field(default_factory=dict)  # confirmed holes at/after next: start -> end
    fence: tuple[int, float] | None = None  # (offset, time) of the last rewind

    def skip_absent(self, offset: int) -> int:
        while offset in self.absent:
            offset = self.absent[offset]
        return offset


@dataclass
class Admission(Generic[P]):
    """The verdict on one batch: which records to process, what to do afterwards."""

    generation: int | None
    keep: list[int] = field(default_factory=list)  # indices into the batch, in order
    advance: dict[P, int] = field(default_factory=dict)  # new ``next`` per partition, once done
    rewind: dict[P, int] = field(default_factory=dict)  # partitions to seek back to ``next``
    dropped: int = 0  # records above a hole: not processed (refetched after the rewind)
    refetched: int = 0  # records below ``next``: processed before, not again
    stale: int = 0  # records of another consumer generation: left to the current owner


Record = tuple[P, int, "int | None"]  # (partition, offset, consumer generation) in stream order


class OffsetGuard(Generic[P]):
    """Tracks, per partition of the current consumer generation, the next offset to process."""

    def __init__(self, fence_s: float = 1.0) -> None:
        self.fence_s = fence_s
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
        return state.skip_absent(state.next) if state is not None else None

    def _walk(self, records: Sequence[Record[P]]) -> Iterator[tuple[int, P, str, int]]:
        """Classify each record as :meth:`admit` sees it: (index, partition, verdict, want), with
        verdict ``stale``, ``below`` (processed before), ``keep``, ``hole`` (the first record
        above ``want``) or ``blocked`` (after a hole). Every partition of the current generation
        in ``records`` must have been started."""
        expect: dict[P, int] = {}
        blocked: set[P] = set()
        for i, (partition, offset, generation) in enumerate(records):
            if generation != self.generation:
                yield i, partition, "stale", -1
                continue
            state = self._parts[partition]
            want = state.skip_absent(expect.get(partition, state.next))
            if partition in blocked:
                yield i, partition, "blocked", want
            elif offset < want:
                yield i, partition, "below", want
            elif offset > want:
                blocked.add(partition)
                yield i, partition, "hole", want
            else:
                expect[partition] = offset + 1
                yield i, partition, "keep", want

    def holes(self, records: Sequence[Record[P]]) -> dict[P, tuple[int, int]]:
        """The first hole [start, end) per partition that :meth:`admit` would find, for the
        worker to check with the broker."""
        return {
            partition: (want, records[i][1])
            for i, partition, verdict, want in self._walk(records)
            if verdict == "hole"
        }

    def mark_absent(self, partition: P, start: int, end: int) -> None:
        """The broker confirmed that no record lies in [start, end)."""
        self._parts[partition].absent[start] = end

    def admit(self, records: Sequence[Record[P]], now: float) -> Admission[P]:
        adm: Admission[P] = Admission(self.generation)
        for i, partition, verdict, want in self._walk(records):
            if verdict == "stale":
                adm.stale += 1
            elif verdict == "below":
                adm.refetched += 1
            elif verdict == "blocked":
                adm.dropped += 1
            elif verdict == "keep":
                adm.keep.append(i)
                adm.advance[partition] = records[i][1] + 1
            else:  # the hole: process nothing of this partition above it, rewind to it
                adm.dropped += 1
                adm.advance[partition] = want
                state = self._parts[partition]
                fence = state.fence
                if fence is None or fence[0] != want or now - fence[1] >= self.fence_s:
                    adm.rewind[partition] = want  # else: in flight from before the last rewind
                    state.fence = (want, now)
        return adm

    def done(self, adm: Admission[P], now: float) -> dict[P, int]:
        """The batch was processed: move ``next``; return the offsets to commit."""
        if adm.generation != self.generation:
            return {}  # a rebalance happened meanwhile: the new generation starts from the commits
        out: dict[P, int] = {}
        for partition, value in adm.advance.items():
            state = self._parts[partition]
            if value > state.next:
                state.next, state.since = value, now
                state.absent = {a: b for a, b in state.absent.items() if a >= value}
                out[partition] = value
        return out

    def stalled(self, positions: Mapping[P, int], now: float, after_s: float) -> dict[P, int]:
        """Partitions whose consumer position is past ``next`` with no progress for ``after_s``:
        records were fetched and dropped at the tail. Returns where to rewind them."""
        out: dict[P, int] = {}
        for partition, position in positions.items():
            state = self._parts.get(partition)
            if state is None:
                continue
            want = state.skip_absent(state.next)
            if position > want and now - state.since >= after_s:
                out[partition] = want
                state.since = now  # one rewind per period
        return out


class HoleChecker:
    """Reads the log where the stream showed a hole, with a consumer of its own (no group)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._consumer: AIOKafkaConsumer | None = None
        self._starting = asyncio.Lock()

    async def absent(self, tp: tuple[str, int], start: int, end: int) -> bool:
        """True when the broker's first record at or after ``start`` is at ``end`` or later."""
        ktp = TopicPartition(tp[0], tp[1])
        try:
            consumer = await self._started()
            consumer.assign([ktp])
            consumer.seek(ktp, start)
            batch = await consumer.getmany(ktp, timeout_ms=5000, max_records=1)
        except KafkaError:
            log.exception("could not read partition %s at %d to check a hole", tp[1], start)
            return False
        records = batch.get(ktp, [])
        return bool(records) and records[0].offset >= end

    async def end_offsets(
        self, tps: Sequence[tuple[str, int]], timeout_s: float
    ) -> dict[tuple[str, int], int]:
        """The high watermarks of ``tps`` from the broker (not from the fetch path, which
        stops updating them when the stream's buffer is full). Raises KafkaError or TimeoutError."""
        consumer = await self._started()
        ktps = [TopicPartition(t, p) for t, p in tps]
        ends = await asyncio.wait_for(consumer.end_offsets(ktps), timeout_s)
        return {(k.topic, k.partition): int(v) for k, v in ends.items()}

    async def _started(self) -> AIOKafkaConsumer:
        async with self._starting:
            if self._consumer is None:
                consumer = AIOKafkaConsumer(
                    enable_auto_commit=False, group_id=None, **kafka_client_options(self._settings)
                )
                await consumer.start()
                self._consumer = consumer
            return self._consumer

    async def close(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None
