"""Alert lifecycle: detector signals in, the :class:`~monitor.core.events.Alert` notifications due now out.

Pure and clock-free: every call gets ``now`` (the event time of the minute being evaluated,
or a wall clock in live mode). Per fingerprint the state machine is::

    (none) --firing--> pending --firing for min_firing_minutes--> FIRING  [notify: new]
    FIRING --firing, severity up--> FIRING                                [notify: escalated]
    FIRING --firing, renotify_minutes since last notification--> FIRING   [notify: repeat]
    FIRING --not firing--> clearing --firing--> FIRING                    [no notification: deduplicated]
    clearing --not firing for resolve_after_minutes--> (none)             [notify: RESOLVED]
    FIRING/clearing --no signal for stale_after_minutes--> (none)         [notify: RESOLVED, stale]
    pending --not firing or stale--> (none)                               [never notified]
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field

from monitor.core.detectors.base import Evidence, Signal
from monitor.core.events import Alert, AlertStatus, Severity
from monitor.errors import StateError

__all__ = ["ALERT_SNAPSHOT_VERSION", "AlertTracker", "AlertingSettings", "fingerprint"]

ALERT_SNAPSHOT_VERSION = 1
_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}


class AlertingSettings(BaseModel):
    """Lifecycle knobs and links (composed into ``Settings.alerting`` by the lead)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    min_firing_minutes: dict[str, int] = Field(
        default_factory=lambda: {"absolute": 3, "reward_hacking": 3},
        description="Per rule: minutes a condition must keep firing before the first notification. "
        "Rules not listed use default_min_firing_minutes (the sequential tests latch, so 0 only adds delay).",
    )
    default_min_firing_minutes: int = Field(default=0, ge=0)
    resolve_after_minutes: int = Field(
        default=10, ge=0, description="Hysteresis: minutes of non-firing signals before resolving."
    )
    renotify_minutes: int = Field(default=240, ge=1, description="Repeat a still-firing alert this often.")
    stale_after_minutes: int = Field(
        default=60, ge=1, description="Resolve a firing alert that has received no signal for this long."
    )
    max_example_event_ids: int = Field(default=5, ge=0)
    runbook_url: str | None = Field(
        default=None,
        description="Template; {rule}, {model_version}, {segment}, {fingerprint} are filled in, URL-encoded.",
    )
    dashboard_url: str | None = Field(default=None, description="Template, as runbook_url.")
    fingerprint_length: int = Field(default=16, ge=8, le=64)


def fingerprint(rule: str, model_version: str, segment: str, length: int = 16) -> str:
    """Stable alert identity: the first ``length`` hex digits of sha256(``rule|model_version|segment``)."""
    return hashlib.sha256(f"{rule}|{model_version}|{segment}".encode()).hexdigest()[:length]


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("naive datetime: pass an aware datetime")
    return at


def _iso(at: datetime | None) -> str | None:
    return None if at is None else at.isoformat()


def _parse(value: str | None) -> datetime | None:
    return None if value is None else _aware(datetime.fromisoformat(value))


def _pct(ev: Evidence, key: str) -> str | None:
    v = ev.get(key)
    return f"{v:.2%}" if isinstance(v, float | int) else None


def _summary(rule: str, version: str, segment: str, status: AlertStatus, ev: Evidence) -> str:
    parts = [f"{rule} {status.value} on {version}" + ("" if segment == "all" else f" [{segment}]")]
    rate, lo, hi = _pct(ev, "rate"), _pct(ev, "rate_low"), _pct(ev, "rate_high")
    if rate is not None:
        ci = f" (CI {lo}-{hi})" if lo and hi else ""
        parts.append(f"flagged rate {rate}{ci}, n={ev.get('n')}")
    if isinstance(ev.get("corrected_rate"), float) and float(ev["corrected_rate"]) >= 0:
        parts.append(
            f"estimated true rate {_pct(ev, 'corrected_rate')} (CI {_pct(ev, 'corrected_low')}-"
            f"{_pct(ev, 'corrected_high')}, basis {ev.get('basis')}, {ev.get('labels')} labels)"
        )
    if rule == "judge_drift" and status is AlertStatus.FIRING:
        parts.append(
            f"the judge no longer fits {version}'s traffic (disagreement with reviewers "
            f"{_pct(ev, 'disagreement')} vs at most {_pct(ev, 'threshold')} at its validation figures, "
            f"{ev.get('labels')} labels); trust its rates less; label more"
        )
    base = _pct(ev, "baseline_rate")
    if base is not None:
        parts.append(f"baseline {base}")
    if "statistic" in ev:
        parts.append(f"statistic {ev['statistic']} vs threshold {ev.get('threshold')}")
    kinds = ev.get("categories")
    if isinstance(kinds, str) and kinds:
        parts.append(kinds)
    return "; ".join(parts)


