"""Every sink against a real receiver on loopback: Slack/PagerDuty/webhook fakes that validate
the payload as the real services do, and a real Alertmanager routing to a local webhook."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from aiohttp import web

from monitor.adapters.sinks import (
    AlertmanagerSink,
    DeliveryError,
    Notification,
    PagerDutySink,
    SlackSink,
    WebhookSink,
    build_sinks,
)
from monitor.adapters.sinks.settings import (
    AlertmanagerSettings,
    PagerDutySettings,
    SinkSettings,
    SlackSettings,
    WebhookSettings,
)
from monitor.core.events import Alert, AlertStatus, Severity

# Fixture types live in conftest.py (not importable as a module); annotated loosely here.
Receivers = Any
AlertmanagerFixture = Any
PD_ROUTING_KEY = "0123456789abcdef0123456789abcdef"
WEBHOOK_SECRET = b"test-webhook-secret"

pytestmark = pytest.mark.integration

T0 = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)
SLACK_TOKEN = "T000/B000/XXXXSECRETXXXX"


def make_alert(
    status: AlertStatus = AlertStatus.FIRING,
    *,
    rule: str = "regression",
    version: str = "gpt-x-2",
    severity: Severity = Severity.CRITICAL,
    updated: datetime | None = None,
) -> Alert:
    resolved = status is AlertStatus.RESOLVED
    return Alert(
        fingerprint=f"fp-{rule}-{version}",
        rule=rule,
        model_version=version,
        segment="memory=on",
        status=status,
        severity=severity,
        summary=f"Flagged rate of {version} exceeds baseline by 5.1 points",
        evidence={
            "rate": 0.112,
            "rate_low": 0.095,
            "rate_high": 0.131,
            "baseline_rate": 0.061,
            "n": 1840,
            "window_minutes": 30,
            "statistic": 7.25,
            "baseline_version": "gpt-x-1",
        },
        started_at=T0,
        updated_at=updated or (T0 + timedelta(minutes=20) if resolved else T0),
        resolved_at=T0 + timedelta(minutes=20) if resolved else None,
        example_event_ids=("ev-1", "ev-2"),
        runbook_url="https://runbooks.example/sycophancy",
        dashboard_url="https://grafana.example/d/syco?var-version=gpt-x-2",
    )


def note(alert: Alert) -> Notification:
    return Notification.of(alert, T0)


@pytest.fixture
async def client() -> Any:
    async with httpx.AsyncClient() as c:
        yield c


def all_text(doc: Any) -> str:
    import json

    return json.dumps(doc)


# -- Slack -----------------------------------------------------------------------------------------


async def test_slack_block_kit_firing_and_resolved(receivers: Receivers, client: httpx.AsyncClient) -> None:
    sink = SlackSink(SlackSettings(webhook_url=f"{receivers.base}/slack/{SLACK_TOKEN}"), client)
    firing, resolved = note(make_alert()), note(make_alert(AlertStatus.RESOLVED))
    await sink.send(firing)
    await sink.send(resolved)
    assert receivers.slack.rejected == []
    fmsg, rmsg = receivers.slack.accepted[firing.key], receivers.slack.accepted[resolved.key]
    header = fmsg["blocks"][0]["text"]["text"]
    assert fmsg["blocks"][0]["type"] == "header" and "CRITICAL" in header and "regression" in header
    rheader = rmsg["blocks"][0]["text"]["text"]
    assert "Resolved" in rheader and rheader != header
    fields = {
        f["text"].split("\n")[0]: f["text"].split("\n", 1)[1]
        for b in fmsg["blocks"]
        if b["type"] == "section"
        for f in b.get("fields", [])
    }
    assert fields["*Rule*"] == "regression"
    assert fields["*Model version*"] == "gpt-x-2"
    assert fields["*Segment*"] == "memory=on"
    assert fields["*Rate*"] == "11.20% [9.50%, 13.10%]"
    assert fields["*Baseline*"] == "6.10%"
    assert fields["*n*"] == "1840"
    context = " ".join(e["text"] for b in fmsg["blocks"] if b["type"] == "context" for e in b["elements"])
    assert "<https://runbooks.example/sycophancy|Runbook>" in context
    assert "|Dashboard>" in context and "`ev-1`" in context and "baseline_version=gpt-x-1" in context
    resolved_fields = all_text(rmsg)
    assert "*Resolved*" in resolved_fields


async def test_slack_escapes_mrkdwn_and_keeps_secret_url_out_of_errors(
    receivers: Receivers, client: httpx.AsyncClient
) -> None:
    sink = SlackSink(SlackSettings(webhook_url=f"{receivers.base}/slack/{SLACK_TOKEN}"), client)
    weird = note(make_alert(version="v<2>&co"))
    await sink.send(weird)
    text = all_text(receivers.slack.accepted[weird.key]["blocks"][2])
    assert "v&lt;2&gt;&amp;co" in text and "v<2>" not in text
    receivers.slack.script = [500]
    with pytest.raises(DeliveryError) as info:
        await sink.send(note(make_alert(rule="other")))
    assert info.value.retryable and info.value.status == 500
    assert "SECRET" not in str(info.value) and SLACK_TOKEN not in repr(info.value.__dict__)


async def test_real_deliveries_log_no_secret_url(receivers: Receivers, client: httpx.AsyncClient) -> None:
    """The worker's logging setup (monitor/logsetup.py) on real deliveries: httpx logs each
    request's full URL at INFO, and a Slack webhook URL is a credential."""
    import io
    import logging

    from monitor.logsetup import QUIET_LOGGERS, configure_logging

    stream = io.StringIO()
    levels = {name: logging.getLogger(name).level for name in (*QUIET_LOGGERS, "")}
    handler = configure_logging("DEBUG", stream)
    try:
        slack = SlackSink(SlackSettings(webhook_url=f"{receivers.base}/slack/{SLACK_TOKEN}"), client)
        hook_url = f"{receivers.base}/hook?token=HOOKTOKEN"
        hook = WebhookSink(WebhookSettings(url=hook_url, secret=WEBHOOK_SECRET.decode()), client)
        firing = note(make_alert())
        await slack.send(firing)
        await hook.send(firing)
        receivers.slack.script = [500]
        with pytest.raises(DeliveryError):
            await slack.send(note(make_alert(rule="other")))
        logging.getLogger("monitor.test").info("delivered to %s", f"{receivers.base}/slack/{SLACK_TOKEN}")
    finally:
        logging.getLogger().removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    assert firing.key in receivers.slack.accepted and firing.key in receivers.hook.accepted
    out = stream.getvalue()
    assert "delivered to" in out and "sink slack answered HTTP 500" in out  # the logs are there
    for secret in (SLACK_TOKEN, "XXXXSECRETXXXX", "HOOKTOKEN", "token="):
        assert secret not in out, out


