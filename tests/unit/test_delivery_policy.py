"""Backoff with full jitter and the circuit breaker of the alert dispatcher (fake clock)."""

from __future__ import annotations

import random

from monitor.adapters.sinks.policy import Backoff, CircuitBreaker, CircuitState
from monitor.adapters.sinks.settings import BreakerSettings, RetrySettings


def test_full_jitter_stays_under_the_exponential_ceiling_and_cap() -> None:
    backoff = Backoff(RetrySettings(base_s=1.0, cap_s=30.0), random.Random(7))
    assert [backoff.ceiling(a) for a in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]
    assert backoff.ceiling(10_000) == 30
    for attempt in range(1, 12):
        delays = [backoff.delay(attempt) for _ in range(200)]
        assert all(0 <= d <= backoff.ceiling(attempt) for d in delays)
        # full jitter: spread over the whole range, not clustered at the ceiling
        assert min(delays) < 0.2 * backoff.ceiling(attempt) < 0.8 * backoff.ceiling(attempt) < max(delays)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_after_threshold_then_half_opens_after_cooldown() -> None:
    clock = Clock()
    seen: list[CircuitState] = []
    br = CircuitBreaker(BreakerSettings(failure_threshold=3, cooldown_s=60), clock, seen.append)
    for _ in range(2):
        br.record_failure()
        assert br.state is CircuitState.CLOSED and br.wait_s() == 0
    br.record_failure()
    assert br.state is CircuitState.OPEN
    assert br.wait_s() == 60
    clock.now += 59
    assert br.wait_s() == 1 and br.state is CircuitState.OPEN
    clock.now += 1
    assert br.wait_s() == 0 and br.state is CircuitState.HALF_OPEN
    br.record_failure()  # failed probe: open again for a full cool-down
    assert br.state is CircuitState.OPEN and br.wait_s() == 60
    clock.now += 60
    assert br.wait_s() == 0 and br.state is CircuitState.HALF_OPEN
    br.record_success()
    assert br.state is CircuitState.CLOSED and br.consecutive_failures == 0
    assert seen == [
        CircuitState.OPEN,
        CircuitState.HALF_OPEN,
        CircuitState.OPEN,
        CircuitState.HALF_OPEN,
        CircuitState.CLOSED,
    ]


def test_success_resets_the_consecutive_count() -> None:
    br = CircuitBreaker(BreakerSettings(failure_threshold=2, cooldown_s=5), Clock())
    br.record_failure()
    br.record_success()
    br.record_failure()
    assert br.state is CircuitState.CLOSED


def test_retry_after_parsing() -> None:
    from datetime import UTC, datetime

    from monitor.adapters.sinks.base import parse_retry_after

    now = datetime(2026, 11, 29, 6, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after("Sun, 29 Nov 2026 06:01:30 GMT", now) == 90.0
    assert parse_retry_after("Sun, 29 Nov 2026 05:00:00 GMT", now) == 0.0  # in the past: retry now
    assert parse_retry_after(None, now) is None
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after("-5", now) is None
