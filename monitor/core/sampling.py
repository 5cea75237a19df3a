"""Deterministic sampling: the same conversation is always in or out at a given rate."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["SamplingPolicy", "is_sampled", "sample_point"]

_SCALE = float(1 << 64)


def sample_point(key: str, salt: str) -> float:
    """A uniform point in [0, 1) derived from ``key`` and ``salt`` (blake2b, stable across hosts)."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8, key=salt.encode("utf-8")[:64]).digest()
    return int.from_bytes(digest, "big") / _SCALE


def is_sampled(conversation_id: str, rate: float, salt: str) -> bool:
    """The sampling rule, the one the worker and the gateway SDK both apply: deterministic, the
    same conversation id, salt and rate always give the same answer."""
    if rate >= 1.0:
        return True
    if rate <= 0.0:
        return False
    return sample_point(conversation_id, salt) < rate


@dataclass(frozen=True, slots=True)
class SamplingPolicy:
    """Rates per model version: configured defaults, overridden live by operators (via Redis).

    The key is the conversation id, so a conversation is sampled whole: raising a rate only
    adds conversations, never drops one already in.
    """

    default_rate: float = 1.0
    rates: Mapping[str, float] = field(default_factory=dict)
    overrides: Mapping[str, float] = field(default_factory=dict)
    salt: str = "sycomon"

    def rate_for(self, model_version: str) -> float:
        if model_version in self.overrides:
            return self.overrides[model_version]
        return self.rates.get(model_version, self.default_rate)

    def is_sampled(self, model_version: str, conversation_id: str) -> bool:
        return is_sampled(conversation_id, self.rate_for(model_version), self.salt)

    def with_overrides(self, overrides: Mapping[str, float]) -> SamplingPolicy:
        return SamplingPolicy(self.default_rate, self.rates, dict(overrides), self.salt)
