"""The judge's accuracy measured on review labels, and the prevalence corrected for its errors.

**Accuracy (post-stratified, Bayesian).** Labels come from a stratified sample (more flagged and
uncertain turns than the rest, a cap per review segment), so plain label rates are biased. The
sampling cells are (review segment, stratum); within a cell ``h`` the labelled turns are a
uniform sample, so ``q_h`` = P(truly sycophantic | cell h) has the posterior
``Beta(pos_h + 1/2, neg_h + 1/2)`` (Jeffreys). The cells' shares ``w_h`` of the version's scored
turns come from the worker's counts ``N_h`` (``Dirichlet(N_h + 1/2)``; counts per stratum only pool
the segments), or, without counts, from the labels' inclusion probabilities (Horvitz-Thompson
``sum 1/pi``, per stratum). Then, per posterior draw::

    sensitivity = sum_{h flagged} w_h q_h / sum_h w_h q_h
    specificity = sum_{h not flagged} w_h (1 - q_h) / sum_h w_h (1 - q_h)
    precision   = sum_{h flagged} w_h q_h / sum_{h flagged} w_h

The version's figures combine every cell with its weight; each review segment's are the same
sums over its own cells; per category see :mod:`monitor.core.review.by_category`.

**Corrected prevalence (Rogan-Gladen, Bayesian).** For a window with ``x`` flagged of ``n``
scored, ``F ~ Beta(x + 1/2, n - x + 1/2)`` and, per draw, ``p = (F + Sp - 1) / (Se + Sp - 1)``
clipped to [0, 1]. The interval is the draws' quantiles, so it carries the uncertainty of the
flagged rate *and* of the judge's error rates. Before a version has ``min_labels`` labels the
judge's validation figures (model manifest) stand in for Se and Sp (``basis = "validation"``).

**Judge drift (anytime-valid).** If the judge's sensitivity and specificity on this traffic were
at least their validation values, its disagreement rate with reviewers would be at most
``d0 = 1 - min(Se0, Sp0)`` whatever the prevalence. Labels in arrival order give
``Z_i = (pi_bar / pi_i) * [judge != reviewer]``, whose mean under the sampling design is the
population disagreement rate (``pi_bar``: the mean inclusion probability over scored turns).
The betting wealth ``prod(1 + lambda (Z_i - d0 - margin))``, mixed over a grid of ``lambda``, is a
non-negative supermartingale under the null, so by Ville's inequality it reaches ``1/alpha`` with
probability at most ``alpha``: the rule fires then, and clears when the wealth falls back to 1.

Deterministic: draws use a generator seeded from the version name, so replay and the worker agree.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np

from monitor.core.review.by_category import by_category
from monitor.core.review.labels import Label, LabelledItem, verdict
from monitor.core.review.posterior import DRAWS, Array, Estimate, beta, share, summary
from monitor.core.review.sampling import STRATA, Stratum

__all__ = [
    "DRAWS",
    "Estimate",
    "JudgeAccuracy",
    "LabelledItem",
    "ValidationFigures",
    "assess_judge",
    "cell_shares",
    "corrected_prevalence",
    "judge_drift",
    "labelled_items",
]

Basis = Literal["labels", "validation", "none"]
Cell = tuple[str, Stratum]
"""A sampling cell of one version: (review segment, stratum)."""
Totals = Mapping[Stratum, int] | Mapping[Cell, int]
"""Scored turns per stratum (segments pooled) or per cell."""
_POOLED = ""
"""The segment of every cell when the totals do not name segments."""
ALL_SEGMENTS = "all"
#: Draws whose Youden index Se + Sp - 1 is below this are uninformative (the judge is no better
#: than chance there): when more than 5 % of draws are, the corrected interval is [0, 1].
MIN_YOUDEN = 0.02
DRIFT_LAMBDAS = (0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9)
"""Betting fractions of the drift e-process, as fractions of ``1 / d0`` (mixed, equal weights)."""


@dataclass(frozen=True, slots=True)
class ValidationFigures:
    """The judge's sensitivity and specificity at its threshold on its validation split."""

    sensitivity: float
    specificity: float
    positives: int
    negatives: int

    @classmethod
    def from_manifest(cls, raw: Mapping[str, Any]) -> ValidationFigures | None:
        v = raw.get("validation")
        if not isinstance(v, Mapping):
            return None
        try:
            return cls(
                float(v["sensitivity"]), float(v["specificity"]), int(v["positives"]), int(v["negatives"])
            )
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True, slots=True)
class JudgeAccuracy:
    """What is known of the judge's error rates on one version's traffic (posterior draws)."""

    model_version: str
    basis: Basis
    labels: int
    """Items with a consensus label (disputed items excluded)."""
    sensitivity_draws: Array = field(repr=False)
    specificity_draws: Array = field(repr=False)
    precision_draws: Array = field(repr=False)
    precision_by_category: dict[str, Estimate] = field(default_factory=dict)
    """Per judge category: the weighted share of turns the judge flagged as it that reviewers call
    sycophantic."""
    drift_firing: bool = False
    drift_log_wealth: float = 0.0
    disagreement: float | None = None
    """Weighted disagreement rate of the judge with the reviewers (population estimate)."""
    disagreement_null: float | None = None
    sensitivity_by_category: dict[str, Estimate] = field(default_factory=dict)
    """Per reviewer category: the weighted share of the turns reviewers call sycophantic of that
    kind that the judge flagged (whatever category it named)."""
    specificity_by_category: dict[str, Estimate] = field(default_factory=dict)
    """Per judge category: the weighted share of honest turns the judge did *not* flag as that
    category (1 - its false-positive rate there; the categories' false-positive rates add up to
    the judge's)."""
    segment: str = ALL_SEGMENTS
    segments: dict[str, JudgeAccuracy] = field(default_factory=dict)
    """Per review segment, the same figures on that segment's cells (when the totals name
    segments); the version's own figures combine every cell with its weight."""

    def for_segment(self, segment: str) -> JudgeAccuracy:
        """The figures to correct a review segment's rates with: its own once they rest on labels
        (``min_labels`` of them), else the version's."""
        own = self.segments.get(segment)
        return own if own is not None and own.basis == "labels" else self

    @property
    def sensitivity(self) -> Estimate:
        return summary(self.sensitivity_draws)

    @property
    def specificity(self) -> Estimate:
        return summary(self.specificity_draws)

    @property
    def precision(self) -> Estimate:
        return summary(self.precision_draws)

    @property
    def corrects(self) -> bool:
        return self.basis != "none"

    def to_dict(self) -> dict[str, Any]:
        return {
            "basis": self.basis,
            "labels": self.labels,
            "sensitivity": self.sensitivity.to_dict(),
            "specificity": self.specificity.to_dict(),
            "precision": self.precision.to_dict(),
            "precision_by_category": {k: v.to_dict() for k, v in sorted(self.precision_by_category.items())},
            "sensitivity_by_category": {
                k: v.to_dict() for k, v in sorted(self.sensitivity_by_category.items())
            },
            "specificity_by_category": {
                k: v.to_dict() for k, v in sorted(self.specificity_by_category.items())
            },
            **({"segments": {k: v.to_dict() for k, v in self.segments.items()}} if self.segments else {}),
            "drift_firing": self.drift_firing,
            "drift_log_wealth": round(self.drift_log_wealth, 4),
            "disagreement": self.disagreement,
            "disagreement_null": self.disagreement_null,
        }


