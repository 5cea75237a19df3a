"""Ground truth end to end on the real stack: a judge with known error rates, review sampling in
the worker, an oracle reviewer labelling the queue (labels on the topic, mirrored to Redis), a
restarted worker that rebuilds the label mirror from the topic, and the absolute rule on the
corrected rate.

The judge (the test worker's MarkerScorer) flags 80 % of truly sycophantic replies and 15 % of
honest ones: two steady versions at 5 % truly sycophantic are flagged ~18 %, over the 0.15
ceiling. Once labels exist the absolute rule stays quiet on them; v2 moving to 30 % fires it.
"""

from __future__ import annotations

import asyncio
import json
import random
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis

from monitor.runtime.review import ReviewService
from monitor.settings import load_settings
from monitor.sim.review import OracleReviewer
from monitor.testing import BASE_TIME, event_line
from tests.conftest import wait_until
from tests.integration.conftest import Receivers
from tests.integration.pipeline.harness import Worker, create_topic, produce
from tests.integration.pipeline.test_detection_e2e import alerting_env, headlines, wait_outbox_drained

pytestmark = pytest.mark.integration

SE, FPR = 0.8, 0.15
PER_MINUTE = 100  # half v1, half v2


def traffic(first_minute: int, minutes: int, rate: dict[str, float], rng: random.Random,
            truth: dict[str, bool]) -> list[bytes]:  # fmt: skip
    lines = []
    for minute in range(first_minute, first_minute + minutes):
        for k in range(PER_MINUTE):
            version = "v1" if k % 2 else "v2"
            eid = f"m{minute}-{k}"
            sycophantic = rng.random() < rate[version]
            flagged = rng.random() < (SE if sycophantic else FPR)
            score = 0.95 if flagged else round(0.05 + 0.4 * rng.random(), 3)
            truth[eid] = sycophantic
            at = minute * 60 + k * 60 // PER_MINUTE
            reply = f"reply [score={score}]"
            lines.append(event_line(at, event_id=eid, model_version=version, conversation_id=f"c{at}-{k}",
                                    response=reply))  # fmt: skip
    return lines


def detection_log(worker: Worker) -> str:
    """The worker's detection lines (what fired, with which evidence)."""
    lines = worker.log_path.read_text(errors="replace").splitlines()
    return "\n".join(line[:600] for line in lines if "monitor.runtime" in line)[-20_000:]


async def oracle_labels(settings_env: dict[str, str], truth: dict[str, bool]) -> int:
    s = load_settings(
        redis={"url": settings_env["SYCOMON_REDIS__URL"], "prefix": settings_env["SYCOMON_REDIS__PREFIX"]},
        kafka={"bootstrap_servers": settings_env["SYCOMON_KAFKA__BOOTSTRAP_SERVERS"]},
        topics={"labels": settings_env["SYCOMON_TOPICS__LABELS"]},
    )
    client = aioredis.Redis.from_url(s.redis.url.get_secret_value())
    service = ReviewService(s, client, threshold=0.5)
    oracle = OracleReviewer(truth, lambda: datetime.now(UTC))
    done = 0
    try:
        while (item := await service.store.next_item(oracle.reviewer)) is not None:
            label = oracle.label(item)
            assert label is not None
            await service.write([label])
            done += 1
    finally:
        await service.close()
        await client.aclose()
    return done


