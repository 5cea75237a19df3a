"""Slack incoming-webhook sink: one Block Kit message per notification.

Layout: a header (distinct for firing and resolved), the alert summary, a fields section
(rule, model version, segment, severity, rate with interval, baseline, n, window, statistic,
times), and context lines with runbook/dashboard links, example event ids and the fingerprint.
Only the alert's own fields are shown; no raw user text unless the alert carries it.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from monitor.adapters.sinks.base import IDEMPOTENCY_HEADER, USER_AGENT, Notification, post
from monitor.adapters.sinks.render import evidence_view, title
from monitor.adapters.sinks.settings import SlackSettings
from monitor.core.events import Alert, AlertStatus, Severity

__all__ = ["SlackSink", "slack_message"]

_HEADER_MAX = 150
_TEXT_MAX = 3000
_FIELD_MAX = 2000
_MAX_FIELDS = 10
_MAX_CONTEXT_ELEMENTS = 10
_EMOJI = {
    Severity.INFO: ":information_source:",
    Severity.WARNING: ":warning:",
    Severity.CRITICAL: ":rotating_light:",
}


def _escape(text: str) -> str:
    """Escape the three characters Slack mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _field(label: str, value: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": _clip(f"*{label}*\n{_escape(value)}", _FIELD_MAX)}


def _link(url: str, label: str) -> str:
    return f"<{url.replace('|', '%7C').replace('>', '%3E')}|{label}>"


def slack_message(alert: Alert, *, show_examples: bool = True) -> dict[str, Any]:
    """The Block Kit payload for one alert state."""
    resolved = alert.status is AlertStatus.RESOLVED
    emoji = ":white_check_mark:" if resolved else _EMOJI[alert.severity]
    headline = title(alert)
    ev = evidence_view(alert.evidence)
    fields = [
        _field("Rule", alert.rule),
        _field("Model version", alert.model_version),
        _field("Segment", alert.segment),
        _field("Status", "resolved" if resolved else f"firing ({alert.severity.value})"),
    ]
    for label, value in (
        ("Rate", ev.rate),
        ("Baseline", ev.baseline),
        ("n", ev.n),
        ("Window", ev.window),
        ("Statistic", ev.statistic),
    ):
        if value is not None:
            fields.append(_field(label, value))
    started = alert.started_at.isoformat(timespec="seconds")
    when = f"since {started}"
    if resolved and alert.resolved_at is not None:
        when = f"{started} \u2192 {alert.resolved_at.isoformat(timespec='seconds')}"
    fields.append(_field("Resolved" if resolved else "Started", when))
    fields = fields[:_MAX_FIELDS]

    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": _clip(f"{emoji} {headline}", _HEADER_MAX), "emoji": True},
        },
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": _clip(_escape(alert.summary) or headline, _TEXT_MAX)},
        },
        {"type": "section", "fields": fields},
    ]
    if ev.kinds:
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": _clip(_escape(f"*Which kinds rose:* {ev.kinds}"), _TEXT_MAX),
                },
            }
        )
    context: list[dict[str, str]] = []
    links = []
    if alert.runbook_url:
        links.append(_link(alert.runbook_url, "Runbook"))
    if alert.dashboard_url:
        links.append(_link(alert.dashboard_url, "Dashboard"))
    if links:
        context.append({"type": "mrkdwn", "text": " \u00b7 ".join(links)})
    if ev.others:
        extra = ", ".join(f"{k}={v}" for k, v in ev.others.items())
        context.append({"type": "mrkdwn", "text": _clip(_escape(f"Evidence: {extra}"), _TEXT_MAX)})
    if show_examples and alert.example_event_ids:
        ids = ", ".join(f"`{_escape(i)}`" for i in alert.example_event_ids[:10])
        context.append({"type": "mrkdwn", "text": _clip(f"Example events: {ids}", _TEXT_MAX)})
    context.append({"type": "mrkdwn", "text": f"Fingerprint `{_escape(alert.fingerprint)}`"})
    blocks.append({"type": "context", "elements": context[:_MAX_CONTEXT_ELEMENTS]})
    fallback = _clip(f"{headline}: {alert.summary}", _TEXT_MAX)
    return {"text": _escape(fallback), "blocks": blocks}


class SlackSink:
    """Posts Block Kit messages to a Slack incoming webhook."""

    def __init__(self, settings: SlackSettings, client: httpx.AsyncClient, *, name: str = "slack") -> None:
        self._settings = settings
        self._client = client
        self._name = name
        self._timeout = settings.timeout()

    @property
    def name(self) -> str:
        return self._name

    async def send(self, notification: Notification) -> None:
        body = json.dumps(
            slack_message(notification.alert, show_examples=self._settings.show_examples),
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
            IDEMPOTENCY_HEADER: notification.key,
        }
        await post(
            self._client,
            self._name,
            self._settings.webhook_url.get_secret_value(),
            content=body,
            headers=headers,
            timeout=self._timeout,
        )
