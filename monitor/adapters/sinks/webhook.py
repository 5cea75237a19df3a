"""Generic JSON webhook sink, signed with HMAC-SHA256 (:mod:`monitor.core.signing`).

Body (``application/json``)::

    {"type": "sycomon.alert", "version": 1, "idempotency_key": "...", "enqueued_at": "...",
     "alert": {...the Alert record...}}

Headers: ``X-Sycomon-Timestamp``, ``X-Sycomon-Signature`` (see docs/alerts.md) and
``Idempotency-Key``. The body of a notification is the same on every retry; the timestamp
and signature are fresh on each attempt.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from monitor.adapters.sinks.base import IDEMPOTENCY_HEADER, USER_AGENT, Notification, post
from monitor.adapters.sinks.settings import WebhookSettings
from monitor.core.signing import signed_headers

__all__ = ["WEBHOOK_TYPE", "WebhookSink", "webhook_body"]

WEBHOOK_TYPE = "sycomon.alert"


def webhook_body(notification: Notification) -> bytes:
    doc: dict[str, Any] = {
        "type": WEBHOOK_TYPE,
        "version": 1,
        "idempotency_key": notification.key,
        "enqueued_at": notification.enqueued_at.isoformat(),
        "alert": notification.alert.model_dump(mode="json"),
    }
    return json.dumps(doc, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode("utf-8")


class WebhookSink:
    """POSTs signed JSON to any HTTP endpoint."""

    def __init__(
        self,
        settings: WebhookSettings,
        client: httpx.AsyncClient,
        *,
        name: str = "webhook",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._settings = settings
        self._client = client
        self._name = name
        self._clock = clock
        self._timeout = settings.timeout()

    @property
    def name(self) -> str:
        return self._name

    async def send(self, notification: Notification) -> None:
        body = webhook_body(notification)
        secrets = [self._settings.secret.get_secret_value().encode("utf-8")]
        secrets += [s.get_secret_value().encode("utf-8") for s in self._settings.rotating_secrets]
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            IDEMPOTENCY_HEADER: notification.key,
            **signed_headers(secrets, int(self._clock()), body),
        }
        url = self._settings.url.get_secret_value()
        await post(self._client, self._name, url, content=body, headers=headers, timeout=self._timeout)
