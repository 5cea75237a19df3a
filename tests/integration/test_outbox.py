"""The durable outbox and dispatcher on a real redis-server, delivering through the real sinks to
real HTTP receivers on loopback. Time is fake: the dispatcher's clock and sleep are injected,
so backoff and cool-downs take no wall-clock time; outages are switched by the test."""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import redis.asyncio as aioredis
from prometheus_client import CollectorRegistry

from monitor.adapters.outbox import RedisOutbox
from monitor.adapters.sinks import Notification, build_sinks
from monitor.adapters.sinks.dispatcher import Dispatcher
from monitor.adapters.sinks.metrics import DeliveryMetrics
from monitor.adapters.sinks.policy import Backoff, CircuitState
from monitor.adapters.sinks.settings import (
    BreakerSettings,
    OutboxSettings,
    PagerDutySettings,
    RetrySettings,
    SinkSettings,
    SlackSettings,
    WebhookSettings,
)
from monitor.core.events import Alert, AlertStatus, Severity
from monitor.errors import StateError

pytestmark = pytest.mark.integration

Receivers = Any  # conftest.Receivers
PrivateRedis = Any  # conftest.PrivateRedis
T0 = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)
PD_KEY = "0123456789abcdef0123456789abcdef"


class FakeTime:
    """Injected clock + sleep: sleeping advances the clock instantly (and yields to the loop)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def alert(i: int, status: AlertStatus = AlertStatus.FIRING, minute: int = 0) -> Alert:
    resolved = status is AlertStatus.RESOLVED
    return Alert(
        fingerprint=f"fp-{i}",
        rule="absolute",
        model_version=f"v{i}",
        status=status,
        severity=Severity.CRITICAL,
        summary=f"rate too high on v{i}",
        evidence={"rate": 0.2, "n": 500},
        started_at=T0,
        updated_at=T0 + timedelta(minutes=minute),
        resolved_at=T0 + timedelta(minutes=minute) if resolved else None,
    )


class Harness:
    def __init__(
        self, redis: aioredis.Redis, receivers: Receivers, client: httpx.AsyncClient, **settings: Any
    ) -> None:
        self.redis = redis
        self.receivers = receivers
        self.client = client
        self.time = FakeTime()
        self.registry = CollectorRegistry()
        self.metrics = DeliveryMetrics(self.registry)
        tag = uuid.uuid4().hex[:8]
        self.settings = OutboxSettings(
            stream=f"t{tag}:outbox",
            dead_stream=f"t{tag}:dead",
            dedup_prefix=f"t{tag}:key:",
            block_ms=100,
            **settings,
        )
        self.outbox = RedisOutbox(redis, self.settings, metrics=self.metrics, clock=self.time.clock)
        self.settled: list[tuple[str, str, str]] = []
        self.dead: list[tuple[str, Notification | None, str]] = []
        self._cond = asyncio.Condition()

    def sinks(self, names: tuple[str, ...]) -> Any:
        base = self.receivers.base
        pd = PagerDutySettings(routing_key=PD_KEY, url=f"{base}/pd/v2/enqueue")
        every = SinkSettings(
            slack=SlackSettings(webhook_url=f"{base}/slack/T/B/x") if "slack" in names else None,
            pagerduty=pd if "pd" in names else None,
            webhook=WebhookSettings(url=f"{base}/hook", secret="test-webhook-secret", timeout_s=0.5)
            if "hook" in names
            else None,
        )
        return build_sinks(every, self.client)

    def dispatcher(self, names: tuple[str, ...], **kw: Any) -> Dispatcher:
        return Dispatcher(
            self.outbox,
            self.sinks(names),
            self.metrics,
            clock=self.time.clock,
            sleep=self.time.sleep,
            rng=random.Random(1),
            on_settled=self._on_settled,
            on_dead_letter=self._on_dead,
            **kw,
        )

    async def _on_settled(self, sink: str, entry_id: str, outcome: str) -> None:
        async with self._cond:
            self.settled.append((sink, entry_id, outcome))
            self._cond.notify_all()

    async def _on_dead(self, sink: str, n: Notification | None, error: str) -> None:
        self.dead.append((sink, n, error))

    async def wait_settled(self, sink: str, count: int) -> None:
        async with self._cond:
            await asyncio.wait_for(
                self._cond.wait_for(lambda: sum(s == sink for s, _, _ in self.settled) >= count), 20
            )

    def metric(self, name: str, **labels: str) -> float:
        return self.registry.get_sample_value(name, labels) or 0.0


@pytest.fixture
async def redis_client(redis_server: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.from_url(redis_server)
    try:
        yield client
    finally:
        await client.aclose()


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client


@pytest.mark.parametrize("decode", [False, True], ids=["bytes", "decoded"])
async def test_enqueue_is_idempotent_per_notification(
    redis_server: str, receivers: Receivers, http: httpx.AsyncClient, decode: bool
) -> None:
    redis_client = aioredis.from_url(redis_server, decode_responses=decode, socket_timeout=2.0)
    h = Harness(redis_client, receivers, http)
    first = await h.outbox.enqueue(alert(1))
    assert first is not None
    assert await h.outbox.enqueue(alert(1)) is None  # same notification again: not appended
    assert await h.outbox.enqueue(alert(1, minute=10)) is not None  # a re-notification is new
    assert await h.outbox.enqueue(alert(1, AlertStatus.RESOLVED, minute=20)) is not None
    assert await h.outbox.length() == 3
    assert h.metric("sycomon_alert_outbox_enqueued_total", outcome="new") == 3
    assert h.metric("sycomon_alert_outbox_enqueued_total", outcome="duplicate") == 1

    # enqueued before any dispatcher existed: still delivered once it starts
    try:
        async with h.dispatcher(("slack",)):
            await h.wait_settled("slack", 3)
    finally:
        await redis_client.aclose()
    assert len(receivers.slack.accepted) == 3 and receivers.slack.duplicates == 0


async def test_outage_and_recovery_delivers_every_alert_once_in_order(
    redis_client: aioredis.Redis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    h = Harness(
        redis_client,
        receivers,
        http,
        retry=RetrySettings(max_attempts=10_000, base_s=1, cap_s=60),
        breaker=BreakerSettings(failure_threshold=3, cooldown_s=30),
    )
    receivers.pd.down = True
    notes = [
        alert(1),
        alert(2),
        alert(3),
        alert(1, minute=5),
        alert(2, AlertStatus.RESOLVED, minute=6),
        alert(1, AlertStatus.RESOLVED, minute=7),
    ]
    keys = []
    for a in notes:
        assert await h.outbox.enqueue(a) is not None
        keys.append(Notification.of(a, T0).key)
    d = h.dispatcher(("slack", "pd", "hook"))
    async with d:
        # the healthy sinks are not held back by the broken one
        await h.wait_settled("slack", 6)
        await h.wait_settled("webhook", 6)
        await receivers.wait_for(lambda: receivers.pd.requests >= 8)
        assert receivers.pd.accepted == {}
        assert d.circuit_state("pagerduty") is not CircuitState.CLOSED
        assert await h.outbox.pending_count(h.outbox.group("pagerduty")) >= 1
        receivers.pd.down = False  # the receiver comes back
        await h.wait_settled("pagerduty", 6)
        assert d.circuit_state("pagerduty") is CircuitState.CLOSED
    for route in (receivers.slack, receivers.pd, receivers.hook):
        assert route.order == keys, route.name  # all, once, in enqueue order
        assert route.duplicates == 0
    got = receivers.pd.accepted
    pd_events = [(got[k]["dedup_key"], got[k]["event_action"]) for k in keys]
    assert pd_events[-1] == ("fp-1", "resolve") and pd_events[0] == ("fp-1", "trigger")
    for group in ("slack", "pagerduty", "webhook"):
        assert await h.outbox.pending_count(h.outbox.group(group)) == 0
    assert await h.outbox.dead_count() == 0
    assert h.metric("sycomon_alert_deliveries_total", sink="pagerduty", outcome="delivered") == 6
    assert h.metric("sycomon_alert_deliveries_total", sink="pagerduty", outcome="retry") >= 8
    assert h.metric("sycomon_alert_sink_circuit_state", sink="pagerduty") == 0


async def test_restart_resumes_pending_entries_without_loss_or_duplicates(
    redis_client: aioredis.Redis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    h = Harness(
        redis_client,
        receivers,
        http,
        retry=RetrySettings(max_attempts=10_000, base_s=1, cap_s=2),
        breaker=BreakerSettings(failure_threshold=100, cooldown_s=1),
        batch=16,
    )
    receivers.hook.down = True
    for i in range(3):
        await h.outbox.enqueue(alert(i))
    first = h.dispatcher(("hook",))
    await first.start()
    await receivers.wait_for(lambda: receivers.hook.requests >= 3)
    await first.stop()  # "crash" while retrying: the entries stay in the sink's pending list
    assert await h.outbox.pending_count(h.outbox.group("webhook")) == 3
    receivers.hook.down = False
    async with h.dispatcher(("hook",)):
        await h.wait_settled("webhook", 3)
    assert len(receivers.hook.accepted) == 3 and receivers.hook.duplicates == 0
    assert await h.outbox.pending_count(h.outbox.group("webhook")) == 0


async def test_a_timed_out_but_processed_request_is_deduplicated_by_the_receiver(
    redis_client: aioredis.Redis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    h = Harness(redis_client, receivers, http)
    receivers.hook.stall_after_accept = 1  # processes the first request, never answers it
    await h.outbox.enqueue(alert(1))
    async with h.dispatcher(("hook",)):
        await h.wait_settled("webhook", 1)
    assert len(receivers.hook.accepted) == 1
    assert receivers.hook.duplicates == 1  # the retry carried the same Idempotency-Key
    assert h.metric("sycomon_alert_delivery_attempts_total", sink="webhook") == 2


async def test_dead_letter_after_max_attempts_and_on_permanent_rejection(
    redis_client: aioredis.Redis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    h = Harness(
        redis_client,
        receivers,
        http,
        retry=RetrySettings(max_attempts=4, base_s=1, cap_s=8),
        breaker=BreakerSettings(failure_threshold=50, cooldown_s=1),
    )
    receivers.hook.down = True
    doomed = Notification.of(alert(1), T0)
    await h.outbox.enqueue(alert(1))
    await h.outbox.enqueue(alert(2))
    await h.outbox.enqueue(alert(3))

    async def recover(sink: str, n: Notification | None, error: str) -> None:
        h.dead.append((sink, n, error))
        receivers.hook.down = False  # back up before the dispatcher moves on
        receivers.hook.script = [400] if len(h.dead) == 1 else []  # then reject the next one once

    async with Dispatcher(
        h.outbox,
        h.sinks(("hook",)),
        h.metrics,
        clock=h.time.clock,
        sleep=h.time.sleep,
        rng=random.Random(3),
        on_dead_letter=recover,
        on_settled=h._on_settled,
    ):
        await h.wait_settled("webhook", 3)
    sink, first, _ = h.dead[0]
    assert (sink, first.key if first else None) == ("webhook", doomed.key)
    assert len(h.dead) == 2  # alert 1 after 4 attempts, alert 2 rejected with 400 at once
    assert list(receivers.hook.accepted) == [Notification.of(alert(3), T0).key]
    dead = await h.outbox.dead_letters()
    assert [(x.key, x.attempts) for x in dead] == [(doomed.key, 4), (Notification.of(alert(2), T0).key, 1)]
    assert "HTTP 503" in dead[0].error and "HTTP 400" in dead[1].error
    assert Notification.model_validate_json(dead[0].notification_json).alert.fingerprint == "fp-1"
    assert h.metric("sycomon_alert_dead_lettered_total", sink="webhook") == 2
    assert h.metric("sycomon_alert_dead_letter_entries") == 2
    assert h.metric("sycomon_alert_delivery_attempts_total", sink="webhook") == 6
    assert h.metric("sycomon_alert_deliveries_total", sink="webhook", outcome="rejected") == 1
    # exponential backoff with full jitter between the 4 attempts of the doomed alert
    backoff = Backoff(h.settings.retry, random.Random())
    assert len(h.time.sleeps) == 3
    assert all(0 <= s <= backoff.ceiling(i + 1) for i, s in enumerate(h.time.sleeps))
    assert await h.outbox.pending_count(h.outbox.group("webhook")) == 0


async def test_circuit_opens_then_half_open_probes_until_the_receiver_recovers(
    redis_client: aioredis.Redis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    h = Harness(
        redis_client,
        receivers,
        http,
        retry=RetrySettings(max_attempts=50, base_s=0.5, cap_s=1),
        breaker=BreakerSettings(failure_threshold=2, cooldown_s=30),
    )
    receivers.clock = h.time.clock
    receivers.observe = lambda: h.metric("sycomon_alert_sink_circuit_state", sink="slack")
    receivers.slack.script = [503] * 5
    await h.outbox.enqueue(alert(1))
    await h.outbox.enqueue(alert(2))
    d = h.dispatcher(("slack",))
    async with d:
        await h.wait_settled("slack", 2)
    route = receivers.slack
    assert route.requests == 7  # 2 failures (closed), 3 failed probes, 1 good probe, then alert 2
    # closed for the first two calls, then every call is a half-open probe until one succeeds
    assert route.observations == [0, 0, 1, 1, 1, 1, 0]
    gaps = [b - a for a, b in zip(route.request_times, route.request_times[1:], strict=False)]
    assert gaps[0] <= 0.5  # plain backoff while closed
    assert all(g >= 30 - 1e-6 for g in gaps[1:5])  # nothing is sent while open: one probe per cool-down
    assert d.circuit_state("slack") is CircuitState.CLOSED
    assert len(route.accepted) == 2 and route.duplicates == 0


async def test_retry_after_is_honoured(
    redis_client: aioredis.Redis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    retry = RetrySettings(base_s=0.1, cap_s=1, max_retry_after_s=600)
    h = Harness(redis_client, receivers, http, retry=retry)
    receivers.hook.script = [429, 503]
    receivers.hook.retry_after = "120"
    await h.outbox.enqueue(alert(1))
    async with h.dispatcher(("hook",)):
        await h.wait_settled("webhook", 1)
    assert h.time.sleeps == [120.0, 120.0]
    receivers.hook.script = [503]
    receivers.hook.retry_after = "86400"  # capped at max_retry_after_s
    await h.outbox.enqueue(alert(2))
    async with h.dispatcher(("hook",)):
        await h.wait_settled("webhook", 2)
    assert h.time.sleeps[-1] == 600.0


async def test_acknowledged_entries_are_trimmed_only_once_every_sink_has_them(
    redis_client: aioredis.Redis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    h = Harness(
        redis_client,
        receivers,
        http,
        trim_every=1,
        retry=RetrySettings(max_attempts=10_000, base_s=1, cap_s=1),
    )
    receivers.hook.down = True
    for i in range(4):
        await h.outbox.enqueue(alert(i))
    async with h.dispatcher(("slack", "hook")):
        await h.wait_settled("slack", 4)
        assert await h.outbox.length() == 4  # the webhook sink has not acknowledged them yet
        receivers.hook.down = False
        await h.wait_settled("webhook", 4)
        assert await h.outbox.length() == 0


async def test_corrupt_entry_is_dead_lettered_and_the_stream_moves_on(
    redis_client: aioredis.Redis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    h = Harness(redis_client, receivers, http)
    await redis_client.xadd(h.settings.stream, {"key": "x", "n": "{not json"})
    await h.outbox.enqueue(alert(1))
    async with h.dispatcher(("slack",)):
        await h.wait_settled("slack", 2)
    assert [o for _, _, o in h.settled] == ["dead_lettered", "delivered"]
    assert "unreadable" in (await h.outbox.dead_letters())[0].error
    assert len(receivers.slack.accepted) == 1


async def test_redis_errors_become_state_errors() -> None:
    client = aioredis.from_url("redis://127.0.0.1:9/0", socket_connect_timeout=1)
    try:
        outbox = RedisOutbox(client, OutboxSettings())
        with pytest.raises(StateError, match="enqueue"):
            await outbox.enqueue(alert(1))
    finally:
        await client.aclose()


async def test_stop_interrupts_a_long_backoff_and_a_blocked_read(
    redis_server: str, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    client = aioredis.from_url(redis_server, socket_timeout=2.0)  # as RedisSettings configures it
    try:
        h = Harness(client, receivers, http, retry=RetrySettings(base_s=100, cap_s=100))
        receivers.hook.down = True
        await h.outbox.enqueue(alert(1))
        forever = asyncio.Event()

        async def long_sleep(seconds: float) -> None:
            await forever.wait()  # a backoff that would never end on its own

        d = Dispatcher(
            h.outbox,
            h.sinks(("slack", "hook")),
            h.metrics,
            clock=h.time.clock,
            sleep=long_sleep,
            on_settled=h._on_settled,
        )
        await d.start()
        await h.wait_settled("slack", 1)  # slack idles in XREADGROUP BLOCK, webhook in its backoff
        await receivers.wait_for(lambda: receivers.hook.requests >= 1)
        await asyncio.wait_for(d.stop(), 10)
        assert not d.running
        assert await h.outbox.pending_count(h.outbox.group("webhook")) == 1  # kept for the next start
    finally:
        await client.aclose()


async def test_a_redis_that_lost_its_data_gets_its_group_back_and_delivers_without_a_restart(
    private_redis: PrivateRedis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    """Redis restarts without persistence: the stream and its consumer groups are gone. The
    dispatcher must recreate its group (not loop on NOGROUP) and deliver what is enqueued since."""
    client = aioredis.from_url(private_redis.url, socket_timeout=2.0)
    h = Harness(client, receivers, http)
    try:
        async with h.dispatcher(("slack",)):
            await h.outbox.enqueue(alert(1))
            await h.wait_settled("slack", 1)
            private_redis.restart()  # every key gone, the group too
            for i in (2, 3):
                for attempt in range(3):  # the client's connection died with the server: reconnect
                    try:
                        assert await h.outbox.enqueue(alert(i)) is not None
                        break
                    except StateError:
                        if attempt == 2:
                            raise
            await h.wait_settled("slack", 3)
    finally:
        await client.aclose()
    assert len(receivers.slack.accepted) == 3 and receivers.slack.duplicates == 0


async def test_an_alert_re_fired_after_a_redis_loss_carries_the_key_receivers_already_saw(
    private_redis: PrivateRedis, receivers: Receivers, http: httpx.AsyncClient
) -> None:
    """Redis loses its data (outbox dedup keys and the detector state with it); the leader
    re-evaluates from scratch and re-fires the alert that already paged, minutes later and on
    rebuilt figures. The notification must carry the same idempotency key, so the receiver drops it."""
    from monitor.core.alerting import AlertingSettings, AlertTracker
    from monitor.core.detectors import Signal

    settings = AlertingSettings(min_firing_minutes={"absolute": 2})

    def signal(minute: int, rate: float) -> Signal:
        return Signal(
            "absolute",
            "v2",
            "all",
            Severity.CRITICAL,
            True,
            T0 + timedelta(minutes=minute),
            {"rate": rate, "n": 900},
        )

    def notifications(minutes: range, rate: float) -> list[Alert]:
        tracker = AlertTracker(settings)  # no state: as after the loss
        return [a for m in minutes for a in tracker.process([signal(m, rate)], T0 + timedelta(minutes=m))]

    client = aioredis.from_url(private_redis.url, socket_timeout=2.0)
    h = Harness(client, receivers, http)
    try:
        async with h.dispatcher(("slack", "pd", "hook")):
            (paged,) = notifications(range(0, 3), 0.21)
            await h.outbox.enqueue(paged)
            for sink in ("slack", "pagerduty", "webhook"):
                await h.wait_settled(sink, 1)
            private_redis.restart()  # every key gone: the outbox's dedup keys and the detector state
            # the same episode evaluated again after the loss, on rebuilt figures, and sent later
            (re_fired,) = notifications(range(0, 3), 0.22)
            re_fired = re_fired.model_copy(update={"updated_at": T0 + timedelta(minutes=4)})
            for attempt in range(3):  # the client's connection died with the server: reconnect
                try:
                    assert await h.outbox.enqueue(re_fired) is not None  # Redis forgot the key
                    break
                except StateError:
                    if attempt == 2:
                        raise
            for sink in ("slack", "pagerduty", "webhook"):
                await h.wait_settled(sink, 2)
    finally:
        await client.aclose()
    for route in (receivers.slack, receivers.pd, receivers.hook):
        assert route.requests == 2, route.name
        assert len(route.accepted) == 1 and route.duplicates == 1, route.name  # the receiver dropped it
