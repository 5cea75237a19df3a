"""HTTP endpoints on the worker's web port (faust's aiohttp server)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, cast

from aiohttp import web
from faust.web.drivers.aiohttp import Web as AiohttpWeb
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from monitor.errors import StateError
from monitor.runtime.mitigation_api import add_routes as add_mitigation_routes
from monitor.runtime.review_api import add_routes as add_review_routes
from monitor.runtime.views import version_views

if TYPE_CHECKING:
    from monitor.runtime.app import MonitorApp

__all__ = ["add_routes"]


def add_routes(monitor: MonitorApp) -> None:
    """/metrics, /healthz (alive), /readyz (partitions assigned and progressing; Redis, Kafka and
    the alert outbox reachable within a grace period: ``reasons`` says what is wrong),
    /api/versions."""

    async def metrics(_: web.Request) -> web.Response:
        body = generate_latest(monitor.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": "alive"})

    async def readyz(_: web.Request) -> web.Response:
        assigned = [
            tp for tp in monitor.app.consumer.assignment() if tp.topic == monitor.settings.topics.responses
        ]
        # what the health timer saw (every health.interval_s): a hung Redis must not hang the probe
        redis_ok = monitor.health.down_for("redis") == 0
        reasons = monitor.not_ready()
        checks = {
            "model_loaded": True,  # the scorer is loaded and warmed before the app is built
            "partitions_assigned": len(assigned),
            "redis": redis_ok,
        }
        ok = not reasons
        monitor.metrics.ready.set(1 if ok else 0)
        return web.json_response({"ready": ok, "reasons": reasons, **checks}, status=200 if ok else 503)

    async def versions(_: web.Request) -> web.Response:
        now_minute = int(monitor.clock().timestamp()) // 60
        try:
            body = await version_views(monitor.state, now_minute, judges=monitor.judges)
        except StateError as exc:
            return web.json_response({"error": str(exc)}, status=503)
        return web.Response(text=json.dumps(body), content_type="application/json")

    router = cast(AiohttpWeb, monitor.app.web).web_app.router
    router.add_get("/metrics", metrics)
    router.add_get("/healthz", healthz)
    router.add_get("/readyz", readyz)
    router.add_get("/api/versions", versions)
    add_mitigation_routes(
        cast(AiohttpWeb, monitor.app.web).web_app, monitor.mitigation, monitor.settings.web.api_token
    )
    if monitor.detection.judges is not None:
        add_review_routes(
            cast(AiohttpWeb, monitor.app.web).web_app,
            monitor.review,
            monitor.judges,
            monitor.settings.review.api_tokens,
            clock=monitor.clock,
        )
