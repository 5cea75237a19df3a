"""A Redis that loses its data (restart without persistence) while the worker runs: what has no
source in Kafka but the state topic (mitigations, pending approvals, the signed patch gateways
read, sampling overrides, detector state) comes back without a worker restart."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis

from monitor.adapters.mitigation_store import MitigationService, RedisMitigationStore
from monitor.client import MitigationClient
from monitor.core.events import Alert, AlertStatus, Severity
from monitor.core.policy import (
    ActionKind,
    MitigationEngine,
    MitigationKeys,
    MitigationMode,
    MitigationSettings,
    MitigationStatus,
    PolicySpec,
)
from monitor.errors import StateError
from monitor.runtime.durable import DurableState
from monitor.settings import Settings
from tests.conftest import wait_until
from tests.integration.pipeline.harness import (
    RECORD_KEYS,
    SIGNER,
    Env,
    Worker,
    counters,
    create_topic,
    produce,
    redis_buckets,
    scored_total,
)
from tests.integration.pipeline.test_worker import replay_buckets, traffic
from tests.integration.test_mitigations import BASE, PATCH

pytestmark = pytest.mark.integration


def _alert(version: str) -> Alert:
    now = datetime.now(UTC)
    return Alert(
        fingerprint=f"regression:{version}:all", rule="regression", model_version=version,
        status=AlertStatus.FIRING, severity=Severity.CRITICAL, summary="up",
        evidence={"rate": 0.2, "n": 500}, started_at=now, updated_at=now,
    )  # fmt: skip


def _service(url: str, prefix: str, mode: MitigationMode) -> MitigationService:
    store = RedisMitigationStore(
        aioredis.Redis.from_url(url, decode_responses=True, socket_timeout=2.0),
        MitigationKeys(prefix),
        signer=SIGNER,
    )
    settings = MitigationSettings(mode=mode, policies=(PolicySpec(name="patch", patch=PATCH),))
    return MitigationService(store, MitigationEngine(settings))


def _copied(env: Env) -> dict[str, str]:
    settings = Settings(kafka={"bootstrap_servers": env.kafka}, topics={"state": f"{env.name}.state"})
    reader = DurableState(settings, env.state())
    return asyncio.run(reader.read_topic())


def test_mitigations_patches_and_overrides_come_back_after_a_redis_loss_without_a_restart(
    kafka: str, unique: str, private_redis: Any, tmp_path: Path
) -> None:
    env = Env(unique, kafka, private_redis.url, extra={"SYCOMON_DETECTION__INTERVAL_S": "1"})
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path)
    try:
        w.wait_ready()

        async def set_up() -> str:
            auto = _service(env.redis_url, env.name, MitigationMode.AUTO)
            approval = _service(env.redis_url, env.name, MitigationMode.APPROVAL)
            try:
                (applied,) = await auto.handle_alert(_alert("v2"))
                assert applied.action.kind is ActionKind.APPLY_PATCH
                (request,) = await approval.handle_alert(_alert("v3"))
                assert request.action.kind is ActionKind.REQUEST_APPROVAL and request.action.mitigation_id
                await env.state().set_sampling_override("v1", 0.5)
                return request.action.mitigation_id
            finally:
                await auto.store.close()
                await approval.store.close()

        pending_id = asyncio.run(set_up())
        wait_until(
            lambda: {"mitigation:state", "mitigation:patch:v2", "sampling:rates"} <= set(_copied(env)),
            30,
            "the leader's copy in the state topic",
        )

        private_redis.restart()  # no persistence: every key gone

        async def patch_back() -> bool:
            async with MitigationClient(env.redis_url, signing_keys=RECORD_KEYS, prefix=env.name) as client:
                return await client.system_prompt("v2", BASE) == f"{BASE}\n\n{PATCH.text}"

        wait_until(lambda: asyncio.run(patch_back()), 30, "the signed patch back for gateways")

        async def check() -> None:
            service = _service(env.redis_url, env.name, MitigationMode.APPROVAL)
            try:
                state = await service.state()
                pending = state.get(pending_id)
                assert pending is not None and pending.status is MitigationStatus.PENDING_APPROVAL
                assert state.open_for("v2") is not None
                approved = await service.approve(pending_id, "cli:bob")  # the same id still approves
                assert approved.status is MitigationStatus.ACTIVE
            finally:
                await service.store.close()
            assert await env.state().sampling_overrides() == {"v1": 0.5}

        asyncio.run(check())
        assert w.metric("sycomon_redis_restored_records_total") >= 3
        assert w.proc.poll() is None
    finally:
        w.stop()


def test_a_re_published_event_is_still_a_duplicate_after_a_redis_loss(
    kafka: str, unique: str, private_redis: Any, tmp_path: Path
) -> None:
    """The dedup store is rebuilt from the responses topic: events re-published after the loss
    (same event_id, new offsets) are dropped as duplicates, and the mirror equals the replay
    twin's counts (which counts them once)."""
    env = Env(unique, kafka, private_redis.url)
    asyncio.run(create_topic(env))
    w = Worker(env, tmp_path)
    try:
        w.wait_ready()
        first = traffic(200)
        asyncio.run(produce(env, first))
        wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) == 200, 60, "200 turns mirrored")

        private_redis.restart()  # no persistence: the dedup keys are gone with the rest
        again = first[:50] + traffic(100, start=200)  # 50 re-published events, 100 new ones
        asyncio.run(produce(env, again))
        wait_until(lambda: w.metric("sycomon_events_total") >= 350, 90, "350 records counted")
        assert w.metric("sycomon_events_total", outcome="duplicate") == 50
        assert w.metric("sycomon_events_total", outcome="scored") == 300
        assert w.metric("sycomon_dedup_rebuilt_events_total") >= 200
        wait_until(lambda: scored_total(asyncio.run(redis_buckets(env))) == 300, 60, "300 turns mirrored")
        assert counters(asyncio.run(redis_buckets(env))) == counters(replay_buckets(first + again, tmp_path))
    finally:
        w.stop()


