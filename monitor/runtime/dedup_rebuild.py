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

from collections.abc import Callable

from monitor.core.pipeline import DedupStore
from monitor.runtime.topic_read import read_to_end
from monitor.settings import Settings

__all__ = ["rebuild_dedup"]


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
    claimed = 0
    async with read_to_end(settings, topic, partitions=partitions, since_ms=since_ms) as chunks:
        async for records in chunks:
            claims = []
            for record in records:
                claim = claimable(record.value or b"")
                if claim is not None:
                    event_id, digest = claim
                    claims.append((event_id, f"{topic}:{record.partition}:{record.offset}", digest))
            if claims:
                await state.claim(claims)
                claimed += len(claims)
    return claimed
