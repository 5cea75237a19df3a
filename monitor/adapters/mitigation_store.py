"""Mitigations in Redis: the policy state, the patch gateways read, pub/sub, and the audit stream.

Key layout (``P`` = ``RedisSettings.prefix``, default ``sycomon``; see docs/mitigations.md):

- ``P:mitigation:state``                string, the :class:`MitigationState` JSON: every mitigation
                                        (pending approvals included), cooldowns, the runtime kill switch
- ``P:mitigation:patch:{model_version}`` hash, the :class:`ActivePatch` in force (patch_id, version,
                                        text, mitigation_id, model_version, applied_at, expires_at);
                                        expires by itself at ``expires_at`` (PEXPIREAT)
- ``P:mitigation:lock``                 the lock every state change takes (worker, CLI and API alike)
- ``P:mitigations``                     pub/sub channel: ``{"op": "apply"|"remove", "model_version",
                                        "mitigation_id", "patch_id", "version"}`` after each change
- ``P:audit``                           stream, append-only audit log; field ``action`` holds the
                                        :class:`Action` JSON (who, when, why, before/after), plus
                                        ``kind``, ``model_version``, ``mitigation_id`` for XRANGE readers

:class:`MitigationService` runs each operation of the pure :class:`MitigationEngine` under the
lock: load state, decide, call webhooks, then write patches, state, audit entries and
announcements in one MULTI/EXEC, so Redis never shows a half-applied decision.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Protocol, cast

import redis.asyncio as aioredis
from pydantic import ValidationError
from redis.exceptions import LockError, RedisError
from redis.typing import EncodableT, FieldT

from monitor.core.events import Alert
from monitor.core.mitigation_model import ActivePatch, patch_domain
from monitor.core.policy import (
    Action,
    ActionKind,
    Mitigation,
    MitigationEngine,
    MitigationKeys,
    MitigationState,
    Step,
    restore,
)
from monitor.core.record_signing import SIG_FIELDS, RecordSigner
from monitor.errors import ConfigError, MonitorError, SinkError, StateError

__all__ = [
    "AuditEntry",
    "MitigationService",
    "MitigationStore",
    "RedisMitigationStore",
    "ServiceStats",
    "WebhookCaller",
]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit log record: the stream id it got and the action."""

    stream_id: str
    action: Action

    def to_json(self) -> dict[str, Any]:
        return {"stream_id": self.stream_id, **self.action.model_dump(mode="json")}


class MitigationStore(Protocol):
    """Where mitigations live: Redis in the worker, the CLI and the API
    (:class:`RedisMitigationStore`); memory in ``sycomon replay``
    (:class:`monitor.adapters.memory.MemoryMitigationStore`)."""

    def locked(self) -> AbstractAsyncContextManager[None]:
        """Held around every decision (load, decide, commit)."""
        ...

    async def load_state(self) -> MitigationState: ...

    async def get_patch(self, model_version: str) -> ActivePatch | None: ...

    async def commit(self, state: MitigationState, actions: list[Action]) -> list[AuditEntry]:
        """Write patches, the state and the audit entries at once."""
        ...

    async def append_audit(self, action: Action) -> AuditEntry: ...

    async def read_audit(self, count: int = 100) -> list[AuditEntry]:
        """The latest ``count`` audit entries, oldest first."""
        ...

    async def tail_audit(
        self, after_id: str = "0-0", *, count: int = 100, block_ms: int | None = None
    ) -> list[AuditEntry]:
        """Entries after ``after_id``, oldest first."""
        ...

    async def close(self) -> None: ...


