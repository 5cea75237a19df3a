"""The whole loop on real services: worker -> Redis mirror -> leader's detectors -> outbox ->
Slack-format receiver; and the auto mitigation patch that gateways read from Redis."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from monitor.client import MitigationClient
from monitor.testing import BASE_TIME, event_line
from tests.conftest import wait_until
from tests.integration.conftest import Receivers
from tests.integration.pipeline.harness import RECORD_KEYS, Env, Worker, consume_until, create_topic, produce

pytestmark = pytest.mark.integration


def incident(
    minutes: int, per_minute: int, kind: Callable[[str, int, int, bool], str] | None = None
) -> list[bytes]:
    """v1 steady at 5 % flagged; v2 at 5 % for 10 minutes, then 50 % (a sycophantic update).

    ``kind(version, minute, draw, flagged)``, when given, names each turn's category (a
    ``[category=...]`` marker for the test scorer)."""
    lines = []
    i = 0
    for minute in range(minutes):
        for k in range(per_minute):
            version = "v1" if k % 2 else "v2"
            rate_pct = 50 if version == "v2" and minute >= 10 else 5
            draw = (k * 7 + minute) % 100
            flagged = draw < rate_pct
            marker = " [score=0.95]" if flagged else ""
            if kind is not None:
                marker += f" [category={kind(version, minute, draw, flagged)}]"
            lines.append(
                event_line(
                    minute * 60 + k * 60 // per_minute,
                    event_id=f"e{i}",
                    model_version=version,
                    conversation_id=f"c{i % 211}",
                    response="reply" + marker,
                )
            )
            i += 1
    return lines


def alerting_env(unique: str, kafka: str, redis_url: str, receivers: Receivers) -> Env:
    return Env(
        unique,
        kafka,
        redis_url,
        extra={
            "SYCOMON_SINKS__SLACK__WEBHOOK_URL": f"{receivers.base}/slack/T0/B0/secret",
            "SYCOMON_OUTBOX__STREAM": f"{unique}:alerts:outbox",
            "SYCOMON_OUTBOX__DEAD_STREAM": f"{unique}:alerts:dead",
            "SYCOMON_OUTBOX__DEDUP_PREFIX": f"{unique}:alerts:key:",
            "SYCOMON_DETECTION__INTERVAL_S": "1",
            "SYCOMON_MITIGATION__MODE": "auto",
        },
    )


async def test_incident_is_detected_alerted_and_mitigated(
    kafka: str, redis_url: str, unique: str, receivers: Receivers, tmp_path: Path
) -> None:
    env = alerting_env(unique, kafka, redis_url, receivers)
    await create_topic(env)
    worker = Worker(env, tmp_path)
    try:
        await asyncio.to_thread(worker.wait_ready)
        await produce(env, incident(minutes=40, per_minute=80))

        def v2_alert() -> bool:
            return any(doc_mentions(doc, "v2") for doc in receivers.slack.accepted.values())

        try:
            await receivers.wait_for(v2_alert, within_s=120)
        except TimeoutError:
            raise AssertionError(
                f"no v2 alert; slack got {receivers.slack.requests} requests, "
                f"rejected {receivers.slack.rejected}\n{worker.log_tail(60)}"
            ) from None
        assert not any(doc_mentions(doc, "v1") for doc in receivers.slack.accepted.values())
        assert receivers.slack.duplicates == 0

        client = MitigationClient(redis_url, prefix=unique, signing_keys=RECORD_KEYS)
        await client.start()
        try:
            for _ in range(300):  # the patch is written right after the critical alert
                prompt = await client.resolve("v2", "You are helpful.")
                if prompt.patch is not None:
                    break
                await asyncio.sleep(0.1)
            assert prompt.patch is not None, worker.log_tail()
            assert prompt.text.startswith("You are helpful.") and len(prompt.text) > len("You are helpful.")
            assert (await client.resolve("v1", "You are helpful.")).patch is None
        finally:
            await client.close()

        # every mitigation decision is mirrored from the Redis audit stream to the audit topic
        def patched(records: list[tuple[bytes | None, bytes]]) -> bool:
            audit = (json.loads(value) for _, value in records)
            return any(a["kind"] == "apply_patch" and a["model_version"] == "v2" for a in audit)

        assert patched(await consume_until(env, f"{unique}.audit", patched))
    finally:
        worker.stop()


def doc_mentions(doc: object, version: str) -> bool:
    """Whether a Slack Block Kit message's "Model version" field names ``version``."""
    return f"*Model version*\n{version}" in json.dumps(doc).replace("\\n", "\n")


