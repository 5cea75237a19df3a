"""Configuration of the alert sinks and of the delivery outbox (frozen, documented defaults).

The lead composes :class:`SinkSettings` and :class:`OutboxSettings` into the one ``Settings``
(e.g. ``SYCOMON_ALERTS__SINKS__SLACK__WEBHOOK_URL``). Secrets are ``SecretStr``; a Slack
incoming-webhook URL is itself a secret.
"""

from __future__ import annotations

import re
from typing import Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from monitor.core.events import Severity

__all__ = [
    "AlertmanagerSettings",
    "BreakerSettings",
    "HttpSinkSettings",
    "OutboxSettings",
    "PagerDutySettings",
    "PagerDutySeverity",
    "RetrySettings",
    "SinkSettings",
    "SlackSettings",
    "WebhookSettings",
]

PagerDutySeverity = Literal["critical", "error", "warning", "info"]
LABEL_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")
"""Prometheus label names (names starting with ``__`` are reserved)."""
BUILTIN_LABELS = frozenset({"alertname", "model_version", "segment", "severity", "service"})


def _default_severity_map() -> dict[Severity, PagerDutySeverity]:
    return {Severity.INFO: "info", Severity.WARNING: "warning", Severity.CRITICAL: "critical"}


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class HttpSinkSettings(_Section):
    """Timeouts shared by every HTTP sink (seconds)."""

    connect_timeout_s: float = Field(default=3.0, gt=0, description="TCP/TLS connect timeout.")
    timeout_s: float = Field(default=10.0, gt=0, description="Read, write and pool timeout.")

    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(self.timeout_s, connect=self.connect_timeout_s)


class SlackSettings(HttpSinkSettings):
    """Slack incoming webhook (Block Kit messages)."""

    webhook_url: SecretStr = Field(description="https://hooks.slack.com/services/... (a secret).")
    show_examples: bool = Field(default=True, description="List example event ids in the message.")


class PagerDutySettings(HttpSinkSettings):
    """PagerDuty Events API v2."""

    routing_key: SecretStr = Field(description="Integration (routing) key of the PagerDuty service.")
    url: SecretStr = Field(
        default=SecretStr("https://events.pagerduty.com/v2/enqueue"),
        description="Events API endpoint (a secret: a proxy URL may carry credentials).",
    )
    source: str = Field(default="sycophancy-monitor", description="payload.source prefix.")
    severity_map: dict[Severity, PagerDutySeverity] = Field(
        default_factory=_default_severity_map,
        description="Our severity -> PagerDuty severity (critical/error/warning/info).",
    )


class AlertmanagerSettings(HttpSinkSettings):
    """Prometheus Alertmanager API v2 (``POST {url}/api/v2/alerts``)."""

    url: SecretStr = Field(
        description="Base URL, e.g. http://alertmanager:9093 (no /api/v2 suffix); a secret (may hold auth)."
    )
    generator_url: str | None = Field(
        default=None, description="generatorURL when the alert has no dashboard link."
    )
    firing_ends_after_s: float | None = Field(
        default=None,
        gt=0,
        description=(
            "Firing alerts carry endsAt = now + this, so Alertmanager resolves them by itself if the "
            "monitor stops re-notifying. Must exceed alerting.renotify_minutes (checked at load). "
            "Unset: twice alerting.renotify_minutes."
        ),
    )
    bearer_token: SecretStr | None = None
    extra_labels: dict[str, str] = Field(
        default_factory=dict,
        description="Added to every alert: Prometheus label names, non-empty values, no built-in label.",
    )

    @field_validator("extra_labels")
    @classmethod
    def _labels_are_valid(cls, value: dict[str, str]) -> dict[str, str]:
        for name, label_value in value.items():
            if not LABEL_NAME.match(name) or name.startswith("__"):
                raise ValueError(f"extra_labels: {name!r} is not a valid label name ([a-zA-Z_][a-zA-Z0-9_]*)")
            if name in BUILTIN_LABELS:
                raise ValueError(f"extra_labels: {name!r} is set by the monitor itself")
            if not label_value:
                raise ValueError(f"extra_labels: {name!r} has an empty value (Alertmanager drops it)")
        return value


