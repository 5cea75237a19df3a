"""Redis: the review queue (scrubbed text, TTL, size cap), stratum counts, and the label mirror.

Its own adapter so it can sit behind a state-store interface later. Key layout (``P`` = prefix):

- ``P:review:queue``                      sorted set, event id -> queued at (unix s); trimmed to ``queue_max``
- ``P:review:item:{event_id}``            string, the :class:`QueuedItem` JSON; TTL ``queue_ttl_s``
- ``P:review:item_labels:{event_id}``     hash, reviewer -> label; TTL ``queue_ttl_s`` (who labelled it)
- ``P:review:skipped:{reviewer}``         set of event ids the reviewer skipped; TTL ``queue_ttl_s``
- ``P:review:cap:{version}:{segment}:{stratum}:{hour}`` counter of turns queued in that hour per
                                          sampling cell; TTL 2 h
- ``P:review:strata:{version}``           hash, ``{event hour}:{segment}:{stratum}`` -> scored turns (the
                                          population of the estimates, restricted to the hours labels
                                          come from); fields ``{event hour}:{stratum}`` written before review
                                          segments are read as the segment ``unsegmented``
- ``P:review:labels:{version}``           hash, ``{event_id}|{reviewer}`` -> :class:`Label` JSON (mirror of
                                          the labels topic: rebuilt from it after a Redis loss)
- ``P:review:label_versions``             set of versions with labels
- ``P:review:labels_epoch``               the Redis epoch the label mirror was last rebuilt in
- ``P:review:llm_budget:{day}``           LLM reviewer's items labelled that UTC day; TTL 2 days
"""

from __future__ import annotations

import inspect
from collections import Counter
from collections.abc import Awaitable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

import redis.asyncio as aioredis
from pydantic import ValidationError
from redis.exceptions import RedisError

from monitor.core.review.items import QueuedItem
from monitor.core.review.labels import Label
from monitor.core.review.sampling import OTHER_SEGMENT, STRATA, UNSEGMENTED, Stratum
from monitor.errors import StateError

__all__ = ["Offer", "RedisReviewStore"]

T = TypeVar("T")
SCAN = 200  # queue entries looked at per `next` call


async def _done(value: Awaitable[T] | T) -> T:
    return await value if inspect.isawaitable(value) else value


@dataclass(frozen=True, slots=True)
class Offer:
    """A scored turn offered to the queue: ``item`` is None when it was not drawn."""

    model_version: str
    stratum: Stratum
    item: QueuedItem | None
    event_hour: int = 0
    """Event-time hour of the turn: stratum counts are kept per hour, so the estimates use the
    population of the hours the labels come from."""
    segment: str = OTHER_SEGMENT
    """The turn's review segment: with the stratum, its sampling cell (own cap, own count)."""