def headlines(docs: dict[str, object]) -> dict[str, str]:
    """Idempotency key -> the Block Kit header ("<emoji> CRITICAL: regression on v2", ...)."""
    out = {}
    for key, doc in docs.items():
        blocks = doc.get("blocks", []) if isinstance(doc, dict) else []
        out[key] = next(b["text"]["text"] for b in blocks if b["type"] == "header")
    return out


async def outbox_drained(redis_url: str, stream: str) -> bool:
    """Every sink's consumer group has read and acknowledged every notification."""
    r = aioredis.from_url(redis_url)
    try:
        groups = await r.xinfo_groups(stream)
        return bool(groups) and all(g["pending"] == 0 and g["lag"] == 0 for g in groups)
    finally:
        await r.aclose()


async def wait_outbox_drained(redis_url: str, stream: str, worker: Worker, within_s: float = 60) -> None:
    """Poll until the dispatcher has delivered every notification (it takes a few hundred ms)."""
    for _ in range(int(within_s * 10)):
        if await outbox_drained(redis_url, stream):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"outbox not drained within {within_s:.0f}s\n{worker.log_tail()}")


async def test_a_restarted_worker_resumes_its_alerts_without_repeating_them(
    kafka: str, redis_url: str, unique: str, receivers: Receivers, tmp_path: Path
) -> None:
    """Detector and alert state survive a SIGKILL: the incident still firing after the restart is
    neither announced again nor resolved."""
    env = alerting_env(unique, kafka, redis_url, receivers)
    base = int(BASE_TIME.timestamp() // 60)
    lines = incident(minutes=50, per_minute=80)
    await create_topic(env)

    def evaluated(worker: Worker, minute: int) -> None:  # lateness 1: minute m closes at m + 1
        wait_until(lambda: worker.metric("sycomon_detection_minute") >= base + minute, 120, f"{minute}")

    first = Worker(env, tmp_path)
    try:
        await asyncio.to_thread(first.wait_ready)
        await produce(env, lines[: 40 * 80])
        await asyncio.to_thread(evaluated, first, 38)
        await receivers.wait_for(
            lambda: any(doc_mentions(d, "v2") for d in receivers.slack.accepted.values()), within_s=60
        )
        await wait_outbox_drained(redis_url, f"{unique}:alerts:outbox", first)
    finally:
        first.kill()
    before = headlines(receivers.slack.accepted)
    firing = {h.split(" ", 1)[1] for h in before.values() if "Resolved" not in h}
    assert any("on v2" in h for h in firing), before

    second = Worker(env, tmp_path)
    try:
        await asyncio.to_thread(second.wait_ready)
        await produce(env, lines[40 * 80 :])  # the incident goes on for 10 more minutes
        await asyncio.to_thread(evaluated, second, 48)
        await wait_outbox_drained(redis_url, f"{unique}:alerts:outbox", second)
        after = {k: h for k, h in headlines(receivers.slack.accepted).items() if k not in before}
        repeated = [h for h in after.values() if h.split(" ", 1)[1] in firing]
        resolved = [h for h in after.values() if "Resolved" in h and "on v2" in h]
        assert not repeated, f"re-announced after the restart: {repeated}\n{second.log_tail(60)}"
        assert not resolved, f"resolved while still firing: {resolved}"
        assert receivers.slack.duplicates == 0
    finally:
        second.stop()
