"""The faust worker on the real broker and Redis: counts, dead letters, dedup, metrics, sampling,
batching, replay parity, two-worker split, kill-and-restart."""

from __future__ import annotations

import asyncio
import base64
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from aiokafka import AIOKafkaProducer

from monitor.runtime.replay import replay
from monitor.settings import load_settings
from monitor.testing import FrozenClock, MarkerScorer, event_line
from tests.conftest import wait_until
from tests.integration.pipeline.harness import (
    Env,
    Worker,
    consume_all,
    counters,
    create_topic,
    produce,
    redis_buckets,
    scored_total,
)

pytestmark = pytest.mark.integration

BAD = [
    b"not json at all",
    b"\xff\xfe\x00garbage",
    b'{"schema_version": 1, "event_id": "x"}',
    b'{"schema_version": 9}',
    b"[1, 2, 3]",
]


def traffic(n: int, start: int = 0) -> list[bytes]:
    """Two model versions, v2 flagged 4x as often, memory and feedback segments."""
    out = []
    for i in range(start, start + n):
        version = "v1" if i % 2 else "v2"
        flagged = (i % 10 == 1) if version == "v1" else (i % 10 in (0, 2, 4, 6))  # 20% vs 80%
        out.append(
            event_line(
                i,
                model_version=version,
                conversation_id=f"c{i % 97}",
                response=f"reply {i}" + (" [score=0.93]" if flagged else ""),
                memory_enabled=bool(i % 3),
                feedback=("up" if i % 4 == 0 else None),
            )
        )
    return out


@pytest.fixture
def env(kafka: str, redis_url: str, unique: str) -> Env:
    return Env(unique, kafka, redis_url)


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[list[Worker]]:
    started: list[Worker] = []
    yield started
    for w in started:
        w.stop()


def replay_buckets(lines: list[bytes], tmp: Path) -> dict:
    path = tmp / "events.jsonl"
    path.write_bytes(b"\n".join(lines))
    summary = asyncio.run(replay(path, tmp / "replay", load_settings(), MarkerScorer(), clock=FrozenClock()))
    return summary.buckets


def test_counts_dead_letters_dedup_and_metrics(env: Env, workers: list[Worker], tmp_path: Path) -> None:
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path)
    workers.append(w)
    w.wait_ready()
    good = traffic(200)
    lines = good[:100] + BAD + good[100:] + [good[7], good[8]]  # two re-published duplicates
    asyncio.run(produce(env, lines))

    wait_until(lambda: w.metric("sycomon_events_total") >= len(lines), 60, "all records counted")
    assert w.metric("sycomon_events_total", model_version="v1", outcome="scored") == 100
    assert w.metric("sycomon_events_total", model_version="v2", outcome="scored") == 100
    assert w.metric("sycomon_events_total", outcome="duplicate") == 2
    assert w.metric("sycomon_events_total", outcome="dead_letter") == len(BAD)
    assert w.metric("sycomon_flagged_total", model_version="v1") == 20
    assert w.metric("sycomon_flagged_total", model_version="v2") == 80
    assert w.metric("sycomon_dead_letters_total", reason="not_json") == 1
    assert w.metric("sycomon_dead_letters_total", reason="schema") == 2

    dead = asyncio.run(consume_all(env, f"{env.name}.deadletter", len(BAD)))
    raws = sorted(base64.b64decode(json.loads(v)["raw_b64"]) for _, v in dead)
    assert raws == sorted(BAD)
    reasons = {base64.b64decode(json.loads(v)["raw_b64"]): json.loads(v)["reason"] for _, v in dead}
    assert reasons[b"\xff\xfe\x00garbage"] == "not_utf8"
    assert reasons[b'{"schema_version": 9}'] == "unknown_schema_version"
    assert reasons[b"[1, 2, 3]"] == "schema"
    assert all(json.loads(v)["topic"] == env.responses for _, v in dead)

    scores = asyncio.run(consume_all(env, f"{env.name}.scores", 200))
    turns = [json.loads(v) for _, v in scores]
    assert {t["event_id"] for t in turns} == {f"evt-{i}" for i in range(200)}
    assert all("prompt" not in t and "response" not in t for t in turns)  # no raw text by default
    assert all(k.decode() == t["model_version"] for (k, _), t in zip(scores, turns, strict=True))

    exposition = w.get("/metrics").text
    promtool = shutil.which("promtool")
    assert promtool, "promtool comes with Debian's prometheus (deploy/local/stack.sh installs it)"
    check = subprocess.run([promtool, "check", "metrics"], input=exposition, capture_output=True, text=True)
    assert "error" not in (check.stdout + check.stderr).lower(), check.stdout + check.stderr

    versions = w.get("/api/versions").json()
    assert set(versions) == {"v1", "v2"}


