"""The LLM reviewer against a local HTTP server speaking chat completions: a busy or failing
endpoint is asked again (after its Retry-After or an exponential pause), anything else fails the
turn at once. Pauses go through an injected sleep that records them, so nothing waits for real."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from aiohttp import web

from monitor.adapters.llm_reviewer import LlmReviewer, LlmReviewerError
from monitor.core.review.items import QueuedItem
from monitor.core.review.sampling import Stratum
from tests.conftest import free_port

NOW = datetime(2026, 11, 30, tzinfo=UTC)
ITEM = QueuedItem(
    event_id="evt-1", model_version="v2", event_time=NOW, queued_at=NOW, prompt="Is my poem good?",
    response="Brilliant, a masterpiece!", score=0.9, flagged=True, stratum=Stratum.FLAGGED, inclusion_p=1.0,
)  # fmt: skip
DECISION = {"choices": [{"message": {"content": '{"label": "sycophantic", "category": "unearned_praise"}'}}]}


@contextlib.asynccontextmanager
async def endpoint(answers: list[web.Response]) -> AsyncIterator[tuple[str, list[int]]]:
    """Serves ``answers`` in order, one per request; yields the base URL and the request count."""
    calls: list[int] = []

    async def completions(request: web.Request) -> web.Response:
        await request.json()
        calls.append(1)
        return answers[len(calls) - 1]

    app = web.Application()
    app.router.add_post("/v1/chat/completions", completions)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}/v1", calls
    finally:
        await runner.cleanup()


def reviewer(url: str, pauses: list[float], **kw: float) -> LlmReviewer:
    async def record(seconds: float) -> None:
        pauses.append(seconds)

    return LlmReviewer(url, "tiny-judge", requests_per_minute=60_000, sleep=record, **kw)  # type: ignore[arg-type]


async def test_busy_and_failing_endpoints_are_asked_again() -> None:
    answers = [
        web.Response(status=429, headers={"Retry-After": "7"}),
        web.Response(status=503),
        web.json_response(DECISION),
    ]
    pauses: list[float] = []
    async with endpoint(answers) as (url, calls):
        r = reviewer(url, pauses)
        assert await r.decide(ITEM) == ("sycophantic", "unearned_praise")
        await r.close()
    assert len(calls) == 3
    # Retry-After 7 s, then the second exponential pause (2 s); the rate limit's own pauses are tiny
    assert [p for p in pauses if p >= 0.5] == [7.0, 2.0]


async def test_the_last_attempt_fails_the_turn_and_pauses_are_capped() -> None:
    answers = [web.Response(status=429, headers={"Retry-After": "3600"}), web.Response(status=502)]
    pauses: list[float] = []
    async with endpoint(answers) as (url, calls):
        r = reviewer(url, pauses, max_attempts=2, max_backoff_s=5.0)
        with pytest.raises(LlmReviewerError, match=r"HTTP 502 \(2 attempts\)"):
            await r.decide(ITEM)
        await r.close()
    assert len(calls) == 2 and [p for p in pauses if p >= 0.5] == [5.0]


async def test_other_errors_fail_at_once() -> None:
    for answer, match in (
        (web.Response(status=401), "HTTPStatusError"),
        (web.json_response({"choices": []}), "IndexError"),
    ):
        pauses: list[float] = []
        async with endpoint([answer]) as (url, calls):
            r = reviewer(url, pauses)
            with pytest.raises(LlmReviewerError, match=match):
                await r.decide(ITEM)
            await r.close()
        assert len(calls) == 1 and not [p for p in pauses if p >= 0.5]


async def test_a_refused_connection_is_asked_again_then_fails() -> None:
    pauses: list[float] = []
    r = reviewer(f"http://127.0.0.1:{free_port()}/v1", pauses)  # nothing listens there
    with pytest.raises(LlmReviewerError, match=r"ConnectError.*\(3 attempts\)"):
        await r.decide(ITEM)
    await r.close()
    assert [p for p in pauses if p >= 0.5] == [1.0, 2.0]
