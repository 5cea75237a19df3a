"""Gateway side of mitigations: the effective system prompt for a model version.

The monitor stores the patch in force for a version in Redis (``{prefix}:mitigation:patch:{version}``)
and announces every change on the ``{prefix}:mitigations`` channel. :class:`MitigationClient`
caches what it read, drops a version's entry when a change is announced, and fails open: when
Redis cannot be reached, the base prompt is returned (never an exception, never a long wait).

Every patch must be signed by the monitor (``mitigation.signing_key``; the gateway gets the same
key, or the rotation keys, as ``signing_keys``: key id -> key). A patch that is unsigned, signed
with an unknown key or for another model version is ignored, counted (``stats.unsigned_patches``)
and logged: the gateway keeps the last good patch of that version while it has not expired, else
the base prompt. Without ``signing_keys`` no patch is trusted at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, cast

import redis.asyncio as aioredis
from pydantic import ValidationError
from redis.exceptions import RedisError

from monitor.client.backoff import Backoff
from monitor.core.mitigation_model import ActivePatch, MitigationKeys, compose_prompt, patch_domain
from monitor.core.record_signing import verify_record
from monitor.errors import SignatureError

__all__ = ["EffectivePrompt", "MitigationClient", "MitigationClientStats"]

log = logging.getLogger(__name__)

_FETCH_ERRORS = (RedisError, OSError, TimeoutError)


@dataclass(frozen=True, slots=True)
class EffectivePrompt:
    """The system prompt to use, and the patch it carries (``None`` = the base prompt)."""

    text: str
    patch: ActivePatch | None = None

    @property
    def patch_label(self) -> str | None:
        """``patch_id@vN`` or ``None``: append it to ``ResponseEvent.system_prompt_version``."""
        return self.patch.label if self.patch else None


@dataclass
class MitigationClientStats:
    hits: int = 0
    fetches: int = 0
    fetch_errors: int = 0
    bad_patches: int = 0
    unsigned_patches: int = 0
    invalidations: int = 0
    disconnects: int = 0
    fail_open: int = 0


@dataclass(slots=True)
class _Entry:
    patch: ActivePatch | None
    valid_until: float  # monotonic


def _utcnow() -> datetime:
    return datetime.now(UTC)


class MitigationClient:
    """Effective system prompts for gateways. ``async with MitigationClient(url) as mc: ...``.

    ``on_change(model_version)`` is called when an announcement drops a cached version, and
    ``on_change(None)`` when the whole cache is dropped (subscription lost or (re)established).
    """

    def __init__(
        self,
        redis_url: str = "redis://127.0.0.1:6379/0",
        *,
        prefix: str = "sycomon",
        cache_ttl_s: float = 30.0,
        fetch_timeout_s: float = 0.25,
        retry_after_s: float = 5.0,
        start_timeout_s: float = 2.0,
        on_change: Callable[[str | None], None] | None = None,
        signing_keys: Mapping[str, str | bytes] | None = None,
        clock: Callable[[], datetime] = _utcnow,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._url = redis_url
        self._keys = MitigationKeys(prefix)
        self._cache_ttl_s = cache_ttl_s
        self._fetch_timeout_s = fetch_timeout_s
        self._retry_after_s = retry_after_s
        self._start_timeout_s = start_timeout_s
        self._on_change = on_change
        self._keys_by_id = {
            kid: key.encode() if isinstance(key, str) else key for kid, key in (signing_keys or {}).items()
        }
        if not self._keys_by_id:
            log.error("MitigationClient without signing_keys: every mitigation patch will be ignored")
        self._last_good: dict[str, ActivePatch] = {}
        self._clock = clock
        self._mono = monotonic
        self._redis: aioredis.Redis | None = None
        self._task: asyncio.Task[None] | None = None
        self._cache: dict[str, _Entry] = {}
        self._generation = 0
        self._subscribed = False
        self._ready = asyncio.Event()
        self._down_until = 0.0
        self.stats = MitigationClientStats()

    @property
    def subscribed(self) -> bool:
        """True while the change channel is subscribed (the cache is then trusted)."""
        return self._subscribed

    async def start(self) -> bool:
        """Connect and subscribe; wait up to ``start_timeout_s``. Never raises; True if subscribed."""
        if self._task is None:
            self._redis = aioredis.Redis.from_url(
                self._url,
                socket_timeout=max(self._fetch_timeout_s, 1.0),
                socket_connect_timeout=self._fetch_timeout_s,
                health_check_interval=10,
                decode_responses=True,
            )
            self._task = asyncio.create_task(self._listen(), name="sycomon-mitigation-listener")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._ready.wait(), self._start_timeout_s)
        return self._subscribed

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None
        self._subscribed = False
        self._cache.clear()

    async def __aenter__(self) -> MitigationClient:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def system_prompt(self, model_version: str, base_prompt: str) -> str:
        """The effective system prompt text for ``model_version``. Never raises."""
        return (await self.resolve(model_version, base_prompt)).text

    async def resolve(self, model_version: str, base_prompt: str) -> EffectivePrompt:
        """The effective prompt and its patch. Never raises; the base prompt when in doubt."""
        try:
            patch = await self._patch_for(model_version)
        except Exception:  # last-resort guard for the user's request path: count, log, fail open
            self.stats.fail_open += 1
            log.exception("mitigation lookup failed for %s; using the base prompt", model_version)
            return EffectivePrompt(base_prompt)
        return EffectivePrompt(compose_prompt(base_prompt, patch), patch)

    async def _patch_for(self, model_version: str) -> ActivePatch | None:
        now = self._mono()
        entry = self._cache.get(model_version)
        if entry is not None and self._subscribed and now < entry.valid_until:
            self.stats.hits += 1
            return entry.patch
        if self._redis is None or now < self._down_until:
            self.stats.fail_open += 1
            return None
        generation = self._generation
        self.stats.fetches += 1
        try:
            fields = await asyncio.wait_for(
                cast("Awaitable[dict[str, str]]", self._redis.hgetall(self._keys.patch(model_version))),
                self._fetch_timeout_s,
            )
        except _FETCH_ERRORS as exc:
            self.stats.fetch_errors += 1
            self.stats.fail_open += 1
            if now >= self._down_until:
                log.warning(
                    "redis unreachable (%s); base prompts for %.0fs", type(exc).__name__, self._retry_after_s
                )
            self._down_until = self._mono() + self._retry_after_s
            return None
        patch = self._parse(model_version, fields)
        ttl = self._cache_ttl_s
        if patch is not None:
            ttl = min(ttl, (patch.expires_at - self._clock()).total_seconds())
            if ttl <= 0:
                return None  # expired: Redis drops the key at this instant too
        if self._subscribed and generation == self._generation:
            self._cache[model_version] = _Entry(patch, self._mono() + ttl)
        return patch

    def _parse(self, model_version: str, fields: dict[str, str]) -> ActivePatch | None:
        if not fields:
            self._last_good.pop(model_version, None)
            return None
        try:
            verified = verify_record(patch_domain(model_version), fields, self._keys_by_id)
        except SignatureError as exc:
            self.stats.unsigned_patches += 1
            log.error("mitigation patch for %s ignored: %s", model_version, exc)
            return self._fallback(model_version)
        try:
            patch = ActivePatch.from_hash(verified)
        except ValidationError:
            self.stats.bad_patches += 1
            log.error("malformed mitigation patch for %s ignored", model_version)
            return self._fallback(model_version)
        if patch.model_version != model_version:
            return self._fallback(model_version)
        self._last_good[model_version] = patch
        return patch

    def _fallback(self, model_version: str) -> ActivePatch | None:
        """The last good patch of the version while it is in force, else None (the base prompt)."""
        last = self._last_good.get(model_version)
        if last is not None and last.expires_at > self._clock():
            return last
        self._last_good.pop(model_version, None)
        return None

    def _drop(self, model_version: str | None) -> None:
        self._generation += 1
        if model_version is None:
            self._cache.clear()
        else:
            self._cache.pop(model_version, None)
        self.stats.invalidations += 1
        if self._on_change is not None:
            self._on_change(model_version)

    def _on_message(self, data: Any) -> None:
        try:
            version = json.loads(data)["model_version"]
        except (TypeError, ValueError, KeyError):
            version = None
        self._drop(version if isinstance(version, str) else None)

    async def _listen(self) -> None:
        backoff = Backoff(0.1, 5.0)
        assert self._redis is not None
        while True:
            pubsub = self._redis.pubsub()
            try:
                await pubsub.subscribe(self._keys.channel)
                while True:
                    msg = await pubsub.get_message(timeout=5.0)
                    if msg is None:
                        continue
                    if msg["type"] == "subscribe":
                        self._subscribed = True
                        self._down_until = 0.0
                        backoff.reset()
                        self._drop(None)  # anything cached before now may have missed an announcement
                        self._ready.set()
                    elif msg["type"] == "message":
                        self._on_message(msg["data"])
            except _FETCH_ERRORS as exc:
                if self._subscribed:
                    self.stats.disconnects += 1
                    log.warning("mitigation channel lost (%s); reconnecting", type(exc).__name__)
                    self._subscribed = False
                    self._drop(None)
                self._ready.set()  # start() stops waiting: we fail open meanwhile
            finally:
                with contextlib.suppress(*_FETCH_ERRORS):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
            await asyncio.sleep(backoff.next())  # reconnect backoff, not synchronisation
