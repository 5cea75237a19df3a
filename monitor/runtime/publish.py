"""Send raw records to the responses topic (demo, operators, tests)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from monitor.errors import MonitorError
from monitor.settings import Settings

__all__ = ["kafka_client_options", "publish_lines"]


def kafka_client_options(settings: Settings) -> dict[str, object]:
    k = settings.kafka
    opts: dict[str, object] = {
        "bootstrap_servers": k.bootstrap_servers,
        "security_protocol": k.security_protocol,
    }
    if k.sasl_mechanism:
        opts |= {
            "sasl_mechanism": k.sasl_mechanism,
            "sasl_plain_username": k.sasl_username,
            "sasl_plain_password": k.sasl_password.get_secret_value() if k.sasl_password else None,
        }
    return opts


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
