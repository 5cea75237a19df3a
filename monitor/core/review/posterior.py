"""Posterior draws and their summary: what every figure of the review statistics is made of."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["DRAWS", "Array", "Estimate", "beta", "share", "summary"]

DRAWS = 4000
"""Posterior draws per figure."""
Array = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Estimate:
    """A figure: the posterior median (None: nothing to say) and an equal-tailed interval."""

    value: float | None
    low: float
    high: float

    def to_dict(self) -> dict[str, float | None]:
        return {"value": self.value, "low": self.low, "high": self.high}


def summary(draws: Array, level: float = 0.95) -> Estimate:
    """Median and ``level`` interval of the finite draws ([0, 1] and no value without any)."""
    draws = draws[np.isfinite(draws)]
    if draws.size == 0:
        return Estimate(None, 0.0, 1.0)
    a = (1 - level) / 2
    lo, med, hi = np.quantile(draws, [a, 0.5, 1 - a])
    return Estimate(float(med), float(lo), float(hi))


def beta(rng: np.random.Generator, a: float, b: float, n: int = DRAWS) -> Array:
    """``n`` draws of Beta(a, b)."""
    return rng.beta(a, b, size=n)


def share(rng: np.random.Generator, hits: int, of: int) -> Array:
    """Posterior draws of a within-cell share: ``hits`` of ``of`` labelled turns (Jeffreys)."""
    return beta(rng, hits + 0.5, of - hits + 0.5)
