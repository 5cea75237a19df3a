"""Real worker processes on the real broker, and the readers tests assert through."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from monitor.adapters.redis_state import RedisState
from monitor.core import windows
from monitor.core.record_signing import RecordSigner
from tests.conftest import REPO, free_port, wait_until

#: The key the test workers sign patches and sampling overrides with (mitigation.signing_key).
SIGNING_KEY_ID = "test-k1"
SIGNING_KEY = "test-record-signing-key"
SIGNER = RecordSigner(SIGNING_KEY_ID, SIGNING_KEY.encode())
RECORD_KEYS = {SIGNING_KEY_ID: SIGNING_KEY.encode()}


@dataclass
class Env:
    """Settings of one isolated deployment (its own topics, group and Redis prefix)."""

    name: str
    kafka: str
    redis_url: str
    partitions: int = 4
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def responses(self) -> str:
        return f"{self.name}.responses"

    def environ(self, web_port: int, data_dir: Path) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SYCOMON_")}
        env.update(
            {
                "SYCOMON_APP_ID": self.name,
                "SYCOMON_KAFKA__BOOTSTRAP_SERVERS": self.kafka,
                "SYCOMON_KAFKA__SESSION_TIMEOUT_S": "6",
                "SYCOMON_REDIS__URL": self.redis_url,
                "SYCOMON_REDIS__PREFIX": self.name,
                "SYCOMON_TOPICS__RESPONSES": self.responses,
                "SYCOMON_TOPICS__SCORES": f"{self.name}.scores",
                "SYCOMON_TOPICS__DEADLETTER": f"{self.name}.deadletter",
                "SYCOMON_TOPICS__AUDIT": f"{self.name}.audit",
                "SYCOMON_TOPICS__STATE": f"{self.name}.state",
                "SYCOMON_TOPICS__PARTITIONS": str(self.partitions),
                "SYCOMON_WEB__PORT": str(web_port),
                "SYCOMON_DATA_DIR": str(data_dir),
                "SYCOMON_PIPELINE__MAX_BATCH": "16",
                "SYCOMON_PIPELINE__MAX_WAIT_S": "0.2",
                "SYCOMON_MITIGATION__SIGNING_KEY": SIGNING_KEY,
                "SYCOMON_MITIGATION__SIGNING_KEY_ID": SIGNING_KEY_ID,
                # the test traffic is dated from monitor.testing.BASE_TIME (fixed, months ago): no
                # age limit unless a test sets one (the future-skew limit stays on)
                "SYCOMON_LIMITS__MAX_EVENT_AGE_S": "0",
            }
        )
        env.update(self.extra)
        return env

    def state(self) -> RedisState:
        return RedisState.from_url(
            self.redis_url, self.name, 3600, 3600, signer=SIGNER, record_keys=RECORD_KEYS
        )


class Worker:
    """``python -m monitor.testing worker`` (the real faust worker with the MarkerScorer)."""

    def __init__(self, env: Env, tmp: Path, delay_s: float = 0.0) -> None:
        self.port = free_port()
        self.log_path = tmp / f"worker-{self.port}.log"
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "monitor.testing", "worker", str(delay_s)],
            env=env.environ(self.port, tmp / f"data-{self.port}"),
            cwd=REPO,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def get(self, path: str) -> httpx.Response:
        # generous: on a loaded 2-core machine a scoring batch can hold the worker's loop for seconds
        return httpx.get(f"http://127.0.0.1:{self.port}{path}", timeout=15.0)

    def ready(self) -> bool:
        if self.proc.poll() is not None:
            raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log_tail()}")
        try:
            return self.get("/readyz").status_code == 200
        except httpx.HTTPError:
            return False

    def wait_ready(self, timeout: float = 90) -> Worker:
        wait_until(self.ready, timeout, "worker /readyz")
        return self

    def metric(self, name: str, **labels: str) -> float:
        """Sum of a metric's samples matching ``labels`` in this worker's /metrics."""
        total = 0.0
        for line in self.get("/metrics").text.splitlines():
            if not line.startswith(name + "{") and not line.startswith(name + " "):
                continue
            head, _, value = line.rpartition(" ")
            if all(f'{k}="{v}"' in head for k, v in labels.items()):
                total += float(value)
        return total

    def log_tail(self, n: int = 40) -> str:
        self._log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()


async def create_topic(env: Env) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=env.kafka)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(env.responses, env.partitions, 1)])
    finally:
        await admin.close()


async def produce(env: Env, lines: Sequence[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=env.kafka, acks="all", linger_ms=5)
    await producer.start()
    try:
        futures = []
        for line in lines:
            try:
                key = json.loads(line).get("conversation_id", "").encode() or None
            except (ValueError, AttributeError):
                key = None
            futures.append(await producer.send(env.responses, value=line, key=key))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


Record = tuple[bytes | None, bytes]


async def consume_until(
    env: Env, topic: str, done: Callable[[list[Record]], bool], deadline_s: float = 60
) -> list[Record]:
    """(key, value) of ``topic``'s records from the start, read until ``done(records)`` holds."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=env.kafka,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    out: list[Record] = []
    try:
        async with asyncio.timeout(deadline_s):
            while not done(out):
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    out.extend((r.key, r.value) for r in records)
    finally:
        await consumer.stop()
    return out


async def consume_all(env: Env, topic: str, expected: int, deadline_s: float = 60) -> list[Record]:
    return await consume_until(env, topic, lambda records: len(records) >= expected, deadline_s)


async def redis_buckets(env: Env) -> dict[windows.BucketKey, windows.Bucket]:
    """Every merged bucket the workers mirrored to Redis."""
    state = env.state()
    try:
        out: dict[windows.BucketKey, windows.Bucket] = {}
        keys = [k.decode() async for k in state.client.scan_iter(match=f"{env.name}:agg:*")]
        for key in keys:
            version, segment, minute = key[len(f"{env.name}:agg:") :].rsplit(":", 2)
            got = await state.buckets(version, segment, [int(minute)])
            out[windows.BucketKey(version, segment, int(minute))] = got[int(minute)]
        return out
    finally:
        await state.close()


def counters(buckets: dict[windows.BucketKey, windows.Bucket]) -> dict[windows.BucketKey, list[int]]:
    """The counts of each bucket (watermarks are per partition and do not survive a merge)."""
    return {k: b.counts.tolist() for k, b in buckets.items()}


def scored_total(buckets: dict[windows.BucketKey, windows.Bucket]) -> int:
    return sum(b.n for k, b in buckets.items() if k.segment == "all")