# -- PagerDuty -------------------------------------------------------------------------------------


async def test_pagerduty_trigger_then_resolve_with_dedup_key(
    receivers: Receivers, client: httpx.AsyncClient
) -> None:
    settings = PagerDutySettings(
        routing_key=PD_ROUTING_KEY,
        url=f"{receivers.base}/pd/v2/enqueue",
        severity_map={Severity.INFO: "info", Severity.WARNING: "error", Severity.CRITICAL: "critical"},
    )
    sink = PagerDutySink(settings, client)
    trig, warn = note(make_alert()), note(make_alert(rule="drift", severity=Severity.WARNING))
    res = note(make_alert(AlertStatus.RESOLVED))
    for n in (trig, warn, res):
        await sink.send(n)
    assert receivers.pd.rejected == []
    t, w, r = (receivers.pd.accepted[n.key] for n in (trig, warn, res))
    assert t["event_action"] == "trigger" and r["event_action"] == "resolve"
    assert t["dedup_key"] == r["dedup_key"] == "fp-regression-gpt-x-2"
    assert t["routing_key"] == PD_ROUTING_KEY
    assert t["payload"]["severity"] == "critical" and w["payload"]["severity"] == "error"
    assert t["payload"]["source"] == "sycophancy-monitor/gpt-x-2"
    assert t["payload"]["custom_details"]["evidence"]["n"] == 1840
    assert t["payload"]["custom_details"]["example_event_ids"] == ["ev-1", "ev-2"]
    assert {link["text"] for link in t["links"]} == {"Runbook", "Dashboard"}
    assert "payload" not in r


async def test_pagerduty_bad_routing_key_is_a_permanent_error(
    receivers: Receivers, client: httpx.AsyncClient
) -> None:
    settings = PagerDutySettings(routing_key="short", url=f"{receivers.base}/pd/v2/enqueue")
    sink = PagerDutySink(settings, client)
    with pytest.raises(DeliveryError) as info:
        await sink.send(note(make_alert()))
    assert info.value.status == 400 and not info.value.retryable
    assert "short" not in str(info.value)  # the routing key is a secret


# -- signed webhook --------------------------------------------------------------------------------


