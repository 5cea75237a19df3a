"""Numeric kernels of the window aggregation, each with a plain-numpy twin.

A bucket's state is one ``int64`` vector of :data:`NFIELDS` counters (layout below). Scores
are kept in fixed point (:data:`SCORE_SCALE` units per 1.0), so every sum is an integer sum:
exact, associative and identical whatever the merge order or the kernel used.

Kernels (numba, ``nogil`` so they may run in a thread executor):

* :func:`accumulate` adds a batch of quantised turns (and their category slots) into rows of a
  ``(groups, NFIELDS)`` table;
  twin :func:`accumulate_np`.
* :func:`window_sums` turns a ``(minutes, columns)`` matrix of per-minute counters into trailing
  window sums for every minute at once; twin :func:`window_sums_np`.

The interpreted reference of each kernel is its ``.py_func`` (same source, run by CPython).
numba compiles lazily; call :func:`warm_up` once before reporting ready. ``cache=True`` is not
used on purpose: numba's on-disk cache needs a writable ``__pycache__`` beside this file, a
writable user cache directory or ``NUMBA_CACHE_DIR``; with none of them (a read-only image run
by a user without a home) numba raises "cannot cache function ... no locator available" at
decoration, i.e. at import (numba/numba#5566). The warm-up costs a few seconds instead.

Also here: the closed-form statistics used on top of the counters (:func:`wilson`,
:func:`z_for`, :func:`hist_quantiles`).
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import NormalDist

import numpy as np
import numpy.typing as npt
from numba import njit

from monitor.core.categories import CATEGORIES
from monitor.core.detectors.kernels import wilson_interval

__all__ = [
    "CAT0",
    "DOWN_FLAGGED",
    "DOWN_UNFLAGGED",
    "FB_DOWN",
    "FB_NONE",
    "FB_UP",
    "FLAGGED",
    "HIST0",
    "HIST_BINS",
    "NCATEGORIES",
    "NFIELDS",
    "NFIELDS_V1",
    "SCORE_SCALE",
    "SCORE_SUM",
    "UP_FLAGGED",
    "UP_UNFLAGGED",
    "Z95",
    "N",
    "accumulate",
    "accumulate_np",
    "hist_quantiles",
    "quantise",
    "warm_up",
    "wilson",
    "window_sums",
    "window_sums_np",
    "z_for",
]

I64 = npt.NDArray[np.int64]
I8 = npt.NDArray[np.int8]
F64 = npt.NDArray[np.float64]

# --- counter layout of one bucket -----------------------------------------------------------
N = 0
"""Scored turns."""
FLAGGED = 1
"""Turns with ``flagged`` true."""
SCORE_SUM = 2
"""Sum of quantised scores, in units of ``1 / SCORE_SCALE``."""
UP_FLAGGED = 3
DOWN_FLAGGED = 4
UP_UNFLAGGED = 5
DOWN_UNFLAGGED = 6
HIST0 = 7
"""First of :data:`HIST_BINS` histogram counters: bin ``b`` holds scores in ``[b/B, (b+1)/B)``."""
HIST_BINS = 20
NFIELDS_V1 = HIST0 + HIST_BINS
"""Counters of layout 1 (before the category slots); such buckets read with the slots at 0."""
CAT0 = NFIELDS_V1
"""First of :data:`NCATEGORIES` counters: flagged turns whose category is slot ``c``
(:data:`monitor.core.categories.CATEGORIES` order). Flagged turns without a category (a model
without a category head) are in ``FLAGGED`` only."""
NCATEGORIES = len(CATEGORIES)
NFIELDS = CAT0 + NCATEGORIES

SCORE_SCALE = 1_000_000
"""Fixed-point units per score 1.0: mean scores are exact to 5e-7; a window may sum 9e12 turns."""

FB_NONE = 0
FB_UP = 1
FB_DOWN = 2

Z95 = 1.959963984540054
"""Two-sided 95% normal quantile."""


def quantise(scores: Sequence[float] | npt.NDArray[np.floating]) -> I64:
    """Scores in [0, 1] to fixed-point units (round half to even), clipped to [0, SCORE_SCALE]."""
    arr = np.asarray(scores, dtype=np.float64)
    return np.clip(np.rint(arr * SCORE_SCALE), 0, SCORE_SCALE).astype(np.int64)


@njit(nogil=True)
def accumulate(
    groups: I64, units: I64, flagged: I8, feedback: I8, category: I8, out: I64
) -> None:  # pragma: no cover
    """Add turn ``i`` (quantised score ``units[i]``, ``flagged[i]`` 0/1, ``feedback[i]`` one of
    FB_NONE/FB_UP/FB_DOWN, ``category[i]`` a slot in ``[0, NCATEGORIES)`` or -1 for none) into
    row ``groups[i]`` of ``out`` (shape ``(groups, NFIELDS)``), in place."""
    for i in range(groups.shape[0]):
        g = groups[i]
        u = units[i]
        f = flagged[i] != 0
        out[g, N] += 1
        out[g, SCORE_SUM] += u
        b = (u * HIST_BINS) // SCORE_SCALE
        if b >= HIST_BINS:
            b = HIST_BINS - 1
        elif b < 0:
            b = 0
        out[g, HIST0 + b] += 1
        fb = feedback[i]
        if f:
            out[g, FLAGGED] += 1
            c = category[i]
            if 0 <= c < NCATEGORIES:
                out[g, CAT0 + c] += 1
            if fb == FB_UP:
                out[g, UP_FLAGGED] += 1
            elif fb == FB_DOWN:
                out[g, DOWN_FLAGGED] += 1
        else:
            if fb == FB_UP:
                out[g, UP_UNFLAGGED] += 1
            elif fb == FB_DOWN:
                out[g, DOWN_UNFLAGGED] += 1


def accumulate_np(groups: I64, units: I64, flagged: I8, feedback: I8, category: I8, out: I64) -> None:
    """numpy twin of :func:`accumulate` (one flat ``bincount`` per kind of counter)."""
    m = out.shape[0]
    size = m * NFIELDS
    base = groups.astype(np.int64) * NFIELDS
    f = flagged != 0
    bins = np.clip((units * HIST_BINS) // SCORE_SCALE, 0, HIST_BINS - 1)
    cross = np.full(groups.shape[0], -1, dtype=np.int64)
    cross[f & (feedback == FB_UP)] = UP_FLAGGED
    cross[f & (feedback == FB_DOWN)] = DOWN_FLAGGED
    cross[~f & (feedback == FB_UP)] = UP_UNFLAGGED
    cross[~f & (feedback == FB_DOWN)] = DOWN_UNFLAGGED
    has = cross >= 0
    cat = category.astype(np.int64)
    kind = f & (cat >= 0) & (cat < NCATEGORIES)
    idx = np.concatenate(
        [
            base + N,
            base[f] + FLAGGED,
            base + HIST0 + bins,
            base[has] + cross[has],
            base[kind] + CAT0 + cat[kind],
        ]
    )
    delta = np.bincount(idx, minlength=size)
    # Float weights are exact here: every partial sum is an integer below 2**53.
    sums = np.bincount(groups, weights=units.astype(np.float64), minlength=m)
    delta[SCORE_SUM::NFIELDS] += sums.astype(np.int64)
    out += delta.reshape(m, NFIELDS)


@njit(nogil=True)
def window_sums(x: I64, width: int) -> I64:  # pragma: no cover
    """Trailing sums: ``out[t] = x[max(0, t - width + 1) : t + 1].sum(axis=0)`` for every row."""
    rows, cols = x.shape
    out = np.empty_like(x)
    acc = np.zeros(cols, dtype=np.int64)
    for t in range(rows):
        for c in range(cols):
            acc[c] += x[t, c]
            if t >= width:
                acc[c] -= x[t - width, c]
            out[t, c] = acc[c]
    return out


def window_sums_np(x: I64, width: int) -> I64:
    """numpy twin of :func:`window_sums` (cumulative sum minus a lagged copy)."""
    cs = np.cumsum(x, axis=0, dtype=np.int64)
    out = cs.copy()
    if width < x.shape[0]:
        out[width:] -= cs[:-width]
    return out


def warm_up() -> None:
    """Compile every kernel for the dtypes the core uses (a one-off cost of about a second)."""
    groups = np.zeros(1, dtype=np.int64)
    units = np.zeros(1, dtype=np.int64)
    small = np.zeros(1, dtype=np.int8)
    out = np.zeros((1, NFIELDS), dtype=np.int64)
    accumulate(groups, units, small, small, np.full(1, -1, dtype=np.int8), out)
    window_sums(out, 1)


# --- closed-form statistics ------------------------------------------------------------------


def z_for(confidence: float) -> float:
    """Two-sided normal quantile for a confidence level in (0, 1), e.g. 0.95 -> 1.95996."""
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be in (0, 1), got {confidence}")
    return NormalDist().inv_cdf((1.0 + confidence) / 2.0)


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for ``k`` successes out of ``n``; ``(0, 1)`` when ``n == 0``."""
    if n <= 0:
        return (0.0, 1.0)
    if not 0 <= k <= n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    return wilson_interval(float(k), float(n), z)


