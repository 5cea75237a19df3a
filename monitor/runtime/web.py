"""HTTP endpoints on the worker's web port (faust's aiohttp server)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, cast

from aiohttp import web
from faust.web.drivers.aiohttp import Web as AiohttpWeb
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from monitor.errors import MonitorError, StateError
from monitor.runtime.incident import IncidentData, collect_incident, health_from_metrics, settings_in_force
from monitor.runtime.incident_render import render_html
from monitor.runtime.mitigation_api import add_routes as add_mitigation_routes
from monitor.runtime.review_api import add_routes as add_review_routes
from monitor.runtime.views import SEGMENT_PATTERN, version_views

if TYPE_CHECKING:
    from monitor.runtime.app import MonitorApp

__all__ = ["add_routes"]


def add_routes(monitor: MonitorApp) -> None:
    """/metrics, /healthz (alive), /readyz (partitions assigned and progressing; Redis, Kafka and
    the alert outbox reachable within a grace period: ``reasons`` says what is wrong),
    /api/versions (``?segment=key=value``: one segment's series), /ui (the incident page) and
    /api/incident (its data as JSON)."""

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

    async def versions(request: web.Request) -> web.Response:
        now_minute = int(monitor.clock().timestamp()) // 60
        segment = request.query.get("segment", "all")
        if not SEGMENT_PATTERN.match(segment):
            return web.json_response({"error": "segment: 'all' or key=value, e.g. segment=probe"}, status=400)
        try:
            body = await version_views(monitor.state, now_minute, segment, judges=monitor.judges)
        except StateError as exc:
            return web.json_response({"error": str(exc)}, status=503)
        return web.Response(text=json.dumps(body), content_type="application/json")

    async def incident(request: web.Request) -> IncidentData:
        try:
            minutes = max(10, min(int(request.query.get("minutes", "120")), 24 * 60))
        except ValueError:
            raise web.HTTPBadRequest(text="minutes must be an integer") from None
        health = health_from_metrics(generate_latest(monitor.registry).decode())
        health.append(("alert deliveries dead-lettered", str(await monitor.outbox.dead_count())))
        return await collect_incident(
            monitor.state, monitor.mitigation.store, settings=settings_in_force(monitor.settings),
            health=health, minutes=minutes, fingerprint=request.query.get("fingerprint") or None,
            title=f"sycophancy monitor: {monitor.settings.app_id}",
            judges=monitor.judges,
        )  # fmt: skip

    async def ui(request: web.Request) -> web.Response:
        """The incident page: what on-call opens when Grafana is not there (read-only, no text)."""
        try:
            data = await incident(request)
        except MonitorError as exc:
            return web.Response(text=f"state unavailable: {exc}", status=503)
        return web.Response(text=render_html(data, refresh_s=5), content_type="text/html", charset="utf-8")

    async def incident_json(request: web.Request) -> web.Response:
        try:
            data = await incident(request)
        except MonitorError as exc:
            return web.json_response({"error": str(exc)}, status=503)
        return web.Response(text=json.dumps(data.to_json()), content_type="application/json")

    router = cast(AiohttpWeb, monitor.app.web).web_app.router
    router.add_get("/ui", ui)
    router.add_get("/api/incident", incident_json)
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