class WebhookSettings(HttpSinkSettings):
    """Generic JSON webhook signed with HMAC-SHA256 (see docs/alerts.md)."""

    url: SecretStr = Field(description="Receiver URL; a secret (it may carry a token in its path or query).")
    secret: SecretStr = Field(description="Signing secret shared with the receiver.")
    rotating_secrets: tuple[SecretStr, ...] = Field(
        default=(), description="Extra secrets also signed with while the receiver rotates."
    )


class SinkSettings(_Section):
    """Which receivers get alerts. An unset section disables that sink."""

    slack: SlackSettings | None = None
    pagerduty: PagerDutySettings | None = None
    alertmanager: AlertmanagerSettings | None = None
    webhook: WebhookSettings | None = None


class RetrySettings(_Section):
    """Exponential backoff with full jitter: sleep U(0, min(cap, base * 2**(attempt-1)))."""

    max_attempts: int = Field(
        default=20,
        ge=1,
        description="Attempts per notification and sink before it goes to the dead-letter stream.",
    )
    base_s: float = Field(default=1.0, gt=0)
    cap_s: float = Field(default=300.0, gt=0)
    max_retry_after_s: float = Field(
        default=900.0, ge=0, description="A receiver's Retry-After is honoured up to this many seconds."
    )

    @model_validator(mode="after")
    def _cap_not_below_base(self) -> RetrySettings:
        if self.cap_s < self.base_s:
            raise ValueError("retry.cap_s must be >= retry.base_s")
        return self


class BreakerSettings(_Section):
    """Per-sink circuit breaker."""

    failure_threshold: int = Field(default=5, ge=1, description="Consecutive failures that open it.")
    cooldown_s: float = Field(default=60.0, gt=0, description="Open time before one half-open probe.")


class OutboxSettings(_Section):
    """The Redis-stream outbox and its dispatcher.

    With the defaults a notification is retried for at least ~15 minutes of receiver outage
    (5 quick attempts, then one probe per minute) before it is dead-lettered.
    """

    stream: str = "sycomon:alerts:outbox"
    dead_stream: str = "sycomon:alerts:dead"
    dedup_prefix: str = Field(
        default="sycomon:alerts:outbox:key:", description="Keys remembering enqueued idempotency keys."
    )
    dedup_ttl_s: int = Field(default=7 * 86_400, ge=60)
    dead_maxlen: int = Field(default=100_000, ge=1, description="Approximate cap of the dead-letter stream.")
    group_prefix: str = Field(default="sink:", description="Consumer group of a sink = prefix + sink name.")
    consumer: str = Field(default="dispatcher", description="Consumer name; keep it stable across restarts.")
    batch: int = Field(
        default=1,
        ge=1,
        description=(
            "Entries read per XREADGROUP. Read-but-unsent entries idle in the pending list and another "
            "dispatcher may claim them after claim_idle_s, so keep this small."
        ),
    )
    block_ms: int = Field(
        default=1_000,
        ge=1,
        description="XREADGROUP BLOCK time (wakes on enqueue); keep it below the client's socket timeout.",
    )
    claim_idle_s: float = Field(
        default=1_800.0,
        gt=0,
        description=(
            "Pending entries idle this long are claimed from dead consumers; must exceed the longest "
            "wait between two attempts (retry cap, Retry-After cap, breaker cool-down)."
        ),
    )
    trim_every: int = Field(default=50, ge=1, description="Trim acknowledged entries every N acks per sink.")
    retry: RetrySettings = RetrySettings()
    breaker: BreakerSettings = BreakerSettings()

    @model_validator(mode="after")
    def _claim_after_longest_wait(self) -> OutboxSettings:
        longest = max(self.retry.cap_s, self.retry.max_retry_after_s, self.breaker.cooldown_s)
        if self.claim_idle_s <= longest:
            raise ValueError(
                f"outbox.claim_idle_s must exceed the longest wait between attempts ({longest}s)"
            )
        return self
