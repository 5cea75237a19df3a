"""Numerical kernels shared by the detectors and the simulation harness.

Every function here is flat (calls no other function of this module), uses only ``math``
and numpy arrays, and is therefore compilable unchanged with ``numba.njit``:
``bench/detection.py`` compiles these very functions, so the benchmark measures the
statistics the production detectors compute.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

__all__ = [
    "cusum_increment",
    "log_mixture",
    "rr_mixture_update",
    "wilson_interval",
]

FloatArray = npt.NDArray[np.float64] | list[float]
"""numpy arrays (numba, the benchmark) or plain lists (the production classes: faster in CPython)."""


def wilson_interval(flagged: float, n: float, z: float) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion ``flagged / n`` at normal quantile ``z``.

    The one implementation (``monitor.core.kernels.wilson`` checks its integer arguments and
    calls this). Returns ``(0.0, 1.0)`` when ``n <= 0``; the bound is exactly 0 when nothing is
    flagged and exactly 1 when everything is (the formula gives those only up to rounding).
    """
    if n <= 0.0:
        return 0.0, 1.0
    p = flagged / n
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (p + z2 / (2.0 * n)) / denom
    half = z * math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denom
    lo = 0.0 if flagged <= 0.0 else max(0.0, centre - half)
    hi = 1.0 if flagged >= n else min(1.0, centre + half)
    return lo, hi


def rr_mixture_update(
    log_lr: FloatArray,
    grid: FloatArray,
    null_rr: float,
    x_c: float,
    n_c: float,
    x_b: float,
    n_b: float,
) -> None:
    """Add one minute of evidence to the per-alternative log likelihood ratios (in place).

    Conditional (exposure-adjusted) test of the rate ratio ``RR = p_c / p_b``: given the
    minute's total flagged count ``s = x_c + x_b``, the candidate's share of the flags is
    Binomial(s, theta) with ``theta = RR n_c / (RR n_c + n_b)`` (exact for Poisson counts;
    for binomial counts at RR = 1 the true conditional law is hypergeometric, which is
    smaller in convex order, so the ratio stays a supermartingale). For alternative
    ``r = grid[k] * null_rr`` against the null ``null_rr`` the log ratio increment is::

        x_c * log(r / r0) + s * log((r0 n_c + n_b) / (r n_c + n_b))
    """
    s = x_c + x_b
    if s <= 0.0 or n_c <= 0.0 or n_b <= 0.0:
        return
    d0 = null_rr * n_c + n_b
    for k in range(len(grid)):
        r = grid[k] * null_rr
        log_lr[k] += x_c * math.log(grid[k]) + s * math.log(d0 / (r * n_c + n_b))


def log_mixture(log_lr: FloatArray, log_weights: FloatArray) -> float:
    """``log(sum_k w_k exp(log_lr[k]))``, computed stably (the mixture likelihood ratio)."""
    top = -math.inf
    for k in range(len(log_lr)):
        v = log_lr[k] + log_weights[k]
        if v > top:
            top = v
    if top == -math.inf:
        return top
    acc = 0.0
    for k in range(len(log_lr)):
        acc += math.exp(log_lr[k] + log_weights[k] - top)
    return top + math.log(acc)


def cusum_increment(flagged: float, n: float, p0: float, p1: float) -> float:
    """Bernoulli log likelihood ratio of one minute (``flagged`` of ``n``) for p1 against p0."""
    return flagged * math.log(p1 / p0) + (n - flagged) * math.log((1.0 - p1) / (1.0 - p0))
