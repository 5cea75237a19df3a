"""Input and output records of the detectors, and a small sparse minute window."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from monitor.core.events import Severity
from monitor.errors import StateError

__all__ = [
    "ALL_SEGMENTS",
    "Evidence",
    "MinuteCounts",
    "MinuteWindow",
    "Rule",
    "Signal",
    "epoch_minute",
    "minute_datetime",
]

ALL_SEGMENTS = "all"
"""Segment name of a version's whole traffic; other segments are spelled ``key=value``."""

Evidence = dict[str, float | int | str]


class Rule(StrEnum):
    ABSOLUTE = "absolute"
    REGRESSION = "regression"
    DRIFT = "drift"
    REWARD_HACKING = "reward_hacking"
    SEGMENT_AMPLIFICATION = "segment_amplification"
    JUDGE_DRIFT = "judge_drift"


@dataclass(frozen=True, slots=True)
class MinuteCounts:
    """One event-time minute of one (model version, segment).

    ``n`` scored turns, ``flagged`` of them over the classifier threshold, and the
    feedback x flagged cross-table (turns without feedback appear in none of the four).
    """

    n: int
    flagged: int
    up_flagged: int = 0
    down_flagged: int = 0
    up_unflagged: int = 0
    down_unflagged: int = 0
    categories: tuple[int, ...] = ()
    """Flagged turns per sycophancy category (:data:`monitor.core.categories.CATEGORIES`
    order); empty when unknown. Feeds the evidence only, never a detector's statistic."""

    def __post_init__(self) -> None:
        if self.n < 0 or not 0 <= self.flagged <= self.n:
            raise ValueError(f"need 0 <= flagged <= n, got flagged={self.flagged} n={self.n}")
        fb = (self.up_flagged, self.down_flagged, self.up_unflagged, self.down_unflagged)
        if min(fb) < 0:
            raise ValueError("feedback counts must be >= 0")
        if self.up_flagged + self.down_flagged > self.flagged:
            raise ValueError("more flagged feedback than flagged turns")
        if self.up_unflagged + self.down_unflagged > self.n - self.flagged:
            raise ValueError("more unflagged feedback than unflagged turns")
        if self.categories and (min(self.categories) < 0 or sum(self.categories) > self.flagged):
            raise ValueError("category counts must be >= 0 and sum to at most flagged")

    def as_tuple(self) -> tuple[int, int, int, int, int, int]:
        return (self.n, self.flagged, self.up_flagged, self.down_flagged,
                self.up_unflagged, self.down_unflagged)


@dataclass(frozen=True, slots=True)
class Signal:
    """A detector's verdict for one minute: the input of the alert lifecycle."""

    rule: str
    model_version: str
    segment: str
    severity: Severity
    firing: bool
    minute: datetime
    evidence: Evidence = field(default_factory=dict)


def epoch_minute(at: datetime) -> int:
    """Whole minutes since the Unix epoch of an aware datetime (floored)."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("naive datetime: pass an aware (UTC) datetime")
    return int(at.timestamp() // 60)


def minute_datetime(minute: int) -> datetime:
    return datetime.fromtimestamp(minute * 60, tz=UTC)


class MinuteWindow:
    """Sums of fixed-width count vectors over the trailing ``width`` minutes (sparse)."""

    def __init__(self, width: int, dims: int) -> None:
        self.width = width
        self.dims = dims
        self._items: deque[tuple[int, tuple[int, ...]]] = deque()
        self._sums = [0] * dims

    def add(self, minute: int, values: Iterable[int]) -> None:
        vals = tuple(values)
        if len(vals) != self.dims:
            raise ValueError(f"expected {self.dims} values, got {len(vals)}")
        if self._items and minute <= self._items[-1][0]:
            raise StateError(f"minute {minute} is not after {self._items[-1][0]}")
        self._items.append((minute, vals))
        for i, v in enumerate(vals):
            self._sums[i] += v
        self.evict(minute)

    def evict(self, now: int) -> None:
        """Drop minutes that are no longer in ``(now - width, now]``."""
        while self._items and self._items[0][0] <= now - self.width:
            _, vals = self._items.popleft()
            for i, v in enumerate(vals):
                self._sums[i] -= v

    def sums(self, since: int | None = None) -> list[int]:
        """Sums over the window, or over minutes ``>= since`` only."""
        if since is None:
            return list(self._sums)
        out = [0] * self.dims
        for minute, vals in self._items:
            if minute >= since:
                for i, v in enumerate(vals):
                    out[i] += v
        return out

    def snapshot(self) -> list[list[int]]:
        return [[m, *vals] for m, vals in self._items]

    def restore(self, rows: list[list[int]]) -> None:
        self._items.clear()
        self._sums = [0] * self.dims
        for row in rows:
            self._items.append((int(row[0]), tuple(int(v) for v in row[1:])))
            for i, v in enumerate(row[1:]):
                self._sums[i] += int(v)
