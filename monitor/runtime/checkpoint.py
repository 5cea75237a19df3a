"""The worker's commit protocol, in one place: admit -> process -> changelog -> commit.

After the shape of quix-streams' ``Checkpoint.commit`` (flush state, produce changelogs, flush the
producer, commit offsets), over two narrow interfaces so it runs, and is unit-tested, without
Kafka: :class:`Source` (the consumer group's positions, seeks, commits and holes; faust's is
:class:`monitor.runtime.faust_hooks.FaustSource`) and :class:`Changelog` (the table's changelog
records, each an ``asyncio.Future`` the broker's acknowledgement resolves).

One micro-batch (:meth:`Checkpoint.run`):

1. **admit**: keep only the records that continue each partition in offset order from its
   committed offset (:class:`monitor.runtime.offsets.OffsetGuard`): a refetched record is not
   processed again, a hole is checked with the broker and rewound unless it is really in the log;
2. **process** (the caller's steps: score, mirror to the state store, write the table, publish),
   each I/O step under :meth:`Checkpoint.step`'s deadline: a step that hangs or a store that
   fails abandons the batch, nothing of it is committed and it is fetched again after a pause;
3. **done**: the offsets past the batch are queued *together with every changelog record sent so
   far* (this batch's and any an abandoned batch left behind);
4. **commit** (every second, :meth:`Checkpoint.commit`): offsets are committed in order, up to
   the first queued batch whose changelog records are not all acknowledged. A failed record is
   sent again with its key's current value. So an unacknowledged changelog record is never
   committed past, and a slow acknowledgement delays commits, not processing: later batches run
   on while it is outstanding. Only one older than ``max_unacked_s`` makes the next batch wait
   for it (back-pressure, abandoned like any hung step).

Re-processing after any failure is harmless: the dedup store recognises a redelivered record by
its origin, and each bucket's watermark skips offsets it already holds.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from monitor.errors import MonitorError, StateError
from monitor.runtime.offsets import Admission, OffsetGuard, Record

__all__ = [
    "BatchAbandoned",
    "Changelog",
    "Checkpoint",
    "CheckpointConfig",
    "Source",
    "SourceError",
    "Tally",
    "abandon_backoff",
    "await_chain",
]

log = logging.getLogger(__name__)

P = TypeVar("P", bound=Hashable)
T = TypeVar("T")
R = TypeVar("R")

Ack = asyncio.Future[Any]
"""One changelog record in flight: resolved when the broker acknowledges it, failed if it refuses."""
Tally = Callable[[str, str, int], None]
"""``(counter, label, n)``: ``offset_rewinds`` (hole, absent_in_log, tail), ``records_not_reprocessed``
(above_hole, refetched, stale_generation), ``batches_abandoned`` (the step), ``changelog_resent``."""


class Source(Protocol[P]):
    """The input partitions as the consumer group sees them."""

    @property
    def generation(self) -> int | None:
        """The consumer group generation: a rebalance changes it."""
        ...

    def assignment(self) -> set[P]:
        """The input partitions assigned to this worker now."""
        ...

    async def committed(self, partitions: Sequence[P]) -> dict[P, int]:
        """The group's committed offset of each partition (the log start where there is none)."""
        ...

    async def absent(self, partition: P, start: int, end: int) -> bool:
        """True when the log really holds no record in [start, end) (transaction markers, compaction)."""
        ...

    async def seek(self, partition: P, offset: int) -> None:
        """Fetch ``partition`` again from ``offset``."""
        ...

    async def positions(self, partitions: Sequence[P]) -> dict[P, int]:
        """The consumer's fetch position of each partition (None omitted)."""
        ...

    async def commit(self, offsets: Mapping[P, int]) -> bool:
        """Commit ``offsets`` for the group; False when a rebalance got in the way."""
        ...


class Changelog(Protocol):
    """The state table's changelog: the records sent, and a way to send a key again."""

    def take_sent(self) -> list[Ack]:
        """Every record sent since the last call (the caller now tracks them)."""
        ...

    def resend(self, failed: Sequence[Ack]) -> list[Ack]:
        """Send the *current* value of each failed record's key again (never the old value: a
        newer one may have been acknowledged since)."""
        ...


class SourceError(MonitorError):
    """The source (the broker) failed a call: positions, a seek or a commit."""


