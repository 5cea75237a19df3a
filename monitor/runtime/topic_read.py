"""Read a topic back from a start (its beginning, or a time) to the end it has now.

The worker reads three topics back this way: the labels topic (the review mirror's rebuild and the
judge's measured accuracy), the compacted state topic (Redis records restored after a loss) and
the responses topic (the dedup store rebuilt after a loss). One reader, so the one subtle part is
right in one place: aiokafka resets a freshly assigned partition with ``auto_offset_reset`` in the
background, and a reset that lands after our own seek wins (the race of KAFKA-7703). With the
default policy ("latest") that read a partition as already at its end and returned nothing, now
and then, on a topic just written (a flaky ``sycomon review`` test found it). The consumer here
resets to the earliest offset, so a racing reset can only make it read again, never skip, and
offsets already handed out are dropped, so nothing is handed out twice.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError

from monitor.errors import StateError
from monitor.runtime.faust_hooks import refresh_metadata
from monitor.runtime.publish import kafka_client_options
from monitor.settings import Settings

__all__ = ["read_to_end"]

#: A partition whose reading makes no progress for this long fails the read (callers retry later).
STALL_S = 30.0
#: Records per ``getmany`` (and so per chunk handed to the caller).
CHUNK = 1000


@asynccontextmanager
async def read_to_end(
    settings: Settings,
    topic: str,
    *,
    partitions: Iterable[int] | None = None,
    since_ms: int | None = None,
    stall_s: float = STALL_S,
) -> AsyncIterator[AsyncIterator[list[ConsumerRecord[bytes, bytes]]]]:
    """``async with read_to_end(...) as chunks: async for records in chunks: ...``

    Yields ``topic``'s records in offset order, partition after partition, from the beginning (or
    from the first record at or after ``since_ms``, Unix ms) up to each partition's end offset when
    the read started. ``partitions``: all of the topic's when None; a topic that does not exist
    reads as empty. Raises StateError when Kafka fails or a partition stalls for ``stall_s``."""
    consumer = AIOKafkaConsumer(
        enable_auto_commit=False,
        group_id=None,
        auto_offset_reset="earliest",  # see the module docstring: a racing reset never skips
        **kafka_client_options(settings),
    )
    try:
        await consumer.start()
        yield _chunks(consumer, topic, partitions, since_ms, stall_s)
    except KafkaError as exc:
        raise StateError(f"reading {topic}: {type(exc).__name__}: {exc}") from exc
    finally:
        await consumer.stop()


async def _partitions_of(consumer: AIOKafkaConsumer, topic: str) -> list[int]:
    known = consumer.partitions_for_topic(topic)
    if not known:
        await refresh_metadata(consumer)  # a consumer only knows the topics of its last metadata
        known = consumer.partitions_for_topic(topic)
    return sorted(known or ())


async def _chunks(
    consumer: AIOKafkaConsumer,
    topic: str,
    partitions: Iterable[int] | None,
    since_ms: int | None,
    stall_s: float,
) -> AsyncIterator[list[ConsumerRecord[bytes, bytes]]]:
    numbers = sorted(partitions) if partitions is not None else await _partitions_of(consumer, topic)
    tps = [TopicPartition(topic, p) for p in numbers]
    if not tps:
        return
    consumer.assign(tps)
    ends = await consumer.end_offsets(tps)
    if since_ms is None:
        starts = {tp: int(o) for tp, o in (await consumer.beginning_offsets(tps)).items()}
    else:
        found = await consumer.offsets_for_times(dict.fromkeys(tps, since_ms))
        starts = {tp: (at.offset if at is not None else ends[tp]) for tp, at in found.items()}
    for tp in tps:
        if starts[tp] >= ends[tp]:
            continue
        consumer.seek(tp, starts[tp])
        next_offset, progress = starts[tp], time.monotonic()
        while await consumer.position(tp) < ends[tp]:  # (a position past gaps ends it too)
            if time.monotonic() - progress > stall_s:
                raise StateError(f"reading {topic}: partition {tp.partition} stalled for {stall_s:.0f} s")
            batch = await consumer.getmany(tp, timeout_ms=1000, max_records=CHUNK)
            # Offsets already handed out are dropped: a reset racing the seek re-reads, never repeats.
            fetched = batch.get(tp, [])
            records = [r for r in fetched if next_offset <= r.offset < ends[tp]]
            if fetched:
                progress = time.monotonic()
            if records:
                next_offset = records[-1].offset + 1
                yield records
            await asyncio.sleep(0)  # let the loop breathe (heartbeats, the web server)
