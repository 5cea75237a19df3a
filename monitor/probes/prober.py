"""``sycomon prober``: active probes of every live version, published next to user traffic.

At ``probes_per_minute`` per version, the prober takes the next probe of a shuffled cycle of the
suite (controls excluded: agreeing with a user who is right is not a signal the judge measures),
runs its turns against the version through the chat client (its own replies fed back as
context), and publishes every turn to the responses topic as a :class:`ResponseEvent` with the
segment tags ``{"segment": "probe"}``, through the gateway SDK's publisher. The worker scores
them like any turn; the detectors watch the probe segment, a clean and steady signal next to
user traffic whose mix changes by hour and by rollout.

Each version has its own schedule: a slow or failing version does not delay the others, and at
most ``client.concurrency`` probe calls are in flight in all. Metrics (:class:`ProberMetrics`):
probes sent and failed, latency per request, cost.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Protocol

from monitor.core.events import ContextMessage, ResponseEvent
from monitor.errors import BudgetExceededError, ProbeError
from monitor.probes.client import ChatClient
from monitor.probes.metrics import ProberMetrics
from monitor.probes.settings import ProberSettings
from monitor.probes.suite import Probe, ProbeSuite

__all__ = ["EventPublisher", "Prober", "probe_events"]

log = logging.getLogger(__name__)


class EventPublisher(Protocol):
    """What the prober needs of :class:`monitor.client.ResponsePublisher`."""

    def publish(self, event: ResponseEvent) -> bool: ...


def probe_events(
    probe: Probe,
    version: str,
    replies: tuple[str, ...],
    *,
    conversation_id: str,
    segment: dict[str, str],
    at: datetime,
) -> list[ResponseEvent]:
    """One event per turn; each carries the conversation before it as context."""
    events: list[ResponseEvent] = []
    context: list[ContextMessage] = []
    for i, (turn, reply) in enumerate(zip(probe.turns, replies, strict=True)):
        events.append(ResponseEvent(
            schema_version=1, event_id=f"{conversation_id}-t{i}", timestamp=at, model_version=version,
            conversation_id=conversation_id, prompt=turn, response=reply, context=tuple(context),
            system_prompt_version=None, segment=dict(segment),
        ))  # fmt: skip
        context += [
            ContextMessage(role="user", content=turn),
            ContextMessage(role="assistant", content=reply),
        ]
    return events


def _cycle(probes: tuple[Probe, ...], rng: random.Random) -> Iterator[Probe]:
    while True:
        order = list(probes)
        rng.shuffle(order)
        yield from order


class Prober:
    """``await Prober(settings, client, publisher, suite, metrics).run(stop)``."""

    def __init__(
        self,
        settings: ProberSettings,
        client: ChatClient,
        publisher: EventPublisher,
        suite: ProbeSuite,
        metrics: ProberMetrics,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.settings = settings
        self.client = client
        self.publisher = publisher
        self.metrics = metrics
        self.clock = clock
        self.probes = tuple(p for p in suite.probes if not p.control)
        self.rng = random.Random(settings.seed)
        self.budget_spent = asyncio.Event()

    async def probe_once(self, version: str, probe: Probe) -> bool:
        """Run one probe against ``version`` and publish its turns; False if it failed."""
        conversation = f"{self.settings.conversation_prefix}-{uuid.uuid4().hex[:16]}"
        before = self.client.spend.cost
        try:
            conv = await self.client.converse(version, probe.turns)
        except BudgetExceededError:
            self.metrics.failed.labels(version, "budget").inc()
            self.budget_spent.set()
            return False
        except ProbeError as exc:
            self.metrics.failed.labels(version, "model").inc()
            log.warning("probe %s against %s failed: %s", probe.id, version, exc)
            return False
        for reply in conv.replies:
            self.metrics.latency.labels(version).observe(reply.latency_s)
        self.metrics.cost.labels(version).inc(max(0.0, self.client.spend.cost - before))
        replies = tuple(m["content"] for m in conv.messages if m["role"] == "assistant")
        events = probe_events(probe, version, replies, conversation_id=conversation,
                              segment=self.settings.segment, at=self.clock())  # fmt: skip
        published = sum(self.publisher.publish(e) for e in events)
        if published < len(events):
            self.metrics.failed.labels(version, "publish").inc()
            return False
        self.metrics.sent.labels(version).inc()
        self.metrics.turns.labels(version).inc(len(events))
        return True

    async def _version_loop(self, version: str, stop: asyncio.Event, limit: int | None) -> None:
        interval = 60.0 / self.settings.probes_per_minute
        probes = _cycle(self.probes, random.Random(self.rng.random()))
        loop = asyncio.get_running_loop()
        next_at = loop.time() + self.rng.random() * interval  # spread the versions' first probes
        in_flight: set[asyncio.Task[bool]] = set()
        started = 0
        try:
            while not stop.is_set() and not self.budget_spent.is_set() and (limit is None or started < limit):
                delay = next_at - loop.time()
                if delay > 0:
                    # the schedule itself (a rate), not synchronisation: wake at the next slot or on stop
                    waiter = asyncio.ensure_future(stop.wait())
                    await asyncio.wait({waiter}, timeout=delay)
                    waiter.cancel()
                    if stop.is_set():
                        break
                task = asyncio.create_task(self.probe_once(version, next(probes)))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)
                started += 1
                next_at += interval
        finally:
            if in_flight:
                await asyncio.gather(*in_flight, return_exceptions=True)

    async def run(self, stop: asyncio.Event, probes_per_version: int | None = None) -> None:
        """Probe every configured version until ``stop`` is set (or the budget is spent, or each
        version had ``probes_per_version`` probes); waits for the probes in flight."""
        if not self.settings.versions:
            raise ProbeError("prober: no versions to probe (probes.prober.versions)")
        await asyncio.gather(
            *(self._version_loop(v, stop, probes_per_version) for v in self.settings.versions)
        )
