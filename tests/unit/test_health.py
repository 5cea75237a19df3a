"""Readiness bookkeeping: stalled partitions and unreachable dependencies, on a hand-driven clock."""

from __future__ import annotations

from monitor.runtime.health import Health
from monitor.settings import HealthSettings


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_partition_with_lag_and_no_commit_stalls_after_the_grace_period() -> None:
    clock = Clock()
    h: Health[str] = Health(HealthSettings(partition_stall_s=10), clock)
    assert h.partition("p0", committed=5, highwater=50) == (45, 0.0)
    clock.now = 9
    h.partition("p0", 5, 60)
    assert h.reasons() == []
    clock.now = 10
    h.partition("p0", 5, 60)
    assert h.reasons() == ["partition p0 has lag 55 and no progress for 10 s"]
    h.partition("p0", 6, 60)  # progress resets the clock
    assert h.reasons() == []


def test_a_caught_up_partition_never_stalls() -> None:
    clock = Clock()
    h: Health[str] = Health(HealthSettings(partition_stall_s=10), clock)
    h.partition("p0", 50, 50)
    clock.now = 100
    assert h.partition("p0", 50, 50) == (0, 0.0)
    assert h.stalled() == {}


def test_dependencies_count_from_their_first_failure_and_reset_on_success() -> None:
    clock = Clock()
    h: Health[str] = Health(HealthSettings(dependency_grace_s=30), clock)
    h.dependency("redis", False, "timeout")
    clock.now = 20
    h.dependency("redis", False, "timeout")
    assert h.down_for("redis") == 20 and h.reasons() == []
    clock.now = 31
    assert h.reasons() == ["redis unreachable for 31 s: timeout"]
    h.dependency("redis", True)
    assert h.down_for("redis") == 0 and h.reasons() == []


def test_partitions_moved_away_are_forgotten() -> None:
    clock = Clock()
    h: Health[str] = Health(HealthSettings(partition_stall_s=1), clock)
    h.partition("p0", 0, 10)
    clock.now = 5
    h.keep_only(["p1"])
    assert h.stalled() == {}
