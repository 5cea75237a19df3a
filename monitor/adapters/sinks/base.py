"""The sink port: what every alert receiver adapter implements, and the notification it sends.

A :class:`Notification` is one delivery unit: an :class:`~monitor.core.events.Alert` state
(firing, re-notify or resolved) plus the idempotency key that receivers use to drop
duplicates. Sinks raise :class:`DeliveryError` (a :class:`~monitor.errors.SinkError`) that says
whether retrying can help and how long the receiver asked us to wait.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Protocol, runtime_checkable

import httpx
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from monitor.core.events import Alert
from monitor.errors import SinkError

__all__ = [
    "IDEMPOTENCY_HEADER",
    "USER_AGENT",
    "AlertSink",
    "DeliveryError",
    "Notification",
    "idempotency_key",
    "parse_retry_after",
    "post",
]

log = logging.getLogger(__name__)

IDEMPOTENCY_HEADER = "Idempotency-Key"
USER_AGENT = "sycophancy-monitor"


def idempotency_key(alert: Alert, sequence: int | None = None) -> str:
    """Stable key of one notification.

    An alert from the lifecycle (``alert.transition`` set) is keyed by its episode, not by the
    time it was sent: fingerprint + episode start (``started_at``, to the minute) + transition
    (``new``, ``escalated:<severity>``, ``repeat:<n>``, ``resolved``). The same notification
    re-fired after the detector state was lost (a Redis loss) therefore carries the key receivers
    already saw, and they drop it; a new episode, an escalation, a renotify period or the
    resolution gets a new key. Other alerts (no transition) are keyed by fingerprint + status +
    ``updated_at``. A retried or re-enqueued copy always carries the same key; ``sequence``, if
    given, is appended.
    """
    if alert.transition is not None:
        episode = alert.started_at.astimezone(UTC).replace(second=0, microsecond=0).isoformat()
        parts = ["episode", alert.fingerprint, episode, alert.transition]
    else:
        parts = [alert.fingerprint, str(alert.status), alert.updated_at.astimezone(UTC).isoformat()]
    if sequence is not None:
        parts.append(str(sequence))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]


class Notification(BaseModel):
    """One alert notification as stored in the outbox and handed to every sink."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str = Field(min_length=1, max_length=128, description="Idempotency key (ASCII, header-safe).")
    alert: Alert
    enqueued_at: AwareDatetime

    @classmethod
    def of(cls, alert: Alert, enqueued_at: datetime, sequence: int | None = None) -> Notification:
        return cls(key=idempotency_key(alert, sequence), alert=alert, enqueued_at=enqueued_at)


class DeliveryError(SinkError):
    """A sink could not deliver a notification.

    ``retryable`` is true for transport errors, timeouts, HTTP 408, 429 and 5xx; false for
    other 4xx answers (the receiver rejected the payload or the credentials, retrying will not
    help). ``retry_after`` is the receiver's ``Retry-After`` in seconds, if it sent one.
    """

    def __init__(
        self,
        sink: str,
        detail: str,
        *,
        retryable: bool,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{sink}: {detail}")
        self.sink = sink
        self.detail = detail
        self.retryable = retryable
        self.status = status
        self.retry_after = retry_after


@runtime_checkable
class AlertSink(Protocol):
    """A receiver of alert notifications (Slack, PagerDuty, Alertmanager, signed webhook...)."""

    @property
    def name(self) -> str:
        """Unique, stable name; it names the sink's consumer group in the outbox."""
        ...

    async def send(self, notification: Notification) -> None:
        """Deliver once; raise :class:`DeliveryError` on failure. Must be safe to retry."""
        ...


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or HTTP-date form); None if absent/invalid."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    reference = now or datetime.now(UTC)
    return max(0.0, (when - reference).total_seconds())


_RETRYABLE_4XX = frozenset({408, 425, 429})


async def post(
    client: httpx.AsyncClient,
    sink: str,
    url: str,
    *,
    content: bytes,
    headers: Mapping[str, str],
    timeout: httpx.Timeout,  # noqa: ASYNC109 (httpx's per-request timeout, not a cancel scope)
) -> httpx.Response:
    """POST ``content``; translate every httpx failure and non-2xx answer to DeliveryError.

    Error messages carry the sink name and status only, never the URL (it may hold a secret,
    e.g. a Slack webhook URL) nor the body.
    """
    try:
        response = await client.post(url, content=content, headers=dict(headers), timeout=timeout)
    except httpx.TimeoutException as exc:
        raise DeliveryError(sink, f"timeout ({type(exc).__name__})", retryable=True) from None
    except httpx.HTTPError as exc:
        raise DeliveryError(sink, f"transport error ({type(exc).__name__})", retryable=True) from None
    status = response.status_code
    if 200 <= status < 300:
        return response
    retryable = status >= 500 or status in _RETRYABLE_4XX
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    snippet = response.text[:200].replace("\n", " ") if not retryable else ""
    log.warning("sink %s answered HTTP %d%s", sink, status, f": {snippet}" if snippet else "")
    raise DeliveryError(
        sink,
        f"HTTP {status}" + (f": {snippet}" if snippet else ""),
        retryable=retryable,
        status=status,
        retry_after=retry_after,
    )
