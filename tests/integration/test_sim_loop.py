"""The simulator on real services: the closed loop through a real redis-server (a patch applied by
the MitigationService reaches the simulated gateway's MitigationClient by pub/sub and v2's
sycophancy rate falls), the command in closed loop, and the Kafka output on the real broker.
"""

from __future__ import annotations

import asyncio
import json
import math
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis.asyncio as aioredis
import typer
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from typer.testing import CliRunner

from monitor.adapters.mitigation_store import MitigationService, RedisMitigationStore
from monitor.client import MitigationClient
from monitor.core.events import Alert, AlertStatus, ResponseEvent, Severity, decode_event
from monitor.core.policy import (
    ActionKind,
    MitigationEngine,
    MitigationKeys,
    MitigationMode,
    MitigationSettings,
    PatchSpec,
    PolicySpec,
)
from monitor.errors import InvalidEventError
from monitor.sim import FileSink, KafkaSink, Scenario, Simulator, VersionSpec, load_pool, simulate
from monitor.sim.cli import simulate_command
from tests.integration.pipeline.harness import RECORD_KEYS, SIGNER

pytestmark = pytest.mark.integration

PATCH = PatchSpec(patch_id="anti-syco", version=3, text="Do not flatter the user.")
START = datetime(2025, 4, 25, 12, 0, tzinfo=UTC)
WAIT = 10.0  # upper bound on awaiting an event
POOL = load_pool(use_datasets=False)


def _scenario() -> Scenario:
    def version(name: str, rate: float) -> VersionSpec:
        return VersionSpec(name=name, share=0.5, sycophancy_rate=rate, memory_share=0.0)

    return Scenario(name="loop", duration_minutes=60, turns_per_minute=100, patch_factor=0.25,
                    versions=(version("v1", 0.05), version("v2", 0.4)))  # fmt: skip


def _alert(version: str) -> Alert:
    now = datetime.now(UTC)
    return Alert(
        fingerprint=f"regression:{version}:all", rule="regression", model_version=version,
        status=AlertStatus.FIRING, severity=Severity.CRITICAL, summary="sycophancy up",
        evidence={"rate": 0.4, "n": 500}, started_at=now, updated_at=now,
    )  # fmt: skip


def _service(url: str, prefix: str) -> MitigationService:
    store = RedisMitigationStore(
        aioredis.Redis.from_url(url, decode_responses=True), MitigationKeys(prefix), signer=SIGNER
    )
    settings = MitigationSettings(mode=MitigationMode.AUTO, policies=(PolicySpec(name="patch", patch=PATCH),))
    return MitigationService(store, MitigationEngine(settings))


class Changes:
    """MitigationClient.on_change calls, awaitable."""

    def __init__(self) -> None:
        self.seen: list[str | None] = []
        self.cond = asyncio.Condition()
        self.loop = asyncio.get_running_loop()

    def __call__(self, version: str | None) -> None:
        self.seen.append(version)
        self.loop.create_task(self._notify())

    async def _notify(self) -> None:
        async with self.cond:
            self.cond.notify_all()

    async def wait(self, version: str, after: int) -> None:
        async with self.cond:
            await asyncio.wait_for(self.cond.wait_for(lambda: version in self.seen[after:]), WAIT)


class PatchingSink(FileSink):
    """Writes to a file; after ``at`` v2 turns, has the monitor patch v2 and waits until the
    gateway's client has been told (the pub/sub announcement), as a live incident would unfold."""

    def __init__(self, path: Path, service: MitigationService, changes: Changes, at: int) -> None:
        super().__init__(path)
        self.service, self.changes, self.at = service, changes, at
        self.v2 = 0
        self.applied: list[ActionKind] = []

    async def write(self, event: ResponseEvent) -> None:
        await super().write(event)
        self.v2 += event.model_version == "v2"
        if self.v2 == self.at and not self.applied:
            mark = len(self.changes.seen)
            self.applied = [e.action.kind for e in await self.service.handle_alert(_alert("v2"))]
            await self.changes.wait("v2", mark)


def _within(observed: int, n: int, p: float) -> bool:
    return abs(observed - n * p) <= 4.5 * math.sqrt(n * p * (1 - p)) + 1


