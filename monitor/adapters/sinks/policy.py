"""Retry policy of the dispatcher: exponential backoff with full jitter, and a circuit breaker.

Both take their clock / random source from the caller, so tests drive them without waiting.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from enum import IntEnum

from monitor.adapters.sinks.settings import BreakerSettings, RetrySettings

__all__ = ["Backoff", "CircuitBreaker", "CircuitState"]


class Backoff:
    """``delay(attempt) = U(0, min(cap, base * 2**(attempt - 1)))`` ("full jitter")."""

    def __init__(self, settings: RetrySettings, rng: random.Random) -> None:
        self._base = settings.base_s
        self._cap = settings.cap_s
        self._rng = rng

    def ceiling(self, attempt: int) -> float:
        exponent = min(max(attempt - 1, 0), 60)
        return min(self._cap, self._base * 2.0**exponent)

    def delay(self, attempt: int) -> float:
        return self._rng.uniform(0.0, self.ceiling(attempt))


class CircuitState(IntEnum):
    """Exported as the gauge value: 0 closed, 1 half-open, 2 open."""

    CLOSED = 0
    HALF_OPEN = 1
    OPEN = 2


class CircuitBreaker:
    """Opens after ``failure_threshold`` consecutive failures; after ``cooldown_s`` it lets one
    probe through (half-open): success closes it, failure opens it again for another cool-down.

    The dispatcher delivers to a sink sequentially, so at most one probe is ever in flight.
    """

    def __init__(
        self,
        settings: BreakerSettings,
        clock: Callable[[], float],
        on_change: Callable[[CircuitState], None] | None = None,
    ) -> None:
        self._threshold = settings.failure_threshold
        self._cooldown = settings.cooldown_s
        self._clock = clock
        self._on_change = on_change
        self._state = CircuitState.CLOSED
        self._failures = 0
        self._opened_at = 0.0

    @property
    def state(self) -> CircuitState:
        return self._state

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    def _set(self, state: CircuitState) -> None:
        if state is not self._state:
            self._state = state
            if self._on_change is not None:
                self._on_change(state)

    def wait_s(self) -> float:
        """Seconds until a call may be attempted (0 = now). Moves open -> half-open when due."""
        if self._state is not CircuitState.OPEN:
            return 0.0
        remaining = self._opened_at + self._cooldown - self._clock()
        if remaining > 0:
            return remaining
        self._set(CircuitState.HALF_OPEN)
        return 0.0

    def record_success(self) -> None:
        self._failures = 0
        self._set(CircuitState.CLOSED)

    def record_failure(self) -> None:
        self._failures += 1
        if self._state is CircuitState.HALF_OPEN or self._failures >= self._threshold:
            self._opened_at = self._clock()
            self._set(CircuitState.OPEN)
