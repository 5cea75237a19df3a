"""The fault bench's own services: a Kafka broker and a Redis on private ports and a private state
dir (never the shared 9092 / 6379), started, restarted and stopped with deploy/local/stack.sh; and
readers of the topics and the Redis mirror."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

__all__ = ["Stack", "produce", "read_topic"]

REPO = Path(__file__).resolve().parents[1]
STACK = REPO / "deploy" / "local" / "stack.sh"


@dataclass
class Stack:
    state_dir: Path
    kafka_port: int = 19092
    controller_port: int = 19093
    redis_port: int = 16379

    @property
    def kafka(self) -> str:
        return f"127.0.0.1:{self.kafka_port}"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    @property
    def record(self) -> Path:
        return self.state_dir / "started-by-bench"

    def _run(self, *args: str, timeout: float = 300) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SYCOMON_")}
        if "SYCOMON_KAFKA_LIBS" in os.environ:
            env["SYCOMON_KAFKA_LIBS"] = os.environ["SYCOMON_KAFKA_LIBS"]
        env.update(
            {
                "SYCOMON_STATE_DIR": str(self.state_dir),
                "SYCOMON_KAFKA_PORT": str(self.kafka_port),
                "SYCOMON_KAFKA_CONTROLLER_PORT": str(self.controller_port),
                "SYCOMON_REDIS_PORT": str(self.redis_port),
                "SYCOMON_PROMETHEUS_PORT": str(self.redis_port + 3000),
                "SYCOMON_STACK_STARTED_FILE": str(self.record),
                "SYCOMON_START_TIMEOUT": "120",
            }
        )
        subprocess.run(
            ["bash", str(STACK), *args],
            check=True,
            timeout=timeout,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def up(self, *services: str) -> None:
        self._run("up", *services)

    def down(self, *services: str) -> None:
        self._run("down", *services, timeout=120)

    def restart_kafka(self) -> None:
        """Stop the broker (SIGTERM, controlled shutdown) and start it again on the same data."""
        self.down("kafka")
        self.up("kafka")

    def restart_redis_empty(self) -> None:
        """Stop Redis, delete its AOF (a restart without persistence: every key gone), start it."""
        self.down("redis")
        shutil.rmtree(self.state_dir / "redis" / "appendonlydir", ignore_errors=True)
        self.up("redis")

    def close(self) -> None:
        started = sorted(set(self.record.read_text().split())) if self.record.exists() else []
        if started:
            subprocess.run(
                ["bash", str(STACK), "down", *started],
                check=False,
                timeout=120,
                env={
                    **os.environ,
                    "SYCOMON_STATE_DIR": str(self.state_dir),
                    "SYCOMON_KAFKA_PORT": str(self.kafka_port),
                    "SYCOMON_REDIS_PORT": str(self.redis_port),
                },
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )


def _key(line: bytes | None) -> bytes:
    try:
        conversation = json.loads(line or b"").get("conversation_id", "")
    except (ValueError, AttributeError, RecursionError):
        return b"hostile"  # a key for every record: Kafka refuses a record with neither
    return str(conversation).encode() or b"hostile"


async def produce(kafka: str, topic: str, lines: Sequence[bytes | None]) -> None:
    """Produce in order, keyed by conversation_id like a gateway (``None``: a null Kafka value)."""
    producer = AIOKafkaProducer(
        bootstrap_servers=kafka, acks="all", linger_ms=5, max_request_size=2 * 1024 * 1024
    )
    await producer.start()
    try:
        futures = [await producer.send(topic, value=line, key=_key(line)) for line in lines]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def read_topic(kafka: str, topic: str, limit_s: float = 60) -> list[tuple[int, int, bytes | None]]:
    """(partition, offset, value) of every record up to the end offsets seen at the start."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=kafka,
        enable_auto_commit=False,
        group_id=None,
        auto_offset_reset="earliest",
        fetch_max_bytes=8 * 1024 * 1024,
    )
    await consumer.start()
    out: list[tuple[int, int, bytes | None]] = []
    try:
        parts = [TopicPartition(topic, p) for p in await _partitions(kafka, topic)]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        end = await consumer.end_offsets(parts)
        async with asyncio.timeout(limit_s):
            while [tp for tp in parts if await consumer.position(tp) < end[tp]]:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    out.extend((r.partition, r.offset, r.value) for r in records)
    finally:
        await consumer.stop()
    return out


async def _partitions(kafka: str, topic: str) -> list[int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return sorted(int(p["partition"]) for p in described["partitions"])
