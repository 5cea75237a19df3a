"""The faust worker, wired: consume responses, run each micro-batch through the commit protocol.

What happens to a batch is decided elsewhere, each in one place:

- :mod:`monitor.runtime.checkpoint`: which records run, the deadlines, when offsets are committed
  (never past a record not processed in order, nor past an unacknowledged changelog record);
- :mod:`monitor.runtime.batch`: the pipeline, the state store mirror, the table, the outputs;
- :mod:`monitor.runtime.mirror`: a state store that lost its data is re-mirrored from the table;
- :mod:`monitor.runtime.faust_hooks`: every faust internal we depend on.

This module builds them from the settings and runs them on faust's agent and timers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, cast

import faust
from aiokafka.errors import KafkaError
from faust.types import TP
from prometheus_client import CollectorRegistry

from monitor.adapters.mitigation_store import MitigationService
from monitor.adapters.outbox import RedisOutbox
from monitor.adapters.prometheus import MitigationStatsCollector, WorkerMetrics
from monitor.adapters.redis_state import RedisState
from monitor.adapters.sinks.metrics import DeliveryMetrics
from monitor.core.eventtime import LowWatermark
from monitor.core.pipeline import BatchResult, PipelineContext, RawRecord
from monitor.core.ports import ScoreInput, Scorer, Scores, scores_of
from monitor.core.sampling import SamplingPolicy
from monitor.errors import StateError
from monitor.runtime.batch import BatchProcessor, TopicOutputs
from monitor.runtime.checkpoint import BatchAbandoned, Checkpoint, CheckpointConfig, SourceError
from monitor.runtime.deadletters import DeadLetterMetrics
from monitor.runtime.dedup_rebuild import rebuild_dedup
from monitor.runtime.detection import DetectionMetrics, DetectionService
from monitor.runtime.durable import DurableState
from monitor.runtime.faust_hooks import BucketTable, FaustSource, MonitorFaustApp
from monitor.runtime.health import DEPENDENCIES, Health
from monitor.runtime.leader import LeaderTick
from monitor.runtime.mirror import MirrorKeeper
from monitor.runtime.offsets import HoleChecker
from monitor.runtime.publish import kafka_ssl_context
from monitor.runtime.review import JudgeAssessor, ReviewService, load_validation
from monitor.runtime.services import on_alert, run_dispatcher, worker_mitigation
from monitor.runtime.tables import table_minute
from monitor.runtime.web import add_routes
from monitor.settings import Settings

__all__ = ["MonitorApp", "utcnow"]

log = logging.getLogger(__name__)

#: How often the offsets of processed records are committed (faust's broker_commit_interval).
COMMIT_INTERVAL_S = 1.0
#: How long the worker waits, before its first batch, for the changelog topic to acknowledge.
CHANGELOG_WARM_S = 60.0
#: Abandoned batches by step, as component errors (SycomonComponentErrors pages on a steady rate).
_STORE_STEPS = ("redis", "epoch", "mirror", "mitigation", "review")  # review: the Redis queue


def utcnow() -> datetime:
    return datetime.now(UTC)


def _faust_broker_options(settings: Settings) -> dict[str, Any]:
    k = settings.kafka
    opts: dict[str, Any] = {"broker": f"kafka://{k.bootstrap_servers.replace(',', ';kafka://')}"}
    ssl_context = kafka_ssl_context(settings)
    if k.sasl_mechanism is not None:
        password = k.sasl_password.get_secret_value() if k.sasl_password else ""
        opts["broker_credentials"] = faust.SASLCredentials(
            username=k.sasl_username, password=password, mechanism=k.sasl_mechanism, ssl_context=ssl_context
        )
    elif ssl_context is not None:
        opts["broker_credentials"] = faust.SSLCredentials(ssl_context)
    return opts


class MonitorApp:
    """Wires settings, scorer, state store and metrics into one faust app. No I/O until it runs;
    :meth:`close` releases what it opened."""

    def __init__(
        self,
        settings: Settings,
        scorer: Scorer,
        *,
        registry: CollectorRegistry | None = None,
        clock: Callable[[], datetime] = utcnow,
        checkpoint: CheckpointConfig | None = None,
    ) -> None:
        self.settings = settings
        self.scorer = scorer
        self.clock = clock
        self.registry = registry or CollectorRegistry()
        self.metrics = WorkerMetrics(self.registry, settings.pipeline.max_version_labels)
        self.metrics.model_info.info({"version": scorer.version, "threshold": f"{self.threshold:.4f}"})
        self.state = RedisState.from_settings(settings)
        self.delivery_metrics = DeliveryMetrics(self.registry)
        self.dead_letter_metrics = DeadLetterMetrics(self.registry)
        self.outbox = RedisOutbox(self.state.client, settings.outbox, metrics=self.delivery_metrics)
        self.mitigation: MitigationService = worker_mitigation(settings, self.outbox)
        self.registry.register(MitigationStatsCollector(self.mitigation.stats))
        detection_metrics = DetectionMetrics(self.registry)
        self.review = ReviewService(settings, self.state.client, self.threshold, self.registry)
        self.judges = JudgeAssessor(settings, self.state.client, self.registry,
                                    load_validation(settings, scorer.version), scorer.version)  # fmt: skip
        self.detection = DetectionService(
            settings,
            self.state,
            self.outbox,
            detection_metrics,
            on_alert=on_alert(self.mitigation),
            judges=self.judges,
        )
        self.durable = DurableState(settings, self.state, self.outbox)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scorer")
        self._overrides: dict[str, float] = {}
        self._watermark = LowWatermark()  # newest event minute per partition (eviction clock)
        self._holes = HoleChecker(settings)
        self.health: Health[TP] = Health(settings.health)
        topics = settings.topics
        # Tuned on purpose (faust-streaming issues 175, 523, 532, 640: consumers that stall silently):
        # - broker_max_poll_records bounds what one poll hands the stream, so a batch is scored well
        #   within broker_max_poll_interval even on a slow CPU;
        # - stream_processing_timeout is the per-event watchdog: longer than the worst batch we
        #   accept (max_batch turns scored off-loop), so it only fires on a real stall;
        # - commit often (1 s) so a crash replays little; the responses topic is committed by this
        #   worker (Checkpoint.commit), past records processed in order, never by faust's acks;
        # - stream_wait_empty=False so a rebalance does not wait on a half-full take() buffer.
        self.app = MonitorFaustApp(
            settings.app_id,
            **_faust_broker_options(settings),
            store="memory://",
            datadir=str(settings.data_dir),
            autodiscover=False,
            topic_partitions=topics.partitions,
            topic_replication_factor=topics.replication_factor,
            topic_allow_declare=True,
            web_enabled=True,
            web_bind=settings.web.host,
            web_host=settings.web.host,
            web_port=settings.web.port,
            broker_max_poll_records=max(4 * settings.pipeline.max_batch, 100),
            broker_max_poll_interval=300.0,
            broker_commit_interval=COMMIT_INTERVAL_S,  # faust commits the changelog topics only
            # A group joined before the broker's metadata shows our topics (a fresh broker, topics
            # just created) is assigned nothing, and only rejoins when the metadata is refreshed:
            # every 5 min by default, 30 s here (seen in CI-like loops: /readyz 503 for > 90 s).
            consumer_metadata_max_age_ms=30_000,
            broker_session_timeout=settings.kafka.session_timeout_s,
            broker_heartbeat_interval=min(3.0, settings.kafka.session_timeout_s / 3),
            stream_processing_timeout=120.0,
            stream_wait_empty=False,
            stream_buffer_maxsize=4 * settings.pipeline.max_batch,
            consumer_auto_offset_reset="earliest",
            table_cleanup_interval=60.0,
            producer_acks=-1,
            logging_config=None,
        )
        raw: dict[str, Any] = {
            "key_type": bytes,
            "value_type": bytes,
            "key_serializer": "raw",
            "value_serializer": "raw",
            "partitions": topics.partitions,
            "internal": True,
        }  # internal: faust creates them if missing
        # acks=False: offsets of this topic are committed by the checkpoint, never by faust (see above).
        self.responses = self.app.topic(topics.responses, acks=False, **raw)
        self.scores = self.app.topic(topics.scores, **raw)
        self.deadletters = self.app.topic(topics.deadletter, **raw)
        self.audit = self.app.topic(topics.audit, **raw)
        self.table: BucketTable = self.app.tables.add(  # type: ignore[assignment]
            BucketTable(
                self.app,
                name="buckets",
                default=None,
                beacon=self.app.tables.beacon,
                partitions=topics.partitions,
                key_type=str,
            )
        )
        self.source = FaustSource(self.app, topics.responses, self._holes)
        self.checkpoint: Checkpoint[TP] = Checkpoint(
            self.source, self.table, checkpoint or CheckpointConfig(), tally=self._tally
        )
        self.ctx = PipelineContext(
            score=self._score,
            dedup=self.state,
            sampling=self._sampling_policy,
            threshold=self.threshold,
            scorer_version=scorer.version,
            clock=clock,
            limits=settings.limits.to_limits(),
            event_time=settings.limits.event_time_policy(),
            max_segment_tags=settings.pipeline.max_segment_tags,
        )
        mirror_lock = asyncio.Lock()
        outputs = TopicOutputs(self.scores, self.deadletters, self.dead_letter_metrics)
        self.process = BatchProcessor(
            self.ctx, self.state, self.table, outputs, self.mitigation, self.checkpoint.step,
            mirror_lock=mirror_lock, watermark=self._watermark, privacy=settings.privacy,
            observe=self.metrics.observe_batch, review=self.review,
        )  # fmt: skip
        self.mirror = MirrorKeeper(
            self.state, self.table, self.table.partition_for_key, self.ctx, self.checkpoint.step,
            self.metrics, self._rebuild_dedup, dedup_rebuild_s=settings.pipeline.dedup_rebuild_s,
            mirror_lock=mirror_lock,
        )  # fmt: skip
        self.app.agent(self.responses, name="score-responses")(self._agent)
        self.app.timer(interval=settings.sampling.override_refresh_s)(self._refresh_overrides)
        self.app.timer(interval=settings.health.interval_s)(self._export_lag)
        self.app.timer(interval=COMMIT_INTERVAL_S)(self.checkpoint.commit)
        self.app.timer(interval=settings.pipeline.evict_interval_s)(self._evict_old_buckets)
        leader = LeaderTick(
            settings, self.state, self.durable, self.detection, self.mitigation, self.audit, self.metrics
        )
        self.app.timer(interval=settings.detection.interval_s, on_leader=True)(leader)
        self.app.task(self._dispatch)
        self.app.on_before_shutdown.connect(self._on_shutdown)  # type: ignore[arg-type]  # mode stubs
        add_routes(self)

    @property
    def threshold(self) -> float:
        t = self.settings.model.threshold
        return t if t is not None else self.scorer.threshold

    def _sampling_policy(self) -> SamplingPolicy:
        s = self.settings.sampling
        return SamplingPolicy(s.default_rate, dict(s.rates), dict(self._overrides), s.salt)

    async def _score(self, items: list[ScoreInput] | Any) -> Scores:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, scores_of, self.scorer, items)

    async def _refresh_overrides(self) -> None:
        try:
            rejected = self.state.rejected_overrides
            self._overrides = await self.state.sampling_overrides()
            if self.state.rejected_overrides > rejected:  # unsigned: not from `sycomon sampling`
                self.metrics.errors.labels("signature").inc(self.state.rejected_overrides - rejected)
        except StateError:
            self.metrics.errors.labels("redis").inc()
            log.warning("could not refresh sampling overrides; keeping the last known ones")

    async def _rebuild_dedup(
        self, partitions: set[int], since_ms: int, claimable: Callable[[bytes], tuple[str, str] | None]
    ) -> int:
        return await rebuild_dedup(self.settings, self.state, partitions, since_ms, claimable)

    def _tally(self, counter: str, label: str, n: int) -> None:
        m = self.metrics
        if counter == "batches_abandoned":
            m.batches_abandoned.labels(label).inc(n)
            m.errors.labels("redis" if label in _STORE_STEPS else "kafka").inc(n)
        elif counter == "changelog_resent":
            m.errors.labels("kafka").inc(n)
        else:
            getattr(m, counter).labels(label).inc(n)

    async def _agent(self, stream: faust.StreamT[bytes]) -> None:
        settings = self.settings.pipeline
        await self._refresh_overrides()  # operators' overrides apply from the first batch
        await self.table.warm(range(self.settings.topics.partitions), CHANGELOG_WARM_S)
        async for events in cast(faust.Stream[bytes], stream).take_events(
            settings.max_batch, within=settings.max_wait_s
        ):
            await self.handle(events)

    async def handle(self, events: Sequence[faust.EventT[bytes]]) -> BatchResult | None:
        """One micro-batch through the commit protocol; None when it was abandoned."""
        records = [(e.message.tp, e.message.offset, e.message.generation_id) for e in events]

        async def process(keep: list[int]) -> BatchResult:
            if not (self.app.rebalancing or self.app.in_recovery):
                await self.mirror.ensure(tp.partition for tp in self.source.assignment())
            kept = [events[i].message for i in keep]
            return await self.process(
                [RawRecord(m.value or b"", m.offset, m.partition, m.topic) for m in kept]
            )

        return await self.checkpoint.run(records, process)

    async def _evict_old_buckets(self) -> None:
        """Drop table buckets older than the retention (event time), with changelog tombstones
        (the checkpoint commits past them only once acknowledged).

        Bounded memory: the Redis mirror expires by TTL; the table needs explicit deletes.
        Runs on the low watermark (core/eventtime.py), not on the newest event seen: a partition
        (or one event) ahead of the others cannot make their buckets look old.
        """
        self._watermark.retain(tp.partition for tp in self.source.assignment())
        low = self._watermark.value(self.settings.limits.event_time_policy().cap_minute(self.clock()))
        if low is None:
            return
        cutoff = low - self.settings.pipeline.retention_minutes
        for key in [key for key in list(self.table.keys()) if table_minute(key) < cutoff]:
            del self.table[key]
        self.metrics.table_buckets.set(len(self.table))

    async def _export_lag(self) -> None:
        """Lag (high watermark - committed) and stalls per partition, Redis and Kafka reachability
        (readiness: :mod:`monitor.runtime.health`); rewinds a partition whose tail records were
        dropped."""
        checkpoint = self.checkpoint
        assigned = sorted(self.source.assignment())
        try:
            if assigned and not checkpoint.busy:
                await checkpoint.track(set(assigned))
            committed = checkpoint.committed_now()
            unknown = [tp for tp in assigned if tp not in committed]
            if unknown:
                await checkpoint.find_committed(unknown)
        except SourceError as exc:
            self.health.dependency("kafka", False, str(exc))
        redis_up = await self.state.ping()
        self.health.dependency("redis", redis_up, "PING failed")
        if (
            redis_up
            and assigned
            and not checkpoint.busy
            and not (self.app.rebalancing or self.app.in_recovery)
        ):
            try:  # a Redis that lost its data is rebuilt even when no traffic comes
                await self.mirror.ensure((tp.partition for tp in assigned), new_partitions=False)
            except (StateError, BatchAbandoned) as exc:
                self.metrics.errors.labels("redis").inc()
                log.warning("redis epoch check / rebuild failed (retried): %s", exc)
        self.metrics.consumer_lag.clear()  # partitions moved away by a rebalance are no longer ours
        self.metrics.partition_stalled.clear()
        self.health.keep_only(assigned)
        if assigned:
            try:
                ends = await self._holes.end_offsets([(tp.topic, tp.partition) for tp in assigned], 5.0)
            except (KafkaError, TimeoutError) as exc:
                self.health.dependency("kafka", False, f"{type(exc).__name__}: {exc}")
            else:
                self.health.dependency("kafka", True)
                for tp in assigned:
                    done, end = checkpoint.committed.get(tp), ends.get((tp.topic, tp.partition))
                    if done is None or end is None:
                        continue
                    lag, stalled = self.health.partition(tp, done, end)
                    labels = (tp.topic, str(tp.partition))
                    self.metrics.consumer_lag.labels(*labels).set(lag)
                    self.metrics.partition_stalled.labels(*labels).set(stalled if lag else 0.0)
        for name in DEPENDENCIES:
            self.metrics.dependency_down.labels(name).set(self.health.down_for(name))
        self.metrics.ready.set(0 if self.not_ready() else 1)
        unacked = checkpoint.oldest_unacked_s()
        if unacked > checkpoint.config.step_timeout_s:
            log.warning("a changelog record is unacknowledged for %.0f s: offsets wait for it", unacked)
        if assigned and not checkpoint.busy:
            try:
                await checkpoint.rewind_stalled(assigned)
            except SourceError as exc:
                self.health.dependency("kafka", False, str(exc))

    def not_ready(self) -> list[str]:
        """Why /readyz answers 503 (empty: ready)."""
        assigned = [tp for tp in self.app.consumer.assignment() if tp.topic == self.settings.topics.responses]
        return ([] if assigned else ["no partition of the responses topic assigned"]) + self.health.reasons()

    async def _dispatch(self) -> None:
        await run_dispatcher(
            self.settings,
            self.state.client,
            self.delivery_metrics,
            on_store=lambda ok, error: self.health.dependency("outbox", ok, error),
        )

    async def _on_shutdown(self, _sender: Any, *_args: Any, signal: Any = None, **_kwargs: Any) -> None:
        """faust's shutdown signal (the consumer has stopped): release what we opened."""
        await self.close()

    async def close(self) -> None:
        """Release what the app opened: the hole checker's consumer, the durable-state producer,
        the labels-topic producers, the mitigation store, the webhook client, Redis, the scorer's
        thread."""
        await self._holes.close()
        await self.durable.close()
        await self.review.close()
        await self.judges.close()
        await self.mitigation.close()
        await self.state.close()
        self._executor.shutdown(wait=False, cancel_futures=True)
