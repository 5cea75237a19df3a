"""Configuration of the detectors (composed into ``Settings.detectors`` by the lead).

Defaults are tuned with ``bench/detection.py`` (see docs/benchmarks.md, "Detection") to give
at most one false alarm per version-month with evaluation every minute.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["DetectorSettings"]


class DetectorSettings(BaseModel):
    """Knobs of the five detectors. Rates are fractions (0.05 = 5 %)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # --- absolute level -------------------------------------------------------------------
    absolute_ceiling: float = Field(
        default=0.15, gt=0.0, lt=1.0,
        description="Fire when the Wilson lower bound of the windowed flagged rate exceeds this.",
    )
    absolute_critical_ceiling: float = Field(
        default=0.30, gt=0.0, le=1.0, description="Lower bound above this makes the alert critical."
    )
    absolute_ceiling_overrides: dict[str, float] = Field(
        default_factory=dict, description="Per model version ceilings, e.g. {'gpt-x-2025-04': 0.1}."
    )
    absolute_basis: Literal["corrected", "flagged"] = Field(
        default="corrected",
        description="'corrected': the rule compares the rate corrected for the judge's errors (the version's "
        "labels once it has review.min_labels, else the judge's validation figures) with the ceiling; "
        "'flagged': the raw flagged rate (the behaviour before review labels existed).",
    )
    absolute_window_minutes: int = Field(default=60, ge=1, description="Sliding window (event time).")
    absolute_min_samples: int = Field(default=200, ge=1, description="Scored turns needed in the window.")
    absolute_confidence: float = Field(default=0.99, gt=0.5, lt=1.0, description="One-sided bound level.")
    absolute_clear_ratio: float = Field(
        default=0.9, gt=0.0, le=1.0,
        description="Hysteresis: once firing, clears only when the bound falls below ceiling * ratio.",
    )

    # --- regression vs baseline -----------------------------------------------------------
    regression_baseline: str | None = Field(
        default=None, description="Baseline model version; None = most traffic over the trailing window."
    )
    regression_baseline_window_minutes: int = Field(default=1440, ge=60)
    regression_baseline_switch_ratio: float = Field(
        default=1.1, ge=1.0,
        description="Automatic baseline changes only when another version has this much more traffic.",
    )
    regression_alpha: float = Field(
        default=0.01, gt=0.0, lt=0.5, description="Level of each anytime-valid test (per epoch)."
    )
    regression_margin: float = Field(
        default=0.0, ge=0.0,
        description="Relative margin: null is candidate rate <= baseline rate * (1 + margin).",
    )
    regression_grid: tuple[float, ...] = Field(
        default=(1.2, 1.4, 1.7, 2.2, 3.5, 6.0),
        description="Rate ratios (relative to the null) mixed with equal weights in the mixture SPRT.",
    )
    regression_epoch_minutes: int = Field(
        default=1440, ge=60, description="Each test restarts this often; false alarms <= alpha per epoch."
    )
    regression_clear_minutes: int = Field(
        default=60, ge=1,
        description="A rejection latches; it clears once the observed ratio over this many minutes (all "
        "after the rejection) is back <= 1 + margin, and the test then restarts.",
    )
    regression_min_clear_flags: int = Field(
        default=30, ge=1, description="Flags (both sides) the clearing window needs."
    )
    regression_critical_ratio: float = Field(
        default=2.0, gt=1.0, description="Observed rate ratio at or above this makes the alert critical."
    )

    # --- drift within a version (Bernoulli CUSUM) -----------------------------------------
    drift_design_ratio: float = Field(
        default=1.5, gt=1.0, description="CUSUM k: tuned to detect p0 -> p0 * ratio (log-likelihood form)."
    )
    drift_h: float = Field(default=10.5, gt=0.0, description="CUSUM decision threshold (log units).")
    drift_reference_halflife_minutes: int = Field(default=1440, ge=10)
    drift_guard_minutes: int = Field(
        default=60, ge=0, description="Data enter the reference only after this lag (no self-absorption)."
    )
    drift_min_reference: int = Field(default=2000, ge=1, description="Reference turns before the CUSUM runs.")
    drift_rebaseline_minutes: int = Field(
        default=1440, ge=1, description="After firing this long the new level becomes the reference."
    )

    # --- reward-hacking signature ----------------------------------------------------------
    reward_window_minutes: int = Field(default=360, ge=10)
    reward_min_feedback: int = Field(default=30, ge=1, description="Feedback needed in each group.")
    reward_confidence: float = Field(default=0.99, gt=0.5, lt=1.0)

    # --- segment amplification ---------------------------------------------------------------
    segment_alpha: float = Field(default=0.01, gt=0.0, lt=0.5)
    segment_margin: float = Field(default=0.1, ge=0.0, description="Relative margin over the other values.")

    # --- scope -----------------------------------------------------------------------------------
    # --- which kinds rose (evidence only) ------------------------------------------------
    category_window_minutes: int = Field(
        default=60, ge=1,
        description="Trailing window over which an absolute/regression alert's evidence compares "
        "per-category rates with the baseline version's.",
    )
    category_min_flags: int = Field(
        default=5, ge=1, description="Flags of a kind needed in that window before the evidence names it."
    )
    category_top: int = Field(default=3, ge=1, description="Kinds named in the evidence, at most.")

    per_segment_rules: tuple[str, ...] = Field(
        default=("absolute",),
        description="Rules also evaluated on each declared segment (always on segment 'all'); "
        "'regression' compares a version's segment with the baseline version's same segment "
        "(e.g. the prober's segment=probe).",
    )

    @model_validator(mode="after")
    def _check(self) -> DetectorSettings:
        if self.absolute_critical_ceiling < self.absolute_ceiling:
            raise ValueError("absolute_critical_ceiling must be >= absolute_ceiling")
        if not self.regression_grid or min(self.regression_grid) <= 1.0:
            raise ValueError("regression_grid must be non-empty with ratios > 1")
        for version, ceiling in self.absolute_ceiling_overrides.items():
            if not 0.0 < ceiling < 1.0:
                raise ValueError(f"absolute_ceiling_overrides[{version!r}] must be in (0, 1)")
        unknown = set(self.per_segment_rules) - {"absolute", "drift", "reward_hacking", "regression"}
        if unknown:
            raise ValueError(f"per_segment_rules: unknown rules {sorted(unknown)}")
        return self