async def test_webhook_is_signed_and_verified_by_the_receiver(
    receivers: Receivers, client: httpx.AsyncClient
) -> None:
    good = WebhookSink(WebhookSettings(url=f"{receivers.base}/hook", secret=WEBHOOK_SECRET.decode()), client)
    n = note(make_alert())
    await good.send(n)
    doc = receivers.hook.accepted[n.key]
    assert doc["type"] == "sycomon.alert" and doc["alert"]["fingerprint"] == "fp-regression-gpt-x-2"

    # rotation: new secret first, the receiver still knows only the old one
    rotating = WebhookSink(
        WebhookSettings(
            url=f"{receivers.base}/hook", secret="brand-new", rotating_secrets=(WEBHOOK_SECRET.decode(),)
        ),
        client,
    )
    await rotating.send(note(make_alert(rule="drift")))
    assert len(receivers.hook.accepted) == 2

    wrong = WebhookSink(WebhookSettings(url=f"{receivers.base}/hook", secret="wrong"), client)
    with pytest.raises(DeliveryError) as info:
        await wrong.send(note(make_alert(rule="absolute")))
    assert info.value.status == 401 and not info.value.retryable
    assert "does not match" in receivers.hook.rejected[-1]

    stale = WebhookSink(
        WebhookSettings(url=f"{receivers.base}/hook", secret=WEBHOOK_SECRET.decode()),
        client,
        clock=lambda: time.time() - 3600,
    )
    with pytest.raises(DeliveryError):
        await stale.send(note(make_alert(rule="absolute")))
    assert "replay window" in receivers.hook.rejected[-1]


# -- error classification --------------------------------------------------------------------------


async def test_retryable_and_permanent_answers(receivers: Receivers, client: httpx.AsyncClient) -> None:
    sink = WebhookSink(WebhookSettings(url=f"{receivers.base}/hook", secret=WEBHOOK_SECRET.decode()), client)
    receivers.hook.retry_after = "7"
    for status, retryable in ((503, True), (429, True), (502, True), (404, False), (400, False)):
        receivers.hook.script = [status]
        with pytest.raises(DeliveryError) as info:
            await sink.send(note(make_alert()))
        assert (info.value.status, info.value.retryable) == (status, retryable)
        assert info.value.retry_after == 7.0


async def test_connection_refused_and_timeout_are_retryable(client: httpx.AsyncClient) -> None:
    closed = WebhookSink(WebhookSettings(url="http://127.0.0.1:9/hook", secret="x"), client)
    with pytest.raises(DeliveryError) as info:
        await closed.send(note(make_alert()))
    assert info.value.retryable and info.value.status is None

    never = asyncio.Event()

    async def hang(request: web.Request) -> web.Response:
        await never.wait()
        return web.Response()

    app = web.Application()
    app.router.add_post("/", hang)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        settings = WebhookSettings(url=f"http://127.0.0.1:{port}/", secret="x", timeout_s=0.2)
        slow = WebhookSink(settings, client)
        with pytest.raises(DeliveryError, match="timeout") as info:
            await slow.send(note(make_alert()))
        assert info.value.retryable
    finally:
        never.set()
        await runner.cleanup()


async def test_build_sinks_from_settings_names_each_sink(client: httpx.AsyncClient) -> None:
    settings = SinkSettings(
        slack=SlackSettings(webhook_url="http://127.0.0.1:1/slack/x"),
        alertmanager=AlertmanagerSettings(url="http://127.0.0.1:1"),
        webhook=WebhookSettings(url="http://127.0.0.1:1/hook", secret="s"),
    )
    assert [s.name for s in build_sinks(settings, client)] == ["slack", "alertmanager", "webhook"]
    assert build_sinks(SinkSettings(), client) == ()


# -- a real Alertmanager ---------------------------------------------------------------------------


