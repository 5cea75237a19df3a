"""PagerDuty Events API v2 sink (``POST /v2/enqueue``).

Firing -> ``trigger``, resolved -> ``resolve``, both with ``dedup_key`` = the alert
fingerprint, so a re-notification updates the open incident instead of paging again, and
the resolve closes it.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from monitor.adapters.sinks.base import IDEMPOTENCY_HEADER, USER_AGENT, Notification, post
from monitor.adapters.sinks.render import evidence_view
from monitor.adapters.sinks.settings import PagerDutySettings
from monitor.core.events import Alert, AlertStatus

__all__ = ["PagerDutySink", "pagerduty_event"]

_SUMMARY_MAX = 1024
_DEDUP_MAX = 255


def pagerduty_event(alert: Alert, settings: PagerDutySettings, *, idempotency_key: str) -> dict[str, Any]:
    """The Events v2 body for one alert state (includes the routing key: do not log it)."""
    event: dict[str, Any] = {
        "routing_key": settings.routing_key.get_secret_value(),
        "event_action": "resolve" if alert.status is AlertStatus.RESOLVED else "trigger",
        "dedup_key": alert.fingerprint[:_DEDUP_MAX],
        "client": "sycophancy-monitor",
    }
    if alert.dashboard_url:
        event["client_url"] = alert.dashboard_url
    if alert.status is AlertStatus.RESOLVED:
        return event
    view = evidence_view(alert.evidence)
    details: dict[str, Any] = {
        "rule": alert.rule,
        "model_version": alert.model_version,
        "segment": alert.segment,
        "fingerprint": alert.fingerprint,
        "notification_key": idempotency_key,
        "started_at": alert.started_at.isoformat(),
        "evidence": dict(alert.evidence),
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
            details[f"{label}_text"] = value
    if alert.example_event_ids:
        details["example_event_ids"] = list(alert.example_event_ids)
    summary = alert.summary or f"{alert.rule} on {alert.model_version}"
    event["payload"] = {
        "summary": summary[:_SUMMARY_MAX],
        "source": f"{settings.source}/{alert.model_version}",
        "severity": settings.severity_map.get(alert.severity, "warning"),
        "timestamp": alert.updated_at.isoformat(),
        "component": alert.model_version,
        "group": alert.segment,
        "class": alert.rule,
        "custom_details": details,
    }
    links = []
    if alert.runbook_url:
        links.append({"href": alert.runbook_url, "text": "Runbook"})
    if alert.dashboard_url:
        links.append({"href": alert.dashboard_url, "text": "Dashboard"})
    if links:
        event["links"] = links
    return event


class PagerDutySink:
    """Sends trigger/resolve events to PagerDuty's Events API v2."""

    def __init__(
        self, settings: PagerDutySettings, client: httpx.AsyncClient, *, name: str = "pagerduty"
    ) -> None:
        self._settings = settings
        self._client = client
        self._name = name
        self._timeout = settings.timeout()

    @property
    def name(self) -> str:
        return self._name

    async def send(self, notification: Notification) -> None:
        event = pagerduty_event(notification.alert, self._settings, idempotency_key=notification.key)
        body = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            IDEMPOTENCY_HEADER: notification.key,
        }
        url = self._settings.url.get_secret_value()
        await post(self._client, self._name, url, content=body, headers=headers, timeout=self._timeout)