def test_redis_aggregates_equal_replay(env: Env, workers: list[Worker], tmp_path: Path) -> None:
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path)
    workers.append(w)
    w.wait_ready()
    lines = traffic(300) + BAD
    asyncio.run(produce(env, lines))
    wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) == 300, 60, "300 turns mirrored")
    assert counters(asyncio.run(redis_buckets(env))) == counters(replay_buckets(lines, tmp_path))


def test_sampling_override_from_redis(env: Env, workers: list[Worker], tmp_path: Path) -> None:
    asyncio.run(create_topic(env))
    state = env.state()
    asyncio.run(state.set_sampling_override("v2", 0.0))
    w = Worker(env, tmp_path)
    workers.append(w)
    w.wait_ready()
    asyncio.run(produce(env, traffic(100)))
    wait_until(lambda: w.metric("sycomon_events_total") >= 100, 60, "100 records counted")
    assert w.metric("sycomon_events_total", model_version="v2", outcome="unsampled") == 50
    assert w.metric("sycomon_events_total", model_version="v1", outcome="scored") == 50


def test_batches_under_slow_scoring(env: Env, workers: list[Worker], tmp_path: Path) -> None:
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path, delay_s=0.5)  # every batch takes >= 0.5 s to score
    workers.append(w)
    w.wait_ready()
    asyncio.run(produce(env, traffic(160)))
    wait_until(lambda: w.metric("sycomon_events_total", outcome="scored") >= 160, 90, "160 scored")
    batches = w.metric("sycomon_batch_size_count")
    assert batches <= 160 / 4, f"{batches} batches for 160 records: not batching under load"
    assert w.metric("sycomon_batch_size_sum") == 160


def test_two_workers_split_partitions(env: Env, workers: list[Worker], tmp_path: Path) -> None:
    asyncio.run(create_topic(env))
    a = Worker(env, tmp_path)
    b = Worker(env, tmp_path)
    workers.extend([a, b])
    a.wait_ready()
    b.wait_ready()
    wait_until(
        lambda: (
            a.get("/readyz").json()["partitions_assigned"] == 2
            and b.get("/readyz").json()["partitions_assigned"] == 2
        ),
        60,
        "a 2+2 partition split",
    )
    lines = traffic(400)
    asyncio.run(produce(env, lines))
    wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) == 400, 90, "400 turns mirrored")
    assert a.metric("sycomon_events_total", outcome="scored") > 0
    assert b.metric("sycomon_events_total", outcome="scored") > 0
    assert (
        a.metric("sycomon_events_total", outcome="scored")
        + b.metric("sycomon_events_total", outcome="scored")
        == 400
    )
    assert counters(asyncio.run(redis_buckets(env))) == counters(replay_buckets(lines, tmp_path))


def test_kill_and_restart_loses_nothing_and_double_counts_nothing(
    env: Env, workers: list[Worker], tmp_path: Path
) -> None:
    asyncio.run(create_topic(env))
    first = Worker(env, tmp_path, delay_s=0.2)
    workers.append(first)
    first.wait_ready()
    lines = traffic(600)
    asyncio.run(produce(env, lines))
    wait_until(lambda: first.metric("sycomon_events_total", outcome="scored") >= 150, 90, "some progress")
    first.kill()  # SIGKILL mid-stream: no clean shutdown, no final commit
    assert scored_total(asyncio.run(redis_buckets(env))) < 600

    second = Worker(env, tmp_path)
    workers.append(second)
    second.wait_ready()
    wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) >= 600, 120, "600 turns after restart")
    assert counters(asyncio.run(redis_buckets(env))) == counters(replay_buckets(lines, tmp_path))


def test_offsets_taken_by_transaction_markers_are_skipped_not_waited_for(
    env: Env, workers: list[Worker], tmp_path: Path
) -> None:
    """A gateway producing in transactions leaves a commit marker after each one: offsets that
    hold no record. The worker must confirm them with the broker and move on, and count the rest."""
    asyncio.run(create_topic(env))
    lines = traffic(60)

    async def produce_in_transactions() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=env.kafka, transactional_id=f"{env.name}-gw")
        await producer.start()
        try:
            for chunk in range(0, len(lines), 10):  # 6 transactions, 6 markers per partition
                async with producer.transaction():
                    for line in lines[chunk : chunk + 10]:
                        await producer.send(
                            env.responses, value=line, key=json.loads(line)["conversation_id"].encode()
                        )
        finally:
            await producer.stop()

    asyncio.run(produce_in_transactions())
    w = Worker(env, tmp_path)
    workers.append(w)
    w.wait_ready()
    wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) == 60, 120, "60 turns counted")
    assert w.metric("sycomon_offset_rewinds_total", kind="absent_in_log") > 0
    assert counters(asyncio.run(redis_buckets(env))) == counters(replay_buckets(lines, tmp_path))


