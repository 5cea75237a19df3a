"""Builders for the worker's long-lived adapters: the mitigation service and the alert dispatcher."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable
from datetime import datetime

import httpx
from redis.asyncio import Redis

from monitor.adapters.mitigation_store import MitigationService, MitigationStore, RedisMitigationStore
from monitor.adapters.mitigation_webhook import SignedWebhookCaller
from monitor.adapters.outbox import RedisOutbox
from monitor.adapters.sinks import build_sinks
from monitor.adapters.sinks.dispatcher import Dispatcher, StoreHook
from monitor.adapters.sinks.metrics import DeliveryMetrics
from monitor.core.events import Alert
from monitor.core.mitigation_actions import escalation_alert
from monitor.core.mitigation_model import Action, ActionKind, MitigationSettings
from monitor.core.policy import MitigationEngine
from monitor.runtime.detection import AlertQueue
from monitor.settings import Settings

__all__ = ["build_mitigation", "on_alert", "redis_mitigation_store", "run_dispatcher", "worker_mitigation"]

log = logging.getLogger(__name__)


def build_mitigation(
    settings: MitigationSettings,
    store: MitigationStore,
    *,
    outbox: AlertQueue | None = None,
    clock: Callable[[], datetime] | None = None,
    webhooks: bool = True,
) -> MitigationService:
    """The one way to build the mitigation service (worker, CLI, API, demo and replay).

    Escalations go out through ``outbox`` like any alert; ``webhooks=False`` (replay) calls no
    rollback webhook: those actions fail as with no caller configured, as they would be audited.
    :meth:`MitigationService.close` closes the store and the webhook's HTTP client."""
    webhook = None
    secret = settings.webhook_secret
    if webhooks and secret is not None and secret.get_secret_value():
        webhook = SignedWebhookCaller(secret, timeout_s=settings.webhook_timeout_s)

    async def notify(action: Action) -> None:
        log.warning(
            "mitigation %s %s model_version=%s reason=%s",
            action.kind.value,
            action.mitigation_id,
            action.model_version,
            action.reason,
        )
        if action.kind is ActionKind.ESCALATE and outbox is not None:
            await outbox.enqueue(escalation_alert(action))

    engine = MitigationEngine(settings)
    if clock is None:
        return MitigationService(store, engine, webhook=webhook, notify=notify)
    return MitigationService(store, engine, webhook=webhook, notify=notify, clock=clock)


def on_alert(service: MitigationService) -> Callable[[Alert], Awaitable[None]]:
    """The detection service's alert hook: every firing and resolved alert goes to the
    mitigation policies, with the rate the alert saw (worker and replay alike)."""

    async def hook(alert: Alert) -> None:
        rate = alert.evidence.get("rate")
        await service.handle_alert(alert, pre_rate=float(rate) if isinstance(rate, int | float) else None)

    return hook


def redis_mitigation_store(
    settings: MitigationSettings, redis_url: str, prefix: str, socket_timeout_s: float
) -> RedisMitigationStore:
    return RedisMitigationStore.from_url(
        redis_url, prefix, socket_timeout_s=socket_timeout_s, signer=settings.record_signer()
    )


def worker_mitigation(settings: Settings, outbox: AlertQueue) -> MitigationService:
    """The worker's service: the Redis store of ``settings.redis``, escalations to ``outbox``."""
    r, m = settings.redis, settings.mitigation
    store = redis_mitigation_store(m, r.url.get_secret_value(), r.prefix, r.socket_timeout_s)
    return build_mitigation(m, store, outbox=outbox)


async def run_dispatcher(
    settings: Settings, redis: Redis, metrics: DeliveryMetrics, on_store: StoreHook | None = None
) -> None:
    """Deliver the outbox to the configured sinks until cancelled (no sinks: nothing to do).

    ``on_store`` hears whether each read of the outbox succeeded (readiness)."""
    # A stable consumer name per host and port: a restarted worker takes over its own pending
    # entries at once; a dead worker's are claimed by the others after outbox.claim_idle_s.
    outbox_settings = settings.outbox.model_copy(
        update={"consumer": f"{settings.outbox.consumer}-{socket.gethostname()}-{settings.web.port}"}
    )
    outbox = RedisOutbox(redis, outbox_settings, metrics=metrics)
    async with httpx.AsyncClient() as client:
        sinks = build_sinks(settings.sinks, client, renotify_s=settings.alerting.renotify_minutes * 60.0)
        if not sinks:
            log.info("no alert sinks configured: alerts stay in the outbox stream")
            return
        async with Dispatcher(outbox, sinks, metrics, on_store=on_store):
            await asyncio.Event().wait()  # until the worker stops (task cancelled)
