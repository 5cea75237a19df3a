"""An OpenAI-compatible chat-completions client for probing (httpx).

:class:`ChatClient` sends ``POST {base_url}/chat/completions`` with a bounded number of requests
in flight (a semaphore), a rate limit (aiolimiter's leaky bucket), per-request timeouts and
retries of transient failures (timeouts, connection errors, 429 and 5xx) with jittered
exponential back-off (tenacity; a server's ``Retry-After`` is honoured up to the back-off cap).
Every response's ``usage`` is priced; once the spend reaches the budget, further calls raise
:class:`~monitor.errors.BudgetExceededError` before anything is sent.

:meth:`ChatClient.converse` runs a probe's user turns in order, feeding the model's own earlier
replies back as context, as a chat product does.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import httpx
from aiolimiter import AsyncLimiter
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from monitor.errors import BudgetExceededError, ProbeError
from monitor.probes.settings import ChatClientSettings

__all__ = ["ChatClient", "ChatReply", "Conversation", "Spend", "TransientError"]

Message = dict[str, str]


class TransientError(ProbeError):
    """A failure worth retrying: timeout, connection error, 429 or 5xx."""

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


@dataclass(frozen=True, slots=True)
class ChatReply:
    content: str
    prompt_tokens: int
    completion_tokens: int
    cost: float
    latency_s: float
    attempts: int


@dataclass(frozen=True, slots=True)
class Conversation:
    """The messages sent and received, in order (user, assistant, user, assistant, ...)."""

    model: str
    messages: tuple[Message, ...]
    replies: tuple[ChatReply, ...]

    @property
    def cost(self) -> float:
        return sum(r.cost for r in self.replies)


@dataclass
class Spend:
    """Tokens and money spent by one client (shared by every call it makes)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    requests: int = 0
    retries: int = 0
    failures: int = 0


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to our own back-off


class ChatClient:
    """``async with ChatClient(settings) as client: reply = await client.complete(model, messages)``.

    ``transport`` lets tests pass an ``httpx.AsyncBaseTransport``; production uses the default.
    """

    def __init__(
        self, settings: ChatClientSettings, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings
        self.spend = Spend()
        self._transport = transport
        self._http: httpx.AsyncClient | None = None
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._limiter = AsyncLimiter(max_rate=settings.requests_per_second, time_period=1.0)
        self._fallback_wait = wait_random_exponential(
            multiplier=settings.backoff_initial_s, max=settings.backoff_max_s
        )

    async def __aenter__(self) -> ChatClient:
        headers = {"content-type": "application/json"}
        if self.settings.api_key is not None:
            headers["authorization"] = f"Bearer {self.settings.api_key.get_secret_value()}"
        self._http = httpx.AsyncClient(
            base_url=self.settings.base_url.rstrip("/") + "/",
            headers=headers,
            timeout=httpx.Timeout(self.settings.timeout_s),
            transport=self._transport,
        )
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    def _price(self, prompt_tokens: int, completion_tokens: int) -> float:
        s = self.settings
        return (prompt_tokens * s.input_cost_per_mtok + completion_tokens * s.output_cost_per_mtok) / 1e6

    def _check_budget(self) -> None:
        budget = self.settings.budget
        if budget is not None and self.spend.cost >= budget:
            raise BudgetExceededError(f"probe budget spent: {self.spend.cost:.4f} of {budget:g}")

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome is not None else None
        fallback = float(self._fallback_wait(state))
        if isinstance(exc, TransientError) and exc.retry_after_s is not None:
            return min(exc.retry_after_s, self.settings.backoff_max_s)
        return fallback

    async def _once(self, model: str, messages: Sequence[Message]) -> tuple[dict[str, Any], float]:
        assert self._http is not None, "use ChatClient as an async context manager"
        self._check_budget()  # also between retries: a retry is a new request
        body = {
            "model": model,
            "messages": list(messages),
            "max_tokens": self.settings.max_tokens,
            "temperature": self.settings.temperature,
        }
        async with self._slots:
            await self._limiter.acquire()
            start = time.perf_counter()
            self.spend.requests += 1
            try:
                response = await self._http.post("chat/completions", json=body)
            except httpx.TimeoutException as exc:
                raise TransientError(f"{model}: timed out after {self.settings.timeout_s:g} s") from exc
            except httpx.TransportError as exc:
                raise TransientError(f"{model}: {type(exc).__name__}: {exc}") from exc
            latency = time.perf_counter() - start
        if response.status_code == 429 or response.status_code >= 500:
            raise TransientError(f"{model}: HTTP {response.status_code}", _retry_after(response))
        if response.status_code != 200:
            raise ProbeError(f"{model}: HTTP {response.status_code}: {response.text[:200]}")
        try:
            doc = response.json()
        except ValueError as exc:
            raise ProbeError(f"{model}: the reply is not JSON") from exc
        if not isinstance(doc, dict):
            raise ProbeError(f"{model}: the reply is not a JSON object")
        return doc, latency

    async def complete(self, model: str, messages: Sequence[Message]) -> ChatReply:
        """One chat completion (with retries); ProbeError when it cannot be had."""
        attempts = 0
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.settings.max_retries + 1),
            wait=self._wait,
            retry=retry_if_exception(lambda e: isinstance(e, TransientError)),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    attempts += 1
                    if attempts > 1:
                        self.spend.retries += 1
                    doc, latency = await self._once(model, messages)
        except TransientError as exc:
            self.spend.failures += 1
            raise ProbeError(f"{exc} (gave up after {attempts} attempts)") from exc
        except ProbeError:
            self.spend.failures += 1
            raise
        return await self._account(model, doc, latency, attempts)

    async def _account(self, model: str, doc: dict[str, Any], latency: float, attempts: int) -> ChatReply:
        try:
            content = doc["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            self.spend.failures += 1
            raise ProbeError(f"{model}: no choices[0].message.content in the reply") from exc
        if not isinstance(content, str):
            self.spend.failures += 1
            raise ProbeError(f"{model}: the reply's content is not a string")
        raw_usage = doc.get("usage")
        usage: dict[str, Any] = raw_usage if isinstance(raw_usage, dict) else {}
        prompt_tokens = int(usage.get("prompt_tokens") or 0)
        completion_tokens = int(usage.get("completion_tokens") or 0)
        cost = self._price(prompt_tokens, completion_tokens)
        self.spend.prompt_tokens += prompt_tokens  # one event loop: no await between these
        self.spend.completion_tokens += completion_tokens
        self.spend.cost += cost
        return ChatReply(content, prompt_tokens, completion_tokens, cost, latency, attempts)

    async def converse(
        self, model: str, user_turns: Sequence[str], system: str | None = None
    ) -> Conversation:
        """Send ``user_turns`` one by one, each with the conversation so far (the model's own
        replies included)."""
        messages: list[Message] = [{"role": "system", "content": system}] if system else []
        replies: list[ChatReply] = []
        for turn in user_turns:
            messages.append({"role": "user", "content": turn})
            reply = await self.complete(model, messages)
            messages.append({"role": "assistant", "content": reply.content})
            replies.append(reply)
        return Conversation(model, tuple(messages), tuple(replies))
