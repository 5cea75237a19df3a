"""The faust worker: consume responses, run the core pipeline per micro-batch, publish, mirror.

Delivery is at-least-once. The worker commits the responses topic's offsets itself, after each
batch has been mirrored, published and its changelog records acknowledged, and only up to the
records it has processed in offset order (:mod:`monitor.runtime.offsets` says why faust's own
acking and fetch path cannot be trusted with that). Re-processing after a crash is harmless: the
dedup store recognises a redelivered record by its origin, and each bucket's watermark (stored
in the same changelog record as its counts) skips offsets it already holds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

import faust
from aiokafka.errors import KafkaError
from faust.transport.consumer import Consumer
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread, ensure_aiokafka_TP
from faust.types import TP
from prometheus_client import CollectorRegistry

from monitor.adapters.mitigation_store import MitigationService
from monitor.adapters.outbox import RedisOutbox
from monitor.adapters.prometheus import UNCATEGORISED, WorkerMetrics
from monitor.adapters.redis_state import RedisState
from monitor.adapters.sinks.metrics import DeliveryMetrics
from monitor.core import windows
from monitor.core.events import Alert, decode_event
from monitor.core.eventtime import LowWatermark
from monitor.core.pipeline import BatchResult, PipelineContext, RawRecord, content_hash, process_batch
from monitor.core.ports import ScoreInput, Scorer, Scores, scores_of
from monitor.core.sampling import SamplingPolicy
from monitor.errors import InvalidEventError, MonitorError, StateError
from monitor.runtime.deadletters import DeadLetterMetrics, send_dead_letters
from monitor.runtime.dedup_rebuild import rebuild_dedup
from monitor.runtime.detection import DetectionMetrics, DetectionService
from monitor.runtime.durable import DurableState
from monitor.runtime.health import DEPENDENCIES, Health
from monitor.runtime.offsets import Admission, HoleChecker, OffsetGuard
from monitor.runtime.publish import kafka_ssl_context
from monitor.runtime.review import JudgeAssessor, ReviewService, load_validation
from monitor.runtime.services import build_mitigation, run_dispatcher
from monitor.runtime.tables import BucketTable, PartitionBuckets, table_minute
from monitor.runtime.transport import MonitorFaustApp
from monitor.runtime.views import version_views
from monitor.runtime.web import add_routes
from monitor.settings import Settings

__all__ = ["MonitorApp", "utcnow"]

log = logging.getLogger(__name__)

#: A partition whose consumer position is past the next offset to process, with no progress for
#: this long, had records dropped at its tail by the fetch path: it is rewound (offsets.py).
STALL_REWIND_S = 20.0
#: How often the offsets of processed records are committed (faust's broker_commit_interval).
COMMIT_INTERVAL_S = 1.0
#: A Kafka or Redis step of a micro-batch that takes longer than this is abandoned, and so is the
#: batch: nothing of it is committed, its records are fetched again and counted once (offsets.py).
STEP_TIMEOUT_S = 20.0
#: Buckets per Redis pipeline when a partition is re-mirrored from the table (after a Redis loss).
REBUILD_CHUNK = 2000
#: After an abandoned batch the agent waits before fetching again, doubling per abandon in a row
#: (a Redis that refuses connections fails a batch at once: without a pause the worker re-fetched
#: 18 batches in 0.3 s in the fault bench).
ABANDON_BACKOFF_S = (0.2, 5.0)


def abandon_backoff(streak: int) -> float:
    """Seconds to wait after the ``streak``-th abandoned batch in a row (1, 2, ...)."""
    first, cap = ABANDON_BACKOFF_S
    return float(min(cap, first * 2 ** max(0, min(streak, 16) - 1)))

T = TypeVar("T")


class BatchAbandoned(Exception):
    """A step of a micro-batch did not finish; the batch is not committed."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step


