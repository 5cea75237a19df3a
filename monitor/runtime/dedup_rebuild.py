"""Rebuild the Redis dedup store of some responses partitions from the responses topic itself.

After Redis lost its data the dedup store (``P:dedup:{event_id}`` -> origin of the first record
carrying the event) is empty: a re-published event would be scored and counted again. The
responses topic holds every record, so the worker reads each of its partitions back for
``pipeline.dedup_rebuild_s`` of log time (record timestamps) and claims every record that the
pipeline would claim, in offset order, with the record's own origin: the first copy of an event
wins, as it did when it was processed, and a redelivered record still matches its own origin.
Re-published events whose first copy is older than the rebuild window are counted again after a
loss (the bound documented in docs/state.md).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from monitor.core.pipeline import DedupStore
from monitor.errors import StateError
from monitor.runtime.publish import kafka_client_options
from monitor.settings import Settings

__all__ = ["rebuild_dedup"]

log = logging.getLogger(__name__)

#: Records claimed per Redis round trip.
CLAIM_CHUNK = 1000
#: A partition whose reading makes no progress for this long fails the rebuild (retried later).
STALL_S = 30.0


async def rebuild_dedup(
    settings: Settings,
    state: DedupStore,
    partitions: set[int],
    since_ms: int,
    claimable: Callable[[bytes], tuple[str, str] | None],
) -> int:
    """Claim the events of ``partitions`` recorded since ``since_ms`` (Unix ms), up to the current
    end of each partition. ``claimable(value)`` returns the (event id, content hash) the pipeline
    would claim for a record, or None (invalid, unsampled). Returns how many records were claimed.
    Raises StateError (Redis or Kafka)."""
    topic = settings.topics.responses
    consumer = AIOKafkaConsumer(enable_auto_commit=False, group_id=None, **kafka_client_options(settings))
    try:
        await consumer.start()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        starts = await consumer.offsets_for_times(dict.fromkeys(tps, since_ms))
        ends = await consumer.end_offsets(tps)
        claimed = 0
        for tp in tps:
            start = starts.get(tp)
            if start is None:
                continue  # nothing recorded since then
            consumer.seek(tp, start.offset)
            progress = time.monotonic()
            while await consumer.position(tp) < ends[tp]:
                if time.monotonic() - progress > STALL_S:
                    raise StateError(f"dedup rebuild: partition {tp.partition} stalled for {STALL_S:.0f} s")
                batch = await consumer.getmany(tp, timeout_ms=1000, max_records=CLAIM_CHUNK)
                if batch.get(tp):
                    progress = time.monotonic()
                claims = []
                for record in batch.get(tp, []):
                    if record.offset >= ends[tp]:
                        break
                    claim = claimable(record.value or b"")
                    if claim is not None:
                        event_id, digest = claim
                        claims.append((event_id, f"{topic}:{tp.partition}:{record.offset}", digest))
                if claims:
                    await state.claim(claims)
                    claimed += len(claims)
                await asyncio.sleep(0)  # let the loop breathe (heartbeats, web)
        return claimed
    except KafkaError as exc:
        raise StateError(f"dedup rebuild from {topic}: {type(exc).__name__}: {exc}") from exc
    finally:
        await consumer.stop()
