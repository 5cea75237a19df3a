"""In-memory implementations of the state interfaces (``sycomon replay``, unit tests).

:class:`MemoryState` behaves as :class:`monitor.adapters.redis_state.RedisState` does (the
contract suite in ``tests/integration/test_state_contract.py`` runs against both) except for
expiry: nothing expires, a replay holds a file's worth of state.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from monitor.adapters.mitigation_store import AuditEntry
from monitor.core import windows
from monitor.core.mitigation_model import ActivePatch, sampling_domain
from monitor.core.pipeline import Claim
from monitor.core.policy import Action, ActionKind, MitigationState
from monitor.core.record_signing import RecordSigner, verify_record
from monitor.errors import SignatureError, StateError

__all__ = ["MemoryDedup", "MemoryMitigationStore", "MemoryState"]

log = logging.getLogger(__name__)


class MemoryDedup:
    """DedupStore in a dict: event_id -> (origin, content hash) of its first record. Unbounded."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[str, str]] = {}

    async def claim(self, claims: Sequence[tuple[str, str, str]]) -> list[Claim]:
        out: list[Claim] = []
        for event_id, origin, digest in claims:
            first_origin, first_digest = self._first.setdefault(event_id, (origin, digest))
            if first_origin == origin:
                out.append(Claim.NEW)
            else:
                out.append(Claim.DUPLICATE if first_digest == digest else Claim.CONFLICT)
        return out


