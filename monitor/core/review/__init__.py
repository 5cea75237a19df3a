"""Ground truth in production: review sampling, PII scrubbing, labels, and the statistics of the
judge's measured accuracy and of the prevalence corrected for its errors. Pure (no I/O)."""

from monitor.core.review.accuracy import (
    JudgeAccuracy,
    LabelledItem,
    ValidationFigures,
    assess_judge,
    corrected_prevalence,
)
from monitor.core.review.items import QueuedItem, queued_item_of
from monitor.core.review.labels import Agreement, Label, LabelValue, agreement, consensus, consensus_category
from monitor.core.review.pii import scrub
from monitor.core.review.sampling import OTHER_SEGMENT, STRATA, UNSEGMENTED, ReviewPolicy, Stratum

__all__ = [
    "OTHER_SEGMENT",
    "STRATA",
    "UNSEGMENTED",
    "Agreement",
    "JudgeAccuracy",
    "Label",
    "LabelValue",
    "LabelledItem",
    "QueuedItem",
    "ReviewPolicy",
    "Stratum",
    "ValidationFigures",
    "agreement",
    "assess_judge",
    "consensus",
    "consensus_category",
    "corrected_prevalence",
    "queued_item_of",
    "scrub",
]
