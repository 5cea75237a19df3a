"""Which kinds of sycophancy rose: the category part of an alert's evidence.

The bank keeps, per model version (segment ``all``), a trailing window of scored turns and of
flagged turns per category. When an ``absolute`` or ``regression`` signal fires, the version's
per-kind rates are compared with the baseline version's over the same minutes and the kinds
that rose most are named, e.g. ``"v2: unearned praise 3.1x baseline, caving 1.6x baseline"``.
Without a baseline (the version is the baseline, or there is none) the evidence names the
kinds that dominate its flags instead. Descriptive, not a test: the alert itself is decided by
the detector's statistic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.core.categories import CATEGORIES, label_of
from monitor.core.detectors.base import Evidence

__all__ = ["KindShift", "category_evidence", "kind_shifts"]


@dataclass(frozen=True, slots=True)
class KindShift:
    category: str
    flagged: int
    rate: float
    baseline_rate: float | None
    ratio: float | None  # None without a baseline; inf when the baseline has none of this kind

    def text(self) -> str:
        name = label_of(self.category)
        if self.ratio is None:
            return f"{name} {self.rate:.1%} of turns"
        if math.isinf(self.ratio):
            return f"{name} {self.rate:.1%} of turns (none in baseline)"
        return f"{name} {self.ratio:.1f}x baseline"


def kind_shifts(
    cand: Sequence[int], base: Sequence[int] | None, *, min_flags: int, top: int
) -> list[KindShift]:
    """``cand``/``base`` are ``[n, flagged of category 0, ..., of category K-1]`` over the same
    minutes. With a baseline: the kinds with at least ``min_flags`` flags whose rate rose (ratio
    > 1), largest ratio first; without one: the most frequent kinds. At most ``top``."""
    n = cand[0] if cand else 0
    if n <= 0:
        return []
    nb = base[0] if base else 0
    out: list[KindShift] = []
    for k, name in enumerate(CATEGORIES):
        x = int(cand[1 + k]) if len(cand) > 1 + k else 0
        if x < min_flags:
            continue
        rate = x / n
        if base is None or nb <= 0:
            out.append(KindShift(name, x, rate, None, None))
            continue
        xb = int(base[1 + k]) if len(base) > 1 + k else 0
        base_rate = xb / nb
        ratio = rate / base_rate if base_rate > 0 else math.inf
        if ratio > 1.0:
            out.append(KindShift(name, x, rate, base_rate, ratio))
    if base is None or nb <= 0:
        out.sort(key=lambda s: (-s.flagged, s.category))
    else:
        out.sort(key=lambda s: (-(s.ratio or 0.0), -s.flagged, s.category))
    return out[:top]


def category_evidence(version: str, shifts: Sequence[KindShift]) -> Evidence:
    """Evidence keys (flat, as all evidence): ``categories`` (the sentence), ``top_category``,
    ``top_category_rate``, and with a baseline ``top_category_baseline_rate`` and
    ``top_category_ratio`` (capped at 1e6 when the baseline had none)."""
    if not shifts:
        return {}
    head = shifts[0]
    ev: Evidence = {
        "categories": f"{version}: " + ", ".join(s.text() for s in shifts),
        "top_category": head.category,
        "top_category_rate": round(head.rate, 6),
    }
    if head.ratio is not None and head.baseline_rate is not None:
        ev["top_category_baseline_rate"] = round(head.baseline_rate, 6)
        ev["top_category_ratio"] = round(min(head.ratio, 1e6), 6)
    return ev
