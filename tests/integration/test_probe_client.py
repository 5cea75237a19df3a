"""The probe client against a local chat server that fails on purpose (real HTTP on loopback)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from monitor.errors import BudgetExceededError, ProbeError
from monitor.probes.client import ChatClient
from monitor.probes.settings import ChatClientSettings

pytestmark = pytest.mark.integration

Plan = Callable[[int], Any]  # request number (1-based) -> "ok" | status code | ("sleep", seconds)


@dataclass
class FlakyServer:
    """Answers ``chat/completions`` as ``plan`` says, records every request body."""

    plan: Plan = lambda n: "ok"
    bodies: list[dict[str, Any]] = field(default_factory=list)
    auth: list[str | None] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    url: str = ""
    retry_after: str | None = None

    async def handle(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        self.bodies.append(body)
        self.auth.append(request.headers.get("authorization"))
        n = len(self.bodies)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            action = self.plan(n)
            if isinstance(action, tuple):
                await asyncio.sleep(action[1])
                action = "ok"
            if action != "ok":
                headers = {"retry-after": self.retry_after} if self.retry_after and action == 429 else {}
                return web.json_response({"error": {"message": "no"}}, status=int(action), headers=headers)
            await asyncio.sleep(0.02)
            last = body["messages"][-1]["content"]
            return web.json_response(
                {
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": f"re: {last}"}}],
                    "usage": {"prompt_tokens": 1000, "completion_tokens": 500},
                }
            )
        finally:
            self.in_flight -= 1


@pytest.fixture
async def server() -> AsyncIterator[FlakyServer]:
    srv = FlakyServer()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", srv.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    srv.url = f"http://127.0.0.1:{runner.addresses[0][1]}/v1"
    yield srv
    await runner.cleanup()


def _settings(srv: FlakyServer, **kw: Any) -> ChatClientSettings:
    base: dict[str, Any] = {"base_url": srv.url, "backoff_initial_s": 0.01, "backoff_max_s": 0.05,
                            "requests_per_second": 1000.0}  # fmt: skip
    return ChatClientSettings(**(base | kw))


async def test_a_timeout_is_retried_until_the_server_answers(server: FlakyServer) -> None:
    server.plan = lambda n: ("sleep", 2.0) if n <= 2 else "ok"
    async with ChatClient(_settings(server, timeout_s=0.3, max_retries=3)) as client:
        reply = await client.complete("m", [{"role": "user", "content": "hi"}])
    assert reply.content == "re: hi" and reply.attempts == 3
    assert client.spend.retries == 2 and client.spend.requests == 3 and client.spend.failures == 0


async def test_5xx_and_429_are_retried_other_4xx_are_not(server: FlakyServer) -> None:
    server.plan = lambda n: {1: 503, 2: 429}.get(n, "ok")
    async with ChatClient(_settings(server, max_retries=2)) as client:
        assert (await client.complete("m", [{"role": "user", "content": "x"}])).attempts == 3
    server.bodies.clear()
    server.plan = lambda n: 400
    async with ChatClient(_settings(server, max_retries=5)) as client:
        with pytest.raises(ProbeError, match="HTTP 400"):
            await client.complete("m", [{"role": "user", "content": "x"}])
    assert len(server.bodies) == 1, "a client error is not retried"


async def test_retries_give_up_with_a_clear_error(server: FlakyServer) -> None:
    server.plan = lambda n: 502
    async with ChatClient(_settings(server, max_retries=2)) as client:
        with pytest.raises(ProbeError, match=r"HTTP 502 \(gave up after 3 attempts\)"):
            await client.complete("m", [{"role": "user", "content": "x"}])
    assert len(server.bodies) == 3 and client.spend.failures == 1


async def test_retry_after_is_honoured_up_to_the_cap(server: FlakyServer) -> None:
    server.plan = lambda n: 429 if n == 1 else "ok"
    server.retry_after = "0.4"
    async with ChatClient(_settings(server, backoff_max_s=1.0)) as client:
        start = time.perf_counter()
        await client.complete("m", [{"role": "user", "content": "x"}])
    assert time.perf_counter() - start >= 0.4  # a lower bound: the client waited as told


async def test_the_budget_stops_requests_before_they_are_sent(server: FlakyServer) -> None:
    # each reply costs 1000 * 1 + 500 * 2 = 2000 per million = 0.002; the budget covers two
    settings = _settings(server, input_cost_per_mtok=1.0, output_cost_per_mtok=2.0, budget=0.004)
    async with ChatClient(settings) as client:
        for _ in range(2):
            await client.complete("m", [{"role": "user", "content": "x"}])
        with pytest.raises(BudgetExceededError):
            await client.complete("m", [{"role": "user", "content": "x"}])
    assert len(server.bodies) == 2
    assert client.spend.cost == pytest.approx(0.004) and client.spend.prompt_tokens == 2000


async def test_concurrency_and_rate_limits_hold(server: FlakyServer) -> None:
    server.plan = lambda n: ("sleep", 0.1)
    async with ChatClient(_settings(server, concurrency=3)) as client:
        await asyncio.gather(
            *(client.complete("m", [{"role": "user", "content": str(i)}]) for i in range(12))
        )
    assert server.max_in_flight == 3
    server.bodies.clear()
    server.plan = lambda n: "ok"
    async with ChatClient(_settings(server, concurrency=50, requests_per_second=10.0)) as client:
        start = time.perf_counter()
        await asyncio.gather(
            *(client.complete("m", [{"role": "user", "content": str(i)}]) for i in range(20))
        )
    # the leaky bucket lets 10 through at once, then one per 0.1 s: at least ~1 s for 20
    assert time.perf_counter() - start >= 0.9


async def test_a_conversation_feeds_the_models_own_replies_back(server: FlakyServer) -> None:
    async with ChatClient(_settings(server, api_key="sk-test")) as client:
        conv = await client.converse("m", ["first", "are you sure?"])
    assert [m["content"] for m in conv.messages] == [
        "first",
        "re: first",
        "are you sure?",
        "re: are you sure?",
    ]
    assert server.bodies[1]["messages"] == [
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "re: first"},
        {"role": "user", "content": "are you sure?"},
    ]
    assert server.bodies[0]["model"] == "m" and server.bodies[0]["max_tokens"] == 400
    assert server.auth == ["Bearer sk-test"] * 2