async def test_patch_for_v2_lowers_its_simulated_rate(redis_server: str, tmp_path: Path) -> None:
    prefix = f"t{uuid.uuid4().hex[:10]}"
    service = _service(redis_server, prefix)
    changes = Changes()
    out = tmp_path / "events.jsonl"
    try:
        async with MitigationClient(
            redis_server, signing_keys=RECORD_KEYS, prefix=prefix, on_change=changes
        ) as client:
            assert client.subscribed
            sim = Simulator(_scenario(), POOL, start=START, seed=11)
            sink = PatchingSink(out, service, changes, at=1200)
            summary = await simulate(sim, sink, resolver=client)
            assert sink.applied == [ActionKind.APPLY_PATCH]
            assert client.stats.fail_open == 0
    finally:
        await service.store.close()

    events = [ResponseEvent.model_validate_json(line) for line in out.read_text().splitlines()]
    assert len(events) == summary.turns
    v2 = [e for e in events if e.model_version == "v2"]
    before, after = v2[:1200], v2[1200:]
    assert len(after) > 1000
    assert {e.system_prompt_version for e in before} == {"base-1"}
    assert {e.system_prompt_version for e in after} == {"base-1+anti-syco@v3"}  # the patch, by name
    assert {e.system_prompt_version for e in events if e.model_version == "v1"} == {"base-1"}

    c = summary.by_version["v2"]
    assert c.patched_turns == len(after)
    base_syco = c.sycophantic - c.patched_sycophantic
    assert _within(base_syco, len(before), 0.4)
    assert _within(c.patched_sycophantic, c.patched_turns, 0.1)  # 0.4 x patch factor 0.25
    assert summary.by_version["v1"].patched_turns == 0


def test_simulate_command_in_closed_loop(
    redis_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = f"t{uuid.uuid4().hex[:10]}"
    # the simulated gateway verifies patches with the worker's key, from the same settings
    monkeypatch.setenv("SYCOMON_MITIGATION__SIGNING_KEY", SIGNER.secret.decode())
    monkeypatch.setenv("SYCOMON_MITIGATION__SIGNING_KEY_ID", SIGNER.key_id)

    async def patch_v2() -> None:
        service = _service(redis_server, prefix)
        try:
            entries = await service.handle_alert(_alert("v2"))
            assert [e.action.kind for e in entries] == [ActionKind.APPLY_PATCH]
        finally:
            await service.store.close()

    asyncio.run(patch_v2())
    app = typer.Typer()
    app.command("simulate")(simulate_command)
    app.command("noop")(lambda: None)
    out, truth = tmp_path / "e.jsonl", tmp_path / "truth.jsonl"
    result = CliRunner().invoke(app, [
        "simulate", "--fixture", "-s", "april-2025", "-o", str(out), "--labels", str(truth),
        "--redis-url", redis_server, "--redis-prefix", prefix, "--start", "2025-04-25T00:00:00Z",
        "--turns-per-minute", "10", "--seed", "5",
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    by_version = {v: [e for e in events if e["model_version"] == v] for v in ("v1", "v2")}
    assert by_version["v2"] and by_version["v1"]
    assert all(e["system_prompt_version"].endswith("+anti-syco@v3") for e in by_version["v2"])
    assert not any("+" in e["system_prompt_version"] for e in by_version["v1"])
    truth = [json.loads(line) for line in truth.read_text().splitlines()]
    assert all(t["patched"] == (t["model_version"] == "v2") for t in truth)


async def test_kafka_output_with_malformed_records(kafka: str, unique: str) -> None:
    topic = f"{unique}.responses"
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 2, 1)])
    finally:
        await admin.close()
    sim = Simulator(_scenario(), POOL, start=START, seed=3, duration_minutes=3)
    summary = await simulate(sim, KafkaSink(kafka, topic, buffer_size=64), malformed_rate=0.05)
    assert summary.sink["events_sent"] == summary.turns > 200
    assert summary.sink["malformed_sent"] == summary.malformed > 0
    assert summary.sink["send_errors"] == summary.sink["dropped_full"] == 0

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=kafka, auto_offset_reset="earliest",
                                enable_auto_commit=False, group_id=None)  # fmt: skip
    await consumer.start()
    values: list[bytes] = []
    try:
        async with asyncio.timeout(60):
            while len(values) < summary.turns + summary.malformed:
                for records in (await consumer.getmany(timeout_ms=1000)).values():
                    values.extend(r.value for r in records if r.value is not None)
    finally:
        await consumer.stop()
    good = bad = 0
    for raw in values:
        try:
            decode_event(raw)
            good += 1
        except InvalidEventError:
            bad += 1
    assert (good, bad) == (summary.turns, summary.malformed)
