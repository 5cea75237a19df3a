"""The leader's tick (faust ``on_leader`` timer): restore the durable records after a Redis loss,
evaluate the closed minutes, expire mitigations, copy the audit log to Kafka, export the rolling
views as gauges."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid

import faust

from monitor.adapters.mitigation_store import MitigationService
from monitor.adapters.prometheus import WorkerMetrics
from monitor.adapters.redis_state import RedisState
from monitor.core import windows
from monitor.errors import MonitorError, StateError
from monitor.runtime.detection import DetectionService
from monitor.runtime.durable import DurableState
from monitor.runtime.views import version_views
from monitor.settings import Settings

__all__ = ["LeaderTick"]

log = logging.getLogger(__name__)


class LeaderTick:
    """Called every ``detection.interval_s`` on the leader only; never raises (counts and logs)."""

    def __init__(
        self,
        settings: Settings,
        state: RedisState,
        durable: DurableState,
        detection: DetectionService,
        mitigation: MitigationService,
        audit: faust.TopicT,
        metrics: WorkerMetrics,
    ) -> None:
        self.settings = settings
        self.state = state
        self.durable = durable
        self.detection = detection
        self.mitigation = mitigation
        self.audit = audit
        self.metrics = metrics

    async def __call__(self) -> None:
        try:
            # first: after a Redis loss the durable records are back before detection and
            # mitigations read them (and before they could write fresh ones over them)
            epoch, _ = await self.state.epoch(uuid.uuid4().hex)
            try:
                self.metrics.redis_restored_records.inc(len(await self.durable.sync(epoch)))
            except StateError:
                if not self.durable.restored_for(epoch):
                    raise  # no detection or mitigation on a Redis that may still lack its state
                self.metrics.errors.labels("state_copy").inc()
                log.exception(
                    "copying the durable records to %s failed; retried next tick", self.settings.topics.state
                )
            await self.detection.tick()
            await self.mitigation.tick()
            try:  # the alerts and decisions of this tick are in the copy before the next tick
                await self.durable.copy(epoch)
            except StateError:
                self.metrics.errors.labels("state_copy").inc()
                log.exception("copying the durable records after the tick failed; retried next tick")
            await self.mirror_audit()
            await self.export_views()
        except MonitorError:
            self.metrics.errors.labels("detection").inc()
            log.exception("detection tick failed; the next tick retries from the last saved minute")

    async def mirror_audit(self) -> None:
        """Copy new mitigation audit entries (Redis stream) to the audit topic, at least once,
        keyed by stream id; the last id copied is kept in Redis so a new leader resumes there."""
        last = await self.state.load_json("audit", "mirrored") or "0-0"
        entries = await self.mitigation.store.tail_audit(str(last), count=500)
        if not entries:
            return
        await self.audit.maybe_declare()
        sends = [
            await self.audit.send(key=e.stream_id.encode(), value=json.dumps(e.to_json()).encode())
            for e in entries
        ]
        await asyncio.gather(*sends)
        await self.state.save_json(entries[-1].stream_id, "audit", "mirrored")

    async def export_views(self) -> None:
        """Rolling counts and rates per version and window (and per category) as gauges."""
        versions = await self.state.versions()
        if not versions:
            return
        m = self.metrics
        for version, info in (await version_views(self.state, max(versions.values()))).items():
            label = m.version_label(version)
            for window in windows.VIEW_WIDTHS:
                view = info["windows"][window]
                m.rolling_count.labels(label, window).set(view["n"])
                if view["rate"] is not None:
                    m.rolling_rate.labels(label, window).set(view["rate"])
                for category, rate in view["rate_by_category"].items():
                    if rate is not None:
                        m.category_rate.labels(label, category, window).set(rate)
