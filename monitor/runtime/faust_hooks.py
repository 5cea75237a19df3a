"""Every reach into faust-streaming's (and aiokafka's) internals, in one adapter.

Each hook is listed in :data:`HOOKS` with the version it was written against and why it exists;
``tests/unit/test_faust_hooks.py`` fails loudly when a target disappears or changes its
signature, so an upgrade shows at once what to re-check. Nothing else in the code base touches a
faust private name: the commit protocol (:mod:`monitor.runtime.checkpoint`) sees faust only
through :class:`FaustSource` (a :class:`~monitor.runtime.checkpoint.Source`) and
:class:`BucketTable` (a :class:`~monitor.runtime.checkpoint.Changelog`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, cast

import aiokafka
import faust
from aiokafka.errors import KafkaError
from faust.transport.consumer import Consumer
from faust.transport.drivers import aiokafka as driver
from faust.types import TP, ConsumerT, FutureMessage, TransportT

from monitor.runtime.checkpoint import SourceError
from monitor.runtime.offsets import HoleChecker

__all__ = [
    "FAUST_VERSION",
    "FETCH_MAX_WAIT_MS",
    "HOOKS",
    "BucketTable",
    "FaustSource",
    "Hook",
    "MonitorFaustApp",
    "refresh_metadata",
]

log = logging.getLogger(__name__)

#: The faust-streaming version every hook below was written and tested against.
FAUST_VERSION = "0.15.3"
#: The worker consumer's fetch wait (faust hard-codes 1,500 ms).
FETCH_MAX_WAIT_MS = 100


@dataclass(frozen=True, slots=True)
class Hook:
    """One private target: ``module:Class.attr`` (``kind``: we override it, call it, or set it)."""

    target: str
    kind: str  # "override" | "call" | "attribute"
    params: tuple[str, ...] | None  # the parameter names we rely on (None: not a function)
    reason: str


HOOKS: tuple[Hook, ...] = (
    Hook(
        "faust:App._new_transport",
        "override",
        ("self",),
        "install _Transport, whose consumer thread shortens the fetch wait (below)",
    ),
    Hook(
        "faust.transport.drivers.aiokafka:Consumer._new_consumer_thread",
        "override",
        ("self",),
        "make the consumer use _ConsumerThread",
    ),
    Hook(
        "faust.transport.drivers.aiokafka:AIOKafkaConsumerThread._create_worker_consumer",
        "override",
        ("self", "transport"),
        "faust hard-codes fetch_max_wait_ms=1500; the idle leader-election partition then holds "
        "every fetch for 1.5 s (bench/fetch_stall.py; docs/benchmarks.md, 872 -> ~3,000 events/s)",
    ),
    Hook(
        "aiokafka:AIOKafkaConsumer._fetch_max_wait_ms",
        "attribute",
        None,
        "read by the fetcher aiokafka creates in start(); no public setter after construction",
    ),
    Hook(
        "faust.transport.consumer:ThreadDelegateConsumer._thread",
        "attribute",
        None,
        "the consumer thread owns the group's aiokafka client: committed offsets are read there",
    ),
    Hook(
        "faust.transport.drivers.aiokafka:AIOKafkaConsumerThread._ensure_consumer",
        "call",
        ("self",),
        "the group's aiokafka consumer, to read committed offsets (faust has no public call)",
    ),
    Hook(
        "faust.transport.consumer:Consumer._commit",
        "call",
        ("self", "offsets"),
        "commit explicit offsets: the worker commits the responses topic itself, only past records "
        "processed in offset order (faust's acking commits records it skipped; runtime/offsets.py)",
    ),
    Hook(
        "faust:Table.send_changelog",
        "override",
        ("self", "partition", "key", "value"),
        "keep every changelog record's future, so offsets are never committed past an "
        "unacknowledged one (runtime/checkpoint.py)",
    ),
    Hook(
        "faust:Table.partition_for_key",
        "override",
        ("self", "key"),
        "a bucket's changelog partition is its source partition, read from the key; faust's "
        "default is the current event's, wrong for a batch spanning partitions",
    ),
    Hook(
        "aiokafka:AIOKafkaConsumer._client",
        "attribute",
        None,
        "force a metadata refresh for a topic just created (the durable state topic, the review "
        "labels topic): aiokafka has no public call for it (refresh_metadata)",
    ),
    Hook(
        "faust:Table.on_key_set",
        "call",
        ("self", "key", "value"),
        "send a key's current value again after its changelog record failed",
    ),
)


async def refresh_metadata(consumer: aiokafka.AIOKafkaConsumer) -> None:
    """Have ``consumer`` fetch the cluster's metadata now (it sees a topic created meanwhile)."""
    await consumer._client.force_metadata_update()


# -- the transport: a shorter fetch wait ----------------------------------------------------------


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


# -- the bucket table: partition from the key, changelog records tracked ---------------------------


