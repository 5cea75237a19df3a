"""Summaries of a window's counters: the :class:`View` (rates with Wilson intervals, mean score,
histogram quantiles, the feedback x flagged cross-table, flagged counts and rates per
sycophancy category), JSON-ready.

Pure: works on counter vectors in the layout of :mod:`monitor.core.kernels`; the bucket-level
entry points are in :mod:`monitor.core.windows`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import numpy as np
import numpy.typing as npt

from monitor.core import kernels as K
from monitor.core.categories import CATEGORIES

__all__ = ["QUANTILES", "View", "summarize_counts", "summarize_rows"]

QUANTILES = (0.5, 0.9, 0.99)
"""The score quantiles every view reports (p50, p90, p99)."""


@dataclass(frozen=True, slots=True)
class View:
    """Summary of one window. Rates and scores are ``None`` where their denominator is 0."""

    end_minute: int
    width_minutes: int
    n: int
    flagged: int
    rate: float | None
    rate_lo: float
    rate_hi: float
    mean_score: float | None
    p50: float | None
    p90: float | None
    p99: float | None
    up_flagged: int
    down_flagged: int
    up_unflagged: int
    down_unflagged: int
    up_rate_flagged: float | None
    up_rate_flagged_lo: float
    up_rate_flagged_hi: float
    up_rate_unflagged: float | None
    up_rate_unflagged_lo: float
    up_rate_unflagged_hi: float
    flagged_by_category: dict[str, int]
    """Flagged turns of each kind (every category listed; turns without a category in none)."""
    rate_by_category: dict[str, float | None]
    """Flagged turns of each kind / scored turns (``None`` when n is 0)."""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict, fields in declaration order (the per-category ones are dicts)."""
        out: dict[str, Any] = {}
        for name in _VIEW_FIELDS:
            value = getattr(self, name)
            out[name] = dict(value) if isinstance(value, dict) else value
        return out


_VIEW_FIELDS = tuple(f.name for f in fields(View))


def _opt(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


def _view(
    c: npt.NDArray[np.int64], quant: npt.NDArray[np.float64], end_minute: int, width: int, z: float
) -> View:
    n, fl = int(c[K.N]), int(c[K.FLAGGED])
    uf, df, uu, du = (int(c[i]) for i in (K.UP_FLAGGED, K.DOWN_FLAGGED, K.UP_UNFLAGGED, K.DOWN_UNFLAGGED))
    by_cat: dict[str, int] = {name: int(c[K.CAT0 + i]) for i, name in enumerate(CATEGORIES)}
    lo, hi = K.wilson(fl, n, z)
    flo, fhi = K.wilson(uf, uf + df, z)
    ulo, uhi = K.wilson(uu, uu + du, z)
    return View(
        end_minute=end_minute,
        width_minutes=width,
        n=n,
        flagged=fl,
        rate=fl / n if n else None,
        rate_lo=lo,
        rate_hi=hi,
        mean_score=int(c[K.SCORE_SUM]) / K.SCORE_SCALE / n if n else None,
        p50=_opt(quant[0]),
        p90=_opt(quant[1]),
        p99=_opt(quant[2]),
        up_flagged=uf,
        down_flagged=df,
        up_unflagged=uu,
        down_unflagged=du,
        up_rate_flagged=uf / (uf + df) if uf + df else None,
        up_rate_flagged_lo=flo,
        up_rate_flagged_hi=fhi,
        up_rate_unflagged=uu / (uu + du) if uu + du else None,
        up_rate_unflagged_lo=ulo,
        up_rate_unflagged_hi=uhi,
        flagged_by_category=by_cat,
        rate_by_category={name: (k / n if n else None) for name, k in by_cat.items()},
    )


def summarize_counts(
    counts: npt.NDArray[np.int64], end_minute: int, width_minutes: int = 1, z: float = K.Z95
) -> View:
    """The :class:`View` of one counter vector (``int64[NFIELDS]``)."""
    quant = K.hist_quantiles(counts[K.HIST0 : K.HIST0 + K.HIST_BINS], QUANTILES)
    return _view(counts, quant, end_minute, width_minutes, z)


def summarize_rows(
    rows: npt.NDArray[np.int64], start_minute: int, width_minutes: int = 1, z: float = K.Z95
) -> list[View]:
    """One :class:`View` per row of an ``int64[T, NFIELDS]`` matrix, row ``t`` ending at minute
    ``start_minute + t`` (quantiles computed for all rows at once)."""
    quant = K.hist_quantiles(rows[:, K.HIST0 : K.HIST0 + K.HIST_BINS], QUANTILES)
    return [_view(rows[t], quant[t], start_minute + t, width_minutes, z) for t in range(rows.shape[0])]