class BatchAbandoned(Exception):
    """A step of a micro-batch did not finish; the batch is not committed."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step


def await_chain(task: asyncio.Task[Any]) -> str:
    """Where a task is waiting: its coroutines from the outermost in, ``name:line`` each."""
    frames = []
    coro: Any = task.get_coro()
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        name = getattr(coro, "__qualname__", type(coro).__name__)
        frames.append(f"{name}:{frame.f_lineno}" if frame is not None else name)
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return " -> ".join(frames)


@dataclass(frozen=True, slots=True)
class CheckpointConfig:
    step_timeout_s: float = 20.0
    """A Kafka or store step of a batch that takes longer is abandoned, and the batch with it."""
    stall_rewind_s: float = 20.0
    """A partition fetched past its next offset with no progress for this long is rewound."""
    backoff_s: tuple[float, float] = (0.2, 5.0)
    """Pause after an abandoned batch: the first, doubling per abandon in a row, up to the cap
    (a store that refuses connections fails a batch at once: without it the fault bench saw
    18 re-fetches in 0.3 s)."""
    max_unacked_s: float = 120.0
    """A changelog record unacknowledged for longer makes the next batch wait for it."""


def abandon_backoff(streak: int, backoff_s: tuple[float, float] = (0.2, 5.0)) -> float:
    """Seconds to wait after the ``streak``-th abandoned batch in a row (1, 2, ...)."""
    first, cap = backoff_s
    return float(min(cap, first * 2 ** max(0, min(streak, 16) - 1)))


@dataclass(slots=True)
class _Queued(Generic[P]):
    generation: int | None
    offsets: dict[P, int]
    acks: list[Ack]
    since: float


def _failed_step(exc: Exception) -> str:
    """The step label of an abandoned batch: the hung step, or the store that failed."""
    if isinstance(exc, BatchAbandoned):
        return exc.step
    return "kafka" if isinstance(exc, SourceError) else "redis"


def _failed(ack: Ack) -> bool:
    return ack.done() and (ack.cancelled() or ack.exception() is not None)


@dataclass
class Checkpoint(Generic[P]):
    """The commit protocol over a :class:`Source` and a :class:`Changelog`. ``clock`` is monotonic
    seconds (a fake one in tests); ``sleep`` is the pause after an abandoned batch."""

    source: Source[P]
    changelog: Changelog
    config: CheckpointConfig = field(default_factory=CheckpointConfig)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    tally: Tally = field(default=lambda _c, _l, _n: None)
    guard: OffsetGuard[P] = field(default_factory=OffsetGuard)
    committed: dict[P, int] = field(default_factory=dict)
    """Per partition: the last offset committed (or found committed), for the lag."""
    busy: bool = False
    """True while a batch runs (the lag timer leaves the guard alone then)."""
    abandoned_streak: int = 0
    _committed_generation: int | None = None
    _queue: deque[_Queued[P]] = field(default_factory=deque)

    # -- one batch -------------------------------------------------------------------------------

    async def run(
        self, records: Sequence[Record[P]], process: Callable[[list[int]], Awaitable[R]]
    ) -> R | None:
        """Admit ``records``, ``process(indices kept)``, queue the commit. None: abandoned (a step
        hung or the store failed); nothing of the batch is committed and it comes back."""
        self.busy = True
        try:
            await self._wait_overdue_acks()
            admission = await self.step("admit", self.admit(records))
            result = await process(admission.keep)
            self.done(admission)
            self.abandoned_streak = 0
            return result
        except (BatchAbandoned, StateError, SourceError) as exc:
            step = _failed_step(exc)
            self.abandoned_streak += 1
            pause = abandon_backoff(self.abandoned_streak, self.config.backoff_s)
            log.error(
                "batch of %d records abandoned, not committed (fetched again in %.1f s): %s",
                len(records),
                pause,
                exc,
            )
            self.tally("batches_abandoned", step, 1)
            await self.sleep(pause)
            return None
        finally:
            self.busy = False

    async def step(self, name: str, step: Coroutine[Any, Any, T]) -> T:
        """Run one I/O step of a batch with a deadline; a hang abandons the batch. The log says
        where the step was waiting, so a stall is visible at once, not a silently frozen consumer."""
        task = asyncio.ensure_future(step)
        done, _ = await asyncio.wait({task}, timeout=self.config.step_timeout_s)
        if not done:
            where = await_chain(task)
            task.cancel()
            raise BatchAbandoned(
                name, f"no progress in {self.config.step_timeout_s:.0f} s, waiting at {where}"
            )
        return task.result()

    async def admit(self, records: Sequence[Record[P]]) -> Admission[P]:
        generation = self.source.generation
        await self.track({p for p, _, g in records if g == generation})
        checked: set[tuple[P, int, int]] = set()
        while holes := {p: h for p, h in self.guard.holes(records).items() if (p, *h) not in checked}:
            for partition, (start, end) in holes.items():
                checked.add((partition, start, end))
                if await self.source.absent(partition, start, end):
                    self.guard.mark_absent(partition, start, end)
                    self.tally("offset_rewinds", "absent_in_log", 1)
        admission = self.guard.admit(records, self.clock())
        for partition, offset in admission.rewind.items():
            log.warning("partition %s: records missing from offset %d; rewinding", partition, offset)
            self.tally("offset_rewinds", "hole", 1)
            await self.source.seek(partition, offset)
        for reason, n in (
            ("above_hole", admission.dropped),
            ("refetched", admission.refetched),
            ("stale_generation", admission.stale),
        ):
            if n:
                self.tally("records_not_reprocessed", reason, n)
        return admission

    def done(self, admission: Admission[P]) -> None:
        """The batch is processed: move past it, and queue its offsets behind every changelog
        record sent so far. Not one commit per batch: faust's consumer thread also serves the
        fetcher, and a commit per batch stalled it (3,289 -> 521 events/s, docs/benchmarks.md)."""
        offsets = self.guard.done(admission, self.clock())
        acks = self.changelog.take_sent()
        if offsets or acks:
            self._queue.append(_Queued(admission.generation, offsets, acks, self.clock()))

    # -- commits and the lag timer ----------------------------------------------------------------

    async def commit(self) -> dict[P, int]:
        """Commit the queued offsets whose changelog records are all acknowledged, in order.
        Returns what was committed."""
        ready: dict[P, int] = {}
        generation = self.source.generation
        while self._queue:
            head = self._queue[0]
            if head.generation != generation:
                self._queue.popleft()  # a rebalance: the records go to their new owner
                continue
            failed = [a for a in head.acks if _failed(a)]
            if failed:
                log.warning("%d changelog records failed; sending their keys again", len(failed))
                self.tally("changelog_resent", "failed", len(failed))
                head.acks = [a for a in head.acks if not _failed(a)] + self.changelog.resend(failed)
            if not all(a.done() for a in head.acks):
                break
            ready.update(head.offsets)
            self._queue.popleft()
        if not ready:
            return {}
        try:
            ok = await self.source.commit(ready)
        except SourceError as exc:
            log.warning("commit of %d partitions failed, retried with the next one: %s", len(ready), exc)
            self._queue.appendleft(_Queued(generation, ready, [], self.clock()))
            return {}
        if not ok:
            log.info("offsets of %d partitions not committed (rebalance): redelivered later", len(ready))
            return {}
        if self._committed_generation == generation:
            self.committed.update(ready)
        return ready

    def oldest_unacked_s(self) -> float:
        """Age of the oldest queued batch still waiting on its changelog (0: none)."""
        for queued in self._queue:
            if not all(a.done() for a in queued.acks):
                return self.clock() - queued.since
        return 0.0

    async def _wait_overdue_acks(self) -> None:
        if not self._queue or self.oldest_unacked_s() < self.config.max_unacked_s:
            return
        pending = [a for q in self._queue for a in q.acks if not a.done()]

        async def acknowledged() -> None:  # shielded: giving up must not cancel the producer's futures
            await asyncio.gather(*map(asyncio.shield, pending), return_exceptions=True)

        await self.step("changelog", acknowledged())

    async def track(self, partitions: set[P]) -> None:
        """Start tracking partitions of the current generation at their committed offsets."""
        generation = self.source.generation
        if self.guard.generation != generation:
            self.guard.reset(generation)  # type: ignore[arg-type]
        new = [p for p in partitions if not self.guard.known(p)]
        if not new:
            return
        committed = await self.find_committed(new)
        if self.guard.generation != generation:
            return  # rebalanced while asking; the next batch starts over
        now = self.clock()
        for partition, offset in committed.items():
            self.guard.start(partition, offset, now)

    async def find_committed(self, partitions: Sequence[P]) -> dict[P, int]:
        """The group's committed offsets, remembered for the lag."""
        generation = self.source.generation
        out = await self.source.committed(partitions)
        if self._committed_generation != generation:
            self.committed, self._committed_generation = {}, generation
        self.committed.update(out)
        return out

    def committed_now(self) -> dict[P, int]:
        """The committed offsets known for the current generation."""
        if self._committed_generation != self.source.generation:
            self.committed = {}
        return self.committed

    async def rewind_stalled(self, partitions: Sequence[P]) -> None:
        """Rewind partitions whose consumer position is past the next offset to process with no
        progress for ``stall_rewind_s``: their tail records were fetched and dropped."""
        positions = await self.source.positions(partitions)
        for partition, offset in self.guard.stalled(
            positions, self.clock(), self.config.stall_rewind_s
        ).items():
            log.warning("partition %s: fetched past %d, never delivered; rewinding", partition, offset)
            self.tally("offset_rewinds", "tail", 1)
            await self.source.seek(partition, offset)
