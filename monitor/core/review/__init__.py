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
from monitor.core.review.labels import Agreement, Label, LabelValue, agreement, consensus
from monitor.core.review.pii import scrub
from monitor.core.review.sampling import STRATA, ReviewPolicy, Stratum

__all__ = [
    "STRATA",
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
    "corrected_prevalence",
    "queued_item_of",
    "scrub",
]