class BucketTable(faust.Table[str, list[int]]):
    """A faust Table whose changelog partition is read from the key (``"{partition}|..."``) and
    whose changelog records are handed to the commit protocol (:class:`Changelog`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sent: list[FutureMessage] = []
        self._keys: dict[int, str] = {}  # id(future) -> table key, for a re-send

    def partition_for_key(self, key: Any) -> int:
        return int(str(key).split("|", 1)[0])

    def send_changelog(
        self, partition: int | None, key: Any, value: Any, *args: Any, **kwargs: Any
    ) -> FutureMessage:
        fut = super().send_changelog(partition, key, value, *args, **kwargs)
        self._sent.append(fut)
        self._keys[id(fut)] = str(key)
        return fut

    def take_sent(self) -> list[asyncio.Future[Any]]:
        sent, self._sent = self._sent, []
        for fut in sent:  # the caller tracks them now; only failed ones come back by resend()
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                self._keys.pop(id(fut), None)
            else:
                fut.add_done_callback(self._forget_if_ok)
        return cast(list[asyncio.Future[Any]], sent)

    def _forget_if_ok(self, fut: asyncio.Future[Any]) -> None:
        if not fut.cancelled() and fut.exception() is None:
            self._keys.pop(id(fut), None)

    def resend(self, failed: Sequence[asyncio.Future[Any]]) -> list[asyncio.Future[Any]]:
        for fut in failed:
            key = self._keys.pop(id(fut), None)
            if key is None:
                continue
            if key in self.data:
                self.on_key_set(key, self.data[key])
            else:
                self.on_key_del(key)
        return self.take_sent()

    async def warm(self, partitions: Sequence[int], timeout_s: float) -> float:
        """Create the changelog topic and have the broker acknowledge one tombstone per partition
        (keys no bucket uses) before the first batch, so the first real record does not pay for
        topic metadata and leader discovery (on a fresh broker that stayed unacknowledged > 20 s
        and made every batch behind it wait). Returns the seconds it took; never raises."""
        started = time.monotonic()
        try:
            await asyncio.wait_for(self._warm(partitions), timeout_s)
        except (TimeoutError, KafkaError) as exc:
            log.warning(
                "changelog %s not warm after %.1f s (%s): the first batches' commits wait for it",
                self.changelog_topic.get_topic_name(),
                time.monotonic() - started,
                exc,
            )
        took = time.monotonic() - started
        log.info("changelog %s warm in %.2f s", self.changelog_topic.get_topic_name(), took)
        return took

    async def _warm(self, partitions: Sequence[int]) -> None:
        await self.changelog_topic.maybe_declare()
        sends = [
            faust.Table.send_changelog(self, p, f"{p}|-warm", None, value_serializer="raw")
            for p in partitions
        ]
        await asyncio.gather(*map(asyncio.shield, sends))


# -- the source: the consumer group's positions ----------------------------------------------------


class FaustSource:
    """:class:`monitor.runtime.checkpoint.Source` over faust's consumer, for one input topic."""

    def __init__(self, app: faust.App, topic: str, holes: HoleChecker) -> None:
        self._app = app
        self._topic = topic
        self._holes = holes

    @property
    def _consumer(self) -> Consumer:
        return cast(Consumer, self._app.consumer)

    @property
    def generation(self) -> int | None:
        return cast(int | None, self._app.consumer_generation_id)

    def assignment(self) -> set[TP]:
        return {tp for tp in self._app.consumer.assignment() if tp.topic == self._topic}

    async def committed(self, partitions: Sequence[TP]) -> dict[TP, int]:
        try:
            return await self._committed(partitions)
        except KafkaError as exc:
            raise SourceError(f"committed offsets: {type(exc).__name__}: {exc}") from exc

    async def _committed(self, partitions: Sequence[TP]) -> dict[TP, int]:
        thread = cast(driver.AIOKafkaConsumerThread, self._consumer._thread)  # type: ignore[attr-defined]
        client = thread._ensure_consumer()
        found: dict[TP, int | None] = {}
        for tp in partitions:
            found[tp] = await thread.call_thread(client.committed, driver.ensure_aiokafka_TP(tp))
        missing = [tp for tp, offset in found.items() if offset is None]
        earliest = await self._consumer.earliest_offsets(*missing) if missing else {}
        return {tp: offset if offset is not None else earliest.get(tp, 0) for tp, offset in found.items()}

    async def absent(self, partition: TP, start: int, end: int) -> bool:
        return await self._holes.absent(partition, start, end)

    async def seek(self, partition: TP, offset: int) -> None:
        try:
            await self._consumer.seek(partition, offset)
        except KafkaError as exc:
            raise SourceError(f"seek: {type(exc).__name__}: {exc}") from exc

    async def positions(self, partitions: Sequence[TP]) -> dict[TP, int]:
        out: dict[TP, int] = {}
        for tp in partitions:
            try:
                position = await self._consumer.position(tp)
            except KafkaError as exc:
                raise SourceError(f"position: {type(exc).__name__}: {exc}") from exc
            if position is not None:
                out[tp] = position
        return out

    async def commit(self, offsets: Mapping[TP, int]) -> bool:
        """``Consumer._commit``: the driver's commit of explicit offsets; it drops partitions no
        longer assigned and returns False when the group rebalanced meanwhile."""
        try:
            return bool(await self._consumer._commit(offsets))
        except KafkaError as exc:
            raise SourceError(f"commit: {type(exc).__name__}: {exc}") from exc
