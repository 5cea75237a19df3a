"""Input that must never stop a partition or corrupt the aggregates, on the real broker and Redis:
oversized records (bounded dead letters), timestamps far from the processing clock, and
conflicting duplicates."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from monitor.testing import event_line
from tests.conftest import wait_until
from tests.integration.pipeline.harness import Env, Worker, consume_all, create_topic, produce

pytestmark = pytest.mark.integration


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    started: list[Worker] = []
    yield started
    for w in started:
        w.stop()


def _huge(i: int, size: int) -> bytes:
    """A valid-looking event whose prompt is far over limits.max_text_bytes (verdict too_large)."""
    return event_line(i, conversation_id="same", prompt="x" * size)


def _start(env: Env, tmp_path: Path, workers: list[Worker]) -> Worker:
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path)
    workers.append(w)
    return w.wait_ready()


def test_a_record_near_the_size_limit_becomes_a_bounded_dead_letter_and_the_partition_moves_on(
    kafka: str, redis_url: str, unique: str, workers: list[Worker], tmp_path: Path
) -> None:
    env = Env(unique, kafka, redis_url, partitions=1)
    w = _start(env, tmp_path, workers)
    huge = _huge(1000, 1_000_000)  # ~0.98 MB: under limits.max_record_bytes, base64 ~1.33 MB
    good = [event_line(i, conversation_id="same") for i in range(20)]
    asyncio.run(produce(env, [huge, *good]))

    wait_until(lambda: w.metric("sycomon_events_total", outcome="scored") == 20, 60, "records behind it")
    ((_, value),) = asyncio.run(consume_all(env, f"{env.name}.deadletter", 1))
    dl = json.loads(value)
    assert dl["reason"] == "too_large"
    assert dl["raw_size"] == len(huge)
    assert dl["raw_sha256"] == hashlib.sha256(huge).hexdigest()
    assert dl["raw_truncated"] is True
    assert base64.b64decode(dl["raw_b64"]) == huge[: 16 * 1024]
    assert len(value) < 32 * 1024
    assert w.metric("sycomon_deadletters_dropped_total") == 0
    assert w.proc.poll() is None


def test_a_dead_letter_the_broker_refuses_is_dropped_counted_and_logged_not_crash_looped(
    kafka: str, redis_url: str, unique: str, workers: list[Worker], tmp_path: Path
) -> None:
    env = Env(unique, kafka, redis_url, partitions=1)
    # the dead-letter topic only takes 4 KB records: a 16 KiB prefix cannot be produced
    asyncio.run(_create(kafka, f"{env.name}.deadletter", {"max.message.bytes": "4096"}))
    w = _start(env, tmp_path, workers)
    huge = _huge(1000, 100_000)
    good = [event_line(i, conversation_id="same") for i in range(20)]
    asyncio.run(produce(env, [huge, *good]))

    wait_until(lambda: w.metric("sycomon_events_total", outcome="scored") == 20, 60, "records behind it")
    assert w.metric("sycomon_deadletters_dropped_total") == 1
    assert w.metric("sycomon_dead_letters_total", reason="too_large") == 1
    log = w.log_tail(400)
    assert "dead letter dropped" in log and hashlib.sha256(huge).hexdigest() in log
    assert f"{env.responses}:0:0" in log  # where the record is, for re-drive
    assert w.proc.poll() is None


async def _create(kafka: str, topic: str, config: dict[str, str]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 1, 1, topic_configs=config)])
    finally:
        await admin.close()


def test_strict_contract_and_conflicting_duplicates_are_dead_lettered(
    kafka: str, redis_url: str, unique: str, workers: list[Worker], tmp_path: Path
) -> None:
    env = Env(unique, kafka, redis_url, partitions=2)
    w = _start(env, tmp_path, workers)
    bad = {
        event_line(101, schema_version=1.0): "unknown_schema_version",
        event_line(102, timestamp=-1): "schema",
        event_line(103, timestamp="0001-01-01T00:00:00Z"): "schema",
        event_line(104, memory_enabled="yes"): "schema",
        event_line(105, model_version="v:memory=on"): "schema",
        event_line(106, model_version="v1\nv2"): "schema",
    }
    first = event_line(1, conversation_id="c1")
    same_again = json.dumps(dict(reversed(list(json.loads(first).items())))).encode()
    conflicting = event_line(1, conversation_id="c1", response="different content, same event id")
    asyncio.run(produce(env, [first, *bad, same_again, conflicting]))

    dead = asyncio.run(consume_all(env, f"{env.name}.deadletter", len(bad) + 1))
    reasons = {base64.b64decode(json.loads(v)["raw_b64"]): json.loads(v)["reason"] for _, v in dead}
    assert reasons == {**bad, conflicting: "conflicting_duplicate"}
    wait_until(lambda: w.metric("sycomon_events_total", outcome="duplicate") == 1, 30, "one plain duplicate")
    assert w.metric("sycomon_events_total", outcome="scored") == 1
    assert w.metric("sycomon_dead_letters_total", reason="conflicting_duplicate") == 1


def test_one_event_dated_2099_neither_evicts_the_aggregates_nor_stops_detection(
    kafka: str, redis_url: str, unique: str, workers: list[Worker], tmp_path: Path
) -> None:
    env = Env(
        unique,
        kafka,
        redis_url,
        partitions=2,
        extra={
            "SYCOMON_LIMITS__MAX_EVENT_AGE_S": str(7 * 86_400),
            "SYCOMON_PIPELINE__RETENTION_MINUTES": "60",
            "SYCOMON_PIPELINE__EVICT_INTERVAL_S": "1",
            "SYCOMON_DETECTION__INTERVAL_S": "1",
        },
    )
    w = _start(env, tmp_path, workers)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    good = [
        event_line(i, conversation_id=f"c{i}", timestamp=(now - timedelta(minutes=20 - i // 4)).isoformat())
        for i in range(80)
    ]
    future = event_line(900, conversation_id="c1", timestamp="2099-06-01T00:00:00Z")
    old = event_line(901, conversation_id="c2", timestamp=(now - timedelta(days=30)).isoformat())
    asyncio.run(produce(env, [*good[:40], future, old, *good[40:]]))

    dead = asyncio.run(consume_all(env, f"{env.name}.deadletter", 2))
    reasons = {base64.b64decode(json.loads(v)["raw_b64"]): json.loads(v)["reason"] for _, v in dead}
    assert reasons == {future: "timestamp_in_future", old: "timestamp_too_old"}
    wait_until(lambda: w.metric("sycomon_events_total", outcome="scored") == 80, 60, "80 scored")
    last_good = int(now.timestamp() // 60) - 1
    # detection evaluates the real minutes (1 minute of lateness), and never jumps ahead
    wait_until(lambda: w.metric("sycomon_detection_minute") >= last_good - 1, 60, "detection caught up")
    assert w.metric("sycomon_detection_minute") <= int(datetime.now(UTC).timestamp() // 60) + 5
    versions = asyncio.run(_versions(env))
    assert versions == {"v1": last_good}
    # no bucket evicted: the table still holds every per-partition bucket mirrored to Redis
    mirrored = asyncio.run(_mirrored_fields(env))
    assert mirrored > 0
    wait_until(lambda: w.metric("sycomon_table_buckets") == mirrored, 30, "table buckets == mirrored")


async def _versions(env: Env) -> dict[str, int]:
    state = env.state()
    try:
        return await state.versions()
    finally:
        await state.close()


async def _mirrored_fields(env: Env) -> int:
    state = env.state()
    try:
        keys = [k async for k in state.client.scan_iter(match=f"{env.name}:agg:*")]
        return sum([await state.client.hlen(k) for k in keys])
    finally:
        await state.close()


async def test_the_detection_low_watermark_waits_for_slow_partitions_not_idle_ones(
    redis_url: str, unique: str
) -> None:
    from monitor.adapters.redis_state import RedisState
    from monitor.core import windows

    state = RedisState.from_url(redis_url, unique, 3600, 3600)
    try:
        assert await state.low_watermark(60) is None
        bucket = windows.Bucket.empty()
        await state.mirror(0, {windows.BucketKey("v1", "all", 100): bucket})
        await state.mirror(1, {windows.BucketKey("v1", "all", 140): bucket})
        await state.mirror(0, {windows.BucketKey("v1", "all", 90): bucket})  # late data: no step back
        now = time.time()
        assert await state.low_watermark(60, now) == 100  # partition 0 is behind: detection waits
        assert await state.low_watermark(60, now + 3600) == 140  # both idle: nothing in flight
    finally:
        await state.client.delete(state.key("watermarks"))
        await state.close()