class RedisReviewStore:
    def __init__(
        self, client: aioredis.Redis, prefix: str, *, ttl_s: int, max_items: int, cap_per_hour: int
    ) -> None:
        self._r = client
        self._p = prefix
        self.ttl_s, self.max_items, self.cap_per_hour = ttl_s, max_items, cap_per_hour

    def key(self, *parts: str | int) -> str:
        return ":".join([self._p, "review", *(str(p) for p in parts)])

    async def offer(self, offers: Sequence[Offer], now: datetime) -> Counter[tuple[str, str, str, str]]:
        """Count every offered turn in its cell; queue the drawn ones within the cell's hourly cap.

        Returns (version, segment, stratum, outcome) -> count, outcome ``queued`` or ``capped``."""
        out: Counter[tuple[str, str, str, str]] = Counter()
        if not offers:
            return out
        hour = int(now.timestamp()) // 3600
        try:
            pipe = self._r.pipeline(transaction=False)
            for o in offers:
                field = f"{o.event_hour}:{o.segment}:{o.stratum.value}"
                pipe.hincrby(self.key("strata", o.model_version), field, 1)
            drawn = [o for o in offers if o.item is not None]
            for o in drawn:
                cap_key = self.key("cap", o.model_version, o.segment, o.stratum.value, hour)
                pipe.incr(cap_key)
                pipe.expire(cap_key, 7200)
            replies = await pipe.execute()
            counts = replies[len(offers) :: 2]
            pipe = self._r.pipeline(transaction=False)
            queued = 0
            for o, count in zip(drawn, counts, strict=True):
                assert o.item is not None
                cell = (o.model_version, o.segment, o.stratum.value)
                if int(count) > self.cap_per_hour:
                    out[(*cell, "capped")] += 1
                    continue
                out[(*cell, "queued")] += 1
                queued += 1
                pipe.set(self.key("item", o.item.event_id), o.item.model_dump_json(), ex=self.ttl_s)
                pipe.zadd(self.key("queue"), {o.item.event_id: o.item.queued_at.timestamp()}, nx=True)
            if queued:
                pipe.zcard(self.key("queue"))
                size = int((await pipe.execute())[-1])
                if size > self.max_items:
                    await self._trim(size - self.max_items)
        except RedisError as exc:
            raise StateError(f"review queue: {exc}") from exc
        return out

    async def _trim(self, excess: int) -> None:
        dropped = await _done(self._r.zpopmin(self.key("queue"), excess))
        if dropped:
            await _done(self._r.delete(*(self.key("item", m.decode()) for m, _ in dropped)))

    async def size(self) -> int:
        try:
            return int(await _done(self._r.zcard(self.key("queue"))))
        except RedisError as exc:
            raise StateError(f"review queue: {exc}") from exc

    async def get(self, event_id: str) -> QueuedItem | None:
        try:
            raw = await _done(self._r.get(self.key("item", event_id)))
        except RedisError as exc:
            raise StateError(f"review queue: {exc}") from exc
        return QueuedItem.model_validate_json(raw) if raw else None

    async def next_item(self, reviewer: str) -> QueuedItem | None:
        """The oldest queued turn that still wants a label, not labelled nor skipped by ``reviewer``."""
        try:
            start = 0
            while True:
                ids = [
                    m.decode()
                    for m in await _done(self._r.zrange(self.key("queue"), start, start + SCAN - 1))
                ]
                if not ids:
                    return None
                pipe = self._r.pipeline(transaction=False)
                for eid in ids:
                    pipe.get(self.key("item", eid))
                    pipe.hkeys(self.key("item_labels", eid))
                    pipe.sismember(self.key("skipped", reviewer), eid)
                replies = await pipe.execute()
                gone = []
                for i, eid in enumerate(ids):
                    raw, who, skipped = replies[3 * i : 3 * i + 3]
                    if raw is None:
                        gone.append(eid)
                        continue
                    item = QueuedItem.model_validate_json(raw)
                    humans = {w.decode() for w in who if not w.decode().startswith("llm:")}
                    if skipped or reviewer.encode() in who or len(humans) >= item.labels_wanted:
                        continue
                    if gone:
                        await _done(self._r.zrem(self.key("queue"), *gone))
                    return item
                if gone:
                    await _done(self._r.zrem(self.key("queue"), *gone))
                    start -= len(gone)
                start += SCAN
        except (RedisError, ValidationError) as exc:
            raise StateError(f"review queue: {exc}") from exc

    async def pending(self, reviewer: str, limit: int = 1000) -> int:
        """Queued turns ``reviewer`` could still label (the first ``limit`` entries looked at)."""
        try:
            ids = [m.decode() for m in await _done(self._r.zrange(self.key("queue"), 0, limit - 1))]
            pipe = self._r.pipeline(transaction=False)
            for eid in ids:
                pipe.exists(self.key("item", eid))
                pipe.hexists(self.key("item_labels", eid), reviewer)
                pipe.sismember(self.key("skipped", reviewer), eid)
            replies = await pipe.execute() if ids else []
        except RedisError as exc:
            raise StateError(f"review queue: {exc}") from exc
        return sum(
            1 for i in range(len(ids)) if replies[3 * i] and not replies[3 * i + 1] and not replies[3 * i + 2]
        )

    async def skip(self, reviewer: str, event_id: str) -> None:
        try:
            key = self.key("skipped", reviewer)
            await _done(self._r.sadd(key, event_id))
            await _done(self._r.expire(key, self.ttl_s))
        except RedisError as exc:
            raise StateError(f"review queue: {exc}") from exc

    async def record(self, labels: Iterable[Label]) -> int:
        """Mirror labels (idempotent: one field per (event, reviewer); a later label of the same
        reviewer on the same turn replaces theirs)."""
        n = 0
        try:
            pipe = self._r.pipeline(transaction=False)
            for lab in labels:
                n += 1
                pipe.hset(
                    self.key("labels", lab.model_version),
                    f"{lab.event_id}|{lab.reviewer}",
                    lab.model_dump_json(),
                )
                pipe.sadd(self.key("label_versions"), lab.model_version)
                item_labels = self.key("item_labels", lab.event_id)
                pipe.hset(item_labels, lab.reviewer, lab.label)
                pipe.expire(item_labels, self.ttl_s)
            if n:
                await pipe.execute()
        except RedisError as exc:
            raise StateError(f"review labels: {exc}") from exc
        return n

    async def label_versions(self) -> set[str]:
        try:
            return {v.decode() for v in await _done(self._r.smembers(self.key("label_versions")))}
        except RedisError as exc:
            raise StateError(f"review labels: {exc}") from exc

    async def label_count(self, version: str) -> int:
        try:
            return int(await _done(self._r.hlen(self.key("labels", version))))
        except RedisError as exc:
            raise StateError(f"review labels: {exc}") from exc

    async def labels(self, version: str) -> list[Label]:
        try:
            raw = await _done(self._r.hvals(self.key("labels", version)))
        except RedisError as exc:
            raise StateError(f"review labels: {exc}") from exc
        return [Label.model_validate_json(v) for v in raw]

    async def strata(self, version: str, hours: Iterable[int] | None = None) -> dict[Stratum, int]:
        """Scored turns per stratum (every segment), over the event hours ``hours`` (None: all)."""
        out = dict.fromkeys(STRATA, 0)
        for (_, stratum), n in (await self.cells(version, hours)).items():
            out[stratum] += n
        return out

    async def cells(self, version: str, hours: Iterable[int] | None = None) -> dict[tuple[str, Stratum], int]:
        """Scored turns per (review segment, stratum) cell, over the event hours ``hours`` (None: all)."""
        try:
            raw = await _done(self._r.hgetall(self.key("strata", version)))
        except RedisError as exc:
            raise StateError(f"review strata: {exc}") from exc
        wanted = None if hours is None else {str(h) for h in hours}
        known = {h.value for h in STRATA}
        out: dict[tuple[str, Stratum], int] = {}
        for field, value in raw.items():
            parts = field.decode().split(":")
            hour, stratum = parts[0], parts[-1]
            segment = parts[1] if len(parts) == 3 else UNSEGMENTED
            if (wanted is None or hour in wanted) and stratum in known and len(parts) in (2, 3):
                cell = (segment, Stratum(stratum))
                out[cell] = out.get(cell, 0) + int(value)
        return out

    async def labels_epoch(self) -> str | None:
        raw = await _done(self._r.get(self.key("labels_epoch")))
        return raw.decode() if raw else None

    async def set_labels_epoch(self, epoch: str) -> None:
        await _done(self._r.set(self.key("labels_epoch"), epoch))

    async def take_budget(self, day: str, limit: int) -> bool:
        """One unit of the LLM reviewer's daily budget; False when it is spent."""
        key = self.key("llm_budget", day)
        try:
            used = int(await _done(self._r.incr(key)))
            await _done(self._r.expire(key, 2 * 86_400))
        except RedisError as exc:
            raise StateError(f"review budget: {exc}") from exc
        return used <= limit
