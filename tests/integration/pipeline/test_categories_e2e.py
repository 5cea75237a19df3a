"""Which kind, not only whether, end to end on real services: events in -> the scorer's category
on each ScoredTurn (scores topic) -> per-category counters in the Redis mirror and /api/versions
-> Prometheus metrics -> the alert's evidence ("v2: unearned praise 16.0x baseline") at the
Slack-format receiver."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from monitor.runtime.views import version_views
from monitor.testing import BASE_TIME
from tests.conftest import wait_until
from tests.integration.conftest import Receivers
from tests.integration.pipeline.harness import Worker, consume_until, create_topic, produce, redis_buckets
from tests.integration.pipeline.test_detection_e2e import alerting_env, incident

pytestmark = pytest.mark.integration


def kind(version: str, minute: int, draw: int, flagged: bool) -> str:
    """v1 at 5 % flagged (half caving, half unearned praise); v2 likewise for 10 minutes, then
    50 % flagged, four in five of them unearned praise. Unflagged turns are named too (the
    judge's best guess of the kind for every turn) and must not be counted."""
    if not flagged:
        return "moral_validation"
    if version == "v2" and minute >= 10:
        return "caving" if draw % 5 == 0 else "unearned_praise"
    return "caving" if draw % 2 else "unearned_praise"


async def test_categories_flow_from_events_to_windows_metrics_and_alert_evidence(
    kafka: str, redis_url: str, unique: str, receivers: Receivers, tmp_path: Path
) -> None:
    env = alerting_env(unique, kafka, redis_url, receivers)
    env.extra["SYCOMON_DETECTORS__REGRESSION_BASELINE"] = "v1"
    await create_topic(env)
    worker = Worker(env, tmp_path)
    lines = incident(minutes=40, per_minute=80, kind=kind)
    try:
        await asyncio.to_thread(worker.wait_ready)
        await produce(env, lines)

        def kinds_alert() -> bool:
            return any("unearned praise" in json.dumps(d) for d in receivers.slack.accepted.values())

        try:
            await receivers.wait_for(kinds_alert, within_s=120)
        except TimeoutError:
            raise AssertionError(
                f"no alert naming the kind; slack got {list(receivers.slack.accepted.values())[:3]}\n"
                f"{worker.log_tail(60)}"
            ) from None
        texts = [t for t in map(json.dumps, receivers.slack.accepted.values()) if "unearned praise" in t]
        assert any("Which kinds rose:* v2: unearned praise" in t and "x baseline" in t for t in texts), texts
        assert not any("moral validation" in t for t in texts)  # unflagged kinds are not counted

        # the scores topic carries the category of every turn
        def has_category(records: list[tuple[bytes | None, bytes]]) -> bool:
            return any(json.loads(v).get("category") == "unearned_praise" for _, v in records)

        scored = [json.loads(v) for _, v in await consume_until(env, f"{unique}.scores", has_category)]
        assert all(s["category"] is not None and s["category_p"] == pytest.approx(0.9) for s in scored)

        def all_scored() -> bool:
            return worker.metric("sycomon_events_total", outcome="scored") >= len(lines)

        await asyncio.to_thread(wait_until, all_scored, 120, "every event scored")

        # windows: per-category flagged counters in the Redis mirror (all partitions merged)
        buckets = await redis_buckets(env)
        v2 = [b for k, b in buckets.items() if k.model_version == "v2" and k.segment == "all"]
        kinds = ("unearned_praise", "caving", "moral_validation")
        totals = {name: sum(b.flagged_by_category()[name] for b in v2) for name in kinds}
        assert totals["unearned_praise"] > 3 * totals["caving"] > 0 and totals["moral_validation"] == 0
        assert sum(sum(b.flagged_by_category().values()) for b in v2) == sum(b.flagged for b in v2)

        # /api/versions and `sycomon versions` (the same version_views, here at the events' last
        # minute: the endpoint ends its windows at the wall clock, hours after these events)
        state = env.state()
        try:
            last = int(BASE_TIME.timestamp()) // 60 + 39
            versions = await version_views(state, last)
        finally:
            await state.close()
        assert set(worker.get("/api/versions").json()) == {"v1", "v2"}
        day = versions["v2"]["windows"]["24h"]
        assert day["flagged_by_category"]["unearned_praise"] == totals["unearned_praise"]
        assert day["rate_by_category"]["unearned_praise"] == pytest.approx(
            totals["unearned_praise"] / day["n"]
        )

        # Prometheus: the counter by kind, and the leader's per-kind window rate
        assert (
            worker.metric("sycomon_flagged_by_category_total", model_version="v2", category="unearned_praise")
            == totals["unearned_praise"]
        )
        assert worker.metric("sycomon_flagged_by_category_total", category="moral_validation") == 0
        expected = day["rate_by_category"]["unearned_praise"]

        def exported() -> bool:  # the leader exports the merged windows on its next tick
            got = worker.metric(
                "sycomon_category_rate", model_version="v2", category="unearned_praise", window="24h"
            )
            return abs(got - expected) < 1e-9

        await asyncio.to_thread(wait_until, exported, 30, "sycomon_category_rate exported")
        v1_rate = worker.metric(
            "sycomon_category_rate", model_version="v1", category="unearned_praise", window="24h"
        )
        assert expected > 5 * v1_rate > 0
    finally:
        worker.stop()
