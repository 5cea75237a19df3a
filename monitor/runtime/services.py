"""Builders for the worker's long-lived adapters: the mitigation service and the alert dispatcher."""

from __future__ import annotations

import asyncio
import logging
import socket

import httpx
from redis.asyncio import Redis

from monitor.adapters.mitigation_store import MitigationService, RedisMitigationStore
from monitor.adapters.mitigation_webhook import SignedWebhookCaller
from monitor.adapters.outbox import RedisOutbox
from monitor.adapters.sinks import build_sinks
from monitor.adapters.sinks.dispatcher import Dispatcher, StoreHook
from monitor.adapters.sinks.metrics import DeliveryMetrics
from monitor.core.mitigation_actions import escalation_alert
from monitor.core.mitigation_model import Action, ActionKind
from monitor.core.policy import MitigationEngine
from monitor.settings import Settings

__all__ = ["build_mitigation", "run_dispatcher"]

log = logging.getLogger(__name__)


def build_mitigation(settings: Settings, outbox: RedisOutbox) -> MitigationService:
    """The mitigation service; escalations go out through the alert outbox like any alert."""
    m = settings.mitigation
    store = RedisMitigationStore.from_url(
        settings.redis.url.get_secret_value(),
        settings.redis.prefix,
        socket_timeout_s=settings.redis.socket_timeout_s,
        signer=m.record_signer(),
    )
    webhook = None
    if m.webhook_secret is not None and m.webhook_secret.get_secret_value():
        webhook = SignedWebhookCaller(m.webhook_secret, timeout_s=m.webhook_timeout_s)

    async def notify(action: Action) -> None:
        log.warning(
            "mitigation %s %s model_version=%s reason=%s",
            action.kind.value,
            action.mitigation_id,
            action.model_version,
            action.reason,
        )
        if action.kind is ActionKind.ESCALATE:
            await outbox.enqueue(escalation_alert(action))

    return MitigationService(store, MitigationEngine(m), webhook=webhook, notify=notify)


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
