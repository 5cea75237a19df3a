"""The leader's detection tick: closed event-time minutes from Redis -> detectors -> alerts ->
outbox (delivery) and mitigation policies.

Event time drives evaluation: a minute is closed once events ``lateness_minutes`` later have
been mirrored by every active partition (the low watermark, ``StateStore.low_watermark``),
capped by the wall clock plus the accepted future skew. An idle
stream is therefore not evaluated; Prometheus' no-traffic rule is the dead man's switch.
State (detectors + alert lifecycle) is snapshotted to Redis after every minute, so a new leader
resumes without re-alerting or forgetting.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge

from monitor.core.detection import DetectionLoop
from monitor.core.detectors.base import Signal
from monitor.core.events import Alert, AlertStatus
from monitor.core.review.accuracy import JudgeAccuracy
from monitor.core.review.sampling import OTHER_SEGMENT
from monitor.core.state import DetectionState
from monitor.errors import StateError
from monitor.settings import Settings

__all__ = ["AlertQueue", "DetectionMetrics", "DetectionService", "JudgeSource", "evaluation_summary"]

log = logging.getLogger(__name__)
AlertHook = Callable[[Alert], Awaitable[None]]


class AlertQueue(Protocol):
    """Where alert notifications go: the Redis outbox (worker), ``alerts.jsonl`` (replay)."""

    async def enqueue(self, alert: Alert) -> object: ...


class JudgeSource(Protocol):
    """What is known of the judge's accuracy per version: the review labels' measure
    (:class:`monitor.runtime.review.JudgeAssessor`, worker) or a labels file's (replay)."""

    async def ensure_labels(self) -> None:
        """Make the labels complete before measuring (the worker rebuilds a lost label mirror);
        raises :class:`StateError` when it cannot (the labels at hand are used)."""
        ...

    async def judges(self, versions: Iterable[str]) -> dict[str, JudgeAccuracy]: ...

    async def export(self, last_hour: Mapping[tuple[str, str], tuple[int, int]]) -> None:
        """Publish the latest measure with the (flagged, scored) of the last hour per (version,
        segment): ``all`` and each review segment."""
        ...


class DetectionMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.alerts = Counter(
            "sycomon_alerts",
            "Alert notifications by rule and status.",
            ["rule", "status", "severity"],
            registry=registry,
        )
        self.firing = Gauge("sycomon_alerts_firing", "Alerts currently firing.", registry=registry)
        self.evaluated_minute = Gauge(
            "sycomon_detection_minute", "Last event-time minute evaluated (unix minutes).", registry=registry
        )