@dataclass(slots=True)
class _Track:
    rule: str
    model_version: str
    segment: str
    phase: str  # pending | firing | clearing
    since: datetime
    last_signal: datetime
    severity: Severity
    evidence: Evidence
    examples: tuple[str, ...] = ()
    clear_since: datetime | None = None
    last_notified: datetime | None = None
    notified_severity: Severity | None = None

    def to_json(self) -> dict[str, Any]:
        iso = _iso
        return {
            "rule": self.rule, "model_version": self.model_version, "segment": self.segment,
            "phase": self.phase, "since": iso(self.since), "last_signal": iso(self.last_signal),
            "severity": self.severity.value, "evidence": dict(self.evidence), "examples": list(self.examples),
            "clear_since": iso(self.clear_since), "last_notified": iso(self.last_notified),
            "notified_severity": None if self.notified_severity is None else self.notified_severity.value,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> _Track:
        dt = _parse
        since, last = dt(d["since"]), dt(d["last_signal"])
        if since is None or last is None or d["phase"] not in ("pending", "firing", "clearing"):
            raise ValueError("track without times or with an unknown phase")
        return cls(
            rule=str(d["rule"]), model_version=str(d["model_version"]), segment=str(d["segment"]),
            phase=d["phase"], since=since, last_signal=last, severity=Severity(d["severity"]),
            evidence=dict(d["evidence"]), examples=tuple(str(e) for e in d["examples"]),
            clear_since=dt(d["clear_since"]), last_notified=dt(d["last_notified"]),
            notified_severity=None if d["notified_severity"] is None else Severity(d["notified_severity"]),
        )


class AlertTracker:
    """Turns per-minute :class:`Signal` lists into the alert notifications that are due."""

    def __init__(self, settings: AlertingSettings) -> None:
        self.settings = settings
        self._tracks: dict[str, _Track] = {}

    def _fp(self, rule: str, version: str, segment: str) -> str:
        return fingerprint(rule, version, segment, self.settings.fingerprint_length)

    def _link(self, template: str | None, fp: str, tr: _Track) -> str | None:
        if template is None:
            return None
        # values are URL-encoded: a segment such as "locale=de" or a version with "/" or "+"
        # must not change the link's structure (query separators, path segments)
        return template.format(rule=quote(tr.rule, safe=""), model_version=quote(tr.model_version, safe=""),
                               segment=quote(tr.segment, safe=""), fingerprint=quote(fp, safe=""))

    def _alert(self, fp: str, tr: _Track, status: AlertStatus, now: datetime,
               transition: str | None = None) -> Alert:
        return Alert(
            fingerprint=fp, rule=tr.rule, model_version=tr.model_version, segment=tr.segment, status=status,
            severity=tr.severity,
            summary=_summary(tr.rule, tr.model_version, tr.segment, status, tr.evidence),
            evidence=dict(tr.evidence), started_at=tr.since, updated_at=now,
            resolved_at=now if status is AlertStatus.RESOLVED else None, example_event_ids=tr.examples,
            runbook_url=self._link(self.settings.runbook_url, fp, tr),
            dashboard_url=self._link(self.settings.dashboard_url, fp, tr),
            transition=transition if status is AlertStatus.FIRING else "resolved",
        )

    def _notify(self, fp: str, tr: _Track, now: datetime, transition: str) -> Alert:
        tr.last_notified, tr.notified_severity = now, tr.severity
        return self._alert(fp, tr, AlertStatus.FIRING, now, transition)

    def process(
        self,
        signals: Sequence[Signal],
        now: datetime,
        examples: Mapping[tuple[str, str], Sequence[str]] | None = None,
    ) -> list[Alert]:
        """Apply one evaluation's signals at ``now``; return the alerts to notify, in order.

        ``examples`` maps ``(model_version, segment)`` to a few recent flagged event ids; the
        first ones seen for an alert are kept (up to ``max_example_event_ids``).
        """
        now = _aware(now)
        s = self.settings
        out: list[Alert] = []
        for sig in signals:
            fp = self._fp(sig.rule, sig.model_version, sig.segment)
            tr = self._tracks.get(fp)
            if not sig.firing:
                if tr is None:
                    continue
                tr.last_signal = now
                if tr.phase == "pending":
                    del self._tracks[fp]
                elif tr.phase == "firing":
                    tr.phase, tr.clear_since = "clearing", now
                elif tr.clear_since is not None and now - tr.clear_since >= timedelta(
                    minutes=s.resolve_after_minutes
                ):
                    tr.evidence, tr.severity = dict(sig.evidence), sig.severity
                    out.append(self._alert(fp, tr, AlertStatus.RESOLVED, now))
                    del self._tracks[fp]
                continue
            if tr is None:
                tr = self._tracks[fp] = _Track(sig.rule, sig.model_version, sig.segment, "pending", now, now,
                                               sig.severity, dict(sig.evidence))
            tr.last_signal, tr.severity, tr.evidence = now, sig.severity, dict(sig.evidence)
            tr.clear_since = None
            ids = (examples or {}).get((sig.model_version, sig.segment), ())
            if len(tr.examples) < s.max_example_event_ids and ids:
                merged = tr.examples + tuple(i for i in ids if i not in tr.examples)
                tr.examples = merged[: s.max_example_event_ids]
            if tr.phase == "pending":
                wait = s.min_firing_minutes.get(sig.rule, s.default_min_firing_minutes)
                if now - tr.since >= timedelta(minutes=wait):
                    tr.phase = "firing"
                    out.append(self._notify(fp, tr, now, "new"))
                continue
            tr.phase = "firing"
            escalated = _RANK[tr.severity] > _RANK[tr.notified_severity or Severity.INFO]
            due = tr.last_notified is None or now - tr.last_notified >= timedelta(minutes=s.renotify_minutes)
            if escalated:
                out.append(self._notify(fp, tr, now, f"escalated:{tr.severity.value}"))
            elif due:
                period = (now - tr.since) // timedelta(minutes=s.renotify_minutes)
                out.append(self._notify(fp, tr, now, f"repeat:{period}"))
        for fp, tr in list(self._tracks.items()):
            if now - tr.last_signal >= timedelta(minutes=s.stale_after_minutes):
                if tr.phase != "pending":
                    tr.evidence = {**tr.evidence, "resolution": "stale"}
                    out.append(self._alert(fp, tr, AlertStatus.RESOLVED, now))
                del self._tracks[fp]
        return out

    def active(self, now: datetime) -> list[Alert]:
        """The alerts currently notified as firing (including those in their clearing period)."""
        return [self._alert(fp, tr, AlertStatus.FIRING, _aware(now), "active")
                for fp, tr in sorted(self._tracks.items()) if tr.phase != "pending"]

    def snapshot(self) -> dict[str, Any]:
        """A JSON-able dict of the lifecycle state (for the state store)."""
        return {"version": ALERT_SNAPSHOT_VERSION,
                "tracks": {fp: tr.to_json() for fp, tr in sorted(self._tracks.items())}}

    @classmethod
    def restore(cls, settings: AlertingSettings, snap: Mapping[str, Any]) -> AlertTracker:
        """Rebuild from :meth:`snapshot` output; raises :class:`StateError` if malformed."""
        if snap.get("version") != ALERT_SNAPSHOT_VERSION:
            raise StateError(f"unsupported alert snapshot version {snap.get('version')!r}")
        tracker = cls(settings)
        try:
            tracker._tracks = {str(fp): _Track.from_json(d) for fp, d in snap["tracks"].items()}
        except (KeyError, TypeError, ValueError) as exc:
            raise StateError(f"malformed alert snapshot: {exc}") from exc
        return tracker
