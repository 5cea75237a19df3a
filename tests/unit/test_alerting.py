"""Alert lifecycle: fire after the minimum duration, dedupe, re-notify, escalate, hysteresis, resolve."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from monitor.core.alerting import AlertingSettings, AlertTracker, fingerprint
from monitor.core.detectors import Signal
from monitor.core.events import Alert, AlertStatus, Severity
from monitor.errors import StateError

T0 = datetime(2026, 4, 25, 12, 0, tzinfo=UTC)
SETTINGS = AlertingSettings(
    min_firing_minutes={"absolute": 3},
    resolve_after_minutes=10,
    renotify_minutes=60,
    stale_after_minutes=30,
    max_example_event_ids=3,
    runbook_url="https://runbooks.example/{rule}",
    dashboard_url="https://grafana.example/d/sycomon?var-version={model_version}&fp={fingerprint}",
)


def at(minute: int) -> datetime:
    return T0 + timedelta(minutes=minute)


def sig(minute: int, firing: bool, rule: str = "absolute", severity: Severity = Severity.WARNING) -> Signal:
    ev: dict[str, float | int | str] = {
        "rate": 0.2,
        "rate_low": 0.17,
        "rate_high": 0.23,
        "n": 900,
        "statistic": 0.17,
        "threshold": 0.15,
    }
    return Signal(rule, "v2", "all", severity, firing, at(minute), ev)


def test_fingerprint_is_stable() -> None:
    assert fingerprint("regression", "v2", "all") == "0c3980ef2db6605f"  # sha256("regression|v2|all")[:16]
    assert fingerprint("regression", "v2", "all", 8) == "0c3980ef"
    assert fingerprint("regression", "v2", "memory=on") != fingerprint("regression", "v2", "all")


def test_fire_after_minimum_duration_then_dedupe_renotify_and_resolve() -> None:
    tr = AlertTracker(SETTINGS)
    notes: list[tuple[int, Alert]] = []
    for m in range(0, 130):
        out = tr.process([sig(m, firing=m < 100)], at(m), examples={("v2", "all"): [f"e{m}", f"e{m + 1}"]})
        notes += [(m, a) for a in out]
    assert [(m, a.status) for m, a in notes] == [
        (3, AlertStatus.FIRING),
        (63, AlertStatus.FIRING),
        (110, AlertStatus.RESOLVED),
    ]
    first, repeat, resolved = (a for _, a in notes)
    assert first.fingerprint == fingerprint("absolute", "v2", "all")
    assert first.started_at == at(0) and first.updated_at == at(3) and first.resolved_at is None
    assert repeat.started_at == at(0) and repeat.updated_at == at(63)
    assert resolved.resolved_at == at(110) and resolved.started_at == at(0)
    assert first.example_event_ids == ("e0", "e1", "e2")  # the first ones, capped at 3
    assert first.runbook_url == "https://runbooks.example/absolute"
    assert first.dashboard_url is not None and first.fingerprint in first.dashboard_url
    assert first.evidence["rate"] == 0.2 and "20.00%" in first.summary


def test_short_blip_is_never_notified_and_hysteresis_prevents_flapping() -> None:
    tr = AlertTracker(SETTINGS)
    assert tr.process([sig(0, True)], at(0)) == [] and tr.process([sig(1, True)], at(1)) == []
    assert tr.process([sig(2, False)], at(2)) == []  # pending dropped: never notified
    assert tr.process([sig(3, True)], at(3)) == []  # a new pending period starts here
    notes = [a for m in range(3, 60) for a in tr.process([sig(m, m % 7 != 0)], at(m))]
    assert [a.status for a in notes] == [AlertStatus.FIRING]  # flapping input, one notification
    assert notes[0].started_at == at(3)


def test_sequential_rules_notify_at_once_and_severity_escalation_renotifies() -> None:
    tr = AlertTracker(SETTINGS)
    [a] = tr.process([sig(0, True, rule="regression")], at(0))
    assert a.status is AlertStatus.FIRING and a.severity is Severity.WARNING
    assert tr.process([sig(1, True, rule="regression")], at(1)) == []
    [b] = tr.process([sig(2, True, rule="regression", severity=Severity.CRITICAL)], at(2))
    assert b.severity is Severity.CRITICAL and b.fingerprint == a.fingerprint
    assert tr.process([sig(3, True, rule="regression", severity=Severity.CRITICAL)], at(3)) == []


def test_stale_alert_resolves_when_signals_stop() -> None:
    tr = AlertTracker(SETTINGS)
    assert tr.process([sig(0, True, rule="drift")], at(0))
    assert tr.process([], at(29)) == []
    [r] = tr.process([], at(30))
    assert r.status is AlertStatus.RESOLVED and r.evidence["resolution"] == "stale"
    assert tr.active(at(31)) == []


def test_snapshot_round_trip_mid_lifecycle_gives_identical_future() -> None:
    a, script = AlertTracker(SETTINGS), [(m, m < 40 or 45 <= m < 50) for m in range(90)]
    for m, firing in script[:42]:
        a.process([sig(m, firing), sig(m, firing, rule="regression")], at(m))
    b = AlertTracker.restore(SETTINGS, json.loads(json.dumps(a.snapshot())))
    assert [x.fingerprint for x in b.active(at(42))] == [x.fingerprint for x in a.active(at(42))]
    for m, firing in script[42:]:
        signals = [sig(m, firing), sig(m, firing, rule="regression")]
        assert a.process(signals, at(m)) == b.process(signals, at(m))
    assert a.snapshot() == b.snapshot() == {"version": 1, "tracks": {}}


def test_rejects_naive_time_and_malformed_snapshot() -> None:
    tr = AlertTracker(SETTINGS)
    with pytest.raises(ValueError):
        tr.process([], datetime(2026, 1, 1))  # naive on purpose
    with pytest.raises(StateError):
        AlertTracker.restore(SETTINGS, {"version": 1, "tracks": {"x": {"phase": "firing"}}})
    with pytest.raises(StateError):
        AlertTracker.restore(SETTINGS, {"version": 2})


def test_link_templates_url_encode_the_substituted_values() -> None:
    tr = AlertTracker(SETTINGS)
    odd = Signal("regression", "org/m+1 x&y", "locale=de", Severity.CRITICAL, True, at(0), {"rate": 0.3})
    (alert,) = tr.process([odd], at(0))
    assert alert.dashboard_url is not None
    assert alert.dashboard_url.startswith(
        "https://grafana.example/d/sycomon?var-version=org%2Fm%2B1%20x%26y&fp="
    )
    (resolved_first,) = AlertTracker(
        SETTINGS.model_copy(update={"runbook_url": "https://r.example/{segment}"})
    ).process([odd], at(0))
    assert resolved_first.runbook_url == "https://r.example/locale%3Dde"


def _keys(
    tracker: AlertTracker, minutes: range, firing: bool = True, severity: Severity = Severity.WARNING
) -> list[tuple[str, str | None, str]]:
    from monitor.adapters.sinks.base import idempotency_key

    out = []
    for m in minutes:
        for a in tracker.process([sig(m, firing, severity=severity)], at(m)):
            out.append((a.status.value, a.transition, idempotency_key(a)))
    return out


def test_a_notification_re_fired_after_a_state_loss_carries_the_same_idempotency_key() -> None:
    """Keys come from fingerprint + episode start + transition, not from when it was sent: a
    tracker that lost its state (Redis loss) and re-evaluates the same minutes re-fires the
    notification receivers already have, with the same key, so they drop it."""
    before = _keys(AlertTracker(SETTINGS), range(0, 8))
    assert [(s, t) for s, t, _ in before] == [("firing", "new")]
    lost = AlertTracker(SETTINGS)  # the snapshot is gone: a fresh tracker sees the same minutes
    again = _keys(lost, range(0, 8))
    assert again == before
    # the rest of the episode: escalation, renotify periods, resolution: distinct keys
    more = _keys(lost, range(8, 10), severity=Severity.CRITICAL) + _keys(lost, range(10, 130))
    more += _keys(lost, range(130, 145), firing=False)
    assert [(s, t) for s, t, _ in more] == [
        ("firing", "escalated:critical"),
        ("firing", "repeat:1"),
        ("firing", "repeat:2"),
        ("resolved", "resolved"),
    ]
    assert len({k for *_, k in before + more}) == 5


def test_a_new_episode_gets_new_keys() -> None:
    tracker = AlertTracker(SETTINGS)
    first = _keys(tracker, range(0, 5)) + _keys(tracker, range(5, 17), firing=False)
    second = _keys(tracker, range(20, 25))
    assert [t for _, t, _ in first] == ["new", "resolved"] and [t for _, t, _ in second] == ["new"]
    assert first[0][2] != second[0][2]


def test_the_key_ignores_when_a_notification_was_sent_and_what_it_said() -> None:
    """A re-fire after a loss is evaluated later and on rebuilt figures: same episode and
    transition, same key; another transition or another episode, another key."""
    from monitor.adapters.sinks.base import idempotency_key

    tracker = AlertTracker(SETTINGS)
    (first,) = [a for m in range(0, 4) for a in tracker.process([sig(m, True)], at(m))]
    later = first.model_copy(update={"updated_at": at(17), "evidence": {"rate": 0.3}, "summary": "x"})
    assert idempotency_key(later) == idempotency_key(first)
    assert idempotency_key(first.model_copy(update={"transition": "repeat:1"})) != idempotency_key(first)
    assert idempotency_key(first.model_copy(update={"started_at": at(1)})) != idempotency_key(first)
