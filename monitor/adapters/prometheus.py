"""Every Prometheus metric of the worker, defined in one place against an explicit registry.

Labels come from small fixed sets. Model versions are user-controlled strings, so at most
``max_version_labels`` distinct ones become label values; the rest fold into ``other``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info
from prometheus_client.core import CounterMetricFamily, Metric
from prometheus_client.registry import Collector

from monitor.adapters.mitigation_store import ServiceStats
from monitor.core.pipeline import BatchResult

__all__ = ["OTHER", "UNCATEGORISED", "MitigationStatsCollector", "VersionLabels", "WorkerMetrics"]

OTHER = "other"
UNCATEGORISED = "none"
"""``category`` label of flagged turns scored by a model without a category head."""
_SCORE_BUCKETS = (*(round(0.05 * i, 2) for i in range(1, 20)), 1.0)
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)


class VersionLabels:
    """Cardinality guard: the first ``limit`` model versions seen keep their name."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._known: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, model_version: str) -> str:
        if model_version in self._known:
            return model_version
        with self._lock:
            if len(self._known) < self._limit:
                self._known.add(model_version)
                return model_version
        return OTHER


class WorkerMetrics:
    """The worker's metrics. One instance per registry."""

    def __init__(self, registry: CollectorRegistry, max_version_labels: int = 20) -> None:
        self.registry = registry
        self.version_label = VersionLabels(max_version_labels)
        self.events = Counter(
            "sycomon_events_total",
            "Input records by model version and outcome (scored, unsampled, duplicate, dead_letter).",
            ["model_version", "outcome"],
            registry=registry,
        )
        self.dead_letters = Counter(
            "sycomon_dead_letters_total", "Invalid input records by reason.", ["reason"], registry=registry
        )
        self.flagged = Counter(
            "sycomon_flagged_total",
            "Scored turns at or above the threshold.",
            ["model_version"],
            registry=registry,
        )
        self.flagged_by_category = Counter(
            "sycomon_flagged_by_category_total",
            "Flagged turns by the kind of sycophancy the judge names (a fixed set of categories, "
            "plus 'none' for a model without a category head).",
            ["model_version", "category"],
            registry=registry,
        )
        self.scores = Histogram(
            "sycomon_score",
            "Sycophancy probability of scored turns.",
            ["model_version"],
            buckets=_SCORE_BUCKETS,
            registry=registry,
        )
        self.rolling_rate = Gauge(
            "sycomon_flagged_rate",
            "Flagged rate over a rolling event-time window (this worker's partitions).",
            ["model_version", "window"],
            registry=registry,
        )
        self.category_rate = Gauge(
            "sycomon_category_rate",
            "Flagged turns of one kind / scored turns, over a rolling event-time window (all "
            "workers merged, from the Redis mirror; exported by the leader).",
            ["model_version", "category", "window"],
            registry=registry,
        )
        self.rolling_count = Gauge(
            "sycomon_scored_in_window",
            "Scored turns in a rolling event-time window (this worker's partitions).",
            ["model_version", "window"],
            registry=registry,
        )
        self.scoring_latency = Histogram(
            "sycomon_scoring_seconds",
            "Wall time to score one micro-batch.",
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.batch_size = Histogram(
            "sycomon_batch_size", "Records per micro-batch.", buckets=_BATCH_BUCKETS, registry=registry
        )
        self.consumer_lag = Gauge(
            "sycomon_consumer_lag",
            "Records between this worker's committed offset (processed) and the high watermark, "
            "per assigned partition.",
            ["topic", "partition"],
            registry=registry,
        )
        self.partition_stalled = Gauge(
            "sycomon_partition_stalled_seconds",
            "Seconds a partition with lag has made no progress (committed offset unchanged); 0 when "
            "it progresses or is caught up.",
            ["topic", "partition"],
            registry=registry,
        )
        self.dependency_down = Gauge(
            "sycomon_dependency_down_seconds",
            "Seconds a dependency (redis, kafka, outbox) has been unreachable; 0 when it answers.",
            ["dependency"],
            registry=registry,
        )
        self.ready = Gauge(
            "sycomon_ready", "1 when /readyz answers 200, 0 when it answers 503.", registry=registry
        )
        self.offset_rewinds = Counter(
            "sycomon_offset_rewinds_total",
            "Partitions sought back because the fetch path skipped records (hole, tail), and holes "
            "the broker confirmed to hold no record (absent_in_log: transaction markers), stepped over.",
            ["kind"],
            registry=registry,
        )
        self.records_not_reprocessed = Counter(
            "sycomon_records_not_reprocessed_total",
            "Records not processed when handed over: above a hole (above_hole, refetched after the "
            "rewind), already processed (refetched), from before a rebalance (stale_generation).",
            ["reason"],
            registry=registry,
        )
        self.batches_abandoned = Counter(
            "sycomon_batches_abandoned_total",
            "Micro-batches given up before their commit because a Kafka or Redis step did not "
            "finish in time (or Redis failed); their records are fetched and processed again.",
            ["step"],
            registry=registry,
        )
        self.errors = Counter(
            "sycomon_errors_total",
            "Errors by component (redis, publish, ...).",
            ["component"],
            registry=registry,
        )
        self.redis_rebuilds = Counter(
            "sycomon_redis_rebuilds_total",
            "Re-mirrorings of this worker's partitions from its faust table into Redis: lost (the "
            "Redis epoch key was missing or replaced: Redis lost its data), assigned (a partition "
            "new to this worker, e.g. at start).",
            ["reason"],
            registry=registry,
        )
        self.redis_rebuilt_buckets = Counter(
            "sycomon_redis_rebuilt_buckets_total",
            "Minute buckets written back to Redis by those re-mirrorings.",
            registry=registry,
        )
        self.dedup_rebuilt = Counter(
            "sycomon_dedup_rebuilt_events_total",
            "Event ids claimed again in the Redis dedup store from the responses topic after Redis "
            "lost its data (pipeline.dedup_rebuild_s of each partition).",
            registry=registry,
        )
        self.redis_restored_records = Counter(
            "sycomon_redis_restored_records_total",
            "Records (mitigation state, patches, sampling overrides, detector state) written back "
            "into Redis from the state topic after Redis lost its data (leader).",
            registry=registry,
        )
        self.table_buckets = Gauge(
            "sycomon_table_buckets", "Minute buckets held in this worker's table (memory).", registry=registry
        )
        self.model_info = Info("sycomon_model", "The loaded classifier artefact.", registry=registry)

    def observe_batch(self, result: BatchResult, size: int) -> None:
        """The metrics of one processed micro-batch of ``size`` records."""
        m = self
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

    def count(self, model_version: str, outcome: str, amount: int = 1) -> None:
        self.events.labels(self.version_label(model_version), outcome).inc(amount)


class MitigationStatsCollector(Collector):
    """The mitigation service's own counters (:class:`ServiceStats`), read at scrape time:
    ``sycomon_mitigation_failures_total{what}`` (``webhook``: a rollback webhook failed;
    ``notify``: an escalation or approval request could not be enqueued for the alert sinks;
    ``audit_hook``) and ``sycomon_mitigation_actions_total{kind}`` (audited actions)."""

    def __init__(self, stats: ServiceStats) -> None:
        self._stats = stats

    def collect(self) -> Iterator[Metric]:
        s = self._stats
        failures = CounterMetricFamily(
            "sycomon_mitigation_failures",
            "Mitigation side effects that failed after the decision was committed, by what failed.",
            labels=["what"],
        )
        for what, n in (("webhook", s.webhook_failures), ("notify", s.notify_failures),
                        ("audit_hook", s.audit_hook_failures)):  # fmt: skip
            failures.add_metric([what], n)
        yield failures
        actions = CounterMetricFamily(
            "sycomon_mitigation_actions", "Audited mitigation actions by kind.", labels=["kind"]
        )
        for kind, n in sorted(s.by_kind.items()):
            actions.add_metric([kind], n)
        yield actions
