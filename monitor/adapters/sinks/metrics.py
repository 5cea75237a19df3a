"""Prometheus metrics of alert delivery, registered on a caller-supplied registry."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["DeliveryMetrics", "Outcome"]


class Outcome:
    """Values of the ``outcome`` label of ``sycomon_alert_deliveries_total``."""

    DELIVERED = "delivered"
    RETRY = "retry"  # a retryable failure (transport, timeout, 408/429/5xx); will be retried
    REJECTED = "rejected"  # a permanent failure (other 4xx, or a sink bug); dead-lettered at once
    DEAD_LETTERED = "dead_lettered"


class DeliveryMetrics:
    """Create once per registry and share between the outbox and the dispatcher."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.enqueued = Counter(
            "sycomon_alert_outbox_enqueued",
            "Notifications appended to the outbox; outcome=duplicate when the key was already there.",
            ["outcome"],
            registry=registry,
        )
        self.deliveries = Counter(
            "sycomon_alert_deliveries",
            "Delivery results by sink and outcome (delivered, retry, rejected, dead_lettered).",
            ["sink", "outcome"],
            registry=registry,
        )
        self.attempts = Counter(
            "sycomon_alert_delivery_attempts", "HTTP delivery attempts by sink.", ["sink"], registry=registry
        )
        self.dead_lettered = Counter(
            "sycomon_alert_dead_lettered",
            "Notifications moved to the dead-letter stream, by sink.",
            ["sink"],
            registry=registry,
        )
        self.dead_letter_backlog = Gauge(
            "sycomon_alert_dead_letter_entries",
            "Entries in the dead-letter stream (alert on > 0).",
            registry=registry,
        )
        self.circuit_state = Gauge(
            "sycomon_alert_sink_circuit_state",
            "Circuit breaker state by sink: 0 closed, 1 half-open, 2 open.",
            ["sink"],
            registry=registry,
        )
        self.latency = Histogram(
            "sycomon_alert_delivery_latency_seconds",
            "Time from enqueue to successful delivery, by sink.",
            ["sink"],
            buckets=(0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600),
            registry=registry,
        )
        self.store_errors = Counter(
            "sycomon_alert_outbox_store_errors",
            "Redis errors met by the dispatcher (it backs off and resumes).",
            registry=registry,
        )
