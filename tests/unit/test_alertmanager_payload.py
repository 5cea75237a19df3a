"""Alertmanager payloads: severity changes close the other severities' alerts; endsAt outlives
the re-notify interval; extra_labels and firing_ends_after_s are validated at load."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from monitor.adapters.sinks.alertmanager import alertmanager_alerts
from monitor.adapters.sinks.settings import AlertmanagerSettings
from monitor.core.events import Alert, AlertStatus, Severity
from monitor.errors import ConfigError
from monitor.settings import load_settings

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _alert(status: AlertStatus, severity: Severity) -> Alert:
    return Alert(
        fingerprint="fp",
        rule="regression",
        model_version="v2",
        status=status,
        severity=severity,
        summary="s",
        started_at=NOW - timedelta(hours=1),
        updated_at=NOW,
        resolved_at=NOW if status is AlertStatus.RESOLVED else None,
    )


def _ends(doc: dict[str, object]) -> datetime:
    return datetime.fromisoformat(str(doc["endsAt"]).replace("Z", "+00:00"))


def test_firing_alert_resolves_its_other_severities_and_outlives_renotify() -> None:
    docs = alertmanager_alerts(
        _alert(AlertStatus.FIRING, Severity.CRITICAL),
        AlertmanagerSettings(url="http://a"),
        now=NOW,
        idempotency_key="k",
        renotify_s=240 * 60,
    )
    main, *others = docs
    assert main["labels"]["severity"] == "critical"
    assert _ends(main) - NOW >= timedelta(minutes=2 * 240)
    assert sorted(d["labels"]["severity"] for d in others) == ["info", "warning"]
    assert all(_ends(d) == NOW and d["labels"]["alertname"] == "regression" for d in others)


def test_resolve_closes_every_severity() -> None:
    docs = alertmanager_alerts(
        _alert(AlertStatus.RESOLVED, Severity.WARNING),
        AlertmanagerSettings(url="http://a"),
        now=NOW + timedelta(seconds=5),
        idempotency_key="k",
    )
    assert sorted(d["labels"]["severity"] for d in docs) == ["critical", "info", "warning"]
    assert all(_ends(d) == NOW for d in docs)


@pytest.mark.parametrize(
    "labels",
    [{"bad label": "x"}, {"1x": "y"}, {"__meta": "y"}, {"severity": "page"}, {"team": ""}, {"team-a": "x"}],
)
def test_invalid_extra_labels_are_rejected_at_load(labels: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        AlertmanagerSettings(url="http://a", extra_labels=labels)


def test_valid_extra_labels_pass() -> None:
    settings = AlertmanagerSettings(url="http://a", extra_labels={"team": "ml", "_x1": "y"})
    assert settings.extra_labels["team"] == "ml"


def test_firing_ends_after_must_exceed_renotify() -> None:
    with pytest.raises(ConfigError, match="firing_ends_after_s"):
        load_settings(sinks={"alertmanager": {"url": "http://a", "firing_ends_after_s": 300}})
    ok = load_settings(
        sinks={"alertmanager": {"url": "http://a", "firing_ends_after_s": 300}},
        alerting={"renotify_minutes": 4},
    )
    assert ok.sinks.alertmanager is not None
