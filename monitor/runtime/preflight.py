"""Before a worker starts: can it reach Kafka and Redis? One line each when not (the worker's own
errors for an unreachable broker are a long traceback that names no fix)."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from monitor.settings import Settings

__all__ = ["unreachable"]


def _reachable(host: str, port: int, timeout_s: float) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False


def unreachable(settings: Settings, timeout_s: float = 2.0) -> list[str]:
    """A sentence per dependency no TCP connection reaches (an empty list when all answer)."""
    problems: list[str] = []
    brokers = [b.strip() for b in settings.kafka.bootstrap_servers.split(",") if b.strip()]
    ok = False
    for broker in brokers:
        host, _, port = broker.rpartition(":")
        if _reachable(host.strip("[]") or "127.0.0.1", int(port or 9092), timeout_s):
            ok = True
            break
    if not ok:
        problems.append(
            f"Kafka is not reachable at {settings.kafka.bootstrap_servers} (kafka.bootstrap_servers)"
        )
    url = urlsplit(settings.redis.url.get_secret_value())
    if url.scheme in ("redis", "rediss"):
        redis_host, redis_port = url.hostname or "127.0.0.1", url.port or 6379
        if not _reachable(redis_host, redis_port, timeout_s):
            # the URL may carry a password: name only host and port
            problems.append(f"Redis is not reachable at {redis_host}:{redis_port} (redis.url)")
    return problems
