"""``sycomon simulate serve``: an OpenAI-compatible chat endpoint answering from the turn pool.

``POST /v1/chat/completions`` (``model`` names the version; its scripted behaviour is in
:mod:`monitor.sim.responder`) and ``GET /v1/models``. Errors use OpenAI's shape
(``{"error": {"message", "type", "code"}}``): 400 for a malformed body, 404 for an unknown model.
``usage`` counts tokens as characters / 4 (enough to exercise the client's cost budget).
Listens on loopback by default; it is a test double of an LLM service, not a product.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from monitor.sim.responder import Responder

__all__ = ["ChatServer", "serve_chat"]


def _error(status: int, message: str, kind: str, code: str) -> web.Response:
    return web.json_response({"error": {"message": message, "type": kind, "code": code}}, status=status)


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


@dataclass
class ChatServer:
    responder: Responder
    requests: int = 0

    def app(self) -> web.Application:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self.completions)
        app.router.add_get("/v1/models", self.models)
        return app

    async def models(self, _: web.Request) -> web.Response:
        data = [{"id": v, "object": "model", "owned_by": "sycomon-sim"} for v in self.responder.behaviours]
        return web.json_response({"object": "list", "data": data})

    async def completions(self, request: web.Request) -> web.Response:
        self.requests += 1
        try:
            body: Any = json.loads(await request.read())
        except ValueError:
            return _error(400, "the body is not JSON", "invalid_request_error", "invalid_json")
        if not isinstance(body, dict) or not isinstance(body.get("model"), str):
            return _error(400, "'model' (a string) is required", "invalid_request_error", "missing_model")
        messages = body.get("messages")
        if (
            not isinstance(messages, list)
            or not messages
            or not all(
                isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)
                for m in messages
            )
        ):
            return _error(400, "'messages' must be a non-empty list of {role, content}",
                          "invalid_request_error", "invalid_messages")  # fmt: skip
        model = body["model"]
        if not self.responder.known(model):
            return _error(
                404, f"the model '{model}' does not exist", "invalid_request_error", "model_not_found"
            )
        users = tuple(m["content"] for m in messages if m["role"] == "user")
        if not users or messages[-1]["role"] != "user":
            return _error(
                400, "the last message must be the user's", "invalid_request_error", "invalid_messages"
            )
        content = self.responder.reply(model, users)
        prompt_tokens = sum(_tokens(m["content"]) for m in messages)
        return web.json_response({
            "id": f"chatcmpl-sim-{self.requests}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": _tokens(content),
                      "total_tokens": prompt_tokens + _tokens(content)},
        })  # fmt: skip


@contextlib.asynccontextmanager
async def serve_chat(responder: Responder, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Serve until the block exits; yields the base URL (``http://host:port/v1``)."""
    runner = web.AppRunner(ChatServer(responder).app(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = runner.addresses[0][1]
    try:
        yield f"http://{host}:{bound}/v1"
    finally:
        await runner.cleanup()
