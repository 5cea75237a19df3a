"""Which scored turns go to the review queue, with a known inclusion probability each.

Three disjoint strata by the judge's score ``s`` and threshold ``t``:

- ``flagged``   ``s >= t``
- ``uncertain`` ``t - band <= s < t`` (just below the threshold: where misses hide)
- ``rest``      ``s < t - band``

A turn of stratum ``h`` is drawn with probability ``rate_h`` (``segment_rates`` may set other rates
for a review segment), decided by a keyed hash of its event
id (the same turn is always in or out: a redelivered record is queued once).

Every turn also has a *review segment* (:meth:`ReviewPolicy.segment_of`): ``tag=value`` when its
``segment_tag`` tag has one of the listed ``segments`` values (``segment=probe`` for the prober's
turns by default), else ``other``. The sampling cells are (version, review segment, stratum): the
per-hour cap applies per cell (a busy segment cannot use up a quiet one's share), and the
estimators post-stratify over the cells (cell totals counted by the worker / labels in the
cell), which stays unbiased when a cap drops turns in one cell and not in another. The list of
segments is fixed in configuration, so the cells (and Prometheus' ``segment`` label) are bounded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from monitor.core.events import NAME_PATTERN
from monitor.core.sampling import sample_point

__all__ = ["OTHER_SEGMENT", "STRATA", "UNSEGMENTED", "ReviewPolicy", "Stratum"]

OTHER_SEGMENT = "other"
"""The review segment of turns outside every listed segment."""
UNSEGMENTED = "unsegmented"
"""The cell of labels and stratum counts written before review segments existed (they were
counted per version only): kept apart so old labels keep the population they were drawn from."""
_Name = Annotated[str, StringConstraints(pattern=NAME_PATTERN)]


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
        default=200,
        ge=0,
        description="Turns queued per model version, review segment and stratum per hour, at most.",
    )
    segment_tag: _Name = Field(
        default="segment",
        description="The segment tag whose listed values are review segments of their own (own cap, "
        "own estimates).",
    )
    segments: tuple[_Name, ...] = Field(
        default=("probe",),
        max_length=16,
        description="Values of segment_tag reviewed as segments of their own (tag=value); every other "
        "turn is in the review segment 'other'. Fixed and short: it bounds the cells and the "
        "Prometheus segment label.",
    )
    segment_rates: dict[str, dict[Stratum, Annotated[float, Field(ge=0.0, le=1.0)]]] = Field(
        default_factory=dict,
        description="Per review segment (segment=probe, other), rates that replace the ones above for "
        'some strata, e.g. {"segment=probe": {"rest": 0.05}}.',
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

    @property
    def segment_names(self) -> tuple[str, ...]:
        """Every review segment this policy can assign, ``other`` last."""
        return (*(f"{self.segment_tag}={v}" for v in self.segments), OTHER_SEGMENT)

    def segment_of(self, tags: Mapping[str, str]) -> str:
        """The review segment of a turn with segment tags ``tags``."""
        value = tags.get(self.segment_tag)
        return (
            f"{self.segment_tag}={value}" if value is not None and value in self.segments else OTHER_SEGMENT
        )

    @model_validator(mode="after")
    def _known_segments(self) -> ReviewPolicy:
        unknown = sorted(set(self.segment_rates) - set(self.segment_names))
        if unknown:
            raise ValueError(f"segment_rates: {unknown} are not review segments {list(self.segment_names)}")
        return self

    def rate(self, stratum: Stratum, segment: str | None = None) -> float:
        """The inclusion probability of a turn of ``stratum`` (in review segment ``segment``)."""
        own = self.segment_rates.get(segment or "", {})
        if stratum in own:
            return own[stratum]
        return {
            Stratum.FLAGGED: self.flagged_rate,
            Stratum.UNCERTAIN: self.uncertain_rate,
            Stratum.REST: self.rest_rate,
        }[stratum]

    def cell_rates(self) -> dict[tuple[str, Stratum], float]:
        """The inclusion probability of every (review segment, stratum) cell."""
        return {(seg, h): self.rate(h, seg) for seg in (*self.segment_names, UNSEGMENTED) for h in STRATA}

    def draw(
        self, event_id: str, score: float, threshold: float, tags: Mapping[str, str] | None = None
    ) -> Draw:
        """The cell of a turn (review segment of its ``tags``, stratum), its inclusion probability
        and whether it is drawn."""
        stratum = self.stratum(score, threshold)
        segment = self.segment_of(tags or {})
        rate = self.rate(stratum, segment)
        drawn = rate >= 1.0 or (rate > 0.0 and sample_point(event_id, self.salt) < rate)
        return Draw(stratum, rate, drawn, segment)

    def labels_wanted(self, event_id: str) -> int:
        """Human labels asked for this turn: 2 for a ``double_label_rate`` share, else 1."""
        return 2 if sample_point("double:" + event_id, self.salt) < self.double_label_rate else 1


@dataclass(frozen=True, slots=True)
class Draw:
    stratum: Stratum
    inclusion_p: float
    drawn: bool
    segment: str = OTHER_SEGMENT