def test_a_redis_stall_abandons_batches_and_loses_nothing(
    env: Env, workers: list[Worker], tmp_path: Path
) -> None:
    """Redis stops answering writes for longer than the client's socket timeout: the batches in
    flight are abandoned (not committed, not crashed on), fetched again once Redis is back, and
    every turn is counted exactly once."""
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path)
    workers.append(w)
    w.wait_ready()
    lines = traffic(120)
    client = redis.Redis.from_url(env.redis_url)
    try:
        client.execute_command("CLIENT", "PAUSE", "6000", "WRITE")  # > the 2 s socket timeout
        asyncio.run(produce(env, lines))
        wait_until(lambda: w.metric("sycomon_batches_abandoned_total") >= 1, 30, "a batch abandoned")
    finally:
        client.execute_command("CLIENT", "UNPAUSE")
        client.close()
    wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) == 120, 90, "120 turns after the stall")
    assert counters(asyncio.run(redis_buckets(env))) == counters(replay_buckets(lines, tmp_path))
    wait_until(lambda: w.metric("sycomon_events_total", outcome="scored") == 120, 30, "120 scored")
    assert w.metric("sycomon_events_total", outcome="duplicate") == 0
    assert w.proc.poll() is None, "the worker died on the Redis stall"


def test_old_buckets_are_evicted_from_the_table(
    kafka: str, redis_url: str, unique: str, workers: list[Worker], tmp_path: Path
) -> None:
    env = Env(
        unique,
        kafka,
        redis_url,
        # one partition: eviction runs on the low watermark (the oldest of the partitions' newest
        # minutes), so with several partitions the exact bound below would depend on the keying
        partitions=1,
        extra={"SYCOMON_PIPELINE__RETENTION_MINUTES": "60", "SYCOMON_PIPELINE__EVICT_INTERVAL_S": "1"},
    )
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path)
    workers.append(w)
    w.wait_ready()
    # 240 minutes of event time, one version, one segment ("all"): 240 buckets per partition used
    asyncio.run(
        produce(env, [event_line(i * 60, event_id=f"e{i}", conversation_id=f"c{i}") for i in range(240)])
    )
    wait_until(lambda: w.metric("sycomon_events_total", outcome="scored") == 240, 60, "240 scored")
    # minutes 0..178 are older than the newest (239) minus 60: at most 61 minutes stay
    wait_until(lambda: 0 < w.metric("sycomon_table_buckets") <= 61, 30, "eviction to the retention")


def test_a_redis_that_lost_its_data_is_rebuilt_from_the_tables_without_a_restart(
    kafka: str, unique: str, private_redis: Any, workers: list[Worker], tmp_path: Path
) -> None:
    """Redis restarts without persistence mid-stream (every key gone): the worker sees its epoch
    key gone and writes every bucket of its table back, so the mirror equals the replay twin's
    counts for the turns before and after the loss. A FLUSHALL while no traffic comes is repaired
    by the timer."""
    env = Env(unique, kafka, private_redis.url)
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path)
    workers.append(w)
    w.wait_ready()
    before, after = traffic(200), traffic(100, start=200)
    asyncio.run(produce(env, before))
    wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) == 200, 60, "200 turns mirrored")

    private_redis.restart()  # no persistence: every key gone
    asyncio.run(produce(env, after))
    wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) == 300, 90, "300 turns mirrored")
    assert counters(asyncio.run(redis_buckets(env))) == counters(replay_buckets(before + after, tmp_path))
    assert w.metric("sycomon_redis_rebuilds_total", reason="lost") >= 1
    assert w.metric("sycomon_events_total", outcome="scored") == 300

    rebuilds = w.metric("sycomon_redis_rebuilds_total", reason="lost")
    client = redis.Redis.from_url(env.redis_url)
    try:
        client.flushall()  # the private server only
    finally:
        client.close()
    wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) == 300, 60, "mirror rebuilt, no traffic")
    assert counters(asyncio.run(redis_buckets(env))) == counters(replay_buckets(before + after, tmp_path))
    assert w.metric("sycomon_redis_rebuilds_total", reason="lost") > rebuilds
    assert w.proc.poll() is None
