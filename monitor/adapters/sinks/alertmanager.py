"""Prometheus Alertmanager API v2 sink (``POST /api/v2/alerts``).

Alerts go in as Alertmanager alerts so that the organisation's existing routing, grouping,
inhibition and silences apply. Labels identify the alert (same label set = same alert in
Alertmanager, which makes re-posting idempotent); a resolved alert carries ``endsAt``.
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
from monitor.core.events import Alert, AlertStatus

__all__ = ["SERVICE_LABEL", "AlertmanagerSink", "alertmanager_alert"]

SERVICE_LABEL = "sycophancy-monitor"


def _rfc3339(at: datetime) -> str:
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")


def alertmanager_alert(alert: Alert, settings: AlertmanagerSettings, *, now: datetime,
                       idempotency_key: str) -> dict[str, Any]:
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
    annotations = {"summary": alert.summary or alert.rule, "fingerprint": alert.fingerprint,
                   "notification_key": idempotency_key}
    for label, value in (("rate", view.rate), ("baseline", view.baseline), ("n", view.n),
                         ("window", view.window), ("statistic", view.statistic)):
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
        "labels": labels, "annotations": annotations, "startsAt": _rfc3339(alert.started_at)
    }
    if alert.status is AlertStatus.RESOLVED:
        out["endsAt"] = _rfc3339(alert.resolved_at or alert.updated_at)
    elif settings.firing_ends_after_s is not None:
        out["endsAt"] = _rfc3339(now + timedelta(seconds=settings.firing_ends_after_s))
    generator = alert.dashboard_url or settings.generator_url
    if generator:
        out["generatorURL"] = generator
    return out


class AlertmanagerSink:
    """Posts alerts to an Alertmanager (v2 API)."""

    def __init__(self, settings: AlertmanagerSettings, client: httpx.AsyncClient, *,
                 name: str = "alertmanager", clock: Callable[[], float] = time.time) -> None:
        self._settings = settings
        self._client = client
        self._name = name
        self._clock = clock
        self._timeout = settings.timeout()
        self._url = settings.url.get_secret_value().rstrip("/") + "/api/v2/alerts"

    @property
    def name(self) -> str:
        return self._name

    async def send(self, notification: Notification) -> None:
        now = datetime.fromtimestamp(self._clock(), tz=UTC)
        payload = [alertmanager_alert(notification.alert, self._settings, now=now,
                                      idempotency_key=notification.key)]
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT,
                   IDEMPOTENCY_HEADER: notification.key}
        if self._settings.bearer_token is not None:
            headers["Authorization"] = f"Bearer {self._settings.bearer_token.get_secret_value()}"
        await post(self._client, self._name, self._url, content=body, headers=headers, timeout=self._timeout)