class MemoryState(MemoryDedup):
    """:class:`monitor.core.state.StateStore` in dicts. ``wall`` is the processing clock (unix s)
    that stamps each partition's watermark, as Redis' mirror does with ``time.time()``."""

    def __init__(
        self,
        *,
        signer: RecordSigner | None = None,
        record_keys: Mapping[str, bytes] | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self._signer = signer
        self._record_keys = dict(record_keys or {})
        self._wall = wall
        self.rejected_overrides = 0
        self.closed = False
        self._reset()

    def _reset(self) -> None:
        self._first.clear()
        self._agg: dict[tuple[str, str, int], dict[int, windows.Bucket]] = {}
        self._versions: dict[str, int] = {}
        self._segments: dict[str, set[str]] = {}
        self._watermarks: dict[int, tuple[int, float]] = {}
        self._json: dict[tuple[str, ...], str] = {}
        self._flagged: dict[str, list[str]] = {}
        self._alerts: list[tuple[str, float]] = []
        self._evaluated: dict[int, float] = {}
        self._examples: dict[str, list[str]] = {}
        self._overrides: dict[str, dict[str, str]] = {}
        self._epoch: str | None = None

    async def epoch(self, candidate: str) -> tuple[str, bool]:
        created = self._epoch is None
        if self._epoch is None:
            self._epoch = candidate
        return self._epoch, created

    def lose_data(self) -> None:
        """What a Redis restart without persistence does: everything is gone, the epoch too."""
        self._reset()

    async def mirror(self, partition: int, buckets: Mapping[windows.BucketKey, windows.Bucket]) -> None:
        if not buckets:
            return
        for (version, segment, minute), bucket in buckets.items():
            self._agg.setdefault((version, segment, minute), {})[partition] = bucket  # immutable
            self._segments.setdefault(version, set()).add(segment)
            self._versions[version] = max(self._versions.get(version, minute), minute)
        newest = max(key.minute for key in buckets)
        old = self._watermarks.get(partition)
        self._watermarks[partition] = (max(newest, old[0]) if old else newest, self._wall())

    async def versions(self) -> dict[str, int]:
        return dict(self._versions)

    async def segments(self, version: str) -> set[str]:
        return set(self._segments.get(version, ()))

    async def low_watermark(self, idle_s: float, now_s: float | None = None) -> int | None:
        if not self._watermarks:
            return None
        now = self._wall() if now_s is None else now_s
        active = [minute for minute, at in self._watermarks.values() if now - at <= idle_s]
        return min(active) if active else max(minute for minute, _ in self._watermarks.values())

    def _merged(self, version: str, segment: str, minute: int) -> windows.Bucket | None:
        fields = self._agg.get((version, segment, minute))
        return windows.merge(fields.values()) if fields else None

    async def buckets(self, version: str, segment: str, minutes: Iterable[int]) -> dict[int, windows.Bucket]:
        out = {m: self._merged(version, segment, m) for m in minutes}
        return {m: b for m, b in out.items() if b is not None}

    async def minute_series(
        self, minute: int, versions: Iterable[str]
    ) -> dict[tuple[str, str], windows.Bucket]:
        out: dict[tuple[str, str], windows.Bucket] = {}
        for version in versions:
            for segment in sorted(self._segments.get(version, ())):
                bucket = self._merged(version, segment, minute)
                if bucket is not None:
                    out[(version, segment)] = bucket
        return out

    async def load_json(self, *parts: str) -> Any:
        raw = self._json.get(parts)
        return None if raw is None else json.loads(raw)

    async def save_json(self, value: Any, *parts: str) -> None:
        self._json[parts] = json.dumps(value, separators=(",", ":"))  # a copy, as Redis keeps one

    async def note_flagged(self, ids_by_version: Mapping[str, Sequence[str]], keep: int = 20) -> None:
        for version, ids in ids_by_version.items():
            self._flagged[version] = [*reversed(ids), *self._flagged.get(version, [])][:keep]

    async def recent_flagged(self, version: str, count: int = 5) -> list[str]:
        return self._flagged.get(version, [])[:count]

    async def record_alert(self, alert_json: str, wall_s: float, keep: int = 2000) -> None:
        self._alerts = [*self._alerts, (alert_json, wall_s)][-keep:]

    async def alert_history(self, count: int = 2000) -> list[dict[str, Any]]:
        return [{**json.loads(raw), "notified_wall": wall} for raw, wall in self._alerts[:count]]

    async def note_evaluated(self, minute: int, wall_s: float, keep: int = 5000) -> None:
        self._evaluated[minute] = wall_s
        for old in sorted(self._evaluated, key=lambda m: (self._evaluated[m], m))[:-keep]:
            del self._evaluated[old]

    async def evaluated_clock(self) -> list[tuple[float, int]]:
        return sorted((wall, minute) for minute, wall in self._evaluated.items())

    async def sampling_overrides(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for version, record in self._overrides.items():
            try:
                rate = float(verify_record(sampling_domain(version), record, self._record_keys)["rate"])
            except (ValueError, KeyError, SignatureError) as exc:
                self.rejected_overrides += 1
                log.error("sampling override for %s ignored: %s", version, exc)
                continue
            if 0.0 <= rate <= 1.0:
                out[version] = rate
        return out

    async def set_sampling_override(self, version: str, rate: float | None) -> None:
        if rate is None:
            self._overrides.pop(version, None)
            return
        if self._signer is None:
            raise StateError("no mitigation.signing_key: workers would ignore the override")
        self._overrides[version] = self._signer.sign(
            sampling_domain(version), {"rate": repr(float(rate))}, time.time()
        )

    def put_unsigned_override(self, version: str, record: dict[str, str]) -> None:
        """Store a record as is (tests: what a hand-written HSET would leave)."""
        self._overrides[version] = dict(record)

    async def keep_example(self, version: str, example: Mapping[str, object], keep: int, ttl_s: int) -> None:
        self._examples[version] = [json.dumps(example), *self._examples.get(version, [])][:keep]

    async def ping(self) -> bool:
        return not self.closed

    async def close(self) -> None:
        self.closed = True


class MemoryMitigationStore:
    """:class:`monitor.adapters.mitigation_store.MitigationStore` in memory: the state, the patch
    in force per version (until its expiry, on the ``clock`` the service decides with) and the
    audit log, with stream-like ids ``"{n}-0"``."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock
        self._lock = asyncio.Lock()
        self._state = MitigationState()
        self._patches: dict[str, ActivePatch] = {}
        self.audit: list[AuditEntry] = []

    @asynccontextmanager
    async def locked(self) -> AsyncIterator[None]:
        async with self._lock:
            yield

    async def load_state(self) -> MitigationState:
        return self._state

    async def get_patch(self, model_version: str) -> ActivePatch | None:
        patch = self._patches.get(model_version)
        if patch is not None and patch.expires_at <= self._clock():
            del self._patches[model_version]
            return None
        return patch

    async def commit(self, state: MitigationState, actions: list[Action]) -> list[AuditEntry]:
        for a in actions:
            if a.kind is ActionKind.APPLY_PATCH and a.patch is not None and a.expires_at is not None:
                self._patches[a.model_version or ""] = ActivePatch(
                    model_version=a.model_version or "", mitigation_id=a.mitigation_id or "",
                    patch_id=a.patch.patch_id, version=a.patch.version, text=a.patch.text,
                    applied_at=a.at, expires_at=a.expires_at,
                )  # fmt: skip
            elif a.kind is ActionKind.REMOVE_PATCH and a.model_version:
                self._patches.pop(a.model_version, None)
        self._state = state
        return [await self.append_audit(a) for a in actions]

    async def append_audit(self, action: Action) -> AuditEntry:
        entry = AuditEntry(f"{len(self.audit) + 1}-0", action)
        self.audit.append(entry)
        return entry

    async def read_audit(self, count: int = 100) -> list[AuditEntry]:
        return self.audit[-count:] if count > 0 else []

    async def tail_audit(
        self, after_id: str = "0-0", *, count: int = 100, block_ms: int | None = None
    ) -> list[AuditEntry]:
        after = int(after_id.split("-", 1)[0])
        return self.audit[after : after + count]

    async def close(self) -> None:
        return None
