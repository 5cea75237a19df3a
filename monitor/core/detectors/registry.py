"""Which detector each rule builds, and what it compares a series with.

A new rule is a class in :mod:`monitor.core.detectors.rules` (a :class:`Detector`), its settings
and one entry here; the bank routes every rule by its :attr:`RuleSpec.compares`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from monitor.core.detectors.base import Rule
from monitor.core.detectors.rules import (
    AbsoluteLevel,
    Detector,
    DriftCusum,
    JudgeDrift,
    RateRatioTest,
    RewardHacking,
)
from monitor.core.detectors.settings import DetectorSettings

__all__ = ["RULES", "Compares", "RuleSpec"]


class Compares(StrEnum):
    NOTHING = "nothing"
    """One series on its own: every version's ``all`` (and its segments, if per-segment)."""
    BASELINE = "baseline"
    """A version's ``all`` against the baseline version's ``all`` (and, if per-segment, each
    declared segment against the baseline version's same segment: a matched mix, e.g. probes)."""
    OTHER_VALUES = "other_values"
    """A segment ``key=value`` against the version's other values of ``key``, pooled."""
    JUDGE = "judge"
    """The judge's accuracy on a version (its reviewers' labels) against its validation figures:
    every version whose judge has a drift test, on segment ``all``."""


@dataclass(frozen=True, slots=True)
class RuleSpec:
    build: Callable[[DetectorSettings, str], Detector]
    """(settings, model version) -> a fresh detector."""
    compares: Compares


def _absolute(s: DetectorSettings, version: str) -> Detector:
    ceiling = s.absolute_ceiling_overrides.get(version, s.absolute_ceiling)
    critical = max(ceiling, s.absolute_critical_ceiling)
    return AbsoluteLevel(ceiling, critical, s.absolute_window_minutes, s.absolute_min_samples,
                         s.absolute_confidence, s.absolute_clear_ratio,
                         corrected=s.absolute_basis == "corrected")  # fmt: skip


def _drift(s: DetectorSettings, _version: str) -> Detector:
    return DriftCusum(s.drift_design_ratio, s.drift_h, s.drift_reference_halflife_minutes,
                      s.drift_guard_minutes, s.drift_min_reference, s.drift_rebaseline_minutes)  # fmt: skip


def _reward_hacking(s: DetectorSettings, _version: str) -> Detector:
    return RewardHacking(s.reward_window_minutes, s.reward_min_feedback, s.reward_confidence)


def _judge_drift(_s: DetectorSettings, _version: str) -> Detector:
    return JudgeDrift()


def _regression(s: DetectorSettings, _version: str) -> Detector:
    return RateRatioTest(s.regression_alpha, s.regression_margin, s.regression_grid,
                         s.regression_epoch_minutes, s.regression_clear_minutes,
                         s.regression_min_clear_flags, s.regression_critical_ratio)  # fmt: skip


def _segment(s: DetectorSettings, _version: str) -> Detector:
    return RateRatioTest(s.segment_alpha, s.segment_margin, s.regression_grid,
                         s.regression_epoch_minutes, s.regression_clear_minutes,
                         s.regression_min_clear_flags, s.regression_critical_ratio)  # fmt: skip


#: Every rule, in the order the bank evaluates (and emits) them.
RULES: dict[str, RuleSpec] = {
    Rule.ABSOLUTE: RuleSpec(_absolute, Compares.NOTHING),
    Rule.DRIFT: RuleSpec(_drift, Compares.NOTHING),
    Rule.REWARD_HACKING: RuleSpec(_reward_hacking, Compares.NOTHING),
    Rule.JUDGE_DRIFT: RuleSpec(_judge_drift, Compares.JUDGE),
    Rule.REGRESSION: RuleSpec(_regression, Compares.BASELINE),
    Rule.SEGMENT_AMPLIFICATION: RuleSpec(_segment, Compares.OTHER_VALUES),
}
