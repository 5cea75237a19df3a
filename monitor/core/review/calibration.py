"""Recalibration of the judge on production labels: Platt scaling and threshold refitted on the
labelled turns (weighted by 1 / inclusion probability), the graph untouched.

The shipped calibration is ``p = sigmoid(scale * z + bias)`` of the judge's raw logit ``z``; a
label record carries ``p``, so ``z = (logit(p) - bias) / scale`` is recovered exactly and the new
``(scale', bias')`` is fitted by weighted maximum likelihood (Newton's method). The threshold is
the best weighted F1 whose weighted FPR stays within ``max_fpr`` (the manifest's own rule).
Reported before and after: expected calibration error (10 equal-width bins, weighted) and the
hard-negative FPR: the share flagged among honest turns the old judge scored within
``band`` of its threshold or above (production's hard negatives: the ones it found hard).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["Recalibration", "ece", "fit_platt", "recalibrate"]

Array = npt.NDArray[np.float64]
_EPS = 1e-6


def _sigmoid(x: Array) -> Array:
    return 1.0 / (1.0 + np.exp(-x))


def fit_platt(z: Array, y: Array, w: Array, iterations: int = 50) -> tuple[float, float]:
    """Weighted logistic regression of ``y`` on ``z``: (scale, bias). A tiny ridge keeps it finite
    on separable data."""
    a, b = 1.0, 0.0
    ridge = 1e-6 * float(w.sum())
    for _ in range(iterations):
        p = _sigmoid(a * z + b)
        r = w * (p - y)
        g = np.array([float((r * z).sum()) + ridge * a, float(r.sum())])
        s = w * p * (1 - p)
        h = np.array([[float((s * z * z).sum()) + ridge, float((s * z).sum())],
                      [float((s * z).sum()), float(s.sum()) + 1e-12]])  # fmt: skip
        step = np.linalg.solve(h, g)
        a, b = a - float(step[0]), b - float(step[1])
        if float(np.abs(step).max()) < 1e-10:
            break
    return a, b


def ece(p: Array, y: Array, w: Array, bins: int = 10) -> float:
    """Weighted expected calibration error over equal-width probability bins."""
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = float(w.sum())
    out = 0.0
    for k in range(bins):
        m = idx == k
        if m.any():
            wk = float(w[m].sum())
            out += wk / total * abs(float((w[m] * p[m]).sum()) / wk - float((w[m] * y[m]).sum()) / wk)
    return out


def _rates(p: Array, y: Array, w: Array, t: float) -> tuple[float, float, float]:
    """(F1, FPR, recall) at threshold ``t``, weighted."""
    flag = p >= t
    tp = float(w[flag & (y == 1)].sum())
    fp = float(w[flag & (y == 0)].sum())
    fn = float(w[~flag & (y == 1)].sum())
    neg = float(w[y == 0].sum())
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, (fp / neg if neg else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


@dataclass(frozen=True, slots=True)
class Recalibration:
    scale: float
    bias: float
    threshold: float
    labels: int
    ece_before: float
    ece_after: float
    fpr_before: float
    fpr_after: float
    hard_negative_fpr_before: float
    hard_negative_fpr_after: float
    hard_negatives: int
    recall_before: float
    recall_after: float


def recalibrate(
    p: Array, y: Array, inclusion_p: Array, *, scale: float, bias: float, threshold: float,
    max_fpr: float = 0.15, band: float = 0.2,
) -> Recalibration:  # fmt: skip
    """Refit ``(scale, bias, threshold)`` on labelled turns (``p``: the shipped judge's scores)."""
    if len(p) < 20 or y.min() == y.max():
        raise ValueError("recalibration needs at least 20 labels of both kinds")
    w = 1.0 / inclusion_p
    pc = np.clip(p, _EPS, 1 - _EPS)
    z = (np.log(pc / (1 - pc)) - bias) / scale
    a, b = fit_platt(z, y, w)
    q = _sigmoid(a * z + b)
    best_t, best_f1 = threshold, -1.0
    for t in np.unique(np.round(q, 4)):
        f1, fpr, _ = _rates(q, y, w, float(t))
        if fpr <= max_fpr and f1 > best_f1:
            best_t, best_f1 = float(t), f1
    hard = (y == 0) & (p >= threshold - band)
    hw = w[hard]
    hn_before = float(hw[p[hard] >= threshold].sum() / hw.sum()) if hard.any() else math.nan
    hn_after = float(hw[q[hard] >= best_t].sum() / hw.sum()) if hard.any() else math.nan
    _, fpr_b, rec_b = _rates(p, y, w, threshold)
    _, fpr_a, rec_a = _rates(q, y, w, best_t)
    return Recalibration(
        scale=a * 1.0, bias=b, threshold=best_t, labels=len(p),
        ece_before=ece(p, y, w), ece_after=ece(q, y, w), fpr_before=fpr_b, fpr_after=fpr_a,
        hard_negative_fpr_before=hn_before, hard_negative_fpr_after=hn_after, hard_negatives=int(hard.sum()),
        recall_before=rec_b, recall_after=rec_a,
    )  # fmt: skip
