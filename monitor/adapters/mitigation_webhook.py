"""The ``webhook`` mitigation action: a signed JSON POST to a rollback or feature-flag endpoint.

Body: the action's ``webhook_payload`` (``{"type": "sycomon.mitigation", "mitigation_id": ...,
"model_version": ..., "alert_fingerprint": ..., "evidence": {...}, ...}`` plus the policy's static
fields), compact JSON with sorted keys. Headers: ``X-Sycomon-Timestamp``,
``X-Sycomon-Signature`` (HMAC-SHA256, :mod:`monitor.core.signing`, verify with
:func:`monitor.core.signing.verify`) and ``Idempotency-Key`` (the mitigation id).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import SecretStr

from monitor.core.signing import signed_headers
from monitor.errors import SinkError

__all__ = ["IDEMPOTENCY_HEADER", "SignedWebhookCaller", "webhook_body"]

log = logging.getLogger(__name__)

IDEMPOTENCY_HEADER = "Idempotency-Key"


def webhook_body(payload: Mapping[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode("utf-8")


class SignedWebhookCaller:
    """POSTs signed JSON. Owns its httpx client unless one is passed in; call :meth:`aclose`."""

    def __init__(
        self,
        secret: SecretStr,
        *,
        timeout_s: float = 5.0,
        client: httpx.AsyncClient | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not secret.get_secret_value():
            raise SinkError("webhook mitigation needs a non-empty secret")
        self._secret = secret
        self._timeout = httpx.Timeout(timeout_s)
        self._client = client
        self._owns_client = client is None
        self._clock = clock

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(follow_redirects=False)
        return self._client

    async def call(self, url: str, payload: Mapping[str, Any], *, idempotency_key: str) -> int:
        """POST ``payload``; the status code on 2xx, :class:`SinkError` otherwise."""
        body = webhook_body(payload)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "sycomon-mitigation/1",
            IDEMPOTENCY_HEADER: idempotency_key,
            **signed_headers([self._secret.get_secret_value().encode("utf-8")], int(self._clock()), body),
        }
        host = urlsplit(url).netloc  # never log paths or queries: they may carry tokens
        try:
            response = await self._http().post(url, content=body, headers=headers, timeout=self._timeout)
        except httpx.HTTPError as exc:
            raise SinkError(f"mitigation webhook to {host} failed: {type(exc).__name__}") from exc
        if not 200 <= response.status_code < 300:
            raise SinkError(f"mitigation webhook to {host} answered HTTP {response.status_code}")
        log.info(
            "mitigation webhook %s delivered to %s (HTTP %d)", idempotency_key, host, response.status_code
        )
        return response.status_code

    async def aclose(self) -> None:
        if self._owns_client and self._client is not None:
            await self._client.aclose()
            self._client = None

    async def __aenter__(self) -> SignedWebhookCaller:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