class DetectionService:
    """One instance per worker; only the leader's ticks do anything (faust ``on_leader`` timer)."""

    def __init__(
        self,
        settings: Settings,
        state: DetectionState,
        outbox: AlertQueue,
        metrics: DetectionMetrics,
        *,
        on_alert: AlertHook | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        judges: JudgeSource | None = None,
    ) -> None:
        self.settings = settings
        self.judges = judges
        self.state = state
        self.outbox = outbox
        self.metrics = metrics
        self.on_alert = on_alert
        self.clock = clock
        self.loop: DetectionLoop | None = None

    async def _load(self) -> DetectionLoop:
        # Re-read on every tick: leadership can move between workers.
        s = self.settings
        snap = await self.state.load_json("detection", "state")
        if snap is None:
            return DetectionLoop(s.detectors, s.alerting)
        return DetectionLoop.restore(s.detectors, s.alerting, snap)

    async def tick(self, *, flush: bool = False) -> list[Alert]:
        """Evaluate every newly closed minute; returns the alerts notified. ``flush`` (replay, at
        the end of its input: no data is still coming) closes every minute up to the newest."""
        d = self.settings.detection
        versions = await self.state.versions()
        if not versions:
            return []
        loop = self.loop = await self._load()
        # the newest minute seen, but never past the wall clock plus the accepted skew: an entry
        # from a bad event (or from a build without the event-time policy) cannot move detection
        # years ahead, after which no real minute would ever be evaluated again
        # and only up to the low watermark: the minute every active partition has reached, so a
        # partition ahead of a backlogged one does not close minutes whose data is still coming
        cap = self.settings.limits.event_time_policy().cap_minute(self.clock())
        newest = max(versions.values())
        low = await self.state.low_watermark(d.idle_partition_s, self.clock().timestamp())
        closed = min(newest if low is None or flush else min(low, newest), cap)
        closed -= 0 if flush else d.lateness_minutes
        start = loop.last_minute + 1 if loop.last_minute is not None else closed - d.backfill_minutes + 1
        end = min(closed, start + d.max_catch_up_minutes - 1)
        judges = await self._judges(versions)
        notified: list[Alert] = []
        for minute in range(start, end + 1):
            series = await self.state.minute_series(minute, versions)
            examples = {(v, "all"): await self.state.recent_flagged(v) for v, seg in series if seg == "all"}
            alerts = loop.step(minute, series, examples, judges)
            for alert in alerts:
                await self._emit(alert)
            notified.extend(alerts)
            await self.state.save_json(loop.snapshot(), "detection", "state")
            evaluation = evaluation_summary(minute, loop.last_signals, loop.active(minute))
            await self.state.save_json(evaluation, "detection", "last")
            await self.state.note_evaluated(minute, self.clock().timestamp())
            _log_evaluation(evaluation)
            self.metrics.evaluated_minute.set(minute)
        if end >= start:
            self.metrics.firing.set(len(loop.active(end)))
            await self._export_judges(versions, end)
        return notified

    async def _judges(self, versions: dict[str, int]) -> dict[str, JudgeAccuracy] | None:
        """The judge's accuracy per version (review labels, else validation figures); None when
        review is off. A labels topic that cannot be read leaves the mirror as it is."""
        if self.judges is None:
            return None
        try:
            await self.judges.ensure_labels()
        except StateError as exc:
            log.warning("review labels not rebuilt from the topic (%s); using the mirror as it is", exc)
        return await self.judges.judges(versions)

    async def _export_judges(self, versions: dict[str, int], minute: int) -> None:
        if self.judges is None:
            return
        listed = self.settings.review.sampling.segment_names[:-1]
        last_hour: dict[tuple[str, str], tuple[int, int]] = {}
        for version in versions:
            for segment in ("all", *listed):
                buckets = await self.state.buckets(version, segment, range(minute - 59, minute + 1))
                hour = list(buckets.values())
                last_hour[(version, segment)] = (sum(b.flagged for b in hour), sum(b.n for b in hour))
            # the review segment 'other': every turn outside the listed ones
            flagged, n = last_hour[(version, "all")]
            for segment in listed:
                flagged, n = flagged - last_hour[(version, segment)][0], n - last_hour[(version, segment)][1]
            last_hour[(version, OTHER_SEGMENT)] = (max(0, flagged), max(0, n))
        await self.judges.export(last_hour)

    async def _emit(self, alert: Alert) -> None:
        self.metrics.alerts.labels(alert.rule, alert.status.value, alert.severity.value).inc()
        log.warning(
            "alert %s %s rule=%s model_version=%s segment=%s evidence=%s",
            alert.status.value,
            alert.fingerprint,
            alert.rule,
            alert.model_version,
            alert.segment,
            alert.evidence,
        )
        await self.state.record_alert(alert.model_dump_json(), self.clock().timestamp())
        await self.outbox.enqueue(alert)
        if self.on_alert is not None and alert.status in (AlertStatus.FIRING, AlertStatus.RESOLVED):
            await self.on_alert(alert)


def evaluation_summary(minute: int, signals: list[Signal], active: list[Alert]) -> dict[str, Any]:
    """What one evaluated event-time minute decided: each detector's verdict (statistic against
    threshold) and the alerts active after it. Ids and figures only. Stored as ``detection:last``
    (the demo and the incident page read it) and logged."""
    return {
        "minute": minute,
        "at": datetime.fromtimestamp(minute * 60, tz=UTC).isoformat(),
        "detectors": [
            {
                "rule": s.rule, "model_version": s.model_version, "segment": s.segment,
                "firing": s.firing, "severity": s.severity.value,
                "statistic": s.evidence.get("statistic"), "threshold": s.evidence.get("threshold"),
                "n": s.evidence.get("n"), "rate": s.evidence.get("rate"),
            }
            for s in signals
        ],
        "active": [
            {"fingerprint": a.fingerprint, "rule": a.rule, "model_version": a.model_version,
             "segment": a.segment, "severity": a.severity.value, "started_at": a.started_at.isoformat()}
            for a in active
        ],
    }  # fmt: skip


def _log_evaluation(evaluation: dict[str, Any]) -> None:
    """Every verdict at debug level; one line per minute at info level (why nothing fired, too)."""
    detectors = evaluation["detectors"]
    if log.isEnabledFor(logging.DEBUG):
        for d in detectors:
            log.debug(
                "evaluated %s rule=%s model_version=%s segment=%s firing=%s statistic=%s threshold=%s n=%s",
                evaluation["at"], d["rule"], d["model_version"], d["segment"], d["firing"],
                d["statistic"], d["threshold"], d["n"],
            )  # fmt: skip
    firing = [f"{d['rule']}:{d['model_version']}" + ("" if d["segment"] == "all" else f"[{d['segment']}]")
              for d in detectors if d["firing"]]  # fmt: skip
    log.info(
        "minute %s evaluated: %d detector verdicts, firing: %s; active alerts: %s",
        evaluation["at"], len(detectors), ", ".join(firing) or "none",
        ", ".join(f"{a['rule']}:{a['model_version']}" for a in evaluation["active"]) or "none",
    )  # fmt: skip
