"""The whole loop on real services: worker -> Redis mirror -> leader's detectors -> outbox ->
Slack-format receiver; and the auto mitigation patch that gateways read from Redis."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from monitor.client import MitigationClient
from monitor.testing import event_line
from tests.integration.conftest import Receivers
from tests.integration.pipeline.harness import Env, Worker, consume_until, create_topic, produce

pytestmark = pytest.mark.integration


def incident(minutes: int, per_minute: int) -> list[bytes]:
    """v1 steady at 5 % flagged; v2 at 5 % for 10 minutes, then 50 % (a sycophantic update)."""
    lines = []
    i = 0
    for minute in range(minutes):
        for k in range(per_minute):
            version = "v1" if k % 2 else "v2"
            rate_pct = 50 if version == "v2" and minute >= 10 else 5
            flagged = (k * 7 + minute) % 100 < rate_pct
            lines.append(
                event_line(
                    minute * 60 + k * 60 // per_minute,
                    event_id=f"e{i}",
                    model_version=version,
                    conversation_id=f"c{i % 211}",
                    response="reply" + (" [score=0.95]" if flagged else ""),
                )
            )
            i += 1
    return lines


async def test_incident_is_detected_alerted_and_mitigated(
    kafka: str, redis_url: str, unique: str, receivers: Receivers, tmp_path: Path
) -> None:
    env = Env(
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

        client = MitigationClient(redis_url, prefix=unique)
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
