"""The mitigation service's failure counters are exported (a failed escalation enqueue pages)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest

from monitor.adapters.mitigation_store import ServiceStats
from monitor.adapters.prometheus import MitigationStatsCollector


def test_service_stats_are_scraped_live() -> None:
    stats = ServiceStats()
    registry = CollectorRegistry()
    registry.register(MitigationStatsCollector(stats))
    text = generate_latest(registry).decode()
    assert 'sycomon_mitigation_failures_total{what="notify"} 0.0' in text
    stats.notify_failures += 2
    stats.by_kind["apply_patch"] = 1
    text = generate_latest(registry).decode()
    assert 'sycomon_mitigation_failures_total{what="notify"} 2.0' in text
    assert 'sycomon_mitigation_actions_total{kind="apply_patch"} 1.0' in text
