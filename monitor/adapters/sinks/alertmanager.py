"""Prometheus Alertmanager API v2 sink (``POST /api/v2/alerts``).

Alerts go in as Alertmanager alerts so that the organisation's existing routing, grouping,
inhibition and silences apply. Labels identify the alert (same label set = same alert in
Alertmanager, which makes re-posting idempotent); a resolved alert carries ``endsAt``.

``severity`` is a label (routes match on it), so an alert that changes severity is a new label
set in Alertmanager. Every post therefore also resolves the alert's label sets with the other
severities: an escalation warning -> critical closes the warning one, and a resolve closes
whatever severity is active. A firing alert's ``endsAt`` lies beyond the next re-notification
(``firing_ends_after_s``, by default twice ``alerting.renotify_minutes``), so Alertmanager never
resolves it while the detector still fires, yet does if the monitor stops re-sending.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from monitor.adapters.sinks.base import IDEMPOTENCY_HEADER, USER_AGENT, Notification, post
from monitor.adapters.sinks.render import evidence_view, fmt_value
from monitor.adapters.sinks.settings import AlertmanagerSettings
from monitor.core.events import Alert, AlertStatus, Severity

__all__ = [
    "DEFAULT_RENOTIFY_S",
    "SERVICE_LABEL",
    "AlertmanagerSink",
    "alertmanager_alert",
    "alertmanager_alerts",
    "firing_ends_after_s",
]

SERVICE_LABEL = "sycophancy-monitor"
#: alerting.renotify_minutes' default, for a sink built without the alerting settings.
DEFAULT_RENOTIFY_S = 240 * 60.0


def firing_ends_after_s(settings: AlertmanagerSettings, renotify_s: float) -> float:
    """How far ahead a firing alert's ``endsAt`` lies: the setting if given (validated at load to
    exceed the re-notify interval), else two re-notify intervals (one re-send may fail)."""
    if settings.firing_ends_after_s is not None:
        return settings.firing_ends_after_s
    return 2.0 * renotify_s


def _rfc3339(at: datetime) -> str:
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")


def alertmanager_alert(
    alert: Alert,
    settings: AlertmanagerSettings,
    *,
    now: datetime,
    idempotency_key: str,
    renotify_s: float = DEFAULT_RENOTIFY_S,
) -> dict[str, Any]:
    """One ``postableAlert`` of the Alertmanager v2 API."""
    labels = {
        **settings.extra_labels,
        "alertname": alert.rule,
        "model_version": alert.model_version,
        "segment": alert.segment,
        "severity": alert.severity.value,
        "service": SERVICE_LABEL,
    }
    view = evidence_view(alert.evidence)
    annotations = {
        "summary": alert.summary or alert.rule,
        "fingerprint": alert.fingerprint,
        "notification_key": idempotency_key,
    }
    for label, value in (
        ("rate", view.rate),
        ("baseline", view.baseline),
        ("n", view.n),
        ("window", view.window),
        ("statistic", view.statistic),
        ("kinds", view.kinds),
    ):
        if value is not None:
            annotations[label] = value
    annotations.update({f"evidence_{k}": fmt_value(v) for k, v in alert.evidence.items()})
    if alert.runbook_url:
        annotations["runbook_url"] = alert.runbook_url
    if alert.dashboard_url:
        annotations["dashboard_url"] = alert.dashboard_url
    if alert.example_event_ids:
        annotations["example_event_ids"] = ",".join(alert.example_event_ids)
    out: dict[str, Any] = {
        "labels": labels,
        "annotations": annotations,
        "startsAt": _rfc3339(alert.started_at),
    }
    if alert.status is AlertStatus.RESOLVED:
        # not in the future: Alertmanager keeps the later of two unresolved endsAt, so a resolve
        # dated after now would leave the long firing endsAt in place (Alertmanager 0.25 merge)
        out["endsAt"] = _rfc3339(min(alert.resolved_at or alert.updated_at, now))
    else:
        out["endsAt"] = _rfc3339(now + timedelta(seconds=firing_ends_after_s(settings, renotify_s)))
    generator = alert.dashboard_url or settings.generator_url
    if generator:
        out["generatorURL"] = generator
    return out


def alertmanager_alerts(
    alert: Alert,
    settings: AlertmanagerSettings,
    *,
    now: datetime,
    idempotency_key: str,
    renotify_s: float = DEFAULT_RENOTIFY_S,
) -> list[dict[str, Any]]:
    """The alert, plus its label sets with every other severity, resolved (see the module doc)."""
    main = alertmanager_alert(
        alert, settings, now=now, idempotency_key=idempotency_key, renotify_s=renotify_s
    )
    # never in the future: that would re-open an already closed label set until then
    ended = main["endsAt"] if alert.status is AlertStatus.RESOLVED else _rfc3339(now)
    others = [
        {
            "labels": {**main["labels"], "severity": severity.value},
            "annotations": {
                "summary": main["annotations"]["summary"],
                "fingerprint": alert.fingerprint,
                "superseded_by": alert.severity.value,
            },
            "startsAt": main["startsAt"],
            "endsAt": ended,
        }
        for severity in Severity
        if severity is not alert.severity
    ]
    return [main, *others]


class AlertmanagerSink:
    """Posts alerts to an Alertmanager (v2 API)."""

    def __init__(
        self,
        settings: AlertmanagerSettings,
        client: httpx.AsyncClient,
        *,
        name: str = "alertmanager",
        clock: Callable[[], float] = time.time,
        renotify_s: float = DEFAULT_RENOTIFY_S,
    ) -> None:
        self._settings = settings
        self._client = client
        self._name = name
        self._clock = clock
        self._renotify_s = renotify_s
        self._timeout = settings.timeout()
        self._url = settings.url.get_secret_value().rstrip("/") + "/api/v2/alerts"

    @property
    def name(self) -> str:
        return self._name

    async def send(self, notification: Notification) -> None:
        now = datetime.fromtimestamp(self._clock(), tz=UTC)
        payload = alertmanager_alerts(
            notification.alert,
            self._settings,
            now=now,
            idempotency_key=notification.key,
            renotify_s=self._renotify_s,
        )
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            IDEMPOTENCY_HEADER: notification.key,
        }
        if self._settings.bearer_token is not None:
            headers["Authorization"] = f"Bearer {self._settings.bearer_token.get_secret_value()}"
        await post(self._client, self._name, self._url, content=body, headers=headers, timeout=self._timeout)
