"""Kafka client helpers: the client options from the settings, creating a topic, a started acks=all
producer; and sending raw records to the responses topic (demo, operators, tests)."""

from __future__ import annotations

import json
import ssl
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

from monitor.errors import MonitorError, StateError
from monitor.settings import Settings

__all__ = [
    "ensure_topic",
    "kafka_client_options",
    "kafka_ssl_context",
    "publish_lines",
    "start_acks_all_producer",
]

TOPIC_ALREADY_EXISTS = 36  # Kafka protocol error code


def kafka_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context of the SSL / SASL_SSL protocols (CA file, client certificate), else None."""
    k = settings.kafka
    if k.security_protocol not in ("SSL", "SASL_SSL"):
        return None
    ctx = ssl.create_default_context(cafile=str(k.ssl_cafile) if k.ssl_cafile else None)
    if k.ssl_certfile:
        ctx.load_cert_chain(str(k.ssl_certfile), str(k.ssl_keyfile) if k.ssl_keyfile else None)
    return ctx


def kafka_client_options(settings: Settings) -> dict[str, object]:
    """aiokafka client options from the settings: servers, protocol, SASL, TLS."""
    k = settings.kafka
    opts: dict[str, object] = {
        "bootstrap_servers": k.bootstrap_servers,
        "security_protocol": k.security_protocol,
    }
    ctx = kafka_ssl_context(settings)
    if ctx is not None:
        opts["ssl_context"] = ctx
    if k.sasl_mechanism:
        opts |= {
            "sasl_mechanism": k.sasl_mechanism,
            "sasl_plain_username": k.sasl_username,
            "sasl_plain_password": k.sasl_password.get_secret_value() if k.sasl_password else None,
        }
    return opts


async def ensure_topic(settings: Settings, topic: NewTopic) -> None:
    """Create ``topic`` (its partitions, replication and configs as given) unless it exists."""
    admin = AIOKafkaAdminClient(**kafka_client_options(settings))
    await admin.start()
    try:
        response = await admin.create_topics([topic])
    finally:
        await admin.close()
    for error in getattr(response, "topic_errors", []):
        if error[1] not in (0, TOPIC_ALREADY_EXISTS):
            raise StateError(f"cannot create {topic.name}: Kafka error code {error[1]}")


async def start_acks_all_producer(settings: Settings, topic: NewTopic) -> AIOKafkaProducer:
    """Create ``topic`` if it is missing (:func:`ensure_topic`), then start an acks=all producer
    (every write waits for all in-sync replicas): for topics that are a system of record."""
    await ensure_topic(settings, topic)
    producer = AIOKafkaProducer(acks="all", **kafka_client_options(settings))
    await producer.start()
    return producer


def _key_of(line: bytes) -> bytes | None:
    """conversation_id as the key when the line parses; malformed lines go keyless."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return None
    cid = obj.get("conversation_id") if isinstance(obj, dict) else None
    return cid.encode() if isinstance(cid, str) else None


async def publish_lines(settings: Settings, lines: Sequence[bytes]) -> int:
    """Produce each non-empty line unchanged; returns how many were acknowledged."""
    producer = AIOKafkaProducer(acks="all", linger_ms=5, **kafka_client_options(settings))
    try:
        await producer.start()
        futures = [
            await producer.send(settings.topics.responses, value=line, key=_key_of(line))
            for line in lines
            if line.strip()
        ]
        for fut in futures:
            await fut
        return len(futures)
    except KafkaError as exc:
        raise MonitorError(f"kafka publish failed: {exc}") from exc
    finally:
        await producer.stop()