def hist_quantiles(hist: npt.ArrayLike, qs: Sequence[float]) -> F64:
    """Quantiles from histogram counts over [0, 1] (last axis: equal bins), linear within a bin.

    ``hist`` is ``(..., bins)``; returns ``(..., len(qs))``, NaN where a histogram is empty. The
    estimate for ``q`` lies in the bin holding the ``ceil(q * n)``-th smallest value, so it is
    within one bin width of the exact inverted-CDF quantile.
    """
    h = np.asarray(hist, dtype=np.int64)
    qarr = np.asarray(qs, dtype=np.float64)
    if h.ndim == 1:
        return _quantiles_1d(h.tolist(), qarr.tolist())
    bins = h.shape[-1]
    cum = np.cumsum(h, axis=-1)
    total = cum[..., -1:]
    target = qarr * total  # (..., Q)
    # First bin whose cumulative count reaches the target rank (a bin with at least one value).
    b = np.sum(cum[..., None, :] < np.maximum(target, 1e-12)[..., :, None], axis=-1)
    b = np.minimum(b, bins - 1)
    inbin = np.take_along_axis(h, b, axis=-1)
    before = np.take_along_axis(cum, b, axis=-1) - inbin
    frac = np.clip((target - before) / np.maximum(inbin, 1), 0.0, 1.0)
    return np.where(total > 0, (b + frac) / bins, np.nan)


def _quantiles_1d(h: list[int], qs: list[float]) -> F64:
    total = sum(h)
    out = np.full(len(qs), np.nan)
    if total == 0:
        return out
    bins = len(h)
    for j, q in enumerate(qs):
        target = max(q * total, 1e-12)
        before = 0
        for b, count in enumerate(h):
            if before + count >= target or b == bins - 1:
                frac = (target - before) / count if count else 0.0
                out[j] = (b + min(max(frac, 0.0), 1.0)) / bins
                break
            before += count
    return out
