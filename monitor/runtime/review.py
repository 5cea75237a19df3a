"""Review at run time: queue sampled turns (the worker's one hook after scoring), write labels
durably (Kafka ``topics.labels`` first, then the Redis mirror), rebuild the mirror from the topic
after a Redis loss, and measure the judge on each version's labels for the detectors.

The statistics are pure (:mod:`monitor.core.review`); this module only moves records.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Protocol

from aiokafka import AIOKafkaProducer
from aiokafka.admin import NewTopic
from aiokafka.errors import KafkaError
from prometheus_client import CollectorRegistry, Counter, Gauge
from pydantic import ValidationError
from redis.exceptions import RedisError

from monitor.adapters.review_store import Offer, RedisReviewStore
from monitor.core.pipeline import BatchResult
from monitor.core.review.accuracy import (
    Estimate,
    JudgeAccuracy,
    ValidationFigures,
    assess_judge,
    corrected_prevalence,
    labelled_items,
)
from monitor.core.review.items import QueuedItem, queued_item_of
from monitor.core.review.labels import Label, agreement
from monitor.errors import StateError
from monitor.runtime.publish import start_acks_all_producer
from monitor.runtime.topic_read import read_to_end
from monitor.settings import Settings

__all__ = [
    "JudgeAssessor",
    "JudgeMetrics",
    "LabelLog",
    "QueueReviewer",
    "ReviewMetrics",
    "ReviewService",
    "label_queue",
    "load_validation",
    "run_llm_reviewer",
    "store_of",
]

log = logging.getLogger(__name__)
#: The judge's accuracy on a version is measured again at least this often (and whenever its
#: labels change): its stratum counts move with the traffic.
REFRESH_S = 60.0


def store_of(settings: Settings, client: object) -> RedisReviewStore:
    r = settings.review
    return RedisReviewStore(
        client,  # type: ignore[arg-type]
        settings.redis.prefix,
        ttl_s=r.queue_ttl_s,
        max_items=r.queue_max,
        cap_per_hour=r.sampling.cap_per_hour,
    )


def load_validation(settings: Settings, scorer_version: str) -> ValidationFigures | None:
    """The judge's validation figures from its manifest, when the manifest is of ``scorer_version``."""
    from monitor.errors import ModelError
    from monitor.scoring.manifest import load_manifest

    try:
        manifest = load_manifest(settings.model.path)
    except ModelError:
        return None
    return ValidationFigures.from_manifest(manifest.raw) if manifest.version == scorer_version else None


class ReviewMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.offered = Counter(
            "sycomon_review_offered",
            "Scored turns drawn for review by review segment, stratum and outcome (queued, capped).",
            ["model_version", "segment", "stratum", "outcome"],
            registry=registry,
        )
        self.labels_written = Counter(
            "sycomon_review_labels_written",
            "Labels written (Kafka then Redis) by source.",
            ["source"],
            registry=registry,
        )


