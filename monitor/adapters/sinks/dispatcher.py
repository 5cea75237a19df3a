"""The dispatcher: delivers outbox entries to every sink, with retries, circuit breaking and DLQ.

One task per sink reads the sink's consumer group. Entries are delivered to a sink one at a
time, in stream order (a resolve never overtakes its trigger). Per entry:

* retryable failures (transport, timeout, 408/425/429/5xx) are retried after
  ``U(0, min(cap, base * 2**(attempt-1)))`` seconds, or the receiver's ``Retry-After`` if
  longer (bounded by ``max_retry_after_s``);
* the sink's circuit breaker opens after ``failure_threshold`` consecutive failures: no call
  is made for ``cooldown_s``, then one half-open probe (the next attempt of the same entry);
* after ``max_attempts`` attempts, or at once on a permanent failure (other 4xx), the entry
  is moved to the dead-letter stream and counted in ``sycomon_alert_dead_lettered_total``.

Delivery is at-least-once; the idempotency key (``Idempotency-Key`` header, PagerDuty
``dedup_key``, Alertmanager label set) lets receivers drop the rare duplicate left by a crash
between a successful send and its acknowledgement. Clock, sleep and randomness are injectable.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType

from monitor.adapters.outbox import OutboxEntry, RedisOutbox
from monitor.adapters.sinks.base import AlertSink, DeliveryError, Notification
from monitor.adapters.sinks.metrics import DeliveryMetrics, Outcome
from monitor.adapters.sinks.policy import Backoff, CircuitBreaker, CircuitState
from monitor.errors import ConfigError, SinkError, StateError

__all__ = ["DeadLetterHook", "Dispatcher", "SettledHook", "Sleep", "StoreHook"]

log = logging.getLogger(__name__)


class _Stopping(Exception):
    """Raised inside a worker when :meth:`Dispatcher.stop` interrupts a pause."""


Sleep = Callable[[float], Awaitable[None]]
DeadLetterHook = Callable[[str, Notification | None, str], Awaitable[None]]
"""Called as ``hook(sink_name, notification, error)`` after an entry was dead-lettered."""
StoreHook = Callable[[bool, str], None]
"""Called as ``hook(ok, error)`` after each read of the outbox: whether the store answered."""
SettledHook = Callable[[str, str, str], Awaitable[None]]
"""Called as ``hook(sink_name, entry_id, outcome)`` once an entry is acknowledged for a sink
(outcome ``delivered`` or ``dead_lettered``) and the stream trimmed if due."""


class Dispatcher:
    """Delivers the outbox to ``sinks``. Use ``async with`` or :meth:`start` / :meth:`stop`."""

    def __init__(
        self,
        outbox: RedisOutbox,
        sinks: Sequence[AlertSink],
        metrics: DeliveryMetrics,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
        on_dead_letter: DeadLetterHook | None = None,
        on_settled: SettledHook | None = None,
        on_store: StoreHook | None = None,
        stop_grace_s: float = 15.0,
    ) -> None:
        names = [s.name for s in sinks]
        if len(set(names)) != len(names):
            raise ConfigError(f"sink names must be unique, got {names}")
        self._outbox = outbox
        self._sinks = tuple(sinks)
        self._metrics = metrics
        self._clock = clock
        self._sleep = sleep
        self._settings = outbox.settings
        self._backoff = Backoff(self._settings.retry, rng or random.Random())
        self._on_dead_letter = on_dead_letter
        self._on_settled = on_settled
        self._on_store = on_store
        self._breakers = {s.name: self._make_breaker(s.name) for s in sinks}
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = asyncio.Event()
        self._stop_grace_s = stop_grace_s

    def _make_breaker(self, sink: str) -> CircuitBreaker:
        gauge = self._metrics.circuit_state.labels(sink)
        gauge.set(CircuitState.CLOSED)

        def changed(state: CircuitState) -> None:
            gauge.set(state)
            log.warning("alert sink %s: circuit %s", sink, state.name.lower())

        return CircuitBreaker(self._settings.breaker, self._clock, changed)

    def circuit_state(self, sink: str) -> CircuitState:
        return self._breakers[sink].state

    @property
    def running(self) -> bool:
        return any(not t.done() for t in self._tasks)

    async def start(self) -> None:
        """Create the consumer groups, then start one delivery task per sink."""
        if self._tasks:
            raise StateError("dispatcher already started")
        for sink in self._sinks:
            await self._outbox.ensure_group(self._outbox.group(sink.name))
        self._metrics.dead_letter_backlog.set(await self._outbox.dead_count())
        self._stopping = asyncio.Event()
        self._tasks = [asyncio.create_task(self._worker(s), name=f"alert-sink-{s.name}") for s in self._sinks]

    async def stop(self) -> None:
        """Stop the delivery tasks gracefully.

        Waits (with the injected clock's sleeps interrupted) for each task to finish its current
        Redis read and HTTP request, up to ``stop_grace_s``; then cancels what is left. An entry
        whose delivery was interrupted stays pending and is re-sent (same key) on restart.
        Cancelling a blocked XREADGROUP is avoided on purpose: with a socket timeout set,
        redis-py can swallow the cancellation inside its read timeout.
        """
        tasks, self._tasks = self._tasks, []
        if not tasks:
            return
        self._stopping.set()
        _done, pending = await asyncio.wait(tasks, timeout=self._stop_grace_s)
        for task in pending:
            log.warning(
                "alert dispatcher: %s did not stop in %.0fs; cancelling", task.get_name(), self._stop_grace_s
            )
            task.cancel()
        if pending:
            _done, stuck = await asyncio.wait(pending, timeout=self._stop_grace_s)
            for task in stuck:
                log.error("alert dispatcher: %s ignored cancellation", task.get_name())
        for task in tasks:
            if task.done() and not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]

    async def _pause(self, seconds: float) -> None:
        """The injected sleep, cut short by :meth:`stop` (then raises _Stopping)."""
        if self._stopping.is_set():
            raise _Stopping
        sleeper = asyncio.ensure_future(self._sleep(seconds))
        stopper = asyncio.ensure_future(self._stopping.wait())
        try:
            await asyncio.wait({sleeper, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for fut in (sleeper, stopper):
                if not fut.done():
                    fut.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await fut
        if self._stopping.is_set():
            raise _Stopping

    async def __aenter__(self) -> Dispatcher:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    async def _worker(self, sink: AlertSink) -> None:
        with contextlib.suppress(_Stopping):
            await self._work(sink)

    async def _work(self, sink: AlertSink) -> None:
        s = self._settings
        group = self._outbox.group(sink.name)
        backlog = True  # first drain what this consumer left pending (crash / stop mid-delivery)
        store_failures = 0
        acked = 0
        while not self._stopping.is_set():
            try:
                if backlog:
                    entries = await self._outbox.read(group, s.consumer, pending=True, count=s.batch)
                    backlog = bool(entries)
                else:
                    entries = await self._outbox.claim_stale(
                        group, s.consumer, min_idle_ms=int(s.claim_idle_s * 1000), count=s.batch
                    )
                    if not entries:
                        entries = await self._outbox.read(
                            group, s.consumer, pending=False, count=s.batch, block_ms=s.block_ms
                        )
                for entry in entries:
                    if self._stopping.is_set():
                        return
                    outcome = await self._deliver(sink, group, entry)
                    acked += 1
                    if acked % s.trim_every == 0:
                        await self._outbox.trim([self._outbox.group(x.name) for x in self._sinks])
                    if self._on_settled is not None:
                        await self._on_settled(sink.name, entry.entry_id, outcome)
                store_failures = 0
                if self._on_store is not None:
                    self._on_store(True, "")
            except StateError as exc:
                if self._on_store is not None:
                    self._on_store(False, str(exc))
                store_failures += 1
                backlog = True
                self._metrics.store_errors.inc()
                log.warning("alert sink %s: outbox store error (%s); retrying", sink.name, exc)
                if "NOGROUP" in str(exc):
                    await self._recreate_group(sink.name, group)
                await self._pause(self._backoff.delay(store_failures))
            except _Stopping:
                raise
            except Exception:
                # A defect, not an outage: keep the sink's loop alive, but loudly.
                store_failures += 1
                backlog = True
                self._metrics.store_errors.inc()
                log.exception("alert sink %s: unexpected error in the delivery loop", sink.name)
                await self._pause(self._backoff.delay(store_failures))

    async def _recreate_group(self, sink: str, group: str) -> None:
        """The stream or its group is gone (Redis lost its data: a restart without persistence,
        a FLUSHALL). Create them again, reading from the start of what the stream holds now, so
        alerts enqueued since are delivered without a worker restart."""
        log.error("alert sink %s: group %s is gone (Redis lost its data?); recreating it", sink, group)
        try:
            await self._outbox.ensure_group(group)
        except StateError as exc:
            log.warning("alert sink %s: could not recreate group %s yet: %s", sink, group, exc)

    async def _deliver(self, sink: AlertSink, group: str, entry: OutboxEntry) -> str:
        """Deliver one entry (retrying as configured); returns the final outcome."""
        name = sink.name
        notification = entry.notification
        if notification is None:
            await self._dead(name, group, entry, 0, entry.error or "unreadable entry")
            return Outcome.DEAD_LETTERED
        breaker = self._breakers[name]
        retry = self._settings.retry
        attempts = 0
        while True:
            wait = breaker.wait_s()
            if wait > 0:
                await self._pause(wait)
                continue
            await self._outbox.touch(group, self._settings.consumer, entry.entry_id)
            attempts += 1
            self._metrics.attempts.labels(name).inc()
            try:
                await sink.send(notification)
            except SinkError as exc:
                retryable = exc.retryable if isinstance(exc, DeliveryError) else True
                retry_after = exc.retry_after if isinstance(exc, DeliveryError) else None
                if not retryable:
                    breaker.record_success()  # the receiver is up; it refused this notification
                    self._metrics.deliveries.labels(name, Outcome.REJECTED).inc()
                    await self._dead(name, group, entry, attempts, str(exc))
                    return Outcome.DEAD_LETTERED
                breaker.record_failure()
                self._metrics.deliveries.labels(name, Outcome.RETRY).inc()
                if attempts >= retry.max_attempts:
                    await self._dead(name, group, entry, attempts, str(exc))
                    return Outcome.DEAD_LETTERED
                delay = self._backoff.delay(attempts)
                if retry_after is not None:
                    delay = max(delay, min(retry_after, retry.max_retry_after_s))
                log.info(
                    "alert sink %s: attempt %d for %s failed (%s); next in %.1fs",
                    name,
                    attempts,
                    notification.key,
                    exc,
                    delay,
                )
                await self._pause(delay)
            except Exception as exc:
                # A defect in a sink (e.g. formatting) would fail forever: count, log, dead-letter.
                log.exception("alert sink %s: unexpected error delivering %s", name, notification.key)
                self._metrics.deliveries.labels(name, Outcome.REJECTED).inc()
                await self._dead(name, group, entry, attempts, f"unexpected {type(exc).__name__}: {exc}")
                return Outcome.DEAD_LETTERED
            else:
                breaker.record_success()
                await self._outbox.ack(group, entry.entry_id)
                self._metrics.deliveries.labels(name, Outcome.DELIVERED).inc()
                age = self._clock() - notification.enqueued_at.timestamp()
                self._metrics.latency.labels(name).observe(max(0.0, age))
                return Outcome.DELIVERED

    async def _dead(self, sink: str, group: str, entry: OutboxEntry, attempts: int, error: str) -> None:
        await self._outbox.dead_letter(group, entry, sink=sink, attempts=attempts, error=error)
        self._metrics.deliveries.labels(sink, Outcome.DEAD_LETTERED).inc()
        self._metrics.dead_lettered.labels(sink).inc()
        self._metrics.dead_letter_backlog.inc()
        key = entry.notification.key if entry.notification else entry.entry_id
        log.error(
            "alert sink %s: notification %s dead-lettered after %d attempts: %s", sink, key, attempts, error
        )
        if self._on_dead_letter is not None:
            try:
                await self._on_dead_letter(sink, entry.notification, error)
            except Exception:
                log.exception("alert sink %s: dead-letter hook failed", sink)
