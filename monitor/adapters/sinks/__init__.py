"""Alert sinks: Slack, PagerDuty, Alertmanager and a signed JSON webhook, plus the sink port.

Build them from settings with :func:`build_sinks`, sharing one ``httpx.AsyncClient`` whose
lifecycle the caller owns::

    async with httpx.AsyncClient() as client:
        sinks = build_sinks(settings.alerts.sinks, client)
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from monitor.adapters.sinks.alertmanager import DEFAULT_RENOTIFY_S, AlertmanagerSink
from monitor.adapters.sinks.base import AlertSink, DeliveryError, Notification, idempotency_key
from monitor.adapters.sinks.pagerduty import PagerDutySink
from monitor.adapters.sinks.settings import SinkSettings
from monitor.adapters.sinks.slack import SlackSink
from monitor.adapters.sinks.webhook import WebhookSink

__all__ = [
    "AlertSink",
    "AlertmanagerSink",
    "DeliveryError",
    "Notification",
    "PagerDutySink",
    "SlackSink",
    "WebhookSink",
    "build_sinks",
    "idempotency_key",
    "sink_names",
]

#: Every sink kind, in the order :func:`build_sinks` builds them; also its name.
SINK_KINDS = ("slack", "pagerduty", "alertmanager", "webhook")


def sink_names(settings: SinkSettings) -> list[str]:
    """The names of the sinks :func:`build_sinks` would build (no client needed)."""
    return [name for name in SINK_KINDS if getattr(settings, name) is not None]


def build_sinks(
    settings: SinkSettings,
    client: httpx.AsyncClient,
    *,
    clock: Callable[[], float] = time.time,
    renotify_s: float = DEFAULT_RENOTIFY_S,
) -> tuple[AlertSink, ...]:
    """One sink per configured section, named slack / pagerduty / alertmanager / webhook.

    ``renotify_s`` is ``alerting.renotify_minutes`` in seconds: Alertmanager's firing alerts
    must outlive the interval at which they are re-sent."""
    sinks: list[AlertSink] = []
    if settings.slack is not None:
        sinks.append(SlackSink(settings.slack, client))
    if settings.pagerduty is not None:
        sinks.append(PagerDutySink(settings.pagerduty, client))
    if settings.alertmanager is not None:
        sinks.append(AlertmanagerSink(settings.alertmanager, client, clock=clock, renotify_s=renotify_s))
    if settings.webhook is not None:
        sinks.append(WebhookSink(settings.webhook, client, clock=clock))
    return tuple(sinks)