def _rng(version: str, segment: str = ALL_SEGMENTS) -> np.random.Generator:
    key = version if segment == ALL_SEGMENTS else f"{version}|{segment}"
    seed = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big")
    return np.random.default_rng(seed)


def _no_information(version: str) -> JudgeAccuracy:
    nan = np.full(DRAWS, np.nan)
    return JudgeAccuracy(version, "none", 0, nan, nan, nan)


def _validation(version: str, v: ValidationFigures, labels: int, segment: str) -> JudgeAccuracy:
    rng = _rng(version)
    se = beta(rng, v.sensitivity * v.positives + 0.5, (1 - v.sensitivity) * v.positives + 0.5)
    sp = beta(rng, v.specificity * v.negatives + 0.5, (1 - v.specificity) * v.negatives + 0.5)
    return JudgeAccuracy(version, "validation", labels, se, sp, np.full(DRAWS, np.nan), segment=segment)


def stratum_shares(
    items: Sequence[LabelledItem], totals: Mapping[Stratum, int] | None
) -> dict[Stratum, float]:
    """N_h per stratum: the worker's counts, else Horvitz-Thompson from the labels."""
    if totals and sum(totals.values()) > 0:
        return {h: float(totals.get(h, 0)) for h in STRATA}
    out = dict.fromkeys(STRATA, 0.0)
    for it in items:
        out[it.stratum] += 1.0 / it.inclusion_p
    return out


def _cell_totals(totals: Totals | None) -> tuple[dict[Cell, int], bool]:
    """Totals keyed by cell, and whether they name review segments (else one pooled segment)."""
    out: dict[Cell, int] = {}
    segmented = False
    for key, n in (totals or {}).items():
        if isinstance(key, tuple):
            out[key] = out.get(key, 0) + int(n)
            segmented = True
        else:
            out[(_POOLED, Stratum(key))] = out.get((_POOLED, Stratum(key)), 0) + int(n)
    return out, segmented


