"""Replay is the worker's twin: one input through the real worker (Kafka, Redis, the leader's
tick) and through ``sycomon replay`` (memory) gives the same alerts and the same mitigations."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis

from monitor.adapters.mitigation_store import RedisMitigationStore
from monitor.adapters.sinks.base import Notification
from monitor.core.events import Alert
from monitor.runtime.replay import replay
from monitor.settings import load_settings
from monitor.testing import BASE_TIME, FrozenClock, MarkerScorer, event_line
from tests.conftest import wait_until
from tests.integration.pipeline.harness import Env, Worker, create_topic, produce

MINUTES = 110
#: The same settings for both: mitigations applied at once and not verified (the worker reads
#: its input in seconds, so "the turns after the patch" differ from the file's), and every
#: minute evaluated from the first (the worker's first tick may come after many minutes).
SETTINGS = {
    "detection": {"interval_s": 1, "backfill_minutes": 2000},
    "mitigation": {"mode": "auto", "verify_turns": 0},
}


def incident(minutes: int = MINUTES, per_minute: int = 80, start: int = 10, end: int = 40) -> list[bytes]:
    """v1 steady at 5 % flagged; v2 at 50 % from ``start`` to ``end``, then back to 5 %: the
    alert fires, escalates to critical (a patch is applied), and resolves."""
    lines = []
    i = 0
    for minute in range(minutes):
        for k in range(per_minute):
            version = "v1" if k % 2 else "v2"
            rate_pct = 50 if version == "v2" and start <= minute < end else 5
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


def comparable(alert: Alert) -> dict[str, Any]:
    """Everything but the example ids (the worker's are the newest flagged at its tick)."""
    return alert.model_dump(mode="json", exclude={"example_event_ids"})


def decision(action: dict[str, Any]) -> tuple[str, str, str, str]:
    return action["kind"], action["model_version"], action["reason"], action["actor"]


async def test_the_worker_and_replay_give_the_same_alerts_and_mitigations(
    kafka: str, redis_url: str, unique: str, tmp_path: Path
) -> None:
    lines = incident()
    src = tmp_path / "incident.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    settings = load_settings(**SETTINGS)  # type: ignore[arg-type]
    summary = await replay(src, tmp_path / "replay", settings, MarkerScorer(), clock=FrozenClock())
    replayed = [
        Alert.model_validate({k: v for k, v in json.loads(line).items() if k != "at"})
        for line in (tmp_path / "replay" / "alerts.jsonl").read_text().splitlines()
    ]
    replay_mitigations = [
        decision(json.loads(line))
        for line in (tmp_path / "replay" / "mitigations.jsonl").read_text().splitlines()
    ]
    statuses = {(a.rule, a.status.value, a.severity.value) for a in replayed}
    assert {("absolute", "firing", "critical"), ("absolute", "resolved", "warning")} <= statuses, statuses
    assert ("apply_patch", "v2") in {m[:2] for m in replay_mitigations}, replay_mitigations
    assert summary.alerts == len(replayed) and summary.mitigations == len(replay_mitigations)

    env = Env(
        unique,
        kafka,
        redis_url,
        extra={
            "SYCOMON_OUTBOX__STREAM": f"{unique}:alerts:outbox",
            "SYCOMON_OUTBOX__DEAD_STREAM": f"{unique}:alerts:dead",
            "SYCOMON_OUTBOX__DEDUP_PREFIX": f"{unique}:alerts:key:",
            "SYCOMON_DETECTION__INTERVAL_S": "1",
            "SYCOMON_DETECTION__BACKFILL_MINUTES": "2000",
            "SYCOMON_MITIGATION__MODE": "auto",
            "SYCOMON_MITIGATION__VERIFY_TURNS": "0",
        },
    )
    await create_topic(env)
    worker = Worker(env, tmp_path)
    try:
        await asyncio.to_thread(worker.wait_ready)
        await produce(env, lines)
        # the worker keeps the last minute open (lateness 1): replay closes it at the end of its
        # file, and the input is calm there, so it changes nothing
        last_closed = int(BASE_TIME.timestamp()) // 60 + MINUTES - 2
        await asyncio.to_thread(
            wait_until, lambda: worker.metric("sycomon_detection_minute") >= last_closed, 180, "last minute"
        )
        r = aioredis.from_url(redis_url)
        try:
            entries = await r.xrange(f"{unique}:alerts:outbox")
        finally:
            await r.aclose()
        live = [Notification.model_validate_json(fields[b"n"]).alert for _, fields in entries]
        store = RedisMitigationStore.from_url(redis_url, unique)
        try:
            audit = [decision(e.to_json()) for e in await store.read_audit(1000)]
        finally:
            await store.close()
    finally:
        worker.stop()
    assert [comparable(a) for a in live] == [comparable(a) for a in replayed], worker.log_tail(60)
    assert audit == replay_mitigations
