"""Redis: event-id dedup, the mirror of per-partition minute buckets, live sampling overrides.

Key layout (also in docs/state.md), ``P`` being ``RedisSettings.prefix``:

- ``P:dedup:{event_id}``            string, "origin content-hash" of its first record; TTL
- ``P:agg:{version}:{segment}:{minute}`` hash, field ``p{partition}`` -> bucket JSON; TTL retention
- ``P:versions``                    sorted set, model version -> last event-time minute seen
- ``P:segments:{version}``          set of segments seen for the version; TTL retention
- ``P:sampling:rates``              hash, model version -> signed JSON ``{"rate", "sig_kid", "sig_ts",
                                    "sig"}`` (written by ``sycomon sampling``; unsigned ones ignored)
- ``P:examples:{version}``          list of flagged examples (only when privacy.keep_flagged_examples)
- ``P:flagged_ids:{version}``       list, latest flagged event ids (ids only); TTL retention
- ``P:detection:state``             JSON snapshot of the detectors and alert lifecycle (leader)
- ``P:watermarks``                  hash, ``p{partition}`` -> "newest event minute, last update (unix s)"
- ``P:epoch``                       random id written by the first worker that finds it absent: a
                                    worker that sees it missing or changed knows Redis lost its data

Every bucket write is an overwrite of the partition's own field, so mirroring is idempotent and
two workers owning different partitions never contend. Readers merge the fields.
"""

from __future__ import annotations

import inspect
import json
import logging
import time
from collections.abc import Awaitable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from monitor.core import windows
from monitor.core.mitigation_model import sampling_domain
from monitor.core.pipeline import Claim
from monitor.core.record_signing import RecordSigner, verify_record
from monitor.errors import SignatureError, StateError

if TYPE_CHECKING:
    from monitor.settings import Settings

__all__ = ["DURABLE_KEYS", "RedisState"]

T = TypeVar("T")

log = logging.getLogger(__name__)


async def _done(value: Awaitable[T] | T) -> T:
    """redis-py types its commands as ``Awaitable[T] | T`` (sync and async share stubs)."""
    return await value if inspect.isawaitable(value) else value


# KEYS: dedup keys; ARGV[1]: TTL, then origin and content hash per key. The value is
# "origin hash"; a value without a hash (written before hashes were kept) is an origin only.
# Returns per key: 1 new or redelivered by its first record, 0 duplicate, 2 conflicting duplicate.
_CLAIM = """
local out = {}
for i, key in ipairs(KEYS) do
  local origin = ARGV[2 * i]
  local digest = ARGV[2 * i + 1]
  local value = origin .. ' ' .. digest
  local got = false
  if not redis.call('SET', key, value, 'NX', 'EX', ARGV[1]) then
    got = redis.call('GET', key)
  end
  if not got then
    out[i] = 1
  else
    local sp = string.find(got, ' ', 1, true)
    local first = got
    local first_digest = false
    if sp then
      first = string.sub(got, 1, sp - 1)
      first_digest = string.sub(got, sp + 1)
    end
    if first == origin then
      out[i] = 1
    elseif first_digest and first_digest ~= digest then
      out[i] = 2
    else
      out[i] = 0
    end
  end
end
return out
"""


# KEYS[1]: the watermarks hash; ARGV: field, minute, now_s. The field's minute only grows; its
# time is the last update (processing time), which tells an idle partition from a slow one.
_WATERMARK = """
local old = redis.call('HGET', KEYS[1], ARGV[1])
local minute = tonumber(ARGV[2])
if old then
  local sp = string.find(old, ' ', 1, true)
  local old_minute = tonumber(string.sub(old, 1, sp - 1))
  if old_minute > minute then minute = old_minute end
end
redis.call('HSET', KEYS[1], ARGV[1], minute .. ' ' .. ARGV[3])
return minute
"""

# KEYS: the key. ARGV: type (string|hash), PEXPIREAT ms or '', then the value (string) or
# field, value, ... (hash). Writes only an absent key: a newer write after the loss wins.
_RESTORE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
if ARGV[1] == 'string' then
  redis.call('SET', KEYS[1], ARGV[3])
else
  redis.call('HSET', KEYS[1], unpack(ARGV, 3))
