"""The launch gate's statistics: the regression detector's test, applied once to a whole suite.

The regression detector (:class:`~monitor.core.detectors.rules.RateRatioTest`) asks whether a
candidate's flagged rate exceeds a baseline's: a mixture SPRT of the conditional binomial test of
the rate ratio, null ``p_c <= p_b (1 + margin)``, rejecting when the mixture likelihood ratio
reaches ``1 / alpha``. The gate feeds it the suite's counts as one observation (the same kernels,
:func:`~monitor.core.detectors.kernels.rr_mixture_update` and ``log_mixture``), once per category,
once pooled, and once for the controls (failed controls instead of flagged turns). By Ville's
inequality each test falsely fails with probability <= its alpha; the gate splits its alpha over
its tests (Bonferroni), so a run of an unchanged version fails with probability <= alpha.

:func:`probes_needed` sizes a suite for a detectable ratio with the same test (Monte Carlo).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from monitor.core.detectors.kernels import log_mixture, rr_mixture_update

__all__ = ["Comparison", "compare_rates", "power", "probes_needed"]


@dataclass(frozen=True, slots=True)
class Comparison:
    """One test: the candidate's ``x_c`` of ``n_c`` against the baseline's ``x_b`` of ``n_b``."""

    name: str
    x_c: int
    n_c: int
    x_b: int
    n_b: int
    statistic: float  # log mixture likelihood ratio
    threshold: float  # log(1 / alpha of this test)
    tested: bool  # False: too few on one side (never fails)

    @property
    def fails(self) -> bool:
        return self.tested and self.statistic >= self.threshold

    @property
    def rate_c(self) -> float:
        return self.x_c / self.n_c if self.n_c else 0.0

    @property
    def rate_b(self) -> float:
        return self.x_b / self.n_b if self.n_b else 0.0

    @property
    def ratio(self) -> float:
        if self.rate_b > 0:
            return self.rate_c / self.rate_b
        return math.inf if self.rate_c > 0 else 1.0


def _statistic(x_c: int, n_c: int, x_b: int, n_b: int, margin: float, grid: tuple[float, ...]) -> float:
    log_lr = [0.0] * len(grid)
    rr_mixture_update(log_lr, list(grid), 1.0 + margin, float(x_c), float(n_c), float(x_b), float(n_b))
    return log_mixture(log_lr, [-math.log(len(grid))] * len(grid))


def compare_rates(
    name: str, x_c: int, n_c: int, x_b: int, n_b: int, *,
    alpha: float, margin: float, grid: tuple[float, ...], min_n: int = 1,
) -> Comparison:  # fmt: skip
    """The regression detector's test of ``x_c/n_c`` > ``x_b/n_b`` at level ``alpha``."""
    if not 0.0 < alpha < 1.0:
        raise ValueError("alpha must be in (0, 1)")
    tested = n_c >= min_n and n_b >= min_n
    stat = _statistic(x_c, n_c, x_b, n_b, margin, grid) if tested else 0.0
    return Comparison(name, x_c, n_c, x_b, n_b, stat, math.log(1.0 / alpha), tested)


def power(
    p_b: float, ratio: float, n: int, *, alpha: float, margin: float, grid: tuple[float, ...],
    sims: int = 400, seed: int = 0,
) -> float:  # fmt: skip
    """The chance that ``n`` turns on each side reject when the candidate's rate is ``ratio * p_b``."""
    rng = random.Random(seed)
    p_c = min(1.0, ratio * p_b)
    threshold = math.log(1.0 / alpha)
    hits = 0
    for _ in range(sims):
        x_c = sum(rng.random() < p_c for _ in range(n))
        x_b = sum(rng.random() < p_b for _ in range(n))
        hits += _statistic(x_c, n, x_b, n, margin, grid) >= threshold
    return hits / sims


def probes_needed(
    p_b: float, ratio: float, *, alpha: float, margin: float, grid: tuple[float, ...],
    target: float = 0.8, turns_per_probe: int = 2, max_probes: int = 5000, sims: int = 400, seed: int = 0,
) -> int | None:  # fmt: skip
    """Fewest probes (of ``turns_per_probe`` scored turns, each side) whose test reaches ``target``
    power; None if more than ``max_probes`` would be needed. Doubling, then bisection."""
    lo, hi = 0, 4
    while power(p_b, ratio, hi * turns_per_probe, alpha=alpha, margin=margin, grid=grid,
                sims=sims, seed=seed) < target:  # fmt: skip
        lo, hi = hi, hi * 2
        if hi > max_probes:
            return None
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if power(p_b, ratio, mid * turns_per_probe, alpha=alpha, margin=margin, grid=grid,
                 sims=sims, seed=seed) >= target:  # fmt: skip
            hi = mid
        else:
            lo = mid
    return hi
