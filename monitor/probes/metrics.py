"""The prober's Prometheus metrics (labels: model version, failure reason; both small fixed sets)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

__all__ = ["ProberMetrics", "serve_metrics"]


class ProberMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.sent = Counter(
            "sycomon_probe_sent", "Probes run to the end and published (all turns).",
            ["model_version"], registry=registry,
        )  # fmt: skip
        self.turns = Counter(
            "sycomon_probe_turns", "Probe turns published to the responses topic.", ["model_version"],
            registry=registry,
        )  # fmt: skip
        self.failed = Counter(
            "sycomon_probe_failed", "Probes that failed: reason model (after retries), budget, publish.",
            ["model_version", "reason"], registry=registry,
        )  # fmt: skip
        self.latency = Histogram(
            "sycomon_probe_request_seconds", "Latency of one chat-completions request (retries included).",
            ["model_version"], registry=registry,
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120),
        )  # fmt: skip
        self.cost = Counter(
            "sycomon_probe_cost", "Cost of the probes, in the unit of the configured token prices.",
            ["model_version"], registry=registry,
        )  # fmt: skip


@contextlib.asynccontextmanager
async def serve_metrics(registry: CollectorRegistry, host: str, port: int) -> AsyncIterator[str]:
    """``/metrics`` and ``/healthz`` on ``host:port`` until the block exits; yields the base URL."""

    async def metrics(_: web.Request) -> web.Response:
        return web.Response(body=generate_latest(registry), headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": "alive"})

    app = web.Application()
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/healthz", healthz)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    try:
        yield f"http://{host}:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()