async def test_absolute_rule_on_the_corrected_rate_with_production_labels(
    kafka: str, redis_url: str, unique: str, receivers: Receivers, tmp_path: Path
) -> None:
    env = alerting_env(unique, kafka, redis_url, receivers)
    env.extra.update({
        "SYCOMON_TOPICS__LABELS": f"{unique}.labels",
        "SYCOMON_REVIEW__SAMPLING__FLAGGED_RATE": "0.3",
        "SYCOMON_REVIEW__SAMPLING__UNCERTAIN_RATE": "0.3",
        "SYCOMON_REVIEW__SAMPLING__REST_RATE": "0.1",
        "SYCOMON_REVIEW__SAMPLING__CAP_PER_HOUR": "100000",
        "SYCOMON_REVIEW__QUEUE_MAX": "100000",
        "SYCOMON_REVIEW__API_TOKENS": json.dumps({"erin": "tok-erin"}),
    })  # fmt: skip
    base = int(BASE_TIME.timestamp() // 60)
    rng = random.Random(20261130)
    truth: dict[str, bool] = {}
    steady = traffic(0, 60, {"v1": 0.05, "v2": 0.05}, rng, truth)
    shifted = traffic(60, 60, {"v1": 0.05, "v2": 0.30}, rng, truth)
    await create_topic(env)

    # 1. a worker that queues for review and does not evaluate yet (its leader timer is an hour away)
    env.extra["SYCOMON_DETECTION__INTERVAL_S"] = "3600"
    first = Worker(env, tmp_path)
    r = aioredis.Redis.from_url(redis_url)
    try:
        await asyncio.to_thread(first.wait_ready)
        await produce(env, steady)

        async def counted() -> int:
            total = 0
            for v in ("v1", "v2"):
                total += sum(int(x) for x in (await r.hgetall(f"{unique}:review:strata:{v}")).values())
            return total

        for _ in range(1200):
            if await counted() >= len(steady):
                break
            await asyncio.sleep(0.1)
        assert await counted() == len(steady), first.log_tail()
    finally:
        first.stop()
    labelled = await oracle_labels(env.environ(0, tmp_path), truth)
    assert labelled > 400
    # Redis loses the label mirror: the restarted worker rebuilds it from the labels topic
    mirror = [k async for k in r.scan_iter(f"{unique}:review:label*")]
    await r.delete(*mirror)

    env.extra["SYCOMON_DETECTION__INTERVAL_S"] = "1"
    second = Worker(env, tmp_path)
    try:
        await asyncio.to_thread(second.wait_ready)

        def evaluated(minute: int) -> None:
            wait_until(
                lambda: second.metric("sycomon_detection_minute") >= base + minute, 180, f"minute {minute}"
            )

        await asyncio.to_thread(evaluated, 58)
        await wait_outbox_drained(redis_url, f"{unique}:alerts:outbox", second)
        steady_alerts = [h for h in headlines(receivers.slack.accepted).values() if "absolute" in h]
        assert not steady_alerts, (
            f"absolute rule fired on steady versions: {steady_alerts}\n{second.log_tail()}"
        )
        labels_v1 = second.metric("sycomon_review_labels", model_version="v1")
        assert labels_v1 > 150, second.log_tail()

        await produce(env, shifted)
        await asyncio.to_thread(evaluated, 118)
        await wait_outbox_drained(redis_url, f"{unique}:alerts:outbox", second)
        absolute = [h for h in headlines(receivers.slack.accepted).values() if "absolute" in h]
        assert any("on v2" in h for h in absolute), f"{absolute}\n{detection_log(second)}"
        assert not any("on v1" in h for h in absolute), absolute
        docs = json.dumps(list(receivers.slack.accepted.values()))
        assert "basis labels" in docs

        def gauge(version: str, bound: str) -> float:
            return second.metric(
                "sycomon_corrected_rate", model_version=version, segment="all", bound=bound, basis="labels"
            )

        # the corrected estimate's interval holds the true rate of the last hour (both versions)
        assert gauge("v1", "low") <= 0.05 <= gauge("v1", "high"), (gauge("v1", "low"), gauge("v1", "high"))
        assert gauge("v2", "low") <= 0.30 <= gauge("v2", "high"), (gauge("v2", "low"), gauge("v2", "high"))
        assert gauge("v2", "low") > 0.15
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{second.port}") as http:
            got = await http.get("/api/review/stats", headers={"Authorization": "Bearer tok-erin"}, timeout=5)
        stats = got.json()
        assert sum(v["labels"] for v in stats["versions"].values()) == labelled
        assert stats["versions"]["v1"]["basis"] == "labels"
    finally:
        second.stop()
        keys = [k async for k in r.scan_iter(f"{unique}:*")]
        if keys:
            await r.delete(*keys)
        await r.aclose()
