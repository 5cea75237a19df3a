"""The durable copy of the Redis records that Kafka does not otherwise hold, and their restore.

Kafka is the system of record, Redis a cache. The bucket mirror is rebuilt from the faust table
(:class:`monitor.runtime.mirror.MirrorKeeper`); the records below have no other source,
so the leader copies them to the compacted topic ``topics.state`` (one partition, keyed by the
Redis key without its prefix, a tombstone when the key is gone) on every tick:

- ``mitigation:state``: every mitigation, pending approvals included (their ids), cooldowns,
  the runtime kill switch;
- ``mitigation:patch:{version}``: the signed patch hash gateways read, with its expiry;
- ``sampling:rates``: the signed sampling overrides;
- ``detection:state``: the detectors and the alert lifecycle;
- ``outbox:undelivered`` (not a Redis key): the alert notifications some sink has not delivered
  yet. The detection state says an alert was notified once it is in the outbox; without this
  record an alert enqueued shortly before a loss would be neither delivered nor fired again.

The topic also holds the Redis epoch (``P:epoch``) the copy was taken under. A leader that finds
Redis under another epoch than the topic's (Redis lost its data) writes the copy back before its
tick runs detectors or mitigations, only into keys that are absent (a write made after the loss
wins), skipping patches that have expired. What a loss can cost: the changes of the last tick
(``detection.interval_s``, 5 s) made by the CLI or API; the leader's own changes are copied in
the tick that makes them. Re-evaluated minutes re-fire alerts with the idempotency keys
receivers already saw (docs/alerts.md). Restored undelivered notifications are enqueued again;
one delivered between the last copy and the loss is delivered twice (at-least-once, same key).
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.admin import NewTopic
from aiokafka.errors import KafkaError

from monitor.adapters.outbox import RedisOutbox
from monitor.adapters.redis_state import RedisState
from monitor.adapters.sinks import sink_names
from monitor.adapters.sinks.base import Notification
from monitor.errors import StateError
from monitor.runtime.publish import start_acks_all_producer
from monitor.runtime.topic_read import read_to_end
from monitor.settings import Settings

__all__ = ["EPOCH_KEY", "OUTBOX_KEY", "DurableState"]

log = logging.getLogger(__name__)

#: The topic record that says which Redis epoch the copy was taken under.
EPOCH_KEY = "_epoch"
#: The topic record holding the notifications no sink has delivered yet.
OUTBOX_KEY = "outbox:undelivered"
#: A leader that has not synced for this many ticks re-reads the topic (leadership moved meanwhile).
RELOAD_AFTER_TICKS = 3


class DurableState:
    """Copies the durable Redis records to the state topic and restores them after a loss.
    No I/O until :meth:`sync`; :meth:`close` stops the producer."""

    def __init__(self, settings: Settings, state: RedisState, outbox: RedisOutbox | None = None) -> None:
        self._settings = settings
        self._state = state
        self._outbox = outbox
        self._sinks = sink_names(settings.sinks)
        self._producer: AIOKafkaProducer | None = None
        self._copied: dict[str, str] | None = None  # key -> JSON in the topic, as this leader knows it
        self._epoch: str | None = None
        self._last_sync = 0.0
        self.restored = 0  # records written back into Redis, all restores together

    def restored_for(self, epoch: str) -> bool:
        """True once this leader has checked the copy against ``epoch`` (and restored it if due):
        a failed copy after that can wait for the next tick."""
        return self._copied is not None and self._epoch == epoch

    async def sync(self, epoch: str) -> list[str]:
        """Restore if Redis lost its data since the copy was taken, then copy the changes.

        Returns the key suffixes restored. Raises StateError (Redis or Kafka)."""
        try:
            return await self._sync(epoch)
        except KafkaError as exc:
            topic = self._settings.topics.state
            raise StateError(f"state topic {topic}: {type(exc).__name__}: {exc}") from exc

    async def _sync(self, epoch: str) -> list[str]:
        restored: list[str] = []
        reload_after = RELOAD_AFTER_TICKS * self._settings.detection.interval_s
        stale = time.monotonic() - self._last_sync > reload_after
        if self._copied is None or stale or epoch != self._epoch:
            copied = await self.read_topic()
            topic_epoch = json.loads(copied[EPOCH_KEY])["value"] if EPOCH_KEY in copied else None
            if topic_epoch is not None and topic_epoch != epoch:
                records = {k: json.loads(v) for k, v in copied.items() if k != EPOCH_KEY}
                pending = records.pop(OUTBOX_KEY, None)
                restored = await self._state.restore_records(records)
                restored += await self._requeue(pending)
                self.restored += len(restored)
                log.warning(
                    "redis lost its data (epoch %s, copy taken under %s): restored %d records from %s: %s",
                    epoch,
                    topic_epoch,
                    len(restored),
                    self._settings.topics.state,
                    restored,
                )
            self._copied, self._epoch = copied, epoch
        await self._copy(epoch)
        self._last_sync = time.monotonic()
        return restored

    async def _requeue(self, pending: Any) -> list[str]:
        """Enqueue the copied undelivered notifications again (their dedup keys went with Redis)."""
        if self._outbox is None or not isinstance(pending, dict):
            return []
        requeued = 0
        for doc in pending.get("value") or []:
            if await self._outbox.enqueue_notification(Notification.model_validate(doc)) is not None:
                requeued += 1
        return [f"{OUTBOX_KEY} ({requeued} notifications)"] if requeued else []

    async def copy(self, epoch: str) -> None:
        """Copy the changes now (the leader calls it again after detection, so an alert enqueued
        in this tick is in the copy before the next one). Raises StateError (Redis or Kafka)."""
        if self._copied is None or self._epoch != epoch:
            return  # not synced under this epoch yet: the next sync reads the topic first
        try:
            await self._copy(epoch)
        except KafkaError as exc:
            topic = self._settings.topics.state
            raise StateError(f"state topic {topic}: {type(exc).__name__}: {exc}") from exc

    async def _copy(self, epoch: str) -> None:
        assert self._copied is not None
        # the outbox first: the epoch read after it proves Redis did not lose its data in between
        undelivered = await self._outbox.undelivered(self._sinks) if self._outbox is not None else []
        seen_epoch, records = await self._state.durable_records()
        if seen_epoch != epoch:  # Redis lost its data since the tick began: copy nothing of it
            raise StateError(f"redis epoch changed from {epoch} to {seen_epoch} during the copy")
        if self._outbox is not None:
            records[OUTBOX_KEY] = {
                "type": "notifications",
                "value": [n.model_dump(mode="json") for n in undelivered],
            }
        now = {k: json.dumps(v, sort_keys=True, separators=(",", ":")) for k, v in records.items()}
        now[EPOCH_KEY] = json.dumps({"type": "epoch", "value": epoch}, separators=(",", ":"))
        sends: list[tuple[str, str | None]] = []
        for key, current in now.items():
            if self._copied.get(key) != current:
                sends.append((key, current))
        for key in self._copied:
            if key not in now:
                sends.append((key, None))
        # the epoch last: a copy is only marked as taken under this epoch once it is complete
        sends.sort(key=lambda kv: kv[0] == EPOCH_KEY)
        producer = await self._started() if sends else None
        for key, value in sends:
            assert producer is not None
            await producer.send_and_wait(
                self._settings.topics.state, key=key.encode(), value=None if value is None else value.encode()
            )
            if value is None:
                self._copied.pop(key, None)
            else:
                self._copied[key] = value

    async def _started(self) -> AIOKafkaProducer:
        """The producer, started on first use after creating the compacted topic if it is missing."""
        if self._producer is None:
            t = self._settings.topics
            self._producer = await start_acks_all_producer(
                self._settings,
                NewTopic(
                    t.state,
                    num_partitions=1,
                    replication_factor=t.replication_factor,
                    topic_configs={"cleanup.policy": "compact"},
                ),
            )
        return self._producer

    async def close(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    async def read_topic(self) -> dict[str, str]:
        """The topic's latest value per key (tombstoned keys left out). Raises StateError."""
        out: dict[str, str] = {}
        async with read_to_end(self._settings, self._settings.topics.state) as chunks:
            async for records in chunks:
                for record in records:
                    if record.key is None:
                        continue
                    if record.value is None:
                        out.pop(record.key.decode(), None)
                    else:
                        out[record.key.decode()] = record.value.decode()
        return out
