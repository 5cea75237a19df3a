"""Durable alert outbox on a Redis stream.

An alert notification is durable once :meth:`RedisOutbox.enqueue` returns: it is in the
stream ``sycomon:alerts:outbox`` (with the AOF/RDB persistence of the Redis it lives in).
Enqueueing the same notification twice (same idempotency key) appends it once. Each sink
reads the stream through its own consumer group (``sink:<name>``), so each has its own
pending-entries list and progresses independently; an entry is acknowledged for a sink only
after that sink delivered it or it was moved to the dead-letter stream ``sycomon:alerts:dead``.
The delivery loop itself is :class:`monitor.adapters.sinks.dispatcher.Dispatcher`.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import ValidationError
from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError

from monitor.adapters.sinks.base import Notification
from monitor.adapters.sinks.metrics import DeliveryMetrics
from monitor.adapters.sinks.settings import OutboxSettings
from monitor.core.events import Alert
from monitor.errors import StateError

__all__ = ["DeadLetterEntry", "OutboxEntry", "RedisOutbox"]

T = TypeVar("T")

# KEYS: stream, dedup key. ARGV: idempotency key, notification JSON, dedup TTL seconds.
_ENQUEUE = """
if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[3]) then
  return redis.call('XADD', KEYS[1], '*', 'key', ARGV[1], 'n', ARGV[2])
end
return false
"""

# KEYS: stream. ARGV: the consumer groups whose progress bounds trimming.
# Removes entries every listed group has acknowledged. Atomic, so no entry can be read into a
# pending list between looking at the groups and trimming.
_TRIM = """
local function split(id)
  local dash = string.find(id, '-', 1, true)
  return string.sub(id, 1, dash - 1), tonumber(string.sub(id, dash + 1))
end
local function less(a, b)
  local am, as = split(a)
  local bm, bs = split(b)
  if #am ~= #bm then return #am < #bm end
  if am ~= bm then return am < bm end
  return as < bs
end
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local last = {}
for _, g in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
  local name, ld
  for i = 1, #g, 2 do
    if g[i] == 'name' then name = g[i + 1] elseif g[i] == 'last-delivered-id' then ld = g[i + 1] end
  end
  last[name] = ld
end
local keep = nil
for _, name in ipairs(ARGV) do
  local ld = last[name]
  if not ld then return 0 end
  local cand
  local p = redis.call('XPENDING', KEYS[1], name)
  if p[1] > 0 then
    cand = p[2]
  else
    local ms, seq = split(ld)
    cand = ms .. '-' .. string.format('%d', seq + 1)
  end
  if keep == nil or less(cand, keep) then keep = cand end
end
if keep == nil then return 0 end
return redis.call('XTRIM', KEYS[1], 'MINID', keep)
"""


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One stream entry; ``notification`` is None when the entry is unreadable (``error`` says why)."""

    entry_id: str
    notification: Notification | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class DeadLetterEntry:
    entry_id: str
    sink: str
    key: str
    attempts: int
    error: str
    dead_at: str
    notification_json: str


