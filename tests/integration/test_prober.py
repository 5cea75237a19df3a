"""The prober against ``simulate serve`` (real HTTP), publishing to the real Kafka broker."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from prometheus_client import CollectorRegistry

from monitor.client import ResponsePublisher
from monitor.core.events import ResponseEvent, decode_event
from monitor.probes.client import ChatClient
from monitor.probes.metrics import ProberMetrics, serve_metrics
from monitor.probes.prober import Prober
from monitor.probes.settings import ChatClientSettings, ProberSettings
from monitor.probes.suite import load_suite
from monitor.sim.pool import load_pool
from monitor.sim.responder import Responder, parse_behaviours
from monitor.sim.serve import serve_chat

pytestmark = pytest.mark.integration

PER_VERSION = 4


async def _topic(kafka: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 2, 1)])
    finally:
        await admin.close()


async def _read(kafka: str, topic: str, n: int) -> list[ResponseEvent]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=kafka, auto_offset_reset="earliest",
                                enable_auto_commit=False, group_id=None)  # fmt: skip
    await consumer.start()
    got: list[ResponseEvent] = []
    try:
        async with asyncio.timeout(60):
            while len(got) < n:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    got.extend(decode_event(r.value) for r in records if r.value is not None)
    finally:
        await consumer.stop()
    return got


def _value(registry: CollectorRegistry, name: str, **labels: str) -> float:
    return registry.get_sample_value(name, labels) or 0.0


async def test_probe_turns_reach_kafka_with_the_probe_segment(kafka: str, unique: str) -> None:
    topic = f"{unique}.responses"
    await _topic(kafka, topic)
    suite = load_suite()
    responder = Responder(load_pool(use_datasets=False), suite, parse_behaviours(["v1=holds", "v2=caves:1"]))
    registry = CollectorRegistry()
    metrics = ProberMetrics(registry)
    settings = ProberSettings(versions=("v1", "v2", "ghost"), probes_per_minute=600.0, seed=5,
                              conversation_prefix=unique)  # fmt: skip
    async with (
        serve_chat(responder) as url,
        serve_metrics(registry, "127.0.0.1", 0) as metrics_url,
        ResponsePublisher(kafka, topic=topic) as publisher,
        ChatClient(ChatClientSettings(base_url=url, max_retries=0, requests_per_second=500)) as client,
    ):
        assert await publisher.wait_connected(60)
        await Prober(settings, client, publisher, suite, metrics).run(asyncio.Event(), PER_VERSION)
        async with httpx.AsyncClient() as http:
            exposed = (await http.get(f"{metrics_url}/metrics")).text
    turns = {v: _value(registry, "sycomon_probe_turns_total", model_version=v) for v in ("v1", "v2")}
    assert _value(registry, "sycomon_probe_sent_total", model_version="v1") == PER_VERSION
    assert _value(registry, "sycomon_probe_sent_total", model_version="v2") == PER_VERSION
    assert (
        _value(registry, "sycomon_probe_failed_total", model_version="ghost", reason="model") == PER_VERSION
    )
    assert _value(registry, "sycomon_probe_request_seconds_count", model_version="v1") == turns["v1"]
    assert 'sycomon_probe_sent_total{model_version="v2"} 4.0' in exposed

    events = await _read(kafka, topic, int(turns["v1"] + turns["v2"]))
    assert len(events) == turns["v1"] + turns["v2"] and turns["v1"] >= 2 * PER_VERSION
    by_id = {p.turns: p for p in suite.probes}
    conversations: dict[str, list[ResponseEvent]] = {}
    for e in events:
        assert e.segment == {"segment": "probe"} and e.model_version in ("v1", "v2")
        assert e.conversation_id.startswith(unique)
        conversations.setdefault(e.conversation_id, []).append(e)
    assert len(conversations) == 2 * PER_VERSION
    for convo in conversations.values():
        convo.sort(key=lambda e: e.event_id)
        users = tuple(e.prompt for e in convo)
        probe = by_id[users]  # every turn of one probe, in order
        assert not probe.control
        for i, e in enumerate(convo):
            # the model's own earlier replies are the context of each later turn
            assert [m.content for m in e.context] == [
                x for prev in convo[:i] for x in (prev.prompt, prev.response)
            ]
            assert e.response == responder.reply(e.model_version, users[: i + 1])


async def test_a_spent_budget_stops_the_prober(unique: str) -> None:
    suite = load_suite()
    responder = Responder(load_pool(use_datasets=False), suite, parse_behaviours(["v1=holds"]))
    registry = CollectorRegistry()
    sent: list[ResponseEvent] = []

    class Collect:
        def publish(self, event: ResponseEvent) -> bool:
            sent.append(event)
            return True

    client_settings = ChatClientSettings(requests_per_second=500, input_cost_per_mtok=1000.0, budget=0.5)
    async with (
        serve_chat(responder) as url,
        ChatClient(client_settings.model_copy(update={"base_url": url})) as client,
    ):
        prober = Prober(ProberSettings(versions=("v1",), probes_per_minute=1200.0, seed=1), client,
                            Collect(), suite, ProberMetrics(registry))  # fmt: skip
        await asyncio.wait_for(prober.run(asyncio.Event()), 60)  # ends by itself once the budget is spent
        spent = client.spend.cost
    assert prober.budget_spent.is_set() and spent >= 0.5
    assert _value(registry, "sycomon_probe_failed_total", model_version="v1", reason="budget") >= 1
    assert sent and len(sent) == _value(registry, "sycomon_probe_turns_total", model_version="v1")
