"""The state interface the worker, the leader's tick and replay talk to.

One protocol, two implementations run under one contract test suite
(``tests/integration/test_state_contract.py``): :class:`monitor.adapters.redis_state.RedisState`
(the worker's shared state) and :class:`monitor.adapters.memory.MemoryState` (``sycomon replay``
and unit tests). A new store (e.g. a review queue) is a new protocol beside this one, not more
methods on it: each consumer asks for the narrowest interface it uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from monitor.core import windows
from monitor.core.pipeline import DedupStore

__all__ = ["BucketMirror", "DetectionState", "SamplingOverrides", "StateStore"]


class BucketMirror(Protocol):
    """The merged view of every partition's minute buckets, written per partition."""

    async def mirror(self, partition: int, buckets: Mapping[windows.BucketKey, windows.Bucket]) -> None:
        """Overwrite this partition's share of each bucket (idempotent); index versions and segments."""
        ...

    async def versions(self) -> dict[str, int]:
        """Model versions seen, with the newest event-time minute of each."""
        ...

    async def segments(self, version: str) -> set[str]: ...

    async def buckets(self, version: str, segment: str, minutes: Iterable[int]) -> dict[int, windows.Bucket]:
        """One series' buckets merged over partitions; minutes without data are omitted."""
        ...

    async def minute_series(
        self, minute: int, versions: Iterable[str]
    ) -> dict[tuple[str, str], windows.Bucket]:
        """Every (version, segment) with data in ``minute``, merged over partitions."""
        ...

    async def low_watermark(self, idle_s: float, now_s: float | None = None) -> int | None:
        """The event-time minute every partition updated within ``idle_s`` has reached (the newest
        of any when all are idle); None before anything was mirrored."""
        ...


class DetectionState(BucketMirror, Protocol):
    """What the leader's detection tick reads and writes."""

    async def load_json(self, *parts: str) -> Any:
        """A snapshot saved under ``parts`` (None if absent)."""
        ...

    async def save_json(self, value: Any, *parts: str) -> None: ...

    async def note_flagged(self, ids_by_version: Mapping[str, Sequence[str]], keep: int = 20) -> None:
        """Remember the latest flagged event ids per version (ids only: alert examples)."""
        ...

    async def recent_flagged(self, version: str, count: int = 5) -> list[str]:
        """The newest flagged ids of ``version``, newest first."""
        ...

    async def record_alert(self, alert_json: str, wall_s: float, keep: int = 2000) -> None:
        """Append one alert notification (JSON, ids and figures only) and the wall time it was
        sent to the outbox to the capped alert history (the incident page and report)."""
        ...

    async def note_evaluated(self, minute: int, wall_s: float, keep: int = 5000) -> None:
        """Remember when (wall clock) an event-time minute was evaluated (maps audit entries,
        which carry wall times, onto the event-time axis of charts)."""
        ...

    async def alert_history(self, count: int = 2000) -> list[dict[str, Any]]:
        """The alerts of :meth:`record_alert`, oldest first, each with ``notified_wall``."""
        ...

    async def evaluated_clock(self) -> list[tuple[float, int]]:
        """``(wall seconds, event-time minute)`` of every remembered evaluation, by wall time."""
        ...


class SamplingOverrides(Protocol):
    rejected_overrides: int
    """Overrides seen without a valid signature (ignored)."""

    async def sampling_overrides(self) -> dict[str, float]:
        """Signed per-version sampling rates; unsigned or badly signed ones are ignored and counted."""
        ...

    async def set_sampling_override(self, version: str, rate: float | None) -> None:
        """Sign and store a rate (None removes it)."""
        ...


class StateStore(DedupStore, DetectionState, SamplingOverrides, Protocol):
    """Everything the worker keeps outside Kafka: dedup, the bucket mirror, versions, snapshots,
    flagged ids, sampling overrides, the loss-detecting epoch and flagged examples."""

    async def epoch(self, candidate: str) -> tuple[str, bool]:
        """The store's epoch, ``candidate`` written if there is none: (epoch, created). A changed
        epoch means the store lost its data."""
        ...

    async def keep_example(self, version: str, example: Mapping[str, object], keep: int, ttl_s: int) -> None:
        """Keep a flagged example (only when privacy.keep_flagged_examples)."""
        ...

    async def ping(self) -> bool: ...

    async def close(self) -> None: ...
