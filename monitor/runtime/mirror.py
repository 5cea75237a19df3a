"""Keeping the state store's bucket mirror whole: detect a store that lost its data, re-mirror.

The store holds ``P:epoch``, a random id the first worker to find it absent writes (nothing
deletes it). Missing, or another id than the one this worker saw last: the store lost its data
(a Redis restart without persistence, FLUSHALL), and every bucket this worker holds for its
partitions is written back from the table (recovered from its changelog, so it holds every
count); the dedup store of those partitions is rebuilt from the responses topic
(:mod:`monitor.runtime.dedup_rebuild`). A partition new to this worker (at start, after a
rebalance) is re-mirrored too, which repairs a mirror that lost data while no worker watched.
One round trip per batch when nothing is lost.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping
from typing import Any, TypeVar

from monitor.adapters.prometheus import WorkerMetrics
from monitor.core import windows
from monitor.core.events import decode_event
from monitor.core.pipeline import PipelineContext, content_hash
from monitor.core.state import StateStore
from monitor.errors import InvalidEventError

__all__ = ["REBUILD_CHUNK", "MirrorKeeper"]

log = logging.getLogger(__name__)

#: Buckets per store round trip when a partition is re-mirrored from the table.
REBUILD_CHUNK = 2000

T = TypeVar("T")
Step = Callable[[str, Coroutine[Any, Any, T]], Awaitable[T]]
#: Rebuild the dedup store of some partitions: (partitions, since unix ms, claimable) -> claimed.
DedupRebuild = Callable[[set[int], int, Callable[[bytes], "tuple[str, str] | None"]], Awaitable[int]]


class MirrorKeeper:
    """Owns the per-partition "mirrored under epoch" bookkeeping of one worker."""

    def __init__(
        self,
        state: StateStore,
        table: Mapping[str, list[int]],
        partition_of: Callable[[str], int],
        ctx: PipelineContext,
        step: Step[Any],
        metrics: WorkerMetrics,
        rebuild_dedup: DedupRebuild,
        *,
        dedup_rebuild_s: float,
        mirror_lock: asyncio.Lock,
    ) -> None:
        self.state = state
        self.table = table
        self.partition_of = partition_of
        self.ctx = ctx
        self.step = step
        self.metrics = metrics
        self.rebuild_dedup = rebuild_dedup
        self.dedup_rebuild_s = dedup_rebuild_s
        self.mirror_lock = mirror_lock  # a re-mirror never interleaves with a batch's mirror+flush
        self._rebuild_lock = asyncio.Lock()  # a batch waits for a rebuild the lag timer started
        self._epoch: str | None = None
        self._mirrored: dict[int, str] = {}  # partition -> the epoch it was last mirrored (in full) into

    async def ensure(self, assigned: Iterable[int], *, new_partitions: bool = True) -> None:
        """Re-mirror the ``assigned`` partitions that the current epoch lacks. ``new_partitions=False``
        (the lag timer) only repairs partitions already mirrored, never one whose table may still
        be recovering."""
        async with self._rebuild_lock:
            await self._ensure(set(assigned), new_partitions)

    async def _ensure(self, assigned: set[int], new_partitions: bool) -> None:
        epoch, created = await self.step("epoch", self.state.epoch(uuid.uuid4().hex))
        changed = self._epoch is not None and epoch != self._epoch
        for partition in [p for p in self._mirrored if p not in assigned]:
            del self._mirrored[partition]
        stale = {
            p for p in assigned if self._mirrored.get(p) != epoch and (new_partitions or p in self._mirrored)
        }
        if not stale:
            self._epoch = epoch
            return
        started = time.monotonic()
        async with self.mirror_lock:
            written = await self._remirror(stale)
        lost = changed or (created and written > 0)
        for partition in stale:
            self._mirrored[partition] = epoch
        self.metrics.redis_rebuilds.labels("lost" if lost else "assigned").inc()
        self.metrics.redis_rebuilt_buckets.inc(written)
        (log.warning if lost else log.info)(
            "redis mirror rebuilt from the table (%s): partitions %s, %d buckets in %.2f s (epoch %s)",
            "redis lost its data" if lost else "partitions assigned",
            sorted(stale),
            written,
            time.monotonic() - started,
            epoch,
        )
        await self._rebuild_dedup(stale, epoch)
        self._epoch = epoch  # only now: a failed rebuild is retried and still counted as a loss

    async def _remirror(self, partitions: set[int]) -> int:
        """Write every table bucket of ``partitions`` to the store (overwrites: idempotent)."""
        found: dict[int, dict[windows.BucketKey, windows.Bucket]] = {p: {} for p in partitions}
        for key, raw in list(self.table.items()):
            partition = self.partition_of(key)
            if partition in found and raw is not None:
                bucket_key = windows.BucketKey.decode(str(key).split("|", 1)[1])
                found[partition][bucket_key] = windows.Bucket.from_json(raw)
        for partition, buckets in found.items():
            keys = list(buckets)
            for i in range(0, len(keys), REBUILD_CHUNK):
                await self.state.mirror(partition, {k: buckets[k] for k in keys[i : i + REBUILD_CHUNK]})
        return sum(len(b) for b in found.values())

    async def _rebuild_dedup(self, partitions: set[int], epoch: str) -> None:
        """Rebuild the dedup store of the partitions whose marker (``dedup_rebuilt:{p}``, the epoch
        it was last rebuilt under) is not the current epoch. A partition rebuilt by this or another
        worker in this epoch is skipped, so a normal start costs one read per partition."""
        todo = set()
        for partition in sorted(partitions):
            if await self.state.load_json("dedup_rebuilt", str(partition)) != epoch:
                todo.add(partition)
        if not todo:
            return
        started = time.monotonic()
        claimed = 0
        if self.dedup_rebuild_s > 0:
            since_ms = int((time.time() - self.dedup_rebuild_s) * 1000)
            claimed = await self.rebuild_dedup(todo, since_ms, self.claimable)
        for partition in todo:
            await self.state.save_json(epoch, "dedup_rebuilt", str(partition))
        self.metrics.dedup_rebuilt.inc(claimed)
        log.warning(
            "dedup store rebuilt from the responses topic: partitions %s, %d events of the last %d s"
            " in %.2f s",
            sorted(todo),
            claimed,
            self.dedup_rebuild_s,
            time.monotonic() - started,
        )

    def claimable(self, raw: bytes) -> tuple[str, str] | None:
        """(event id, content hash) the pipeline claims for this record (valid and sampled)."""
        try:
            event = decode_event(raw, self.ctx.limits)
        except InvalidEventError:
            return None
        if not self.ctx.sampling().is_sampled(event.model_version, event.conversation_id):
            return None
        return event.event_id, content_hash(event)
