"""Where simulated events go: a JSONL file or Kafka (through the gateway SDK's ResponsePublisher).

Both take well-formed events (:meth:`write`) and, for exercising the dead-letter path, raw
malformed records (:meth:`write_raw`). :func:`malformed_record` makes those records.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from monitor.client.publisher import ResponsePublisher
from monitor.core.events import ResponseEvent
from monitor.errors import SinkError

if TYPE_CHECKING:
    from aiokafka import AIOKafkaProducer

__all__ = ["MALFORMED_KINDS", "EventSink", "FileSink", "KafkaSink", "malformed_record"]

MALFORMED_KINDS = ("not_json", "truncated", "missing_field", "naive_timestamp", "wrong_schema_version")


class EventSink(Protocol):
    async def start(self) -> None: ...

    async def write(self, event: ResponseEvent) -> None: ...

    async def write_raw(self, raw: bytes) -> None: ...

    async def close(self) -> dict[str, int]:
        """Flush, release, and return counts for the report."""
        ...


def malformed_record(event: ResponseEvent, rng: random.Random) -> bytes:
    """A record the worker must dead-letter, derived from ``event`` (one of :data:`MALFORMED_KINDS`)."""
    kind = MALFORMED_KINDS[int(rng.random() * len(MALFORMED_KINDS)) % len(MALFORMED_KINDS)]
    good = event.model_dump(mode="json")
    good["event_id"] = f"{event.event_id}-bad"
    if kind == "not_json":
        return b"<html>502 Bad Gateway</html>"
    if kind == "truncated":
        text = json.dumps(good)
        return text[: len(text) // 2].encode("utf-8")
    if kind == "missing_field":
        good.pop("model_version")
    elif kind == "naive_timestamp":
        good["timestamp"] = event.timestamp.replace(tzinfo=None).isoformat()
    else:
        good["schema_version"] = 99
    return json.dumps(good).encode("utf-8")


def _open_for_writing(path: Path) -> IO[bytes]:
    # a batch tool writing its output file: the write is the work, and it is buffered
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("wb")


class FileSink:
    """One JSON record per line (``model_dump_json``), malformed records as they are."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None
        self._events = 0
        self._malformed = 0

    async def start(self) -> None:
        try:
            self._fh = _open_for_writing(self.path)
        except OSError as exc:
            raise SinkError(f"cannot write {self.path}: {exc}") from exc

    def _line(self, data: bytes) -> None:
        if self._fh is None:
            raise SinkError("FileSink.start() was not called")
        try:
            self._fh.write(data + b"\n")
        except OSError as exc:
            raise SinkError(f"cannot write {self.path}: {exc}") from exc

    async def write(self, event: ResponseEvent) -> None:
        self._line(event.model_dump_json().encode("utf-8"))
        self._events += 1

    async def write_raw(self, raw: bytes) -> None:
        self._line(raw.replace(b"\n", b" "))
        self._malformed += 1

    async def close(self) -> dict[str, int]:
        if self._fh is not None:
            try:
                self._fh.close()
            except OSError as exc:
                raise SinkError(f"cannot write {self.path}: {exc}") from exc
            self._fh = None
        return {"events_written": self._events, "malformed_written": self._malformed}


class KafkaSink:
    """Events through :class:`ResponsePublisher` (sample rate 1.0); malformed records raw.

    The publisher never blocks, so this sink applies back-pressure: while more than
    ``high_water`` events wait in its buffer, :meth:`write` yields to let the sender drain it.
    :meth:`start` raises :class:`SinkError` if Kafka cannot be reached within ``connect_timeout_s``.
    """

    def __init__(
        self,
        bootstrap_servers: str,
        topic: str = "sycomon.responses",
        *,
        buffer_size: int = 10_000,
        connect_timeout_s: float = 30.0,
        close_timeout_s: float = 120.0,
        producer_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.bootstrap_servers = bootstrap_servers
        self.topic = topic
        self._buffer_size = buffer_size
        self._high_water = max(1, buffer_size // 2)
        self._connect_timeout_s = connect_timeout_s
        self._close_timeout_s = close_timeout_s
        self._options = dict(producer_options or {})
        self._publisher: ResponsePublisher | None = None
        self._raw: AIOKafkaProducer | None = None
        self._raw_futures: list[asyncio.Future[Any]] = []
        self._malformed = 0

    async def start(self) -> None:
        pub = ResponsePublisher(
            self.bootstrap_servers,
            topic=self.topic,
            sample_rate=1.0,
            buffer_size=self._buffer_size,
            close_timeout_s=self._close_timeout_s,
            producer_options=self._options,
        )
        await pub.start()
        if not await pub.wait_connected(self._connect_timeout_s):
            await pub.close()
            raise SinkError(
                f"Kafka at {self.bootstrap_servers} unreachable for {self._connect_timeout_s:.0f}s"
            )
        self._publisher = pub

    async def write(self, event: ResponseEvent) -> None:
        pub = self._publisher
        if pub is None:
            raise SinkError("KafkaSink.start() was not called")
        # Flow control: the publisher offers no "drained" event (it must never block a gateway),
        # so a batch producer polls its buffer level and lets the sender task catch up.
        while pub.pending >= self._high_water:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        pub.publish(event)

    async def write_raw(self, raw: bytes) -> None:
        from aiokafka import AIOKafkaProducer
        from aiokafka.errors import KafkaError

        try:
            if self._raw is None:
                producer = AIOKafkaProducer(
                    bootstrap_servers=self.bootstrap_servers, client_id="sycomon-simulator", **self._options
                )
                await producer.start()
                self._raw = producer
            self._raw_futures.append(await self._raw.send(self.topic, value=raw))
        except (KafkaError, OSError) as exc:
            raise SinkError(f"cannot send a malformed record to {self.topic}: {exc}") from exc
        self._malformed += 1

    async def close(self) -> dict[str, int]:
        out: dict[str, int] = {"malformed_sent": 0}
        if self._raw is not None:
            from aiokafka.errors import KafkaError

            results = await asyncio.gather(*self._raw_futures, return_exceptions=True)
            out["malformed_sent"] = sum(1 for r in results if not isinstance(r, BaseException))
            out["malformed_errors"] = len(results) - out["malformed_sent"]
            try:
                await self._raw.stop()
            except (KafkaError, OSError) as exc:
                raise SinkError(f"closing the raw producer failed: {exc}") from exc
            finally:
                self._raw = None
        if self._publisher is not None:
            await self._publisher.close()
            s = self._publisher.stats
            out.update(
                events_enqueued=s.enqueued,
                events_sent=s.sent,
                send_errors=s.send_errors,
                dropped_full=s.dropped_full,
                dropped_on_close=s.dropped_on_close,
            )
            self._publisher = None
        return out