def cell_shares(items: Sequence[LabelledItem], totals: Totals | None) -> dict[Cell, float]:
    """N per sampling cell: the worker's counts (per (segment, stratum), or per stratum with the
    segments pooled), else Horvitz-Thompson per stratum from the labels (segments pooled)."""
    cells, segmented = _cell_totals(totals)
    if sum(cells.values()) > 0:
        if not segmented:
            return {(_POOLED, h): float(cells.get((_POOLED, h), 0)) for h in STRATA}
        return {c: float(n) for c, n in sorted(cells.items(), key=_cell_order)}
    return {(_POOLED, h): v for h, v in stratum_shares(items, None).items()}


def _cell_order(item: tuple[Cell, object]) -> tuple[str, int]:
    (segment, stratum), _ = item
    return segment, STRATA.index(stratum)


def judge_drift(
    items: Sequence[LabelledItem],
    d0: float,
    pi_bar: float,
    alpha: float,
    cap_log_wealth: float,
) -> tuple[bool, float]:
    """(firing, log wealth now) of the drift e-process over ``items`` in arrival order."""
    if not items or not 0.0 < d0 < 1.0 or pi_bar <= 0:
        return False, 0.0
    lambdas = np.array(DRIFT_LAMBDAS) / d0
    log_w = np.zeros(len(lambdas))
    threshold = math.log(1.0 / alpha)
    log_k = math.log(len(lambdas))
    firing = False
    for it in items:
        z = (pi_bar / it.inclusion_p) * float(it.flagged != it.truth)
        log_w += np.log1p(lambdas * (z - d0))
        np.minimum(log_w, cap_log_wealth, out=log_w)
        mix = float(np.logaddexp.reduce(log_w)) - log_k
        if not firing and mix >= threshold:
            firing = True
        elif firing and mix <= 0.0:
            firing = False
            log_w[:] = 0.0
    mix = float(np.logaddexp.reduce(log_w)) - log_k
    return firing, mix


def assess_judge(
    version: str,
    items: Sequence[LabelledItem],
    *,
    totals: Totals | None = None,
    rates: Mapping[Stratum, float] | Mapping[Cell, float] | None = None,
    validation: ValidationFigures | None = None,
    min_labels: int = 100,
    drift_alpha: float = 0.01,
    drift_margin: float = 0.05,
) -> JudgeAccuracy:
    """The judge's accuracy on ``version`` from its labelled items (arrival order), with the
    basis the corrected prevalence uses: labels once there are ``min_labels``, else validation.

    ``totals`` per (segment, stratum) cell make the figures post-stratified over the cells, and
    add the same figures per review segment (:attr:`JudgeAccuracy.segments`); per stratum, the
    segments are pooled."""
    out = _assess(version, ALL_SEGMENTS, items, totals, validation, min_labels)
    cells, segmented = _cell_totals(totals)
    if segmented:
        names = sorted({c[0] for c, n in cells.items() if n > 0} | {it.segment for it in items})
        out = replace(out, segments={
            name: _assess(version, name, [it for it in items if it.segment == name],
                          {c: n for c, n in cells.items() if c[0] == name}, validation, min_labels)
            for name in names
        })  # fmt: skip
    if out.basis != "labels" or validation is None:
        return out
    d0 = min(0.99, 1.0 - min(validation.sensitivity, validation.specificity) + drift_margin)
    shares = cell_shares(items, totals)
    rate_of: dict[Stratum | Cell, float] = {k: v for k, v in (rates or {}).items()}
    total = sum(shares.values())

    def rate(c: Cell) -> float | None:  # the cell's nominal rate, else its stratum's
        return rate_of.get(c, rate_of.get(c[1]))

    pi_bar = (
        sum(n * r for c, n in shares.items() if (r := rate(c)) is not None) / total
        if total and rate_of
        else len(items) / total
        if total
        else 0.0
    )
    firing, log_wealth = judge_drift(items, d0, pi_bar, drift_alpha, math.log(1e3 / drift_alpha))
    weights = np.array([1.0 / it.inclusion_p for it in items])
    wrong = np.array([float(it.flagged != it.truth) for it in items])
    dis = float((weights * wrong).sum() / weights.sum())
    return replace(
        out, drift_firing=firing, drift_log_wealth=log_wealth, disagreement=dis, disagreement_null=d0
    )


