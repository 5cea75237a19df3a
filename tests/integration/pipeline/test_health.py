"""Lag and readiness on the real broker and a real (private, freezable) Redis: lag is counted from
what the worker committed, and /readyz says 503, and why, when a partition or Redis stalls."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor.testing import event_line
from tests.conftest import wait_until
from tests.integration.conftest import PrivateRedis
from tests.integration.pipeline.harness import Env, Worker, create_topic, produce

pytestmark = pytest.mark.integration

FAST_HEALTH = {
    "SYCOMON_HEALTH__INTERVAL_S": "0.5",
    "SYCOMON_HEALTH__PARTITION_STALL_S": "3",
    "SYCOMON_HEALTH__DEPENDENCY_GRACE_S": "3",
}


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    started: list[Worker] = []
    yield started
    for w in started:
        w.stop()


def readiness(w: Worker) -> tuple[int, dict[str, Any]]:
    r = w.get("/readyz")
    return r.status_code, r.json()


def not_ready_because(w: Worker, words: str) -> bool:
    status, body = readiness(w)
    return status == 503 and any(words in reason for reason in body.get("reasons", []))


def test_a_stuck_partition_shows_its_lag_and_makes_the_worker_unready(
    kafka: str, private_redis: PrivateRedis, unique: str, workers: list[Worker], tmp_path: Path
) -> None:
    """The first batch takes 15 s to score: the records are fetched (the fetch position is at the
    end), none is committed. The lag must say 100, and /readyz must turn 503 naming the partition."""
    env = Env(unique, kafka, private_redis.url, partitions=1, extra=FAST_HEALTH)
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path, delay_s=15.0)
    workers.append(w)
    w.wait_ready()
    asyncio.run(produce(env, [event_line(i, conversation_id=f"c{i}") for i in range(100)]))
    wait_until(lambda: w.metric("sycomon_consumer_lag") == 100, 10, "lag 100 while nothing is committed")
    wait_until(lambda: not_ready_because(w, "no progress"), 10, "/readyz 503: partition stalled")
    assert w.metric("sycomon_ready") == 0
    assert w.metric("sycomon_partition_stalled_seconds") >= 3
    assert w.metric("sycomon_events_total", outcome="scored") == 0, "the stall ended before the checks"


def test_a_hung_redis_makes_the_worker_unready_and_lag_stays_visible(
    kafka: str, private_redis: PrivateRedis, unique: str, workers: list[Worker], tmp_path: Path
) -> None:
    """Redis stops answering: batches are abandoned, nothing is committed, so the lag equals what
    was produced; /readyz turns 503 naming Redis after the grace period, and 200 again after."""
    env = Env(unique, kafka, private_redis.url, partitions=1, extra=FAST_HEALTH)
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path)
    workers.append(w)
    w.wait_ready()
    private_redis.freeze()
    try:
        asyncio.run(produce(env, [event_line(i, conversation_id=f"c{i}") for i in range(60)]))
        wait_until(lambda: w.metric("sycomon_consumer_lag") == 60, 20, "lag 60 during the Redis stall")
        wait_until(lambda: not_ready_because(w, "redis unreachable"), 20, "/readyz 503: redis")
        assert w.metric("sycomon_dependency_down_seconds", dependency="redis") > 0
    finally:
        private_redis.thaw()
    wait_until(lambda: w.metric("sycomon_consumer_lag") == 0, 60, "lag 0 once Redis is back")
    wait_until(lambda: readiness(w)[0] == 200, 30, "/readyz 200 once Redis is back")
    assert w.metric("sycomon_events_total", outcome="scored") == 60