def _stream_id(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _fields(raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    return {_text(k): _text(v) for k, v in dict(raw).items()}


class RedisOutbox:
    """The outbox stream and its dead-letter stream. Takes a ``redis.asyncio.Redis`` the caller owns
    (either ``decode_responses`` mode); no I/O happens before the first call."""

    def __init__(
        self,
        redis: Redis,
        settings: OutboxSettings,
        *,
        metrics: DeliveryMetrics | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._redis = redis
        self._settings = settings
        self._metrics = metrics
        self._clock = clock
        self._enqueue = redis.register_script(_ENQUEUE)
        self._trim = redis.register_script(_TRIM)

    @property
    def settings(self) -> OutboxSettings:
        return self._settings

    def group(self, sink_name: str) -> str:
        return f"{self._settings.group_prefix}{sink_name}"

    async def _guard(self, what: str, awaitable: Awaitable[T]) -> T:
        try:
            return await awaitable
        except RedisError as exc:
            raise StateError(f"alert outbox: {what} failed: {type(exc).__name__}: {exc}") from exc

    # -- producer side -------------------------------------------------------------------
    async def enqueue(self, alert: Alert, *, sequence: int | None = None) -> str | None:
        """Append a notification of ``alert``; return its entry id, or None if already enqueued."""
        now = datetime.fromtimestamp(self._clock(), tz=UTC)
        return await self.enqueue_notification(Notification.of(alert, now, sequence))

    async def enqueue_notification(self, notification: Notification) -> str | None:
        s = self._settings
        result = await self._guard(
            "enqueue",
            self._enqueue(
                keys=[s.stream, s.dedup_prefix + notification.key],
                args=[notification.key, notification.model_dump_json(), s.dedup_ttl_s],
            ),
        )
        if self._metrics is not None:
            self._metrics.enqueued.labels("new" if result else "duplicate").inc()
        return _text(result) if result else None

    # -- consumer side -------------------------------------------------------------------
    async def ensure_group(self, group: str) -> None:
        """Create the consumer group (from the stream's start) if it does not exist."""
        try:
            await self._redis.xgroup_create(self._settings.stream, group, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise StateError(f"alert outbox: cannot create group {group}: {exc}") from exc
        except RedisError as exc:
            raise StateError(f"alert outbox: cannot create group {group}: {exc}") from exc

    def _parse(self, entry_id: Any, raw: Any) -> OutboxEntry:
        eid = _text(entry_id)
        fields = _fields(raw)
        if "n" not in fields:
            return OutboxEntry(eid, None, "entry has no notification (trimmed or foreign)")
        try:
            return OutboxEntry(eid, Notification.model_validate_json(fields["n"]))
        except ValidationError as exc:
            return OutboxEntry(eid, None, f"unreadable notification: {exc.error_count()} errors")

    async def read(
        self, group: str, consumer: str, *, pending: bool, count: int, block_ms: int | None = None
    ) -> list[OutboxEntry]:
        """``pending``: this consumer's unacknowledged entries (after a restart); else new ones."""
        reply = await self._guard(
            "read",
            self._redis.xreadgroup(
                group,
                consumer,
                {self._settings.stream: "0" if pending else ">"},
                count=count,
                block=None if pending else block_ms,
            ),
        )
        out: list[OutboxEntry] = []
        for _stream, entries in reply or []:
            out.extend(self._parse(eid, raw) for eid, raw in entries)
        return out

    async def claim_stale(
        self, group: str, consumer: str, *, min_idle_ms: int, count: int
    ) -> list[OutboxEntry]:
        """Take over entries other consumers left pending for ``min_idle_ms`` (a dead dispatcher)."""
        reply = await self._guard(
            "claim",
            self._redis.xautoclaim(
                self._settings.stream,
                group,
                consumer,
                min_idle_time=min_idle_ms,
                start_id="0-0",
                count=count,
            ),
        )
        entries = reply[1] if reply else []
        out = [self._parse(eid, raw) for eid, raw in entries]
        if len(reply) > 2:  # Redis 7: ids of pending entries whose data was deleted
            for eid in reply[2]:
                out.append(OutboxEntry(_text(eid), None, "entry deleted while pending"))
        return out

    async def touch(self, group: str, consumer: str, entry_id: str) -> None:
        """Reset the entry's idle time so no other dispatcher claims it while we retry."""
        await self._guard(
            "touch",
            self._redis.xclaim(
                self._settings.stream,
                group,
                consumer,
                min_idle_time=0,
                message_ids=[entry_id],
                justid=True,
            ),
        )

    async def ack(self, group: str, entry_id: str) -> None:
        await self._guard("ack", self._redis.xack(self._settings.stream, group, entry_id))

    async def dead_letter(
        self, group: str, entry: OutboxEntry, *, sink: str, attempts: int, error: str
    ) -> str:
        """Append to the dead-letter stream and acknowledge, in one transaction."""
        s = self._settings
        notification = entry.notification
        fields = {
            "sink": sink,
            "entry_id": entry.entry_id,
            "key": notification.key if notification else "",
            "attempts": str(attempts),
            "error": error[:1000],
            "dead_at": datetime.fromtimestamp(self._clock(), tz=UTC).isoformat(),
            "n": notification.model_dump_json() if notification else "",
        }

        async def run() -> str:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.xadd(s.dead_stream, fields, maxlen=s.dead_maxlen, approximate=True)  # type: ignore[arg-type]
                pipe.xack(s.stream, group, entry.entry_id)
                results = await pipe.execute()
            return _text(results[0])

        return await self._guard("dead-letter", run())

    async def trim(self, groups: list[str]) -> int:
        """Delete entries every one of ``groups`` has acknowledged; returns how many."""
        removed = await self._guard("trim", self._trim(keys=[self._settings.stream], args=groups))
        return int(removed or 0)

    async def undelivered(self, sinks: list[str]) -> list[Notification]:
        """The notifications some sink has not yet delivered (nor dead-lettered), oldest first:
        read by none of its group's consumers yet, or read and still pending. Empty when no sink
        is configured (then nothing is ever delivered from here)."""
        if not sinks:
            return []
        s = self._settings
        rows = await self._guard("undelivered", self._redis.xrange(s.stream))
        if not rows:
            return []
        try:
            info = await self._redis.xinfo_groups(s.stream)
        except ResponseError:  # the stream vanished meanwhile
            return []
        except RedisError as exc:
            raise StateError(f"alert outbox: undelivered failed: {type(exc).__name__}: {exc}") from exc
        last = {_text(g["name"]): _stream_id(_text(g["last-delivered-id"])) for g in info}
        pending: set[str] = set()
        for sink in sinks:
            group = self.group(sink)
            if group in last:
                for row in await self._guard("pending", self._redis.xpending_range(
                    s.stream, group, min="-", max="+", count=100_000,
                )):  # fmt: skip
                    pending.add(_text(row["message_id"]))
        out: list[Notification] = []
        for entry_id, raw in rows:
            eid = _text(entry_id)
            due = any(
                self.group(sink) not in last or _stream_id(eid) > last[self.group(sink)] for sink in sinks
            )
            if due or eid in pending:
                entry = self._parse(eid, raw)
                if entry.notification is not None:
                    out.append(entry.notification)
        return out

    # -- inspection ----------------------------------------------------------------------
    async def pending_count(self, group: str) -> int:
        summary = await self._guard("pending", self._redis.xpending(self._settings.stream, group))
        return int(summary["pending"]) if summary else 0

    async def length(self) -> int:
        return int(await self._guard("xlen", self._redis.xlen(self._settings.stream)))

    async def dead_count(self) -> int:
        return int(await self._guard("xlen", self._redis.xlen(self._settings.dead_stream)))

    async def dead_letters(self, count: int = 100) -> list[DeadLetterEntry]:
        rows = await self._guard("dead-letters", self._redis.xrange(self._settings.dead_stream, count=count))
        out = []
        for eid, raw in rows:
            f = _fields(raw)
            out.append(
                DeadLetterEntry(
                    entry_id=_text(eid),
                    sink=f.get("sink", ""),
                    key=f.get("key", ""),
                    attempts=int(f.get("attempts", "0") or 0),
                    error=f.get("error", ""),
                    dead_at=f.get("dead_at", ""),
                    notification_json=f.get("n", ""),
                )
            )
        return out
