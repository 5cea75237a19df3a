"""Gateway side of the pipeline: send sampled turns to Kafka without ever hurting the request.

:meth:`ResponsePublisher.publish` is synchronous and O(1): it samples (a hash of the conversation
id and a salt against the rate, the same rule the worker uses, so a conversation is in or out as a
whole), then puts the event in a bounded in-memory buffer. A background task sends the buffer to
Kafka (aiokafka, key = conversation id). A full buffer drops the event and counts it; Kafka errors
are counted and logged. Nothing here raises into the caller or blocks it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from monitor.client.backoff import Backoff
from monitor.core.events import ResponseEvent
from monitor.core.sampling import is_sampled

if TYPE_CHECKING:
    from aiokafka import AIOKafkaProducer

__all__ = ["PublisherStats", "ResponsePublisher", "is_sampled"]

log = logging.getLogger(__name__)


@dataclass
class PublisherStats:
    sampled_out: int = 0
    enqueued: int = 0
    dropped_full: int = 0
    sent: int = 0
    send_errors: int = 0
    connect_errors: int = 0
    dropped_on_close: int = 0
    internal_errors: int = 0


class ResponsePublisher:
    """``async with ResponsePublisher("127.0.0.1:9092", sample_rate=0.1) as pub: pub.publish(event)``.

    ``producer_options`` go to :class:`aiokafka.AIOKafkaProducer` (e.g. ``security_protocol``,
    ``sasl_mechanism``, ``sasl_plain_username``, ``ssl_context``).
    """

    def __init__(
        self,
        bootstrap_servers: str = "127.0.0.1:9092",
        *,
        topic: str = "sycomon.responses",
        sample_rate: float = 1.0,
        salt: str = "sycomon",
        buffer_size: int = 10_000,
        linger_ms: int = 20,
        close_timeout_s: float = 5.0,
        producer_options: Mapping[str, Any] | None = None,
    ) -> None:
        if not 0.0 <= sample_rate <= 1.0:
            raise ValueError(f"sample_rate must be in [0, 1], got {sample_rate}")
        if buffer_size < 1:
            raise ValueError("buffer_size must be >= 1")
        self.topic = topic
        self.sample_rate = sample_rate
        self._salt = salt
        self._bootstrap = bootstrap_servers
        self._linger_ms = linger_ms
        self._close_timeout_s = close_timeout_s
        self._options = dict(producer_options or {})
        self._queue: asyncio.Queue[ResponseEvent] = asyncio.Queue(maxsize=buffer_size)
        self._task: asyncio.Task[None] | None = None
        self._producer: AIOKafkaProducer | None = None
        self._connected = asyncio.Event()
        self.stats = PublisherStats()

    @property
    def pending(self) -> int:
        """Events buffered, not yet handed to the Kafka producer."""
        return self._queue.qsize()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def sampled(self, conversation_id: str) -> bool:
        return is_sampled(conversation_id, self.sample_rate, self._salt)

    def publish(self, event: ResponseEvent) -> bool:
        """Sample and buffer ``event``; True if it will be sent. Never blocks, never raises."""
        try:
            if not self.sampled(event.conversation_id):
                self.stats.sampled_out += 1
                return False
            self._queue.put_nowait(event)
        except asyncio.QueueFull:
            self.stats.dropped_full += 1
            return False
        except Exception:  # the user's request must not fail because of monitoring: count, log
            self.stats.internal_errors += 1
            log.exception("sycomon publish failed")
            return False
        self.stats.enqueued += 1
        return True

    async def start(self) -> None:
        """Start the background sender (connects with retries). Never raises."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="sycomon-response-publisher")

    async def wait_connected(self, timeout_s: float) -> bool:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._connected.wait(), timeout_s)
        return self.connected

    async def close(self) -> None:
        """Send what is buffered (up to ``close_timeout_s``), then stop; the rest is counted as dropped."""
        if self._task is not None:
            if self.connected:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._queue.join(), self._close_timeout_s)
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        while not self._queue.empty():
            self._queue.get_nowait()
            self._queue.task_done()
            self.stats.dropped_on_close += 1
        if self._producer is not None:
            from aiokafka.errors import KafkaError

            try:
                await asyncio.wait_for(self._producer.flush(), self._close_timeout_s)
            except (KafkaError, TimeoutError) as exc:
                log.warning("sycomon publisher flush incomplete: %s", type(exc).__name__)
            finally:
                await self._producer.stop()
                self._producer = None
                self._connected.clear()

    async def __aenter__(self) -> ResponsePublisher:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def _connect(self) -> AIOKafkaProducer:
        from aiokafka import AIOKafkaProducer
        from aiokafka.errors import KafkaError

        backoff = Backoff(0.5, 10.0)
        while True:
            producer = AIOKafkaProducer(
                bootstrap_servers=self._bootstrap,
                client_id="sycomon-gateway",
                acks=1,
                linger_ms=self._linger_ms,
                **self._options,
            )
            try:
                await producer.start()
            except (KafkaError, OSError) as exc:
                self.stats.connect_errors += 1
                log.warning("sycomon publisher cannot reach Kafka (%s); retrying", type(exc).__name__)
                await producer.stop()
                await asyncio.sleep(backoff.next())  # reconnect backoff, not synchronisation
                continue
            return producer

    async def _run(self) -> None:
        from aiokafka.errors import KafkaError

        self._producer = await self._connect()
        self._connected.set()
        while True:
            event = await self._queue.get()
            try:
                value = event.model_dump_json().encode("utf-8")
                future = await self._producer.send(
                    self.topic, value=value, key=event.conversation_id.encode("utf-8")
                )
                future.add_done_callback(self._delivered)
            except (KafkaError, OSError, ValueError) as exc:
                self.stats.send_errors += 1
                log.warning("sycomon publisher send failed: %s", type(exc).__name__)
            finally:
                self._queue.task_done()

    def _delivered(self, future: asyncio.Future[Any]) -> None:
        if future.cancelled() or future.exception() is not None:
            self.stats.send_errors += 1
            log.warning(
                "sycomon publisher delivery failed: %s",
                future.exception() if not future.cancelled() else "cancelled",
            )
        else:
            self.stats.sent += 1
