"""faust's aiokafka transport with a shorter fetch wait.

faust-streaming 0.15 hard-codes ``fetch_max_wait_ms=1500`` for the worker's consumer. The worker
also subscribes to the leader-election topic, which never receives data; aiokafka then sends a
fetch for that idle partition alone and the broker holds it for the full 1.5 s while the data
partitions wait (bench/fetch_stall.py reproduces it without faust; docs/benchmarks.md,
"Pipeline"). 100 ms removes the stalls at the cost of a few empty fetches a second.
"""

from __future__ import annotations

from typing import ClassVar

import aiokafka
import faust
from faust.transport.drivers import aiokafka as driver
from faust.types import ConsumerT, TransportT

__all__ = ["FETCH_MAX_WAIT_MS", "MonitorFaustApp"]

FETCH_MAX_WAIT_MS = 100


class _ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: driver.Transport) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS  # read by the fetcher created in start()
        return consumer


class _Consumer(driver.Consumer):
    def _new_consumer_thread(self) -> _ConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class _Transport(driver.Transport):
    Consumer: ClassVar[type[ConsumerT]] = _Consumer


class MonitorFaustApp(faust.App):
    """faust.App whose consumer transport is :class:`_Transport` (producer unchanged)."""

    def _new_transport(self) -> TransportT:
        return _Transport(self.conf.broker_consumer, self)
