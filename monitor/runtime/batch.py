"""What the worker does with one admitted micro-batch, without Kafka: the core pipeline, then
the state store mirror, the table write-back, the outputs, the mitigation feed and the review
queue.

:class:`monitor.runtime.checkpoint.Checkpoint` decides which records run and when offsets move;
this module only processes them, each I/O step under the checkpoint's deadline. The worker
plugs in the faust table and topics; the unit tests a dict and recording outputs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine, MutableMapping, Sequence
from typing import Any, Protocol, TypeVar

import faust

from monitor.core.eventtime import LowWatermark
from monitor.core.pipeline import BatchResult, PipelineContext, RawRecord, process_batch
from monitor.core.state import StateStore
from monitor.runtime.deadletters import DeadLetterMetrics, send_dead_letters
from monitor.runtime.tables import PartitionBuckets
from monitor.settings import PrivacySettings

__all__ = ["BatchProcessor", "MitigationFeed", "Outputs", "ReviewFeed", "TopicOutputs", "mitigation_counts"]

T = TypeVar("T")
Step = Callable[[str, Coroutine[Any, Any, T]], Awaitable[T]]


class Outputs(Protocol):
    async def publish(self, result: BatchResult) -> None:
        """Send the batch's scored turns and dead letters; return once the broker has them."""
        ...


class MitigationFeed(Protocol):
    async def observe(self, model_version: str, scored: int, flagged: int) -> Any:
        """The version's scored/flagged counts of one batch (mitigation verification)."""
        ...


class ReviewFeed(Protocol):
    async def offer(self, result: BatchResult) -> None:
        """The hook after scoring: count each scored turn in its review stratum, queue the drawn
        ones (:class:`monitor.runtime.review.ReviewService`; replay's labels file)."""
        ...


class TopicOutputs:
    """:class:`Outputs` on the worker's faust topics (scores and dead letters)."""

    def __init__(self, scores: faust.TopicT, deadletters: faust.TopicT, metrics: DeadLetterMetrics) -> None:
        self._scores = scores
        self._deadletters = deadletters
        self._metrics = metrics
        self._declared = False

    async def publish(self, result: BatchResult) -> None:
        if not self._declared:  # output topics are not agent sources: faust does not create them
            await self._scores.maybe_declare()
            await self._deadletters.maybe_declare()
            self._declared = True
        # never raises for a refused dead letter: it is logged and counted (runtime/deadletters.py)
        await send_dead_letters(
            lambda key, value: self._deadletters.send(key=key, value=value),
            result.dead_letters,
            self._metrics,
        )
        sends = [
            await self._scores.send(key=turn.model_version.encode(), value=turn.model_dump_json().encode())
            for _, _, turn in result.scored
        ]
        if sends:  # delivered before the batch is done; shielded: a step that gives up must not
            await asyncio.gather(*map(asyncio.shield, sends))  # cancel faust's own futures


def mitigation_counts(result: BatchResult) -> tuple[dict[str, list[int]], dict[str, list[str]]]:
    """Per version: [scored, flagged], and the flagged event ids (alert examples)."""
    counts: dict[str, list[int]] = {}
    flagged_ids: dict[str, list[str]] = {}
    for _, _, turn in result.scored:
        c = counts.setdefault(turn.model_version, [0, 0])
        c[0] += 1
        if turn.flagged:
            c[1] += 1
            flagged_ids.setdefault(turn.model_version, []).append(turn.event_id)
    return counts, flagged_ids


class BatchProcessor:
    """pipeline -> mirror (state store) -> table -> outputs -> flagged ids and mitigation feed
    -> review sampling."""

    def __init__(
        self,
        ctx: PipelineContext,
        state: StateStore,
        table: MutableMapping[str, list[int]],
        outputs: Outputs,
        mitigation: MitigationFeed,
        step: Step[Any],
        *,
        mirror_lock: asyncio.Lock | None = None,
        watermark: LowWatermark | None = None,
        privacy: PrivacySettings | None = None,
        observe: Callable[[BatchResult, int], None] | None = None,
        review: ReviewFeed | None = None,
    ) -> None:
        self.ctx = ctx
        self.state = state
        self.table = table
        self.outputs = outputs
        self.mitigation = mitigation
        self.step = step
        self.mirror_lock = mirror_lock or asyncio.Lock()
        self.watermark = watermark or LowWatermark()
        self.privacy = privacy or PrivacySettings()
        self.observe = observe
        self.review = review

    async def __call__(self, records: Sequence[RawRecord]) -> BatchResult:
        views: dict[int, PartitionBuckets] = {}

        def buckets_for(partition: int) -> PartitionBuckets:
            if partition not in views:
                views[partition] = PartitionBuckets(self.table, partition)
            return views[partition]

        result = await process_batch(records, buckets_for, self.ctx)  # scoring: CPU, no deadline
        async with self.mirror_lock:  # a re-mirror after a store loss never interleaves
            for partition, view in views.items():
                for key in view.dirty:
                    self.watermark.observe(partition, key.minute)
                # Mirror first, then the table: if we die in between, the table (recovered from its
                # changelog) lacks the update, the uncommitted records are redelivered, recomputed
                # and mirrored again with the same value. The other order would leave the store
                # behind for good: the table's watermark would skip the redelivered records.
                await self.step("mirror", self.state.mirror(partition, view.dirty))
                view.flush()
        await self.step("publish", self._publish(result))
        await self.step("mitigation", self._feed_mitigation(result))
        if self.review is not None:  # queue a stratified sample for review
            await self.step("review", self.review.offer(result))
        if self.observe is not None:
            self.observe(result, len(records))
        return result

    async def _publish(self, result: BatchResult) -> None:
        await self.outputs.publish(result)
        p = self.privacy
        if not p.keep_flagged_examples:
            return
        for _, event, turn in result.scored:
            if turn.flagged:
                example = {
                    "event_id": turn.event_id,
                    "score": turn.score,
                    "prompt": event.prompt,
                    "response": event.response,
                }
                await self.state.keep_example(
                    turn.model_version, example, p.examples_per_version, p.example_ttl_s
                )

    async def _feed_mitigation(self, result: BatchResult) -> None:
        counts, flagged_ids = mitigation_counts(result)
        await self.state.note_flagged(flagged_ids)
        for version, (scored, flagged) in counts.items():
            await self.mitigation.observe(version, scored, flagged)
