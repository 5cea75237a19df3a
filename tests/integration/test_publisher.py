"""ResponsePublisher against the real Kafka broker of deploy/local/stack.sh."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from monitor.client import ResponseEvent, ResponsePublisher
from monitor.core.events import decode_event
from monitor.testing import make_event

pytestmark = pytest.mark.integration


async def _create_topic(kafka: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 2, 1)])
    finally:
        await admin.close()


async def _consume(kafka: str, topic: str, n: int) -> list[tuple[bytes | None, bytes]]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=kafka, auto_offset_reset="earliest",
                                enable_auto_commit=False, group_id=None)  # fmt: skip
    await consumer.start()
    got: list[tuple[bytes | None, bytes]] = []
    try:
        async with asyncio.timeout(60):
            while len(got) < n:
                for records in (await consumer.getmany(timeout_ms=1000)).values():
                    got.extend((r.key, r.value) for r in records if r.value is not None)
    finally:
        await consumer.stop()
    return got


async def test_sampled_turns_reach_kafka_keyed_by_conversation(kafka: str, unique: str) -> None:
    topic = f"{unique}.responses"
    await _create_topic(kafka, topic)
    events = [ResponseEvent.model_validate(make_event(i, conversation_id=f"c{i % 50}")) for i in range(400)]
    async with ResponsePublisher(kafka, topic=topic, sample_rate=0.5, salt=unique) as pub:
        assert await pub.wait_connected(60)
        accepted = [e for e in events if pub.publish(e)]
    assert pub.stats.sent == len(accepted) and pub.stats.send_errors == 0
    assert pub.stats.sampled_out == len(events) - len(accepted)
    assert 0 < len(accepted) < len(events)
    # Whole conversations are in or out.
    kept = {e.conversation_id for e in accepted}
    assert all((e.conversation_id in kept) == (e in accepted) for e in events)

    got = await _consume(kafka, topic, len(accepted))
    assert len(got) == len(accepted)
    decoded = [decode_event(value) for _, value in got]
    assert sorted(e.event_id for e in decoded) == sorted(e.event_id for e in accepted)
    assert all(key == json.loads(value)["conversation_id"].encode() for key, value in got)


async def test_unreachable_kafka_never_blocks_or_raises() -> None:
    pub = ResponsePublisher("127.0.0.1:1", buffer_size=10, close_timeout_s=1.0)
    await pub.start()
    results = [pub.publish(ResponseEvent.model_validate(make_event(i))) for i in range(15)]
    assert results.count(True) == 10 and pub.stats.dropped_full == 5
    assert not await pub.wait_connected(1.0)
    await pub.close()
    assert pub.stats.connect_errors >= 1 and pub.stats.dropped_on_close == 10