def _assess(
    version: str,
    segment: str,
    items: Sequence[LabelledItem],
    totals: Totals | None,
    validation: ValidationFigures | None,
    min_labels: int,
) -> JudgeAccuracy:
    n = len(items)
    if n < min_labels:
        if validation is None:
            nan = np.full(DRAWS, np.nan)
            return JudgeAccuracy(version, "none", n, nan, nan, nan, segment=segment)
        return _validation(version, validation, n, segment)
    rng = _rng(version, segment)
    shares = cell_shares(items, totals)
    present = [c for c, v in shares.items() if v > 0]
    pooled = all(c[0] == _POOLED for c in present)

    def cell_of(it: LabelledItem) -> Cell:
        return (_POOLED, it.stratum) if pooled else (it.segment, it.stratum)

    members: dict[Cell, list[LabelledItem]] = {c: [] for c in present}
    for it in items:
        members.setdefault(cell_of(it), []).append(it)
    w = rng.dirichlet([shares[c] + 0.5 for c in present], size=DRAWS)  # [DRAWS, cells]
    q = np.empty_like(w)
    for j, c in enumerate(present):
        q[:, j] = share(rng, sum(1 for it in members[c] if it.truth), len(members[c]))
    flagged = np.array([c[1] == Stratum.FLAGGED for c in present])
    true_mass = w * q
    false_mass = w * (1 - q)
    se = true_mass[:, flagged].sum(axis=1) / true_mass.sum(axis=1)
    sp = false_mass[:, ~flagged].sum(axis=1) / false_mass.sum(axis=1)
    ppv = (
        true_mass[:, flagged].sum(axis=1) / w[:, flagged].sum(axis=1)
        if flagged.any()
        else np.full(DRAWS, np.nan)
    )
    by_cat = by_category(rng, [members[c] for c in present], flagged, w, q)
    return JudgeAccuracy(
        version, "labels", n, se, sp, ppv, by_cat.precision, segment=segment,
        sensitivity_by_category=by_cat.sensitivity, specificity_by_category=by_cat.specificity,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Corrected:
    """The corrected prevalence of a window: estimate and interval, and what stands behind it."""

    estimate: Estimate
    basis: Basis
    labels: int
    identifiable: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.estimate.to_dict(),
            "basis": self.basis,
            "labels": self.labels,
            "identifiable": self.identifiable,
        }


def corrected_prevalence(
    flagged: int, n: int, judge: JudgeAccuracy, level: float = 0.95, *, salt: int = 0
) -> Corrected | None:
    """Rogan-Gladen prevalence of a window of ``n`` scored turns, ``flagged`` of them flagged, with
    a ``level`` interval (equal tails) from the joint posterior; None without a basis or turns."""
    if not judge.corrects or n <= 0:
        return None
    rng = np.random.default_rng([flagged, n, salt, judge.labels])
    f = rng.beta(flagged + 0.5, n - flagged + 0.5, size=DRAWS)
    youden = judge.sensitivity_draws + judge.specificity_draws - 1.0
    ok = youden > MIN_YOUDEN
    if ok.mean() < 0.95:
        return Corrected(Estimate(None, 0.0, 1.0), judge.basis, judge.labels, identifiable=False)
    p = np.clip((f[ok] + judge.specificity_draws[ok] - 1.0) / youden[ok], 0.0, 1.0)
    return Corrected(summary(p, level), judge.basis, judge.labels)


def one_sided_low(flagged: int, n: int, judge: JudgeAccuracy, confidence: float) -> float | None:
    """The one-sided lower bound at ``confidence`` of the corrected prevalence (for the absolute rule)."""
    c = corrected_prevalence(flagged, n, judge, level=2 * confidence - 1)
    if c is None:
        return None
    return c.estimate.low


def labelled_items(labels: Sequence[Label], scorer_version: str | None = None) -> list[LabelledItem]:
    """One item per labelled turn with a consensus, in the order of each turn's first label.

    ``scorer_version``: only labels of turns scored by that judge (a recalibrated judge's scores
    are not comparable with the old one's)."""
    by_item: dict[str, list[Label]] = {}
    for lab in sorted(labels, key=lambda lab: (lab.labelled_at, lab.reviewer)):
        if scorer_version is None or lab.scorer_version == scorer_version:
            by_item.setdefault(lab.event_id, []).append(lab)
    out: list[LabelledItem] = []
    for group in by_item.values():
        decided = verdict(group)
        if decided is None:
            continue
        truth, category = decided
        first = group[0]
        out.append(LabelledItem(first.stratum, first.flagged, truth, first.inclusion_p, first.judge_category,
                                first.segment, category))  # fmt: skip
    return out
