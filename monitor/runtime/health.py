"""Readiness: per-partition progress against the log end, and the reachability of Redis, Kafka
and the alert outbox.

Lag is the high watermark minus the offset this worker has *committed* (processed), not minus
the consumer's fetch position: faust fetches ahead into its buffer, so a stalled pipeline (Redis
hanging, a batch stuck) showed a fetch-position lag of 0 while nothing was processed.

:class:`Health` is bookkeeping with an injected clock; the worker feeds it what it observed
(``app.py``'s health timer) and ``/readyz`` asks it why the worker is not ready.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from monitor.settings import HealthSettings

__all__ = ["DEPENDENCIES", "Health"]

P = TypeVar("P", bound=Hashable)

#: Components whose reachability gates readiness.
DEPENDENCIES = ("redis", "kafka", "outbox")


@dataclass
class _Progress:
    committed: int
    since: float  # when ``committed`` last moved, or the lag last was 0


class Health(Generic[P]):
    """What the health timer saw; :meth:`reasons` is the verdict of ``/readyz``."""

    def __init__(self, settings: HealthSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self._settings = settings
        self._clock = clock
        self._parts: dict[P, _Progress] = {}
        self._lag: dict[P, int] = {}
        self._failing: dict[str, float] = {}  # dependency -> first failure of the current run
        self._errors: dict[str, str] = {}

    def partition(self, partition: P, committed: int, highwater: int) -> tuple[int, float]:
        """Record one partition's committed offset and log end; returns (lag, seconds stalled)."""
        now = self._clock()
        lag = max(highwater - committed, 0)
        state = self._parts.get(partition)
        if state is None or state.committed != committed or lag == 0:
            state = self._parts[partition] = _Progress(committed, now)
        self._lag[partition] = lag
        return lag, now - state.since

    def keep_only(self, partitions: Iterable[P]) -> None:
        """Forget partitions no longer assigned (a rebalance)."""
        keep = set(partitions)
        self._parts = {p: s for p, s in self._parts.items() if p in keep}
        self._lag = {p: n for p, n in self._lag.items() if p in keep}

    def dependency(self, name: str, ok: bool, error: str = "") -> None:
        if ok:
            self._failing.pop(name, None)
            self._errors.pop(name, None)
        else:
            self._failing.setdefault(name, self._clock())
            self._errors[name] = error

    def down_for(self, name: str) -> float:
        """Seconds the dependency has been failing (0 when it answers)."""
        since = self._failing.get(name)
        return 0.0 if since is None else self._clock() - since

    def stalled(self) -> dict[P, float]:
        """Partitions with lag whose committed offset has not moved for ``partition_stall_s``."""
        now = self._clock()
        return {
            p: now - s.since
            for p, s in self._parts.items()
            if self._lag.get(p, 0) > 0 and now - s.since >= self._settings.partition_stall_s
        }

    def reasons(self) -> list[str]:
        """Why the worker is not ready; empty when it is."""
        out = [
            f"{name} unreachable for {self.down_for(name):.0f} s: {self._errors.get(name, '')}".rstrip(": ")
            for name in DEPENDENCIES
            if self.down_for(name) >= self._settings.dependency_grace_s
        ]
        for p, seconds in sorted(self.stalled().items(), key=lambda kv: str(kv[0])):
            out.append(f"partition {p} has lag {self._lag[p]} and no progress for {seconds:.0f} s")
        return out
