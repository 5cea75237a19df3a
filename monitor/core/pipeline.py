"""The data path of one micro-batch, shared by the Kafka worker and the replay twin.

decode -> sample -> deduplicate -> score -> build ScoredTurns -> aggregate (idempotent).

Only ports are touched here: the dedup store, the scoring call and the bucket mapping are
passed in, so the worker (Redis + faust table) and ``sycomon replay`` (in-memory) run the
very same function.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import Protocol

import numpy as np
import numpy.typing as npt

from monitor.core import windows
from monitor.core.categories import CATEGORIES
from monitor.core.events import DeadLetter, EventLimits, ResponseEvent, ScoredTurn, decode_event
from monitor.core.eventtime import EventTimePolicy
from monitor.core.ports import ContextTurn, ScoreInput, Scores
from monitor.core.sampling import SamplingPolicy
from monitor.errors import InvalidEventError

__all__ = [
    "BatchResult",
    "Claim",
    "DedupStore",
    "PipelineContext",
    "RawRecord",
    "ScoreCall",
    "process_batch",
    "score_input_of",
]

ScoreCall = Callable[[Sequence[ScoreInput]], Awaitable[npt.NDArray[np.float32] | Scores]]
"""Scores a batch: plain probabilities, or :class:`Scores` with the category of each turn."""
Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One record as the transport delivered it; ``offset`` orders records of a partition."""

    value: bytes
    offset: int
    partition: int = 0
    topic: str | None = None
    line: int | None = None

    @property
    def origin(self) -> str:
        return f"{self.topic or 'file'}:{self.partition}:{self.offset}"


class Claim(IntEnum):
    """What the dedup store says about an (event_id, origin, content hash)."""

    DUPLICATE = 0
    """Another record carried this event first, with the same content: counted once."""
    NEW = 1
    """The event is new, or ``origin`` is the record that first carried it (a redelivery after a
    crash, which the bucket watermarks make harmless)."""
    CONFLICT = 2
    """Another record carried this event id first with different content: dead-lettered."""


class DedupStore(Protocol):
    """Remembers which source record first carried each event id, and a hash of its content."""

    async def claim(self, claims: Sequence[tuple[str, str, str]]) -> list[Claim]:
        """For each (event_id, origin, content_hash), in order (later claims in the same call
        see the earlier ones)."""
        ...