end
if ARGV[2] ~= '' then redis.call('PEXPIREAT', KEYS[1], ARGV[2]) end
return 1
"""

#: Redis records that are not derived from Kafka (key suffixes after the prefix; ``*`` globs):
#: the durable copy (monitor.runtime.durable) keeps them in a compacted topic.
DURABLE_KEYS = {
    "mitigation:state": "string",
    "mitigation:patch:*": "hash",
    "sampling:rates": "hash",
    "detection:state": "string",
}


class RedisState:
    """The worker's Redis adapter. ``close()`` releases the connection pool."""

    def __init__(
        self,
        client: aioredis.Redis,
        prefix: str,
        dedup_ttl_s: int,
        retention_s: int,
        *,
        signer: RecordSigner | None = None,
        record_keys: Mapping[str, bytes] | None = None,
    ) -> None:
        self._r = client
        self._signer = signer
        self._record_keys = dict(record_keys or {})
        self.rejected_overrides = 0  # unsigned or badly signed overrides seen (and ignored)
        self._p = prefix
        self._dedup_ttl_s = dedup_ttl_s
        self._retention_s = retention_s
        self._claim = client.register_script(_CLAIM)
        self._watermark = client.register_script(_WATERMARK)
        self._restore = client.register_script(_RESTORE)

    @classmethod
    def from_url(
        cls,
        url: str,
        prefix: str,
        dedup_ttl_s: int,
        retention_s: int,
        socket_timeout_s: float = 2.0,
        *,
        signer: RecordSigner | None = None,
        record_keys: Mapping[str, bytes] | None = None,
    ) -> RedisState:
        client = aioredis.Redis.from_url(url, socket_timeout=socket_timeout_s, decode_responses=False)
        return cls(client, prefix, dedup_ttl_s, retention_s, signer=signer, record_keys=record_keys)

    @classmethod
    def from_settings(cls, settings: Settings) -> RedisState:
        """The worker's configuration: URL, prefix, dedup TTL, retention, socket timeout."""
        return cls.from_url(
            settings.redis.url.get_secret_value(),
            settings.redis.prefix,
            settings.pipeline.dedup_ttl_s,
            settings.pipeline.retention_minutes * 60,
            settings.redis.socket_timeout_s,
            signer=settings.mitigation.record_signer(),
            record_keys=settings.mitigation.record_keys(),
        )

    @property
    def client(self) -> aioredis.Redis:
        return self._r

    def key(self, *parts: str | int) -> str:
        return ":".join([self._p, *(str(p) for p in parts)])

    async def close(self) -> None:
        await self._r.aclose()

    async def ping(self) -> bool:
        try:
            return bool(await _done(self._r.ping()))
        except (RedisError, OSError):
            return False

    async def epoch(self, candidate: str) -> tuple[str, bool]:
        """The Redis epoch: ``candidate`` is stored if there is none. Returns (epoch, created).

        The key has no TTL and nothing deletes it, so it is absent only in a Redis that lost its
        data (a restart without persistence, FLUSHALL) or never held ours."""
        key = self.key("epoch")
        pipe = self._r.pipeline(transaction=True)
        pipe.set(key, candidate, nx=True)
        pipe.get(key)
        try:
            created, current = await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis epoch check failed: {exc}") from exc
        return (current.decode() if isinstance(current, bytes) else str(current)), bool(created)

    async def durable_records(self) -> tuple[str | None, dict[str, dict[str, Any]]]:
        """The epoch and the :data:`DURABLE_KEYS` records now in Redis, read in one transaction
        (a copy of them is only valid for that epoch): key suffix -> ``{"type": "string" |
        "hash", "value": str | {field: value}, "pexpireat_ms": int | None}``."""
        try:
            keys: list[tuple[str, str]] = []  # (key, type)
            for pattern, kind in DURABLE_KEYS.items():
                if "*" in pattern:
                    async for k in self._r.scan_iter(match=self.key(pattern), count=500):
                        keys.append((k.decode(), kind))
                else:
                    keys.append((self.key(pattern), kind))
            pipe = self._r.pipeline(transaction=True)
            pipe.get(self.key("epoch"))
            for key, kind in keys:
                if kind == "hash":
                    pipe.hgetall(key)
                else:
                    pipe.get(key)
                pipe.pttl(key)
            epoch, *rows = await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read of durable records failed: {exc}") from exc
        now_ms = int(time.time() * 1000)
        out: dict[str, dict[str, Any]] = {}
        for i, (key, kind) in enumerate(keys):
            value, pttl = rows[2 * i], int(rows[2 * i + 1])
            if not value:
                continue
            decoded: str | dict[str, str] = (
                {k.decode(): v.decode() for k, v in value.items()} if kind == "hash" else value.decode()
            )
            out[key[len(self._p) + 1 :]] = {
                "type": kind,
                "value": decoded,
                "pexpireat_ms": now_ms + pttl if pttl > 0 else None,
            }
        return (None if epoch is None else epoch.decode()), out

    async def restore_records(self, records: Mapping[str, Mapping[str, Any]]) -> list[str]:
        """Write back the records (as :meth:`durable_records` returns them) whose key is absent;
        skips expired ones. Returns the key suffixes written."""
        now_ms = int(time.time() * 1000)
        written = []
        for suffix, record in sorted(records.items()):
            expire = record.get("pexpireat_ms")
            if expire is not None and int(expire) <= now_ms:
                continue
            value = record["value"]
            args: list[str | int] = [record["type"], "" if expire is None else int(expire)]
            if record["type"] == "string":
                args.append(str(value))
            elif record["type"] == "hash" and value:
                for k, v in dict(value).items():
                    args.extend((str(k), str(v)))
            else:
                continue
            try:
                if await self._restore(keys=[self.key(suffix)], args=args):
                    written.append(suffix)
            except (RedisError, OSError) as exc:
                raise StateError(f"redis restore of {suffix} failed: {exc}") from exc
        return written

    async def claim(self, claims: Sequence[tuple[str, str, str]]) -> list[Claim]:
        """The dedup store (see :class:`monitor.core.pipeline.DedupStore`), one Lua call per batch."""
        if not claims:
            return []
        keys = [self.key("dedup", event_id) for event_id, _, _ in claims]
        args: list[str | int] = [self._dedup_ttl_s]
        for _, origin, digest in claims:
            args += [origin, digest]
        try:
            raw = await self._claim(keys=keys, args=args)
        except (RedisError, OSError) as exc:
            raise StateError(f"redis dedup claim failed: {exc}") from exc
        return [Claim(int(x)) for x in raw]

    async def mirror(self, partition: int, buckets: Mapping[windows.BucketKey, windows.Bucket]) -> None:
        """Overwrite this partition's field of each touched bucket, and index versions/segments."""
        if not buckets:
            return
        field = f"p{partition}"
        pipe = self._r.pipeline(transaction=False)
        latest: dict[str, int] = {}
        for (version, segment, minute), bucket in buckets.items():
            key = self.key("agg", version, segment, minute)
            pipe.hset(key, field, json.dumps(bucket.to_json()))
            pipe.expire(key, self._retention_s)
            pipe.sadd(self.key("segments", version), segment)
            latest[version] = max(latest.get(version, minute), minute)
        for version, minute in latest.items():
            pipe.zadd(self.key("versions"), {version: minute}, gt=True)
            pipe.expire(self.key("segments", version), self._retention_s)
        # this partition's newest event minute, for the leader's low watermark (detection)
        newest = max(latest.values())
        await self._watermark(keys=[self.key("watermarks")], args=[field, newest, time.time()], client=pipe)
        try:
            await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis mirror failed: {exc}") from exc

    async def versions(self) -> dict[str, int]:
        """Model versions seen, with the last event-time minute of each."""
        try:
            rows = await self._r.zrange(self.key("versions"), 0, -1, withscores=True)
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc
        return {v.decode(): int(s) for v, s in rows}

    async def low_watermark(self, idle_s: float, now_s: float | None = None) -> int | None:
        """The event-time minute every active partition has reached: the minimum over partitions
        updated within ``idle_s`` of each one's newest minute. Idle partitions have nothing in
        flight and do not hold it back; when all are idle it is the newest minute of any. None
        before any partition has been mirrored."""
        try:
            raw = await _done(self._r.hgetall(self.key("watermarks")))
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc
        now = time.time() if now_s is None else now_s
        marks = [tuple(float(x) for x in v.split()) for v in raw.values()]
        if not marks:
            return None
        active = [int(minute) for minute, at in marks if now - at <= idle_s]
        return min(active) if active else int(max(minute for minute, _ in marks))

    async def segments(self, version: str) -> set[str]:
        try:
            return {s.decode() for s in await _done(self._r.smembers(self.key("segments", version)))}
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc

    async def buckets(self, version: str, segment: str, minutes: Iterable[int]) -> dict[int, windows.Bucket]:
        """Merged (all partitions) buckets of one series for the given minutes; absent minutes omitted."""
        wanted = list(minutes)
        pipe = self._r.pipeline(transaction=False)
        for minute in wanted:
            pipe.hgetall(self.key("agg", version, segment, minute))
        try:
            rows = await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc
        out: dict[int, windows.Bucket] = {}
        for minute, fields in zip(wanted, rows, strict=True):
            if fields:
                out[minute] = windows.merge(windows.Bucket.from_json(json.loads(v)) for v in fields.values())
        return out

    async def minute_series(
        self, minute: int, versions: Iterable[str]
    ) -> dict[tuple[str, str], windows.Bucket]:
        """Every (version, segment) with data in ``minute``, merged over partitions."""
        keys: list[tuple[str, str]] = []
        for version in versions:
            keys.extend((version, segment) for segment in sorted(await self.segments(version)))
        pipe = self._r.pipeline(transaction=False)
        for version, segment in keys:
            pipe.hgetall(self.key("agg", version, segment, minute))
        try:
            rows = await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc
        return {
            key: windows.merge(windows.Bucket.from_json(json.loads(v)) for v in fields.values())
            for key, fields in zip(keys, rows, strict=True)
            if fields
        }

    async def load_json(self, *parts: str) -> Any:
        try:
            raw = await self._r.get(self.key(*parts))
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc
        return None if raw is None else json.loads(raw)

    async def save_json(self, value: Any, *parts: str) -> None:
        try:
            await self._r.set(self.key(*parts), json.dumps(value, separators=(",", ":")))
        except (RedisError, OSError) as exc:
            raise StateError(f"redis write failed: {exc}") from exc

    async def record_alert(self, alert_json: str, wall_s: float, keep: int = 2000) -> None:
        """Append one alert notification (JSON, ids and figures only) and the wall time it was
        sent to the outbox to the capped alert history."""
        try:
            await self._r.xadd(
                self.key("alerts", "history"), {"alert": alert_json, "wall": repr(wall_s)},
                maxlen=keep, approximate=True,
            )  # fmt: skip
        except (RedisError, OSError) as exc:
            raise StateError(f"redis write failed: {exc}") from exc

    async def alert_history(self, count: int = 2000) -> list[dict[str, Any]]:
        """The alert notifications recorded by :meth:`record_alert`, oldest first."""
        try:
            rows = await self._r.xrange(self.key("alerts", "history"), count=count)
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc
        out: list[dict[str, Any]] = []
        for _, fields in rows:
            raw = fields.get(b"alert")
            if raw is not None:
                out.append({**json.loads(raw), "notified_wall": float(fields.get(b"wall", b"0"))})
        return out

    async def note_evaluated(self, minute: int, wall_s: float, keep: int = 5000) -> None:
        """Remember when (wall clock) the leader evaluated an event-time minute: maps audit
        entries, which carry wall times, onto the event-time axis of charts."""
        key = self.key("detection", "clock")
        pipe = self._r.pipeline(transaction=False)
        pipe.zadd(key, {str(minute): wall_s})
        pipe.zremrangebyrank(key, 0, -keep - 1)
        try:
            await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis write failed: {exc}") from exc

    async def evaluated_clock(self) -> list[tuple[float, int]]:
        """``(wall seconds, event-time minute)`` of every remembered evaluation, by wall time."""
        try:
            rows = await self._r.zrange(self.key("detection", "clock"), 0, -1, withscores=True)
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc
        return [(float(score), int(member)) for member, score in rows]

    async def note_flagged(self, ids_by_version: Mapping[str, Sequence[str]], keep: int = 20) -> None:
        """Remember the latest flagged event ids per version (ids only: examples for alerts)."""
        if not ids_by_version:
            return
        pipe = self._r.pipeline(transaction=False)
        for version, ids in ids_by_version.items():
            key = self.key("flagged_ids", version)
            pipe.lpush(key, *ids)
            pipe.ltrim(key, 0, keep - 1)
            pipe.expire(key, self._retention_s)
        try:
            await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis write failed: {exc}") from exc

    async def recent_flagged(self, version: str, count: int = 5) -> list[str]:
        try:
            rows = await _done(self._r.lrange(self.key("flagged_ids", version), 0, count - 1))
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc
        return [r.decode() for r in rows]

    async def sampling_overrides(self) -> dict[str, float]:
        try:
            raw = await _done(self._r.hgetall(self.key("sampling", "rates")))
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read failed: {exc}") from exc
        out: dict[str, float] = {}
        for k, v in raw.items():
            version = k.decode()
            try:
                record = json.loads(v)
                if not isinstance(record, dict):
                    raise SignatureError("not a signed record")
                fields = verify_record(sampling_domain(version), record, self._record_keys)
                rate = float(fields["rate"])
            except (ValueError, KeyError, SignatureError) as exc:
                self.rejected_overrides += 1
                log.error("sampling override for %s ignored: %s", version, exc)
                continue
            if 0.0 <= rate <= 1.0:
                out[version] = rate
        return out

    async def set_sampling_override(self, version: str, rate: float | None) -> None:
        key = self.key("sampling", "rates")
        try:
            if rate is None:
                await _done(self._r.hdel(key, version))
            else:
                if self._signer is None:
                    raise StateError("no mitigation.signing_key: workers would ignore the override")
                record = self._signer.sign(sampling_domain(version), {"rate": repr(float(rate))}, time.time())
                await _done(self._r.hset(key, version, json.dumps(record)))
        except (RedisError, OSError) as exc:
            raise StateError(f"redis write failed: {exc}") from exc

    async def keep_example(self, version: str, example: Mapping[str, object], keep: int, ttl_s: int) -> None:
        key = self.key("examples", version)
        pipe = self._r.pipeline(transaction=True)
        pipe.lpush(key, json.dumps(example))
        pipe.ltrim(key, 0, keep - 1)
        pipe.expire(key, ttl_s)
        try:
            await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis write failed: {exc}") from exc
