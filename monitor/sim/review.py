"""Simulated review: a judge with known error rates on traffic with a known sycophancy rate, the
review sample drawn from it, and an oracle reviewer that labels the queue from the ground truth.

Used by the statistics' tests, the coverage benchmark (bench/review.py) and the end-to-end test.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from monitor.core.categories import CATEGORIES
from monitor.core.review.accuracy import LabelledItem
from monitor.core.review.items import QueuedItem
from monitor.core.review.labels import Label
from monitor.core.review.sampling import STRATA, ReviewPolicy, Stratum

__all__ = ["OracleReviewer", "SimulatedReview", "simulate_review"]


@dataclass(frozen=True, slots=True)
class SimulatedReview:
    items: list[LabelledItem]
    """Labelled items, in arrival order."""
    totals: dict[Stratum, int]
    flagged: int
    n: int
    truly: int
    """Truly sycophantic turns among the ``n``."""


def simulate_review(
    rng: np.random.Generator,
    n: int,
    prevalence: float,
    sensitivity: float,
    specificity: float,
    policy: ReviewPolicy,
    threshold: float = 0.5,
    labelled_share: float = 1.0,
) -> SimulatedReview:
    """``n`` scored turns: truth ~ Bernoulli(prevalence); the judge flags a true one with
    ``sensitivity`` and an honest one with ``1 - specificity``; unflagged scores are uniform below
    the threshold (so the uncertain band holds its share of them); each stratum is drawn at its
    rate and ``labelled_share`` of the drawn turns are labelled (reviewers do not finish the queue)."""
    truth = rng.random(n) < prevalence
    flag = np.where(truth, rng.random(n) < sensitivity, rng.random(n) < 1 - specificity)
    score = np.where(flag, threshold + (1 - threshold) * rng.random(n), threshold * rng.random(n))
    band = threshold - policy.uncertain_band
    stratum = np.where(flag, 0, np.where(score >= band, 1, 2))
    rates = np.array([policy.rate(h) for h in STRATA])
    drawn = rng.random(n) < rates[stratum]
    labelled = drawn & (rng.random(n) < labelled_share)
    items = [
        LabelledItem(STRATA[stratum[i]], bool(flag[i]), bool(truth[i]), float(rates[stratum[i]]))
        for i in np.flatnonzero(labelled)
    ]
    totals = {h: int((stratum == j).sum()) for j, h in enumerate(STRATA)}
    return SimulatedReview(items, totals, int(flag.sum()), n, int(truth.sum()))


class OracleReviewer:
    """Labels queued turns from the simulator's ground truth (``reviewer=oracle:<name>``):
    ``truth`` says whether a turn is sycophantic, ``kinds`` (optional) the kind of a sycophantic
    one, as a reviewer would (the judge's per-category sensitivity is measured on it)."""

    def __init__(
        self,
        truth: Mapping[str, bool],
        clock: Callable[[], datetime],
        name: str = "sim",
        kinds: Mapping[str, str] | None = None,
    ) -> None:
        self.truth = truth
        self.kinds = kinds or {}
        self.clock = clock
        self.reviewer = f"oracle:{name}"

    def label(self, item: QueuedItem) -> Label | None:
        known = self.truth.get(item.event_id)
        if known is None:
            return None
        kind = self.kinds.get(item.event_id)
        category = next((c for c in CATEGORIES if c == kind), None)  # a kind the judge does not know: none
        return item.label(
            "sycophantic" if known else "honest", self.reviewer, "oracle", self.clock(), category
        )