def test_the_durable_copy_restores_only_absent_keys_and_never_copies_across_a_loss(
    kafka: str, unique: str, private_redis: Any
) -> None:
    """The state topic restores what is absent (a write made after the loss wins), skips expired
    patches, tombstones deleted keys, and a copy whose Redis lost its data mid-way is refused."""
    env = Env(unique, kafka, private_redis.url)
    settings = Settings(kafka={"bootstrap_servers": env.kafka}, topics={"state": f"{env.name}.state"})

    async def scenario() -> None:
        state = env.state()
        r = state.client
        durable = DurableState(settings, state)
        try:
            await r.set(state.key("mitigation", "state"), '{"kept": 1}')
            await r.hset(state.key("mitigation", "patch", "v2"), mapping={"patch_id": "p", "sig": "s"})
            await r.pexpire(state.key("mitigation", "patch", "v2"), 60_000)
            await r.hset(state.key("mitigation", "patch", "old"), mapping={"patch_id": "q"})
            await r.pexpire(state.key("mitigation", "patch", "old"), 1_500)
            await r.set(state.key("detection", "state"), '{"gone": 1}')
            epoch, _ = await state.epoch("e1")
            assert await durable.sync(epoch) == []  # first copy: nothing to restore
            await r.delete(state.key("detection", "state"))
            assert await durable.sync(epoch) == []  # the deletion reaches the topic as a tombstone
            assert "detection:state" not in await durable.read_topic()

            await r.flushall()  # the loss (private server)
            await asyncio.sleep(1.6)  # the "old" patch expires meanwhile
            await r.set(state.key("mitigation", "state"), '{"written": "after the loss"}')
            epoch2, created = await state.epoch("e2")
            assert created and epoch2 == "e2"
            restored = await durable.sync(epoch2)
            assert restored == ["mitigation:patch:v2"]  # not the newer state, not the expired patch
            assert await r.get(state.key("mitigation", "state")) == b'{"written": "after the loss"}'
            patch = await r.hgetall(state.key("mitigation", "patch", "v2"))
            assert patch == {b"patch_id": b"p", b"sig": b"s"}
            assert 0 < await r.pttl(state.key("mitigation", "patch", "v2")) <= 60_000
            assert await r.exists(state.key("detection", "state")) == 0
            assert json.loads((await durable.read_topic())["_epoch"])["value"] == "e2"

            await r.flushall()  # lost again, nobody has written a new epoch yet
            with pytest.raises(StateError):
                await durable.sync(epoch2)  # the copy must not tombstone everything
            assert "mitigation:patch:v2" in await durable.read_topic()
        finally:
            await durable.close()
            await state.close()

    asyncio.run(scenario())


def test_notifications_no_sink_delivered_come_back_after_a_redis_loss(
    kafka: str, unique: str, private_redis: Any
) -> None:
    """An alert the detection state counts as notified but still in the outbox when Redis is
    emptied is enqueued again from the state topic; one already delivered is not."""
    from monitor.adapters.outbox import RedisOutbox
    from monitor.adapters.sinks.base import Notification

    env = Env(unique, kafka, private_redis.url)
    settings = Settings(
        kafka={"bootstrap_servers": env.kafka},
        topics={"state": f"{env.name}.state"},
        sinks={"slack": {"webhook_url": "http://127.0.0.1:9/slack"}},
        outbox={
            "stream": f"{unique}:outbox",
            "dead_stream": f"{unique}:dead",
            "dedup_prefix": f"{unique}:k:",
        },
    )

    async def scenario() -> None:
        state = env.state()
        outbox = RedisOutbox(state.client, settings.outbox)
        durable = DurableState(settings, state, outbox)
        try:
            group = outbox.group("slack")
            await outbox.ensure_group(group)
            await outbox.enqueue(_alert("v1"))
            (delivered,) = await outbox.read(group, "c1", pending=False, count=10)
            await outbox.ack(group, delivered.entry_id)  # v1 delivered
            await outbox.enqueue(_alert("v2"))  # v2 read by nobody yet
            await outbox.enqueue(_alert("v3"))
            (in_flight,) = await outbox.read(group, "c1", pending=False, count=1)  # v2 pending
            assert [n.alert.model_version for n in await outbox.undelivered(["slack"])] == ["v2", "v3"]
            epoch, _ = await state.epoch("e1")
            assert await durable.sync(epoch) == []

            await state.client.flushall()  # the loss
            epoch2, _ = await state.epoch("e2")
            restored = await durable.sync(epoch2)
            assert restored == ["outbox:undelivered (2 notifications)"], restored
            rows = await state.client.xrange(settings.outbox.stream)
            back = [Notification.model_validate_json(f[b"n"]).alert.model_version for _, f in rows]
            assert back == ["v2", "v3"]
            assert in_flight.notification is not None
        finally:
            await durable.close()
            await state.close()

    asyncio.run(scenario())
