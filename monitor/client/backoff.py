"""Reconnect pauses with jitter, so a fleet of gateways does not reconnect in lockstep.

After an outage every gateway's loop fails at the same moment; with plain doubling they would
all retry at the same instants and hit Kafka or Redis in waves as it comes back. Each pause is
drawn uniformly from the upper half of the doubling ceiling ("equal jitter"): spread out, and
never much shorter than the plain backoff.
"""

from __future__ import annotations

import random

__all__ = ["Backoff"]


class Backoff:
    """``next()``: the pause before the next attempt; ``reset()`` after a success."""

    def __init__(self, first_s: float, cap_s: float, *, rng: random.Random | None = None) -> None:
        if not 0 < first_s <= cap_s:
            raise ValueError(f"need 0 < first_s <= cap_s, got {first_s}, {cap_s}")
        self.first_s = first_s
        self.cap_s = cap_s
        self._rng = rng or random.Random()
        self._ceiling = first_s

    def next(self) -> float:
        ceiling = self._ceiling
        self._ceiling = min(ceiling * 2, self.cap_s)
        return self._rng.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self._ceiling = self.first_s
