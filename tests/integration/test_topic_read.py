"""`read_to_end`, the one way the worker reads a topic back (labels, state, dedup rebuild), on a
real broker: everything written before the read, once, in offset order; a start time; absent topics."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import NewTopic

from monitor.errors import StateError
from monitor.runtime.publish import start_acks_all_producer
from monitor.runtime.topic_read import read_to_end
from monitor.settings import Settings, load_settings

pytestmark = pytest.mark.integration


def _settings(kafka: str, unique: str) -> Settings:
    return load_settings(app_id=unique, kafka={"bootstrap_servers": kafka})


async def _producer(s: Settings, topic: str, partitions: int = 3) -> AIOKafkaProducer:
    return await start_acks_all_producer(s, NewTopic(topic, num_partitions=partitions, replication_factor=1))


async def _read(s: Settings, topic: str, **kw: object) -> list[tuple[int, int, bytes]]:
    out = []
    async with read_to_end(s, topic, **kw) as chunks:  # type: ignore[arg-type]
        async for records in chunks:
            out += [(r.partition, r.offset, r.value or b"") for r in records]
    return out


def test_a_topic_just_written_reads_back_whole_every_time(kafka: str, unique: str) -> None:
    """The race this reader exists for: a fresh consumer's background "latest" reset landing after
    its seek read a partition as already at its end (1 read in ~15 came back empty before)."""

    async def run() -> list[int]:
        s = _settings(kafka, unique)
        sizes = []
        for i in range(30):
            topic = f"{unique}.r{i}"
            producer = await _producer(s, topic)
            try:
                await (await producer.send(topic, key=b"k", value=b"v%d" % i))
            finally:
                await producer.stop()
            sizes.append(len(await _read(s, topic)))  # a new consumer each time, as the callers use
        return sizes

    assert asyncio.run(run()) == [1] * 30


def test_records_come_once_in_offset_order_and_the_end_is_fixed_at_the_start(kafka: str, unique: str) -> None:
    async def run() -> tuple[list[tuple[int, int, bytes]], int]:
        s = _settings(kafka, unique)
        topic = f"{unique}.many"
        producer = await _producer(s, topic)
        try:
            for i in range(2500):
                await producer.send(topic, value=b"%d" % i, partition=i % 3)
            await producer.flush()
            got = []
            async with read_to_end(s, topic) as chunks:
                async for records in chunks:
                    got += [(r.partition, r.offset, r.value or b"") for r in records]
                    if len(got) == len(records):  # written during the read: past the end it read to
                        await (await producer.send(topic, value=b"late", partition=records[0].partition))
            return got, len(await _read(s, topic))
        finally:
            await producer.stop()

    got, later = asyncio.run(run())
    assert len(got) == 2500 and later == 2501
    assert len({(p, o) for p, o, _ in got}) == 2500
    for p in range(3):
        offsets = [o for q, o, _ in got if q == p]
        assert offsets == sorted(offsets) == list(range(len(offsets)))
    assert sorted(int(v) for _, _, v in got) == list(range(2500))


def test_a_start_time_and_a_partition_subset(kafka: str, unique: str) -> None:
    async def run() -> list[tuple[int, int, bytes]]:
        s = _settings(kafka, unique)
        topic = f"{unique}.since"
        producer = await _producer(s, topic, partitions=2)
        try:
            now = int(time.time() * 1000)
            for p in (0, 1):
                await (await producer.send(topic, value=b"old", partition=p, timestamp_ms=now - 60_000))
                await (await producer.send(topic, value=b"new", partition=p, timestamp_ms=now))
        finally:
            await producer.stop()
        return await _read(s, topic, partitions={1}, since_ms=now - 1000)

    assert asyncio.run(run()) == [(1, 1, b"new")]


def test_an_absent_topic_reads_empty_and_a_dead_broker_is_a_state_error(kafka: str, unique: str) -> None:
    assert asyncio.run(_read(_settings(kafka, unique), f"{unique}.never")) == []
    dead = load_settings(app_id=unique, kafka={"bootstrap_servers": "127.0.0.1:1"})
    with pytest.raises(StateError, match="reading"):
        asyncio.run(_read(dead, f"{unique}.never"))
