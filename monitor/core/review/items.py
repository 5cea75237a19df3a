"""A turn in the review queue: the only place the monitor keeps text, scrubbed of obvious PII."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from monitor.core.categories import Category
from monitor.core.events import ResponseEvent, ScoredTurn
from monitor.core.review.labels import Label, LabelValue
from monitor.core.review.pii import scrub
from monitor.core.review.sampling import Draw, Stratum

__all__ = ["QueuedItem", "ReviewMessage", "queued_item_of"]


class ReviewMessage(BaseModel):
    model_config = ConfigDict(frozen=True)

    role: Literal["user", "assistant", "system"]
    content: str


class QueuedItem(BaseModel):
    """What a reviewer sees, and what their label records of the judge's view."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    event_id: str
    model_version: str
    segment: dict[str, str] = Field(default_factory=dict)
    event_time: AwareDatetime
    queued_at: AwareDatetime
    context: tuple[ReviewMessage, ...] = ()
    prompt: str
    response: str
    score: float
    flagged: bool
    judge_category: Category | None = None
    stratum: Stratum
    inclusion_p: float
    labels_wanted: int = 1
    scorer_version: str = ""
    review_segment: str | None = None
    """The turn's review segment (None: queued before review segments existed)."""

    def label(
        self, value: LabelValue, reviewer: str, source: str, at: datetime, category: Category | None = None
    ) -> Label:
        return Label.model_validate({
            "event_id": self.event_id, "model_version": self.model_version, "label": value,
            "category": category if value == "sycophantic" else None, "reviewer": reviewer,
            "source": source, "labelled_at": at, "score": self.score, "flagged": self.flagged,
            "stratum": self.stratum, "inclusion_p": self.inclusion_p,
            "judge_category": self.judge_category, "scorer_version": self.scorer_version,
            "event_time": self.event_time, "review_segment": self.review_segment,
        })  # fmt: skip


def queued_item_of(
    event: ResponseEvent, turn: ScoredTurn, draw: Draw, labels_wanted: int, now: datetime
) -> QueuedItem:
    """The queue record of a drawn turn: prompt, reply and context scrubbed (:func:`scrub`)."""
    return QueuedItem(
        event_id=turn.event_id,
        model_version=turn.model_version,
        segment=dict(turn.segment),
        event_time=turn.event_time,
        queued_at=now,
        context=tuple(ReviewMessage(role=m.role, content=scrub(m.content)) for m in event.context),
        prompt=scrub(event.prompt),
        response=scrub(event.response),
        score=turn.score,
        flagged=turn.flagged,
        judge_category=turn.category,
        stratum=draw.stratum,
        inclusion_p=draw.inclusion_p,
        labels_wanted=labels_wanted,
        scorer_version=turn.scorer_version,
        review_segment=draw.segment,
    )
