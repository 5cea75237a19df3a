"""Detection loop: closed event-time minutes of merged buckets in, alert notifications out.

Glue between the aggregation (:mod:`monitor.core.windows`), the detectors
(:mod:`monitor.core.detectors`) and the alert lifecycle (:mod:`monitor.core.alerting`). Used
as is by the worker (leader only, buckets read from Redis) and by ``sycomon replay``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from monitor.core import windows
from monitor.core.alerting import AlertingSettings, AlertTracker
from monitor.core.detectors import DetectorBank, DetectorSettings, MinuteCounts, minute_datetime
from monitor.core.detectors.base import Signal
from monitor.core.events import Alert
from monitor.core.review.accuracy import JudgeAccuracy
from monitor.errors import StateError

__all__ = ["DetectionLoop", "counts_of"]

Series = tuple[str, str]  # (model_version, segment)


def counts_of(bucket: windows.Bucket) -> MinuteCounts:
    return MinuteCounts(
        n=bucket.n,
        flagged=bucket.flagged,
        up_flagged=bucket.up_flagged,
        down_flagged=bucket.down_flagged,
        up_unflagged=bucket.up_unflagged,
        down_unflagged=bucket.down_unflagged,
        categories=tuple(int(c) for c in bucket.by_category.tolist()),
    )


class DetectionLoop:
    """Feeds one closed minute at a time, in order; remembers the last minute it evaluated."""

    def __init__(
        self,
        detectors: DetectorSettings,
        alerting: AlertingSettings,
        *,
        bank: DetectorBank | None = None,
        tracker: AlertTracker | None = None,
    ) -> None:
        self.detectors = detectors
        self.alerting = alerting
        self.bank = bank or DetectorBank(detectors)
        self.tracker = tracker or AlertTracker(alerting)
        self.last_signals: list[Signal] = []  # the verdicts of the last minute stepped

    @property
    def last_minute(self) -> int | None:
        return self.bank.last_minute

    def step(
        self,
        minute: int,
        buckets: Mapping[Series, windows.Bucket],
        examples: Mapping[Series, Sequence[str]] | None = None,
        judges: Mapping[str, JudgeAccuracy] | None = None,
    ) -> list[Alert]:
        """Evaluate ``minute`` (its merged buckets, empty series omitted); alerts due at its end.
        ``judges``: the judge's accuracy per version (:mod:`monitor.core.review.accuracy`)."""
        counts = {series: counts_of(b) for series, b in buckets.items() if b.n > 0}
        signals = self.bank.update(minute_datetime(minute), counts, judges)
        self.last_signals = signals
        return self.tracker.process(signals, now=minute_datetime(minute + 1), examples=examples)

    def active(self, minute: int) -> list[Alert]:
        return self.tracker.active(minute_datetime(minute + 1))

    def snapshot(self) -> dict[str, Any]:
        return {"bank": self.bank.snapshot(), "tracker": self.tracker.snapshot()}

    @classmethod
    def restore(
        cls, detectors: DetectorSettings, alerting: AlertingSettings, snap: Mapping[str, Any]
    ) -> DetectionLoop:
        try:
            bank, tracker = snap["bank"], snap["tracker"]
        except (KeyError, TypeError) as exc:
            raise StateError(f"malformed detection snapshot: {exc}") from exc
        return cls(
            detectors,
            alerting,
            bank=DetectorBank.restore(detectors, bank),
            tracker=AlertTracker.restore(alerting, tracker),
        )