def await_chain(task: asyncio.Task[Any]) -> str:
    """Where a task is waiting: its coroutines from the outermost in, ``name:line`` each."""
    frames = []
    coro: Any = task.get_coro()
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        name = getattr(coro, "__qualname__", type(coro).__name__)
        frames.append(f"{name}:{frame.f_lineno}" if frame is not None else name)
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return " -> ".join(frames)


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
    """Wires settings, scorer, Redis and metrics into one faust app. No I/O until it runs."""

    def __init__(
        self,
        settings: Settings,
        scorer: Scorer,
        *,
        registry: CollectorRegistry | None = None,
        clock: Callable[[], datetime] = utcnow,
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
        self.mitigation: MitigationService = build_mitigation(settings, self.outbox)
        self.review = ReviewService(settings, self.state.client, self.threshold, self.registry)
        judges = JudgeAssessor(settings, self.state.client, self.registry,
                               load_validation(settings, scorer.version), scorer.version)
        self.detection = DetectionService(
            settings, self.state, self.outbox, DetectionMetrics(self.registry), on_alert=self._on_alert,
            judges=judges,
        )
        self.durable = DurableState(settings, self.state)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scorer")
        self._overrides: dict[str, float] = {}
        self._watermark = LowWatermark()  # newest event minute per partition (eviction clock)
        self._offsets: OffsetGuard[TP] = OffsetGuard()
        self._holes = HoleChecker(settings)
        self.health: Health[TP] = Health(settings.health)
        self._committed: dict[TP, int] = {}  # per partition: the last offset committed (or found)
        self._committed_generation: int | None = None
        self._handling = False
        self._abandoned_streak = 0
        self._to_commit: dict[TP, int] = {}
        self._commit_generation: int | None = None
        self._declared = False
        # Redis loss detection: the epoch this worker last saw, and per partition the epoch its
        # buckets were last mirrored (in full) into. A partition whose entry differs from the
        # current epoch is re-mirrored from the table (_ensure_mirror).
        self._epoch: str | None = None
        self._mirrored: dict[int, str] = {}
        self._mirror_lock = asyncio.Lock()  # a re-mirror never interleaves with a batch's mirror+flush
        self._rebuild_lock = asyncio.Lock()  # a batch waits for a rebuild the lag timer started
        topics = settings.topics
        # Tuned on purpose (faust-streaming issues 175, 523, 532, 640: consumers that stall silently):
        # - broker_max_poll_records bounds what one poll hands the stream, so a batch is scored well
        #   within broker_max_poll_interval even on a slow CPU;
        # - stream_processing_timeout is the per-event watchdog: longer than the worst batch we
        #   accept (max_batch turns scored off-loop), so it only fires on a real stall;
        # - commit often (1 s) so a crash replays little; the responses topic is committed by this
        #   worker (_flush_commits), past records processed in order, never by faust's acks;
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
        # acks=False: offsets of this topic are committed by _flush_commits, never by faust (see above).
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
        self.app.agent(self.responses, name="score-responses")(self._agent)
        self.app.timer(interval=settings.sampling.override_refresh_s)(self._refresh_overrides)
        self.app.timer(interval=settings.health.interval_s)(self._export_lag)
        self.app.timer(interval=COMMIT_INTERVAL_S)(self._flush_commits)
        self.app.timer(interval=settings.pipeline.evict_interval_s)(self._evict_old_buckets)
        self.app.timer(interval=settings.detection.interval_s, on_leader=True)(self._leader_tick)
        self.app.task(self._dispatch)
        add_routes(self)
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

    async def _evict_old_buckets(self) -> None:
        """Drop table buckets older than the retention (event time), with changelog tombstones.

        Bounded memory: the Redis mirror expires by TTL; the table needs explicit deletes.
        Runs on the low watermark (core/eventtime.py), not on the newest event seen: a partition
        (or one event) ahead of the others cannot make their buckets look old.
        """
        topic = self.settings.topics.responses
        assigned = cast(Consumer, self.app.consumer).assignment()
        self._watermark.retain(tp.partition for tp in assigned if tp.topic == topic)
        low = self._watermark.value(self.settings.limits.event_time_policy().cap_minute(self.clock()))
        if low is None:
            return
        cutoff = low - self.settings.pipeline.retention_minutes
        old = [key for key in list(self.table.keys()) if table_minute(key) < cutoff]
        for key in old:
            del self.table[key]
        await self.table.changelog_delivered()
        self.metrics.table_buckets.set(len(self.table))

    async def _export_lag(self) -> None:
        """Lag (high watermark - committed) and stalls per partition, Redis and Kafka reachability
        (readiness: :mod:`monitor.runtime.health`); rewinds a partition whose tail records were
        dropped."""
        consumer = cast(Consumer, self.app.consumer)
        assigned = [tp for tp in consumer.assignment() if tp.topic == self.settings.topics.responses]
        if assigned and not self._handling:
            await self._start_partitions(set(assigned))
        if self._committed_generation != self.app.consumer_generation_id:
            self._committed = {}
        unknown = [tp for tp in assigned if tp not in self._committed]
        if unknown:
            try:
                await self._broker_committed(unknown)
            except KafkaError as exc:
                self.health.dependency("kafka", False, f"{type(exc).__name__}: {exc}")
        redis_up = await self.state.ping()
        self.health.dependency("redis", redis_up, "PING failed")
        if redis_up and assigned and not self._handling:
            try:  # a Redis that lost its data is rebuilt even when no traffic comes
                await self._ensure_mirror(new_partitions=False)
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
                    committed, end = self._committed.get(tp), ends.get((tp.topic, tp.partition))
                    if committed is None or end is None:
                        continue
                    lag, stalled = self.health.partition(tp, committed, end)
                    labels = (tp.topic, str(tp.partition))
                    self.metrics.consumer_lag.labels(*labels).set(lag)
                    self.metrics.partition_stalled.labels(*labels).set(stalled if lag else 0.0)
        for name in DEPENDENCIES:
            self.metrics.dependency_down.labels(name).set(self.health.down_for(name))
        self.metrics.ready.set(0 if self.not_ready() else 1)
        if self._handling or not assigned:
            return
        positions: dict[TP, int] = {}
        for tp in assigned:
            position = await consumer.position(tp)
            if position is not None:
                positions[tp] = position
        for tp, offset in self._offsets.stalled(positions, time.monotonic(), STALL_REWIND_S).items():
            log.warning("partition %s: fetched past %d, never delivered; rewinding", tp.partition, offset)
            self.metrics.offset_rewinds.labels("tail").inc()
            await consumer.seek(tp, offset)

    def not_ready(self) -> list[str]:
        """Why /readyz answers 503 (empty: ready)."""
        assigned = [tp for tp in self.app.consumer.assignment() if tp.topic == self.settings.topics.responses]
        return ([] if assigned else ["no partition of the responses topic assigned"]) + self.health.reasons()

    async def _on_alert(self, alert: Alert) -> None:
        rate = alert.evidence.get("rate")
        await self.mitigation.handle_alert(
            alert, pre_rate=float(rate) if isinstance(rate, int | float) else None
        )

    async def _leader_tick(self) -> None:
        """Detectors over newly closed minutes, mitigation expiries, rolling-rate gauges."""
        try:
            # first: after a Redis loss the durable records are back before detection and
            # mitigations read them (and before they could write fresh ones over them)
            epoch, _ = await self.state.epoch(uuid.uuid4().hex)
            try:
                self.metrics.redis_restored_records.inc(len(await self.durable.sync(epoch)))
            except StateError:
                if not self.durable.restored_for(epoch):
                    raise  # no detection or mitigation on a Redis that may still lack its state
                self.metrics.errors.labels("state_copy").inc()
                log.exception("copying the durable records to %s failed; retried next tick",
                              self.settings.topics.state)
            await self.detection.tick()
            await self.mitigation.tick()
            await self._mirror_audit()
            versions = await self.state.versions()
            if versions:
                views = await version_views(self.state, max(versions.values()))
                for version, info in views.items():
                    label = self.metrics.version_label(version)
                    for window in windows.VIEW_WIDTHS:
                        view = info["windows"][window]
                        self.metrics.rolling_count.labels(label, window).set(view["n"])
                        if view["rate"] is not None:
                            self.metrics.rolling_rate.labels(label, window).set(view["rate"])
                        for category, rate in view["rate_by_category"].items():
                            if rate is not None:
                                self.metrics.category_rate.labels(label, category, window).set(rate)
        except MonitorError:
            self.metrics.errors.labels("detection").inc()
            log.exception("detection tick failed; the next tick retries from the last saved minute")

    async def _mirror_audit(self) -> None:
        """Copy new mitigation audit entries (Redis stream) to the audit topic, at least once,
        keyed by stream id; the last id copied is kept in Redis so a new leader resumes there."""
        last = await self.state.load_json("audit", "mirrored") or "0-0"
        entries = await self.mitigation.store.tail_audit(str(last), count=500)
        if not entries:
            return
        await self.audit.maybe_declare()
        sends = [
            await self.audit.send(key=e.stream_id.encode(), value=json.dumps(e.to_json()).encode())
            for e in entries
        ]
        await asyncio.gather(*sends)
        await self.state.save_json(entries[-1].stream_id, "audit", "mirrored")

    async def _dispatch(self) -> None:
        await run_dispatcher(
            self.settings, self.state.client, self.delivery_metrics,
            on_store=lambda ok, error: self.health.dependency("outbox", ok, error),
        )

    async def _agent(self, stream: faust.StreamT[bytes]) -> None:
        settings = self.settings.pipeline
        await self._refresh_overrides()  # operators' overrides apply from the first batch
        async for events in cast(faust.Stream[bytes], stream).take_events(
            settings.max_batch, within=settings.max_wait_s
        ):
            await self.handle(events)

    async def handle(self, events: Sequence[faust.EventT[bytes]]) -> BatchResult | None:
        """One micro-batch: pipeline, table write-back, Redis mirror, publish, metrics, commit.

        Returns None when the batch was abandoned: a Kafka or Redis step hung or Redis failed.
        Nothing of it is committed and the guard's ``next`` stays put, so the partition is
        rewound when the next batch (or the lag timer) sees the gap, and the records are
        processed again; dedup and the bucket watermarks count each one once."""
        self._handling = True
        try:
            admission = await self._step("admit", self._admit(events))
            await self._ensure_mirror()
            result = await self._process([events[i] for i in admission.keep])
            # durable before the offsets move past the batch
            await self._step("changelog", self.table.changelog_delivered())
            self._commit(admission)
            self._abandoned_streak = 0
            return result
        except (BatchAbandoned, StateError) as exc:
            step = exc.step if isinstance(exc, BatchAbandoned) else "redis"
            self._abandoned_streak += 1
            pause = abandon_backoff(self._abandoned_streak)
            log.error("batch of %d records abandoned, not committed (fetched again in %.1f s): %s",
                      len(events), pause, exc)
            self.metrics.batches_abandoned.labels(step).inc()
            # and as a component error, so SycomonComponentErrors pages on a steady rate
            component = "redis" if step in ("redis", "epoch", "mirror", "mitigation") else "kafka"
            self.metrics.errors.labels(component).inc()
            await asyncio.sleep(pause)
            return None
        finally:
            self._handling = False

    async def _step(self, name: str, step: Coroutine[Any, Any, T]) -> T:
        """Run one I/O step of a batch with a deadline; a hang abandons the batch.

        On a timeout the log says where the step was waiting, so a stall is visible at once
        instead of as a silently frozen consumer."""
        task = asyncio.ensure_future(step)
        done, _ = await asyncio.wait({task}, timeout=STEP_TIMEOUT_S)
        if not done:
            where = await_chain(task)
            task.cancel()
            raise BatchAbandoned(name, f"no progress in {STEP_TIMEOUT_S:.0f} s, waiting at {where}")
        return task.result()

    async def _start_partitions(self, tps: set[TP]) -> None:
        """Start tracking partitions of the current generation at their committed offsets."""
        generation = self.app.consumer_generation_id
        if self._offsets.generation != generation:
            self._offsets.reset(generation)
        new = [tp for tp in tps if not self._offsets.known(tp)]
        if not new:
            return
        committed = await self._broker_committed(new)
        if self._offsets.generation != generation:
            return  # rebalanced while asking; the next batch starts over
        now = time.monotonic()
        for tp, offset in committed.items():
            self._offsets.start(tp, offset, now)

    async def _broker_committed(self, tps: Sequence[TP]) -> dict[TP, int]:
        """The group's committed offsets (the log start where none), remembered for the lag."""
        generation = self.app.consumer_generation_id
        consumer = cast(Consumer, self.app.consumer)
        thread = cast(AIOKafkaConsumerThread, consumer._thread)  # type: ignore[attr-defined]
        client = thread._ensure_consumer()
        committed: dict[TP, int | None] = {}
        for tp in tps:
            committed[tp] = await thread.call_thread(client.committed, ensure_aiokafka_TP(tp))
        missing = [tp for tp, offset in committed.items() if offset is None]
        earliest = await consumer.earliest_offsets(*missing) if missing else {}
        out = {tp: offset if offset is not None else earliest.get(tp, 0) for tp, offset in committed.items()}
        if self._committed_generation != generation:
            self._committed, self._committed_generation = {}, generation
        self._committed.update(out)
        return out

    async def _admit(self, events: Sequence[faust.EventT[bytes]]) -> Admission[TP]:
        generation = self.app.consumer_generation_id
        await self._start_partitions({e.message.tp for e in events if e.message.generation_id == generation})
        records = [(e.message.tp, e.message.offset, e.message.generation_id) for e in events]
        checked: set[tuple[TP, int, int]] = set()
        while holes := {
            tp: hole for tp, hole in self._offsets.holes(records).items() if (tp, *hole) not in checked
        }:
            for tp, (start, end) in holes.items():
                checked.add((tp, start, end))
                if await self._holes.absent(tp, start, end):
                    self._offsets.mark_absent(tp, start, end)
                    self.metrics.offset_rewinds.labels("absent_in_log").inc()
        admission = self._offsets.admit(records, time.monotonic())
        consumer = cast(Consumer, self.app.consumer)
        for tp, offset in admission.rewind.items():
            log.warning("partition %s: records missing from offset %d; rewinding", tp.partition, offset)
            self.metrics.offset_rewinds.labels("hole").inc()
            await consumer.seek(tp, offset)
        not_again = self.metrics.records_not_reprocessed
        for reason, n in (
            ("above_hole", admission.dropped),
            ("refetched", admission.refetched),
            ("stale_generation", admission.stale),
        ):
            if n:
                not_again.labels(reason).inc(n)
        return admission

    async def _process(self, events: Sequence[faust.EventT[bytes]]) -> BatchResult:
        records = [
            RawRecord(e.message.value or b"", e.message.offset, e.message.partition, e.message.topic)
            for e in events
        ]
        views: dict[int, PartitionBuckets] = {}

        def buckets_for(partition: int) -> PartitionBuckets:
            if partition not in views:
                views[partition] = PartitionBuckets(self.table, partition)
            return views[partition]

        result = await process_batch(records, buckets_for, self.ctx)  # scoring: CPU, no deadline
        async with self._mirror_lock:
            for partition, view in views.items():
                for key in view.dirty:
                    self._watermark.observe(partition, key.minute)
                # Mirror first, then the table: if we die in between, the table (recovered from its
                # changelog) lacks the update, the uncommitted records are redelivered, recomputed
                # and mirrored again with the same value. The other order would leave Redis behind
                # for good: the table's watermark would skip the redelivered records.
                await self._step("mirror", self.state.mirror(partition, view.dirty))
                view.flush()
        await self._step("publish", self._publish(result))
        await self._step("mitigation", self._feed_mitigation(result))
        await self._step("review", self.review.offer(result))  # queue a stratified sample for review
        self._observe(result, len(records))
        return result

    async def _ensure_mirror(self, *, new_partitions: bool = True) -> None:
        """Detect a Redis that lost its data and re-mirror this worker's partitions from the table.

        Redis holds ``P:epoch``, a random id the first worker to find it absent writes (nothing
        deletes it). Missing, or another id than the one this worker saw last: Redis lost its
        data (restart without persistence, FLUSHALL), and every bucket this worker holds for its
        active partitions is written back from the faust table (recovered from its changelog, so
        it holds every count). A partition new to this worker (at start, after a rebalance) is
        re-mirrored too, which repairs a mirror that lost data while no worker watched. One
        round trip per batch when nothing is lost. ``new_partitions=False`` (the lag timer)
        only repairs partitions this worker already mirrored, never one whose table may still
        be recovering."""
        async with self._rebuild_lock:
            await self._ensure_mirror_locked(new_partitions)

    async def _ensure_mirror_locked(self, new_partitions: bool) -> None:
        if self.app.rebalancing or self.app.in_recovery:
            return
        epoch, created = await self._step("epoch", self.state.epoch(uuid.uuid4().hex))
        changed = self._epoch is not None and epoch != self._epoch
        responses = self.settings.topics.responses
        assigned = {tp.partition for tp in self.app.consumer.assignment() if tp.topic == responses}
        for partition in [p for p in self._mirrored if p not in assigned]:
            del self._mirrored[partition]
        stale = {
            p for p in assigned
            if self._mirrored.get(p) != epoch and (new_partitions or p in self._mirrored)
        }
        if not stale:
            self._epoch = epoch
            return
        started = time.monotonic()
        async with self._mirror_lock:
            written = await self._remirror(stale)
        lost = changed or (created and written > 0)
        for partition in stale:
            self._mirrored[partition] = epoch
        self.metrics.redis_rebuilds.labels("lost" if lost else "assigned").inc()
        self.metrics.redis_rebuilt_buckets.inc(written)
        (log.warning if lost else log.info)(
            "redis mirror rebuilt from the table (%s): partitions %s, %d buckets in %.2f s (epoch %s)",
            "redis lost its data" if lost else "partitions assigned", sorted(stale), written,
            time.monotonic() - started, epoch,
        )
        await self._rebuild_dedup(stale, epoch)
        self._epoch = epoch  # only now: a failed rebuild is retried and still counted as a loss

    async def _rebuild_dedup(self, partitions: set[int], epoch: str) -> None:
        """Rebuild the dedup store of the partitions whose marker (``P:dedup_rebuilt:{p}``, the
        epoch it was last rebuilt or written under) is not the current epoch: they lost it.

        A partition rebuilt by this or another worker in this epoch is skipped, so a normal start
        costs one read per partition."""
        window_s = self.settings.pipeline.dedup_rebuild_s
        todo = set()
        for partition in sorted(partitions):
            if await self.state.load_json("dedup_rebuilt", str(partition)) != epoch:
                todo.add(partition)
        if not todo:
            return
        started = time.monotonic()
        claimed = 0
        if window_s > 0:
            since_ms = int((time.time() - window_s) * 1000)
            claimed = await rebuild_dedup(self.settings, self.state, todo, since_ms, self._claimable)
        for partition in todo:
            await self.state.save_json(epoch, "dedup_rebuilt", str(partition))
        self.metrics.dedup_rebuilt.inc(claimed)
        log.warning(
            "dedup store rebuilt from %s: partitions %s, %d events of the last %d s in %.2f s",
            self.settings.topics.responses, sorted(todo), claimed, window_s, time.monotonic() - started,
        )

    def _claimable(self, raw: bytes) -> tuple[str, str] | None:
        """(event id, content hash) the pipeline claims for this record (valid and sampled)."""
        try:
            event = decode_event(raw, self.ctx.limits)
        except InvalidEventError:
            return None
        if not self._sampling_policy().is_sampled(event.model_version, event.conversation_id):
            return None
        return event.event_id, content_hash(event)

    async def _remirror(self, partitions: set[int]) -> int:
        """Write every table bucket of ``partitions`` to Redis (overwrites: idempotent)."""
        found: dict[int, dict[windows.BucketKey, windows.Bucket]] = {p: {} for p in partitions}
        for key, raw in list(self.table.items()):
            partition = self.table.partition_for_key(key)
            if partition in found and raw is not None:
                bucket_key = windows.BucketKey.decode(str(key).split("|", 1)[1])
                found[partition][bucket_key] = windows.Bucket.from_json(raw)
        for partition, buckets in found.items():
            keys = list(buckets)
            for i in range(0, len(keys), REBUILD_CHUNK):
                await self.state.mirror(partition, {k: buckets[k] for k in keys[i : i + REBUILD_CHUNK]})
        return sum(len(b) for b in found.values())

    def _commit(self, admission: Admission[TP]) -> None:
        """Queue the offsets past the records processed in order; :meth:`_flush_commits` sends them.

        Not one commit per batch: a commit goes through faust's consumer thread, whose two method
        workers also serve the fetcher's ``getmany``; committing per batch stalled the fetch path
        (unsampled drain 3,289 -> 521 events/s, docs/benchmarks.md)."""
        offsets = self._offsets.done(admission, time.monotonic())
        if not offsets:
            return
        if self._commit_generation != admission.generation:
            self._to_commit = {}
            self._commit_generation = admission.generation
        self._to_commit.update(offsets)

    async def _flush_commits(self) -> None:
        """Commit the queued offsets of the current generation (every ``COMMIT_INTERVAL_S``).

        ``Consumer._commit`` is the driver's commit of explicit offsets; it drops partitions no
        longer assigned and returns False when the group rebalanced meanwhile (the records are
        then redelivered to whoever owns them: dedup makes the overlap harmless)."""
        offsets, self._to_commit = self._to_commit, {}
        if not offsets or self._commit_generation != self.app.consumer_generation_id:
            return
        if not await cast(Consumer, self.app.consumer)._commit(offsets):
            log.info("offsets of %d partitions not committed (rebalance): redelivered later", len(offsets))
        elif self._committed_generation == self._commit_generation:
            self._committed.update(offsets)

    async def _publish(self, result: BatchResult) -> None:
        if not self._declared:  # output topics are not agent sources: faust does not create them
            await self.scores.maybe_declare()
            await self.deadletters.maybe_declare()
            self._declared = True
        # never raises for a refused dead letter: it is logged and counted (runtime/deadletters.py)
        await send_dead_letters(
            lambda key, value: self.deadletters.send(key=key, value=value),
            result.dead_letters,
            self.dead_letter_metrics,
        )
        sends = []
        for _, _, turn in result.scored:
            sends.append(
                await self.scores.send(key=turn.model_version.encode(), value=turn.model_dump_json().encode())
            )
        if sends:  # delivered before the batch is acked; shielded as in changelog_delivered
            await asyncio.gather(*map(asyncio.shield, sends))
        if self.settings.privacy.keep_flagged_examples:
            p = self.settings.privacy
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
        """Flagged ids (alert examples) and per-version counts (mitigation verification)."""
        counts: dict[str, list[int]] = {}
        flagged_ids: dict[str, list[str]] = {}
        for _, _, turn in result.scored:
            c = counts.setdefault(turn.model_version, [0, 0])
            c[0] += 1
            if turn.flagged:
                c[1] += 1
                flagged_ids.setdefault(turn.model_version, []).append(turn.event_id)
        await self.state.note_flagged(flagged_ids)
        for version, (scored, flagged) in counts.items():
            await self.mitigation.observe(version, scored, flagged)

    def _observe(self, result: BatchResult, size: int) -> None:
        m = self.metrics
        m.batch_size.observe(size)
        if result.scored:
            m.scoring_latency.observe(result.score_seconds)
        for (version, outcome), n in result.outcome_counts().items():
            m.count(version, outcome, n)
        for dl in result.dead_letters:
            m.count("unknown", "dead_letter")
            m.dead_letters.labels(dl.reason).inc()
        for _, _, turn in result.scored:
            label = m.version_label(turn.model_version)
            m.scores.labels(label).observe(turn.score)
            if turn.flagged:
                m.flagged.labels(label).inc()
                m.flagged_by_category.labels(label, turn.category or UNCATEGORISED).inc()

    async def close(self) -> None:
        await self._holes.close()
        await self.durable.close()
        await self.review.close()
        await self.state.close()
        self._executor.shutdown(wait=False, cancel_futures=True)
