"""Event time against the processing clock: which timestamps are accepted, and the low watermark.

A single event must not be able to move the clocks that drive eviction and detection. Two
defences, both here (pure, no I/O):

- :class:`EventTimePolicy`: an event dated more than ``max_future_skew_s`` after the reference
  clock, or more than ``max_age_s`` before it, is dead-lettered (``timestamp_in_future``,
  ``timestamp_too_old``). The worker's reference is its wall clock; ``sycomon replay``'s is the
  median event time of its file (:func:`median_reference`).
- :class:`LowWatermark`: the event-time minute eviction runs on is the minimum over the worker's
  partitions of each partition's newest minute, capped by the wall clock plus the skew: one
  partition (or one event) running ahead cannot make the others' buckets look old.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from monitor.errors import InvalidEventError

__all__ = ["EventTimePolicy", "LowWatermark", "median_reference", "minute_of_time"]


def minute_of_time(at: datetime) -> int:
    """Unix minute of an aware datetime (the bucket minute of an event at that time)."""
    return int(at.timestamp() // 60)


@dataclass(frozen=True, slots=True)
class EventTimePolicy:
    """Accept ``reference - max_age_s <= timestamp <= reference + max_future_skew_s``.

    ``max_age_s == 0`` disables the age check (the contract's own bounds still apply)."""

    max_future_skew_s: float = 300.0
    max_age_s: float = 7 * 86_400.0

    def check(self, timestamp: datetime, reference: datetime) -> None:
        """Raise :class:`InvalidEventError` when ``timestamp`` is outside the policy."""
        ahead = (timestamp - reference).total_seconds()
        if ahead > self.max_future_skew_s:
            raise InvalidEventError(
                "timestamp_in_future",
                f"timestamp is {ahead:.0f} s after the processing clock (max {self.max_future_skew_s:.0f} s)",
            )
        if self.max_age_s > 0 and -ahead > self.max_age_s:
            raise InvalidEventError(
                "timestamp_too_old",
                f"timestamp is {-ahead:.0f} s before the processing clock (max {self.max_age_s:.0f} s)",
            )

    def cap_minute(self, now: datetime) -> int:
        """The newest event-time minute an accepted event can have at ``now``."""
        return minute_of_time(now + timedelta(seconds=self.max_future_skew_s))


def median_reference(times: Iterable[datetime]) -> datetime | None:
    """The median of ``times`` (the reference clock of a file replay); None when empty."""
    ordered = sorted(times)
    if not ordered:
        return None
    return ordered[(len(ordered) - 1) // 2] if len(ordered) % 2 else _mid(ordered)


def _mid(ordered: list[datetime]) -> datetime:
    lo, hi = ordered[len(ordered) // 2 - 1], ordered[len(ordered) // 2]
    return lo + (hi - lo) / 2


@dataclass(slots=True)
class LowWatermark:
    """Newest event minute per partition; :meth:`value` is their minimum, capped."""

    newest: dict[int, int] = field(default_factory=dict)

    def observe(self, partition: int, minute: int) -> None:
        if minute > self.newest.get(partition, minute - 1):
            self.newest[partition] = minute

    def retain(self, partitions: Iterable[int]) -> None:
        """Forget partitions this worker no longer owns (a rebalance moved them away)."""
        keep = set(partitions)
        for p in [p for p in self.newest if p not in keep]:
            del self.newest[p]

    def value(self, cap_minute: int) -> int | None:
        """min over partitions of their newest minute, at most ``cap_minute``; None if none seen."""
        if not self.newest:
            return None
        return min(min(self.newest.values()), cap_minute)
