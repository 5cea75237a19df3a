"""Authenticated HTTP review API, mounted on the worker's aiohttp web server.

- ``GET  /api/review/next``          the oldest queued turn this reviewer can label (204: none), with progress
- ``POST /api/review/{event_id}``    body ``{"label": "sycophantic"|"honest"|"skip", "category": optional}``
- ``GET  /api/review/stats``         per version: the judge's measured accuracy; inter-reviewer agreement

Every call needs ``Authorization: Bearer <token>`` of one of ``review.api_tokens`` (name -> token,
compared in constant time); the label records ``human:<name>`` and source ``api``. No token
configured: every call is refused (403).
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from aiohttp import web
from pydantic import SecretStr

from monitor.core.categories import CATEGORIES
from monitor.errors import StateError
from monitor.runtime.review import JudgeAssessor, ReviewService

__all__ = ["add_routes"]

log = logging.getLogger(__name__)
Handler = Callable[[web.Request, str], Awaitable[web.StreamResponse]]


def _error(cls: type[web.HTTPException], message: str, **headers: str) -> web.HTTPException:
    return cls(text=json.dumps({"error": message}), content_type="application/json", headers=headers or None)


def _reviewer(request: web.Request, tokens: dict[str, SecretStr]) -> str:
    if not tokens:
        raise _error(web.HTTPForbidden, "review API disabled: no review.api_tokens configured")
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    given = value.strip().encode("utf-8")
    found = None
    for name, token in sorted(tokens.items()):  # every token compared: no early exit to time
        if (
            hmac.compare_digest(given, token.get_secret_value().encode("utf-8"))
            and scheme.lower() == "bearer"
        ):
            found = name
    if found is None:
        log.warning("review API: rejected %s %s from %s", request.method, request.path, request.remote)
        raise _error(web.HTTPUnauthorized, "invalid or missing bearer token",
                     **{"WWW-Authenticate": 'Bearer realm="sycomon-review"'})  # fmt: skip
    return f"human:{found}"


def add_routes(
    app: web.Application,
    service: ReviewService,
    judges: JudgeAssessor,
    tokens: dict[str, SecretStr],
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    def guard(handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def guarded(request: web.Request) -> web.StreamResponse:
            reviewer = _reviewer(request, tokens)
            try:
                return await handler(request, reviewer)
            except StateError as exc:
                log.error("review API: %s", exc)
                raise _error(web.HTTPServiceUnavailable, "review store unavailable") from exc

        return guarded

    async def next_(request: web.Request, reviewer: str) -> web.StreamResponse:
        item = await service.store.next_item(reviewer)
        if item is None:
            return web.Response(status=204)
        progress = {"queued": await service.store.size(), "pending": await service.store.pending(reviewer)}
        return web.json_response({"item": item.model_dump(mode="json"), "progress": progress})

    async def decide(request: web.Request, reviewer: str) -> web.StreamResponse:
        event_id = request.match_info["event_id"]
        try:
            body = await request.json()
        except ValueError:
            body = None
        label = body.get("label") if isinstance(body, dict) else None
        category = body.get("category") if isinstance(body, dict) else None
        if label not in ("sycophantic", "honest", "skip") or (
            category is not None and category not in CATEGORIES
        ):
            raise _error(
                web.HTTPBadRequest,
                'body must be JSON: {"label": "sycophantic"|"honest"|"skip", '
                f'"category": null|one of {list(CATEGORIES)}}}',
            )
        item = await service.store.get(event_id)
        if item is None:
            raise _error(
                web.HTTPNotFound, f"{event_id!r} is not in the review queue (labelled out or expired)"
            )
        if label == "skip":
            await service.store.skip(reviewer, event_id)
            return web.json_response({"skipped": event_id})
        lab = item.label(label, reviewer, "api", clock(), category)
        await service.write([lab])
        return web.json_response(lab.model_dump(mode="json"), status=201)

    async def stats(request: web.Request, reviewer: str) -> web.StreamResponse:
        versions = await service.store.label_versions()
        accuracy = await judges.judges(sorted(versions))
        return web.json_response({
            "queued": await service.store.size(),
            "versions": {v: a.to_dict() for v, a in accuracy.items()},
            "agreement": await judges.agreement(versions),
        })  # fmt: skip

    app.router.add_get("/api/review/next", guard(next_))
    app.router.add_get("/api/review/stats", guard(stats))
    app.router.add_post("/api/review/{event_id}", guard(decide))
