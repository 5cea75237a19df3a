"""The judge's accuracy per sycophancy category, post-stratified like the version's figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from monitor.core.review.labels import LabelledItem
from monitor.core.review.posterior import DRAWS, Array, Estimate, share, summary

__all__ = ["CategoryFigures", "by_category"]


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    precision: dict[str, Estimate]
    sensitivity: dict[str, Estimate]
    specificity: dict[str, Estimate]


def by_category(
    rng: np.random.Generator, cells: Sequence[Sequence[LabelledItem]], flagged: npt.NDArray[np.bool_],
    w: Array, q: Array,
) -> CategoryFigures:  # fmt: skip
    """Per-category precision, sensitivity and specificity, post-stratified like the version's.

    With ``w_h`` the cells' shares and ``q_h`` their sycophantic shares (the draws of the
    version's figures), and within-cell shares drawn from the labels (Jeffreys):

    - precision of judge category C: ``sum_F w_h u_hC v_hC / sum_F w_h u_hC`` with ``u_hC`` the
      share of the flagged cell's turns the judge named C, ``v_hC`` the sycophantic share of those;
    - sensitivity of reviewer category C: ``sum_F w_h q_h c_hC / sum_h w_h q_h c_hC`` with ``c_hC``
      the share of the cell's sycophantic turns the reviewers named C;
    - specificity of judge category C: ``1 - sum_F w_h (1 - q_h) r_hC / sum_h w_h (1 - q_h)`` with
      ``r_hC`` the share of the flagged cell's honest turns the judge named C.

    ``F``: the flagged cells (every turn of a flagged cell is flagged)."""
    judge_cats = sorted(
        {it.judge_category for cell in cells for it in cell if it.flagged and it.judge_category}
    )
    review_cats = sorted({it.category for cell in cells for it in cell if it.truth and it.category})
    precision: dict[str, Estimate] = {}
    specificity: dict[str, Estimate] = {}
    honest_mass = (w * (1 - q)).sum(axis=1)
    for cat in judge_cats:
        num = np.zeros(DRAWS)
        den = np.zeros(DRAWS)
        fp = np.zeros(DRAWS)
        for j, cell in enumerate(cells):
            if not flagged[j]:
                continue
            named = [it for it in cell if it.judge_category == cat]
            u = share(rng, len(named), len(cell))
            v = share(rng, sum(it.truth for it in named), len(named))
            honest = [it for it in cell if not it.truth]
            r = share(rng, sum(it.judge_category == cat for it in honest), len(honest))
            num += w[:, j] * u * v
            den += w[:, j] * u
            fp += w[:, j] * (1 - q[:, j]) * r
        precision[cat] = summary(num / den)
        specificity[cat] = summary(1.0 - fp / honest_mass)
    sensitivity: dict[str, Estimate] = {}
    for cat in review_cats:
        mass = np.empty_like(w)
        for j, cell in enumerate(cells):
            positives = [it for it in cell if it.truth]
            mass[:, j] = (
                w[:, j] * q[:, j] * share(rng, sum(it.category == cat for it in positives), len(positives))
            )
        sensitivity[cat] = summary(mass[:, flagged].sum(axis=1) / mass.sum(axis=1))
    return CategoryFigures(precision, sensitivity, specificity)