class JudgeMetrics:
    """The leader's gauges: what the labels say of the judge, and the corrected rates."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.accuracy = Gauge(
            "sycomon_judge_accuracy",
            "The judge's measured accuracy on review labels (weighted by inclusion probabilities): "
            "estimate and 95% interval; segment 'all' (every cell, weighted) or a review segment.",
            ["model_version", "segment", "measure", "bound"],
            registry=registry,
        )
        self.labels = Gauge(
            "sycomon_review_labels",
            "Labelled turns with a consensus per version and review segment ('all': every segment).",
            ["model_version", "segment"],
            registry=registry,
        )
        self.by_category = Gauge(
            "sycomon_judge_category_accuracy",
            "The judge's measured accuracy per sycophancy category (precision and specificity per "
            "judge category, sensitivity per reviewer category; all segments): estimate and 95% interval.",
            ["model_version", "category", "measure", "bound"],
            registry=registry,
        )
        self.corrected = Gauge(
            "sycomon_corrected_rate",
            "Sycophancy rate over the last evaluated hour corrected for the judge's errors (Rogan-Gladen), "
            "estimate and 95% interval; basis 'labels' or 'validation'; segment 'all' or a review segment.",
            ["model_version", "segment", "bound", "basis"],
            registry=registry,
        )
        self.agreement = Gauge(
            "sycomon_review_agreement",
            "Inter-reviewer agreement over doubly labelled turns (kappa, percent).",
            ["measure"],
            registry=registry,
        )
        self.queue = Gauge("sycomon_review_queue_size", "Turns in the review queue.", registry=registry)
        self.drift = Gauge("sycomon_judge_drift_log_wealth",
                           "Log e-value of the judge-drift test (fires at log(1/alpha)).", ["model_version"],
                           registry=registry)  # fmt: skip


class LabelLog:
    """The labels topic: the system of record of every label (keyed by event id)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._producer: AIOKafkaProducer | None = None
        self._lock = asyncio.Lock()

    async def _started(self) -> AIOKafkaProducer:
        async with self._lock:
            if self._producer is None:
                t = self._settings.topics
                self._producer = await start_acks_all_producer(
                    self._settings,
                    NewTopic(t.labels, num_partitions=t.partitions, replication_factor=t.replication_factor),
                )
            return self._producer

    async def append(self, labels: Sequence[Label]) -> None:
        """Produce and wait for every acknowledgement (acks=all)."""
        try:
            producer = await self._started()
            futures = [
                await producer.send(
                    self._settings.topics.labels,
                    key=lab.event_id.encode(),
                    value=lab.model_dump_json().encode(),
                )
                for lab in labels
            ]
            for fut in futures:
                await fut
        except KafkaError as exc:
            raise StateError(f"labels topic: {exc}") from exc

    async def read_all(self) -> list[Label]:
        """Every label on the topic, from the beginning (invalid records are logged and skipped).
        Raises StateError."""
        topic = self._settings.topics.labels
        out: list[Label] = []
        async with read_to_end(self._settings, topic) as chunks:
            async for records in chunks:
                for record in records:
                    try:
                        out.append(Label.model_validate_json(record.value or b""))
                    except ValidationError:
                        log.warning(
                            "%s: invalid record at %d:%d skipped", topic, record.partition, record.offset
                        )
        return out

    async def close(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None


class ReviewService:
    """The worker's side: queue drawn turns after scoring; write labels (API, TUI, LLM, oracle)."""

    def __init__(
        self,
        settings: Settings,
        client: object,
        threshold: float,
        registry: CollectorRegistry | None = None,
        *,
        labels: LabelLog | None = None,
    ) -> None:
        self.settings = settings
        self.policy = settings.review.sampling
        self.threshold = threshold
        self.store = store_of(settings, client)
        self.labels = labels or LabelLog(settings)
        self.metrics = ReviewMetrics(registry) if registry is not None else None

    async def offer(self, result: BatchResult, now: datetime | None = None) -> None:
        """The hook after scoring: count each scored turn in its stratum, queue the drawn ones."""
        if not self.settings.review.enabled or not result.scored:
            return
        at = now or max(turn.scored_at for _, _, turn in result.scored)
        offers = []
        for _, event, turn in result.scored:
            draw = self.policy.draw(turn.event_id, turn.score, self.threshold, turn.segment)
            item = (
                queued_item_of(event, turn, draw, self.policy.labels_wanted(turn.event_id), at)
                if draw.drawn
                else None
            )
            hour = int(turn.event_time.timestamp()) // 3600
            offers.append(Offer(turn.model_version, draw.stratum, item, hour, draw.segment))
        counts = await self.store.offer(offers, at)
        if self.metrics is not None:
            for (version, segment, stratum, outcome), n in counts.items():
                self.metrics.offered.labels(version, segment, stratum, outcome).inc(n)

    async def write(self, labels: Sequence[Label]) -> None:
        """Durable first (the topic), then the mirror the worker reads."""
        await self.labels.append(labels)
        await self.store.record(labels)
        if self.metrics is not None:
            for lab in labels:
                self.metrics.labels_written.labels(lab.source).inc()

    async def close(self) -> None:
        await self.labels.close()


class JudgeAssessor:
    """The leader's side: rebuild the label mirror when Redis lost it, measure the judge per version
    and export what it found (judge accuracy, corrected rates, agreement) to Prometheus."""

    def __init__(
        self,
        settings: Settings,
        client: object,
        registry: CollectorRegistry | None,
        validation: ValidationFigures | None,
        scorer_version: str | None,
    ) -> None:
        self.settings = settings
        self.store = store_of(settings, client)
        self.client = client
        self.log = LabelLog(settings)
        self.validation = validation
        self.scorer_version = scorer_version
        self.latest: dict[str, JudgeAccuracy] = {}
        self.metrics = JudgeMetrics(registry) if registry is not None else None
        # version -> (labels in the mirror, when computed, result): a version is measured again when
        # its labels change or after REFRESH_S (its stratum counts move with the traffic)
        self._cache: dict[str, tuple[int, float, JudgeAccuracy]] = {}

    @classmethod
    def for_configured_model(cls, settings: Settings, client: object) -> JudgeAssessor:
        """For readers (CLI, API): the judge is the configured model's (no Prometheus gauges)."""
        from monitor.errors import ModelError
        from monitor.scoring.manifest import load_manifest

        try:
            version: str | None = load_manifest(settings.model.path).version
        except ModelError:
            version = None
        validation = load_validation(settings, version) if version else None
        return cls(settings, client, None, validation, version)

    async def ensure_labels(self) -> None:
        """Rebuild the label mirror from the topic when it was built under another Redis epoch."""
        prefix = self.settings.redis.prefix
        try:
            raw = await self.client.get(f"{prefix}:epoch")  # type: ignore[attr-defined]
            epoch = raw.decode() if raw else None
            if epoch is None or await self.store.labels_epoch() == epoch:
                return
        except RedisError as exc:
            raise StateError(f"review labels: {exc}") from exc
        labels = await self.log.read_all()
        await self.store.record(labels)
        await self.store.set_labels_epoch(epoch)
        log.warning(
            "review label mirror rebuilt from %s: %d labels", self.settings.topics.labels, len(labels)
        )

    async def judges(self, versions: Iterable[str]) -> dict[str, JudgeAccuracy]:
        r = self.settings.review
        out: dict[str, JudgeAccuracy] = {}
        labelled = await self.store.label_versions()
        now = time.monotonic()
        for version in versions:
            count = await self.store.label_count(version) if version in labelled else 0
            cached = self._cache.get(version)
            if cached is not None and cached[0] == count and now - cached[1] < REFRESH_S:
                out[version] = cached[2]
                continue
            labels = await self.store.labels(version) if count else []
            items = labelled_items(labels, self.scorer_version)
            # the population of the hours the labels come from (not the version's whole life:
            # post-stratification needs labels spread over the turns it weights)
            hours = {h for h in (lab.event_hour for lab in labels) if h is not None}
            totals = await self.store.cells(version, hours)
            out[version] = assess_judge(
                version,
                items,
                totals=totals,
                rates=r.sampling.cell_rates(),
                validation=self.validation,
                min_labels=r.min_labels,
                drift_alpha=r.judge_drift_alpha,
                drift_margin=r.judge_drift_margin,
            )
            self._cache[version] = (count, now, out[version])
        self.latest = out
        return out

    async def agreement(self, versions: Iterable[str]) -> dict[str, float | int | None]:
        by_item: dict[str, list[Label]] = {}
        for version in versions:
            for lab in await self.store.labels(version):
                by_item.setdefault(lab.event_id, []).append(lab)
        a = agreement(by_item.values())
        return {"items": a.items, "percent": a.percent, "kappa": a.kappa, "disputed": a.disputed}

    async def export(self, last_hour: Mapping[tuple[str, str], tuple[int, int]]) -> None:
        """Set the gauges from :attr:`latest` and the (flagged, scored) of the last hour per
        (version, segment): segment ``all`` and each review segment."""
        g = self.metrics
        if g is None:
            return
        for version, judge in self.latest.items():
            g.drift.labels(version).set(judge.drift_log_wealth)
            for segment, own in (("all", judge), *judge.segments.items()):
                g.labels.labels(version, segment).set(own.labels)
                for measure, est in (
                    ("sensitivity", own.sensitivity),
                    ("specificity", own.specificity),
                    ("precision", own.precision),
                ):
                    _set_bounds(g.accuracy, est, (version, segment, measure))
                if (version, segment) in last_hour:
                    flagged, n = last_hour[(version, segment)]
                    c = corrected_prevalence(flagged, n, judge.for_segment(segment))
                    if c is not None:
                        _set_bounds(g.corrected, c.estimate, (version, segment), (c.basis,))
            for measure, figures in (
                ("precision", judge.precision_by_category),
                ("sensitivity", judge.sensitivity_by_category),
                ("specificity", judge.specificity_by_category),
            ):
                for cat, est in figures.items():
                    _set_bounds(g.by_category, est, (version, cat, measure))
        a = await self.agreement(self.latest)
        for measure in ("kappa", "percent"):
            value = a[measure]
            if value is not None:
                g.agreement.labels(measure).set(float(value))
        g.queue.set(await self.store.size())

    async def close(self) -> None:
        await self.log.close()


def _set_bounds(gauge: Gauge, est: Estimate, before: tuple[str, ...], after: tuple[str, ...] = ()) -> None:
    """Set ``est`` and its interval as the ``bound`` label between ``before`` and ``after``."""
    if est.value is not None:
        for bound, v in (("estimate", est.value), ("low", est.low), ("high", est.high)):
            gauge.labels(*before, bound, *after).set(v)


class QueueReviewer(Protocol):
    """A reviewer that decides at once (the simulator's oracle): a label, or None to leave the turn
    to others."""

    @property
    def reviewer(self) -> str: ...

    def label(self, item: QueuedItem) -> Label | None: ...


async def label_queue(
    service: ReviewService,
    reviewer: QueueReviewer,
    *,
    limit: int | None = None,
    on_label: Callable[[Label], None] | None = None,
) -> int:
    """Label queued turns until none is left for ``reviewer`` (or ``limit`` labels); a turn it has
    no label for is skipped for it and stays queued for others. ``on_label`` is told of each label
    once it is written. Returns the labels written."""
    done = 0
    while limit is None or done < limit:
        item = await service.store.next_item(reviewer.reviewer)
        if item is None:
            break
        label = reviewer.label(item)
        if label is None:
            await service.store.skip(reviewer.reviewer, item.event_id)
            continue
        await service.write([label])
        done += 1
        if on_label is not None:
            on_label(label)
    return done


async def run_llm_reviewer(settings: Settings, client: object, *, limit: int | None = None) -> dict[str, int]:
    """Label queued turns with the configured LLM reviewer until the queue, ``limit`` or the daily
    budget runs out. Returns counts: labelled, failed, budget_spent (0/1)."""
    from datetime import UTC
    from datetime import datetime as dt

    from monitor.adapters.llm_reviewer import LlmReviewer, LlmReviewerError

    cfg = settings.review.llm
    if cfg is None:
        raise StateError("review.llm is not configured")
    reviewer = LlmReviewer(
        cfg.base_url, cfg.model, api_key=cfg.api_key.get_secret_value() if cfg.api_key else None,
        requests_per_minute=cfg.requests_per_minute, timeout_s=cfg.timeout_s,
        max_attempts=cfg.max_attempts, max_backoff_s=cfg.max_backoff_s,
    )  # fmt: skip
    service = ReviewService(settings, client, threshold=0.5)
    out = {"labelled": 0, "failed": 0, "budget_spent": 0}
    try:
        while limit is None or out["labelled"] < limit:
            item = await service.store.next_item(reviewer.reviewer)
            if item is None:
                break
            if not await service.store.take_budget(f"{dt.now(UTC):%Y-%m-%d}", cfg.daily_budget):
                out["budget_spent"] = 1
                break
            try:
                value, category = await reviewer.decide(item)
            except LlmReviewerError as exc:
                log.warning("%s; turn %s left to humans", exc, item.event_id)
                await service.store.skip(reviewer.reviewer, item.event_id)
                out["failed"] += 1
                continue
            await service.write([item.label(value, reviewer.reviewer, "llm", dt.now(UTC), category)])
            out["labelled"] += 1
    finally:
        await reviewer.close()
        await service.close()
    return out
