"""Which scored turns go to the review queue, with a known inclusion probability each.

Three disjoint strata by the judge's score ``s`` and threshold ``t``:

- ``flagged``   ``s >= t``
- ``uncertain`` ``t - band <= s < t`` (just below the threshold: where misses hide)
- ``rest``      ``s < t - band``

A turn of stratum ``h`` is drawn with probability ``rate_h``, decided by a keyed hash of its event
id (the same turn is always in or out: a redelivered record is queued once). The per-hour cap
per (version, stratum) is applied by the store after the draw; the estimators do not rely on the
nominal rates but on post-stratification (stratum totals counted by the worker / labels in the
stratum), which stays unbiased when the cap drops turns.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from monitor.core.sampling import sample_point

__all__ = ["STRATA", "ReviewPolicy", "Stratum"]


class Stratum(StrEnum):
    FLAGGED = "flagged"
    UNCERTAIN = "uncertain"
    REST = "rest"


STRATA: tuple[Stratum, ...] = (Stratum.FLAGGED, Stratum.UNCERTAIN, Stratum.REST)


class ReviewPolicy(BaseModel):
    """Sampling rates of the review queue (``Settings.review.sampling``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    flagged_rate: float = Field(default=0.05, ge=0.0, le=1.0, description="Share of flagged turns queued.")
    uncertain_rate: float = Field(
        default=0.05, ge=0.0, le=1.0, description="Share of turns just below the threshold queued."
    )
    rest_rate: float = Field(default=0.01, ge=0.0, le=1.0, description="Share of the other turns queued.")
    uncertain_band: float = Field(
        default=0.2,
        ge=0.0,
        le=1.0,
        description="Width of the uncertain band below the threshold (score units).",
    )
    cap_per_hour: int = Field(
        default=200, ge=0, description="Turns queued per model version and stratum per hour, at most."
    )
    double_label_rate: float = Field(
        default=0.1,
        ge=0.0,
        le=1.0,
        description="Share of queued turns asked of two human reviewers (inter-reviewer agreement).",
    )
    salt: str = Field(default="sycomon-review", description="Hash salt of the draw.")

    def stratum(self, score: float, threshold: float) -> Stratum:
        if score >= threshold:
            return Stratum.FLAGGED
        if score >= threshold - self.uncertain_band:
            return Stratum.UNCERTAIN
        return Stratum.REST

    def rate(self, stratum: Stratum) -> float:
        return {
            Stratum.FLAGGED: self.flagged_rate,
            Stratum.UNCERTAIN: self.uncertain_rate,
            Stratum.REST: self.rest_rate,
        }[stratum]

    def draw(self, event_id: str, score: float, threshold: float) -> Draw:
        """The stratum of a turn, its inclusion probability and whether it is drawn."""
        stratum = self.stratum(score, threshold)
        rate = self.rate(stratum)
        drawn = rate >= 1.0 or (rate > 0.0 and sample_point(event_id, self.salt) < rate)
        return Draw(stratum, rate, drawn)

    def labels_wanted(self, event_id: str) -> int:
        """Human labels asked for this turn: 2 for a ``double_label_rate`` share, else 1."""
        return 2 if sample_point("double:" + event_id, self.salt) < self.double_label_rate else 1


@dataclass(frozen=True, slots=True)
class Draw:
    stratum: Stratum
    inclusion_p: float
    drawn: bool