def content_hash(event: ResponseEvent) -> str:
    """SHA-256 of the event as validated (unknown fields dropped), hex: equal for a re-published
    copy whatever its key order or whitespace, different when any contract field differs."""
    return hashlib.sha256(event.model_dump_json().encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class PipelineContext:
    """Everything process_batch needs besides the records."""

    score: ScoreCall
    dedup: DedupStore
    sampling: Callable[[], SamplingPolicy]
    threshold: float
    scorer_version: str
    clock: Clock
    limits: EventLimits = field(default_factory=EventLimits)
    event_time: EventTimePolicy | None = None
    """Timestamps outside it are dead-lettered; None accepts any the contract allows."""
    reference_clock: Clock | None = None
    """The clock the event-time policy compares with; None = ``clock`` (the processing clock)."""
    max_segment_tags: int = 4
    monotonic: Callable[[], float] = time.perf_counter


@dataclass(slots=True)
class BatchResult:
    """What happened to each record of a batch (every input record lands in exactly one list)."""

    dead_letters: list[DeadLetter] = field(default_factory=list)
    duplicates: list[ResponseEvent] = field(default_factory=list)
    unsampled: list[ResponseEvent] = field(default_factory=list)
    scored: list[tuple[RawRecord, ResponseEvent, ScoredTurn]] = field(default_factory=list)
    touched: set[windows.BucketKey] = field(default_factory=set)
    score_seconds: float = 0.0

    def outcome_counts(self) -> Counter[tuple[str, str]]:
        """(model_version, outcome) -> count, outcome in scored/unsampled/duplicate."""
        counts: Counter[tuple[str, str]] = Counter()
        for _, event, _ in self.scored:
            counts[(event.model_version, "scored")] += 1
        for event in self.unsampled:
            counts[(event.model_version, "unsampled")] += 1
        for event in self.duplicates:
            counts[(event.model_version, "duplicate")] += 1
        return counts


def _dead_letter(
    record: RawRecord, error: InvalidEventError, received_at: datetime, ctx: PipelineContext
) -> DeadLetter:
    return DeadLetter.of(
        record.value,
        error,
        received_at,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        line=record.line,
        keep_bytes=ctx.limits.dead_letter_raw_bytes,
    )


def score_input_of(event: ResponseEvent) -> ScoreInput:
    return ScoreInput(
        prompt=event.prompt,
        response=event.response,
        context=tuple(ContextTurn(m.role, m.content) for m in event.context),
    )


async def process_batch(
    records: Sequence[RawRecord],
    buckets_for: Callable[[int], MutableMapping[windows.BucketKey, windows.Bucket]],
    ctx: PipelineContext,
) -> BatchResult:
    """Run one micro-batch through the data path.

    ``buckets_for(partition)`` returns the bucket mapping of that source partition (a faust
    table view in the worker, a dict in replay); records are applied per partition in offset
    order so the bucket watermarks make re-application a no-op.
    """
    result = BatchResult()
    decoded: list[tuple[RawRecord, ResponseEvent]] = []
    received_at = ctx.clock()
    reference = ctx.reference_clock() if ctx.reference_clock is not None else received_at
    for record in records:
        try:
            event = decode_event(record.value, ctx.limits)
            if ctx.event_time is not None:
                ctx.event_time.check(event.timestamp, reference)
            decoded.append((record, event))
        except InvalidEventError as exc:
            result.dead_letters.append(_dead_letter(record, exc, received_at, ctx))
    if not decoded:
        return result

    # Sample first: an unsampled event costs no dedup round trip. A re-published duplicate has
    # the same conversation id, hence the same decision; unsampled ones are counted, not deduped.
    policy = ctx.sampling()
    sampled: list[tuple[RawRecord, ResponseEvent]] = []
    for record, event in decoded:
        if policy.is_sampled(event.model_version, event.conversation_id):
            sampled.append((record, event))
        else:
            result.unsampled.append(event)
    claims = await ctx.dedup.claim(
        [(event.event_id, record.origin, content_hash(event)) for record, event in sampled]
    )
    to_score: list[tuple[RawRecord, ResponseEvent]] = []
    for (record, event), claim in zip(sampled, claims, strict=True):
        if claim is Claim.NEW:
            to_score.append((record, event))
        elif claim is Claim.CONFLICT:
            conflict = InvalidEventError(
                "conflicting_duplicate", f"event_id {event.event_id!r} was first seen with different content"
            )
            result.dead_letters.append(_dead_letter(record, conflict, received_at, ctx))
        else:
            result.duplicates.append(event)
    if not to_score:
        return result

    started = ctx.monotonic()
    scores = Scores.of(await ctx.score([score_input_of(event) for _, event in to_score]))
    result.score_seconds = ctx.monotonic() - started
    scored_at = ctx.clock()
    latency_ms = result.score_seconds * 1000.0
    rows = zip(to_score, scores.p.tolist(), scores.category.tolist(), scores.category_p.tolist(), strict=True)
    for (record, event), score, cat, cat_p in rows:
        known = 0 <= cat < len(CATEGORIES)
        turn = ScoredTurn(
            event_id=event.event_id,
            conversation_id=event.conversation_id,
            model_version=event.model_version,
            system_prompt_version=event.system_prompt_version,
            event_time=event.timestamp,
            scored_at=scored_at,
            score=min(max(float(score), 0.0), 1.0),
            flagged=float(score) >= ctx.threshold,
            feedback=event.feedback,
            memory_enabled=event.memory_enabled,
            segment=event.segment,
            scorer_version=ctx.scorer_version,
            latency_ms=latency_ms,
            category=CATEGORIES[cat] if known else None,
            category_p=min(max(float(cat_p), 0.0), 1.0) if known and cat_p == cat_p else None,
        )
        result.scored.append((record, event, turn))

    by_partition: dict[int, list[tuple[int, ScoredTurn]]] = {}
    for record, _, turn in result.scored:
        by_partition.setdefault(record.partition, []).append((record.offset, turn))
    for partition, turns in by_partition.items():
        turns.sort(key=lambda item: item[0])
        result.touched |= windows.apply_turns(
            buckets_for(partition), turns, max_segment_tags=ctx.max_segment_tags
        )
    return result
