"""Which kinds rose: from minute buckets with categories, through the detection loop, to the
alert payload and its Slack / PagerDuty / Alertmanager renderings."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from pydantic import SecretStr

from monitor.adapters.sinks.alertmanager import alertmanager_alert
from monitor.adapters.sinks.pagerduty import pagerduty_event
from monitor.adapters.sinks.render import evidence_view
from monitor.adapters.sinks.settings import AlertmanagerSettings, PagerDutySettings
from monitor.adapters.sinks.slack import slack_message
from monitor.core import windows as W
from monitor.core.alerting import AlertingSettings
from monitor.core.detection import DetectionLoop
from monitor.core.detectors import DetectorSettings
from monitor.core.events import Alert, AlertStatus, ScoredTurn

T0 = datetime(2026, 4, 25, 12, 0, tzinfo=UTC)


def _turns(version: str, minute: int, n: int, kinds: dict[str, int]) -> list[ScoredTurn]:
    out, i = [], 0
    for kind, count in kinds.items():
        for _ in range(count):
            out.append((kind, True))
    out += [("caving", False)] * (n - len(out))
    turns = []
    for i, (kind, flagged) in enumerate(out):
        turns.append(
            ScoredTurn(
                event_id=f"{version}-{minute}-{i}",
                conversation_id=f"c{i}",
                model_version=version,
                event_time=T0 + timedelta(minutes=minute, seconds=i % 60),
                scored_at=T0,
                score=0.9 if flagged else 0.1,
                flagged=flagged,
                scorer_version="t",
                latency_ms=1.0,
                category=kind,
                category_p=0.8,  # type: ignore[arg-type]
            )
        )
    return turns


def _firing_alerts() -> list[Alert]:
    buckets: dict[W.BucketKey, W.Bucket] = {}
    offset = 0
    for minute in range(30):
        batch = _turns("v1", minute, 200, {"unearned_praise": 4, "caving": 4})
        batch += _turns("v2", minute, 100, {"unearned_praise": 25, "caving": 2})
        W.apply_turns(buckets, [(offset + i, t) for i, t in enumerate(batch)])
        offset += len(batch)
    loop = DetectionLoop(DetectorSettings(absolute_min_samples=100), AlertingSettings())
    by_minute: dict[int, dict[tuple[str, str], W.Bucket]] = {}
    for key, b in buckets.items():
        by_minute.setdefault(key.minute, {})[(key.model_version, key.segment)] = b
    alerts: list[Alert] = []
    for minute in sorted(by_minute):
        alerts += loop.step(minute, by_minute[minute])
    return [a for a in alerts if a.status is AlertStatus.FIRING and a.model_version == "v2"]


def test_alert_evidence_and_every_rendering_name_the_kinds_that_rose() -> None:
    alerts = {a.rule: a for a in _firing_alerts()}
    assert {"regression", "absolute"} <= set(alerts)
    for rule in ("regression", "absolute"):
        alert = alerts[rule]
        kinds = alert.evidence["categories"]
        assert str(kinds).startswith("v2: unearned praise 12.5x baseline"), kinds
        assert alert.evidence["top_category"] == "unearned_praise"
        assert "unearned praise 12.5x baseline" in alert.summary
        payload = json.loads(alert.model_dump_json())  # the alert.v1 payload (webhook, outbox)
        assert payload["evidence"]["top_category"] == "unearned_praise"
    alert = alerts["regression"]
    view = evidence_view(alert.evidence)
    assert view.kinds == alert.evidence["categories"] and "top_category" not in view.others

    slack = json.dumps(slack_message(alert))
    assert "Which kinds rose:* v2: unearned praise 12.5x baseline" in slack
    pd = pagerduty_event(alert, PagerDutySettings(routing_key=SecretStr("k")), idempotency_key="x")
    assert pd["payload"]["custom_details"]["kinds_text"].startswith("v2: unearned praise 12.5x")
    am = alertmanager_alert(alert, AlertmanagerSettings(url="http://am"), now=T0, idempotency_key="x")
    assert am["annotations"]["kinds"].startswith("v2: unearned praise 12.5x baseline")
    assert am["annotations"]["evidence_top_category"] == "unearned_praise"
