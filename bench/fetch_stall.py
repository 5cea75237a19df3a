"""Minimal reproduction of the fetch stall behind the unsampled-event figure (no faust involved).

    .venv/bin/python bench/fetch_stall.py

One aiokafka consumer with faust's hard-coded ``fetch_max_wait_ms=1500`` reads a backlog at a
pace of ~3,000 records/s, first subscribed to the data topic only, then to the data topic plus
an idle topic (as a faust worker is: its assignor topic). With the idle topic, aiokafka sends a
fetch for the idle partition alone while the data partitions still hold unconsumed records; the
broker long-polls it for up to 1.5 s and nothing else is fetched from that node meanwhile.
Then the same with ``fetch_max_wait_ms=100``. Topics are deleted at the end.
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
import uuid
from pathlib import Path

from aiokafka import AIOKafkaConsumer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.pipeline import build_events, load_texts, produce
from bench.pipeline_stack import KAFKA, cleanup, create_topic


async def drain(topics: list[str], n: int, max_wait_ms: int, pace: float) -> tuple[float, int]:
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=KAFKA,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=max_wait_ms,
        max_poll_records=128,
        group_id=None,
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        got, stalls, start = 0, 0, time.perf_counter()
        while got < n:
            t = time.perf_counter()
            batch = await consumer.getmany(timeout_ms=1000, max_records=128)
            stalls += time.perf_counter() - t > 0.5
            got += (k := sum(len(v) for v in batch.values()))
            await asyncio.sleep(k / pace)  # stands in for the per-record work of a worker
        return got / (time.perf_counter() - start), stalls
    finally:
        await consumer.stop()


async def main(n: int = 6000, pace: float = 3000.0) -> None:
    name = f"bench{uuid.uuid4().hex[:8]}-stall"
    data, idle = f"{name}.responses", f"{name}.idle"
    await create_topic(data)
    await create_topic(idle)
    await produce(data, build_events(load_texts(64, 7), n, name, random.Random(1)))
    try:
        for max_wait_ms in (1500, 100):
            for topics in ([data], [data, idle]):
                rate, stalls = await drain(topics, n, max_wait_ms, pace)
                label = "data + idle topic" if len(topics) > 1 else "data topic only"
                print(f"fetch_max_wait_ms={max_wait_ms:>4} {label:<17} {rate:7,.0f}/s, stalls {stalls}")
    finally:
        await cleanup([name])


if __name__ == "__main__":
    asyncio.run(main())