class RedisMitigationStore:
    """Redis side of mitigations. Construct with a client (no I/O); :meth:`close` releases it.

    The client must decode responses (``decode_responses=True``); :meth:`from_url` makes one.
    """

    def __init__(
        self,
        client: aioredis.Redis,
        keys: MitigationKeys = MitigationKeys(),
        *,
        lock_timeout_s: float = 30.0,
        lock_wait_s: float = 10.0,
        audit_maxlen: int | None = None,
        signer: RecordSigner | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        if not client.connection_pool.connection_kwargs.get("decode_responses"):
            raise ConfigError("RedisMitigationStore needs a client made with decode_responses=True")
        self._r = client
        self.keys = keys
        self._lock_timeout_s = lock_timeout_s
        self._lock_wait_s = lock_wait_s
        self._audit_maxlen = audit_maxlen
        self._signer = signer
        self._wall = wall
        if signer is None:
            log.warning("no mitigation.signing_key: patches are written unsigned and gateways ignore them")

    @classmethod
    def from_url(
        cls,
        url: str,
        prefix: str = "sycomon",
        *,
        socket_timeout_s: float = 2.0,
        signer: RecordSigner | None = None,
    ) -> RedisMitigationStore:
        client = aioredis.Redis.from_url(url, socket_timeout=socket_timeout_s, decode_responses=True)
        return cls(client, MitigationKeys(prefix), signer=signer)

    def signed_patch(self, patch: ActivePatch) -> dict[str, str]:
        """The hash stored for ``patch``: signed when a key is configured."""
        fields = patch.to_hash()
        if self._signer is None:
            return fields
        return self._signer.sign(patch_domain(patch.model_version), fields, self._wall())

    async def append_audit(self, action: Action) -> AuditEntry:
        """Audit a change made outside the mitigation engine (e.g. a sampling override)."""
        try:
            sid = await self._r.xadd(
                self.keys.audit, self._audit_fields(action), maxlen=self._audit_maxlen, approximate=True
            )
        except (RedisError, OSError) as exc:
            raise StateError(f"redis audit write failed: {exc}") from exc
        return AuditEntry(str(sid), action)

    async def close(self) -> None:
        await self._r.aclose()

    async def __aenter__(self) -> RedisMitigationStore:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @asynccontextmanager
    async def locked(self) -> AsyncIterator[None]:
        lock = self._r.lock(self.keys.lock, timeout=self._lock_timeout_s, blocking_timeout=self._lock_wait_s)
        try:
            acquired = await lock.acquire()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis mitigation lock failed: {exc}") from exc
        if not acquired:
            raise StateError(f"mitigation lock busy for {self._lock_wait_s}s")
        try:
            yield
        finally:
            try:
                await lock.release()
            except (LockError, RedisError, OSError) as exc:  # expired under us: the next taker is safe
                log.warning("mitigation lock release failed: %s", exc)

    async def load_state(self) -> MitigationState:
        try:
            raw = await self._r.get(self.keys.state)
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read of mitigation state failed: {exc}") from exc
        if raw is None:
            return MitigationState()
        try:
            return restore(json.loads(raw))
        except json.JSONDecodeError:
            raise StateError("mitigation state in redis is not JSON") from None

    async def get_patch(self, model_version: str) -> ActivePatch | None:
        try:
            fields = await cast("Awaitable[dict[str, str]]", self._r.hgetall(self.keys.patch(model_version)))
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read of patch failed: {exc}") from exc
        if not fields:
            return None
        try:
            return ActivePatch.from_hash({k: v for k, v in fields.items() if k not in SIG_FIELDS})
        except ValidationError:
            raise StateError(f"patch hash for {model_version!r} is malformed") from None

    async def read_audit(self, count: int = 100) -> list[AuditEntry]:
        """The latest ``count`` audit entries, oldest first."""
        try:
            rows = await self._r.xrevrange(self.keys.audit, count=count)
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read of audit log failed: {exc}") from exc
        return [AuditEntry(sid, Action.model_validate_json(f["action"])) for sid, f in reversed(rows)]

    async def tail_audit(
        self, after_id: str = "0-0", *, count: int = 100, block_ms: int | None = None
    ) -> list[AuditEntry]:
        """Entries after ``after_id`` (XREAD), e.g. for a mirror to Kafka that resumes from its last id."""
        try:
            rows = await self._r.xread({self.keys.audit: after_id}, count=count, block=block_ms)
        except (RedisError, OSError) as exc:
            raise StateError(f"redis read of audit log failed: {exc}") from exc
        return [
            AuditEntry(sid, Action.model_validate_json(f["action"])) for _, items in rows for sid, f in items
        ]

    async def commit(self, state: MitigationState, actions: list[Action]) -> list[AuditEntry]:
        """Write patches, the state, audit entries and announcements in one transaction."""
        pipe = self._r.pipeline(transaction=True)
        xadds: list[int] = []
        n = 0
        for a in actions:
            if a.kind is ActionKind.APPLY_PATCH and a.patch is not None and a.expires_at is not None:
                patch = ActivePatch(
                    model_version=a.model_version or "",
                    mitigation_id=a.mitigation_id or "",
                    patch_id=a.patch.patch_id,
                    version=a.patch.version,
                    text=a.patch.text,
                    applied_at=a.at,
                    expires_at=a.expires_at,
                )
                key = self.keys.patch(patch.model_version)
                pipe.delete(key)
                pipe.hset(key, mapping=dict(self.signed_patch(patch)))
                pipe.pexpireat(key, int(a.expires_at.timestamp() * 1000))
                pipe.publish(self.keys.channel, self._announce("apply", a))
                n += 4
            elif a.kind is ActionKind.REMOVE_PATCH and a.model_version:
                pipe.delete(self.keys.patch(a.model_version))
                pipe.publish(self.keys.channel, self._announce("remove", a))
                n += 2
        pipe.set(self.keys.state, json.dumps(state.model_dump(mode="json"), separators=(",", ":")))
        n += 1
        for a in actions:
            pipe.xadd(self.keys.audit, self._audit_fields(a), maxlen=self._audit_maxlen, approximate=True)
            xadds.append(n)
            n += 1
        try:
            results = await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StateError(f"redis mitigation commit failed: {exc}") from exc
        return [AuditEntry(str(results[i]), a) for i, a in zip(xadds, actions, strict=True)]

    @staticmethod
    def _announce(op: str, a: Action) -> str:
        doc = {
            "op": op,
            "model_version": a.model_version,
            "mitigation_id": a.mitigation_id,
            "patch_id": a.patch.patch_id if a.patch else None,
            "version": a.patch.version if a.patch else None,
        }
        return json.dumps(doc, separators=(",", ":"))

    @staticmethod
    def _audit_fields(a: Action) -> dict[FieldT, EncodableT]:
        return {
            "kind": a.kind.value,
            "at": a.at.isoformat(),
            "actor": a.actor,
            "model_version": a.model_version or "",
            "mitigation_id": a.mitigation_id or "",
            "action": a.model_dump_json(),
        }


class WebhookCaller(Protocol):
    async def call(self, url: str, payload: Mapping[str, Any], *, idempotency_key: str) -> int: ...

    async def aclose(self) -> None: ...


Notify = Callable[[Action], Awaitable[None]]
AuditHook = Callable[[AuditEntry], Awaitable[None]]


@dataclass
class ServiceStats:
    webhook_failures: int = 0
    notify_failures: int = 0
    audit_hook_failures: int = 0
    commits: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


class MitigationService:
    """Runs the policy engine against Redis. Shared by the worker, the CLI and the HTTP API.

    ``notify`` is awaited for every action that notifies (all but ``record``), e.g. to route
    escalations and approval requests to the alert sinks; ``on_audit`` for every audit entry,
    e.g. to mirror the log to the Kafka topic. Their failures are counted and logged, never raised:
    the decision is already committed.
    """

    def __init__(
        self,
        store: MitigationStore,
        engine: MitigationEngine,
        *,
        webhook: WebhookCaller | None = None,
        clock: Clock = _utcnow,
        notify: Notify | None = None,
        on_audit: AuditHook | None = None,
    ) -> None:
        self.store = store
        self.engine = engine
        self._webhook = webhook
        self._clock = clock
        self._notify = notify
        self._on_audit = on_audit
        self.stats = ServiceStats()

    async def handle_alert(self, alert: Alert, *, pre_rate: float | None = None) -> list[AuditEntry]:
        """Decide on one alert state change (firing or resolved)."""
        return await self._run(lambda s, now: self.engine.decide(s, alert, now, pre_rate=pre_rate))

    async def observe(self, model_version: str, scored: int, flagged: int) -> list[AuditEntry]:
        """Feed the version's scored/flagged counts since the last call (verification)."""
        current = (await self.store.load_state()).open_for(model_version)
        if current is None or current.verify_from is None or scored <= 0:
            return []  # nothing to verify: skip the lock
        return await self._run(lambda s, now: self.engine.observe(s, model_version, scored, flagged, now))

    async def tick(self) -> list[AuditEntry]:
        """Expire what is due. Call every few seconds from the worker."""
        return await self._run(self.engine.tick)

    async def approve(self, mitigation_id: str, actor: str) -> Mitigation:
        await self._run(lambda s, now: self.engine.approve(s, mitigation_id, actor, now))
        m = (await self.store.load_state()).get(mitigation_id)
        if m is None:  # pruned in between: only with history_limit 0
            raise StateError(f"mitigation {mitigation_id} vanished after approval")
        return m

    async def clear(self, model_version: str, actor: str) -> list[AuditEntry]:
        """Clear the version's open mitigation and delete any patch key left for it."""
        orphan = await self.store.get_patch(model_version)

        def op(state: MitigationState, now: datetime) -> Step:
            step = self.engine.clear(state, model_version, actor, now)
            removed = any(
                a.kind is ActionKind.REMOVE_PATCH and a.model_version == model_version for a in step.actions
            )
            if orphan is None or removed:
                return step
            extra = Action(
                kind=ActionKind.REMOVE_PATCH, at=now, actor=actor, reason="orphan_patch",
                detail=f"patch {orphan.label} had no open mitigation", model_version=model_version,
                mitigation_id=orphan.mitigation_id,
            )  # fmt: skip
            return Step(step.state, (*step.actions, extra))

        return await self._run(op)

    async def set_kill_switch(self, engaged: bool, actor: str) -> list[AuditEntry]:
        return await self._run(lambda s, now: self.engine.set_kill_switch(s, engaged, actor, now))

    async def state(self) -> MitigationState:
        return await self.store.load_state()

    async def close(self) -> None:
        """Close the store and the webhook caller's HTTP client."""
        if self._webhook is not None:
            await self._webhook.aclose()
        await self.store.close()

    async def _run(self, op: Callable[[MitigationState, datetime], Step]) -> list[AuditEntry]:
        async with self.store.locked():
            now = self._clock()
            before = await self.store.load_state()
            state, actions = op(before, now)
            if not actions and state == before:
                return []
            done = list(actions)
            for a in actions:
                if a.kind is ActionKind.CALL_WEBHOOK and a.mitigation_id:
                    error = await self._call_webhook(a)
                    if error is not None:
                        state, failed = self.engine.fail(state, a.mitigation_id, error, now)
                        done.extend(failed)
            entries = await self.store.commit(state, done)
        self.stats.commits += 1
        for e in entries:
            self.stats.by_kind[e.action.kind.value] = self.stats.by_kind.get(e.action.kind.value, 0) + 1
            log.info(
                "mitigation %s %s version=%s id=%s actor=%s reason=%s",
                e.stream_id, e.action.kind.value, e.action.model_version, e.action.mitigation_id,
                e.action.actor, e.action.reason,
            )  # fmt: skip
            await self._deliver(e)
        return entries

    async def _call_webhook(self, a: Action) -> str | None:
        if self._webhook is None or not a.webhook_url:
            self.stats.webhook_failures += 1
            return "no webhook caller configured"
        try:
            await self._webhook.call(a.webhook_url, a.webhook_payload, idempotency_key=a.mitigation_id or "")
        except SinkError as exc:
            self.stats.webhook_failures += 1
            log.warning("mitigation %s webhook failed: %s", a.mitigation_id, exc)
            return str(exc)
        return None

    async def _deliver(self, entry: AuditEntry) -> None:
        if self._on_audit is not None:
            try:
                await self._on_audit(entry)
            except (MonitorError, OSError) as exc:
                self.stats.audit_hook_failures += 1
                log.error("audit hook failed for %s: %s", entry.stream_id, exc)
        if self._notify is not None and entry.action.notifies:
            try:
                await self._notify(entry.action)
            except (MonitorError, OSError) as exc:
                self.stats.notify_failures += 1
                log.error("mitigation notification failed for %s: %s", entry.stream_id, exc)
