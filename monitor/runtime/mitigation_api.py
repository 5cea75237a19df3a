"""Authenticated HTTP endpoints for mitigations, mounted on the worker's aiohttp web server.

- ``GET  /api/mitigations``                         kill switch + every mitigation in the state
- ``POST /api/mitigations/{id}/approve``            apply a pending mitigation (404, 409)
- ``POST /api/mitigations/{model_version}/clear``   remove the version's mitigation / patch
- ``POST /api/mitigations/kill-switch``             body ``{"engaged": true|false}``

Every call needs ``Authorization: Bearer <token>``; the token is compared in constant time. With
no token configured every call is refused (403): the API is never open. ``X-Sycomon-Actor``
(optional) names the operator in the audit log as ``api:<name>``.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable

from aiohttp import web
from pydantic import SecretStr

from monitor.adapters.mitigation_store import AuditEntry, MitigationService
from monitor.core.policy import MitigationConflict, MitigationNotFound
from monitor.errors import StateError

__all__ = ["ACTOR_HEADER", "add_routes"]

log = logging.getLogger(__name__)

ACTOR_HEADER = "X-Sycomon-Actor"
_ACTOR = re.compile(r"^[A-Za-z0-9_.@+-]{1,64}$")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _error(cls: type[web.HTTPException], message: str, **headers: str) -> web.HTTPException:
    return cls(text=json.dumps({"error": message}), content_type="application/json", headers=headers or None)


def _guard(handler: Handler, token: SecretStr | None) -> Handler:
    expected = token.get_secret_value().encode("utf-8") if token is not None else b""

    async def guarded(request: web.Request) -> web.StreamResponse:
        if not expected:
            raise _error(web.HTTPForbidden, "mitigation API disabled: no token configured")
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        given = value.strip().encode("utf-8")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given, expected):
            log.warning(
                "mitigation API: rejected %s %s from %s", request.method, request.path, request.remote
            )
            raise _error(web.HTTPUnauthorized, "invalid or missing bearer token",
                         **{"WWW-Authenticate": 'Bearer realm="sycomon"'})  # fmt: skip
        try:
            return await handler(request)
        except MitigationNotFound as exc:
            raise _error(web.HTTPNotFound, str(exc)) from exc
        except MitigationConflict as exc:
            raise _error(web.HTTPConflict, str(exc)) from exc
        except StateError as exc:
            log.error("mitigation API: state store failed: %s", exc)
            raise _error(web.HTTPServiceUnavailable, "state store unavailable") from exc

    return guarded


def _actor(request: web.Request) -> str:
    """``api:token``: the authenticated identity (the one configured token). ``X-Sycomon-Actor``
    is only a comment, appended in parentheses: it cannot stand in for the actor."""
    comment = request.headers.get(ACTOR_HEADER, "")
    return f"api:token ({comment})" if _ACTOR.match(comment) else "api:token"


def _entries(entries: list[AuditEntry]) -> web.Response:
    return web.json_response({"audit": [e.to_json() for e in entries]})


def add_routes(app: web.Application, service: MitigationService, token: SecretStr | None) -> None:
    """Mount the four endpoints on ``app`` (faust: ``app.web.web_app``)."""

    async def list_(request: web.Request) -> web.StreamResponse:
        state = await service.state()
        return web.json_response(state.model_dump(mode="json"))

    async def approve(request: web.Request) -> web.StreamResponse:
        m = await service.approve(request.match_info["mitigation_id"], _actor(request))
        return web.json_response(m.model_dump(mode="json"))

    async def clear(request: web.Request) -> web.StreamResponse:
        return _entries(await service.clear(request.match_info["model_version"], _actor(request)))

    async def kill_switch(request: web.Request) -> web.StreamResponse:
        try:
            body = await request.json()
        except ValueError:
            raise _error(web.HTTPBadRequest, 'body must be JSON: {"engaged": true|false}') from None
        engaged = body.get("engaged") if isinstance(body, dict) else None
        if not isinstance(engaged, bool):
            raise _error(web.HTTPBadRequest, 'body must be JSON: {"engaged": true|false}')
        return _entries(await service.set_kill_switch(engaged, _actor(request)))

    app.router.add_get("/api/mitigations", _guard(list_, token))
    app.router.add_post("/api/mitigations/kill-switch", _guard(kill_switch, token))
    app.router.add_post("/api/mitigations/{mitigation_id}/approve", _guard(approve, token))
    app.router.add_post("/api/mitigations/{model_version}/clear", _guard(clear, token))