async def test_alertmanager_routes_firing_and_resolved_to_the_webhook(
    alertmanager: AlertmanagerFixture, client: httpx.AsyncClient
) -> None:
    version = f"v-{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    sink = AlertmanagerSink(AlertmanagerSettings(url=alertmanager.url), client)
    firing = make_alert(version=version, updated=now)
    firing = firing.model_copy(update={"started_at": now - timedelta(minutes=1)})
    await sink.send(note(firing))

    def mine(status: str) -> Any:
        return lambda n: n["status"] == status and n["commonLabels"].get("model_version") == version

    got = await asyncio.to_thread(alertmanager.wait_for, mine("firing"), 30)
    alert = got["alerts"][0]
    assert alert["labels"] == {
        "alertname": "regression",
        "model_version": version,
        "segment": "memory=on",
        "severity": "critical",
        "service": "sycophancy-monitor",
    }
    assert alert["annotations"]["summary"].startswith("Flagged rate")
    assert alert["annotations"]["runbook_url"] == "https://runbooks.example/sycophancy"
    assert alert["generatorURL"].startswith("https://grafana.example/")

    # the API shows it active; re-posting the same alert is idempotent (same label set)
    await sink.send(note(firing))
    listed = (
        await client.get(f"{alertmanager.url}/api/v2/alerts", params={"filter": f'model_version="{version}"'})
    ).json()
    assert len(listed) == 1 and listed[0]["status"]["state"] == "active"

    end = datetime.now(UTC)  # a resolve is dated no later than when it is sent
    resolved = firing.model_copy(
        update={"status": AlertStatus.RESOLVED, "updated_at": end, "resolved_at": end}
    )
    await sink.send(note(resolved))
    done = await asyncio.to_thread(alertmanager.wait_for, mine("resolved"), 30)
    assert done["alerts"][0]["labels"]["model_version"] == version
    assert done["alerts"][0]["endsAt"].startswith(resolved.resolved_at.strftime("%Y-%m-%dT%H:%M:%S"))


async def test_alertmanager_rejects_malformed_alert(
    alertmanager: AlertmanagerFixture, client: httpx.AsyncClient
) -> None:
    # a label name Alertmanager refuses is now refused at load (AlertmanagerSettings validates
    # extra_labels); a malformed alert that gets through is still a permanent DeliveryError
    with pytest.raises(ValueError, match="label name"):
        AlertmanagerSettings(url=alertmanager.url, extra_labels={"bad label": "x"})
    sink = AlertmanagerSink(AlertmanagerSettings(url=alertmanager.url), client)
    bad = make_alert(AlertStatus.RESOLVED)
    bad = bad.model_copy(update={"resolved_at": bad.started_at - timedelta(hours=1)})  # ends before it starts
    with pytest.raises(DeliveryError) as info:
        await sink.send(note(bad))
    assert info.value.status == 400 and not info.value.retryable


async def _active(alertmanager: AlertmanagerFixture, client: httpx.AsyncClient, version: str) -> list[Any]:
    listed = (
        await client.get(
            f"{alertmanager.url}/api/v2/alerts",
            params={
                "filter": f'model_version="{version}"',
                "active": "true",
                "silenced": "false",
                "inhibited": "false",
            },
        )
    ).json()
    return [a for a in listed if a["status"]["state"] == "active"]


async def test_alertmanager_escalated_then_resolved_leaves_nothing_active(
    alertmanager: AlertmanagerFixture, client: httpx.AsyncClient
) -> None:
    version = f"v-{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    sink = AlertmanagerSink(AlertmanagerSettings(url=alertmanager.url), client)
    warning = make_alert(version=version, severity=Severity.WARNING, updated=now)
    warning = warning.model_copy(update={"started_at": now - timedelta(minutes=1)})
    await sink.send(note(warning))
    (active,) = await _active(alertmanager, client, version)
    assert active["labels"]["severity"] == "warning"

    critical = warning.model_copy(update={"severity": Severity.CRITICAL, "updated_at": now})
    await sink.send(note(critical))  # escalation: the warning alert is closed, the critical one opens
    (active,) = await _active(alertmanager, client, version)
    assert active["labels"]["severity"] == "critical"

    end = datetime.now(UTC)
    resolved = critical.model_copy(
        update={"status": AlertStatus.RESOLVED, "updated_at": end, "resolved_at": end}
    )
    await sink.send(note(resolved))
    assert await _active(alertmanager, client, version) == []


async def test_alertmanager_keeps_a_firing_alert_active_past_its_resolve_timeout(
    alertmanager: AlertmanagerFixture, client: httpx.AsyncClient
) -> None:
    """Defaults (renotify every 240 min, firing_ends_after_s unset): the alert's endsAt must lie
    beyond the next re-notification, not at Alertmanager's resolve_timeout (5 min)."""
    version = f"v-{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    sink = AlertmanagerSink(AlertmanagerSettings(url=alertmanager.url), client)
    await sink.send(note(make_alert(version=version, updated=now)))
    (active,) = await _active(alertmanager, client, version)
    ends = datetime.fromisoformat(active["endsAt"].replace("Z", "+00:00"))
    assert ends - now > timedelta(minutes=240)
