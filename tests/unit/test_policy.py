"""The mitigation state machine: modes, guards, TTLs, kill switch, verification and escalation."""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import SecretStr, ValidationError

from monitor.core.events import Alert, AlertStatus, Severity
from monitor.core.policy import (
    OPEN,
    ActionKind,
    ActionType,
    MitigationConflict,
    MitigationEngine,
    MitigationMode,
    MitigationNotFound,
    MitigationSettings,
    MitigationState,
    MitigationStatus,
    PatchSpec,
    PolicySpec,
    escalation_alert,
    restore,
    snapshot,
)
from monitor.errors import StateError

T0 = datetime(2026, 4, 25, 20, 0, tzinfo=UTC)
PATCH = PatchSpec(patch_id="anti-syco", version=2, text="Do not flatter the user.")


def s(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def alert(
    version: str = "v2",
    *,
    rule: str = "regression",
    severity: Severity = Severity.CRITICAL,
    status: AlertStatus = AlertStatus.FIRING,
    rate: float | None = 0.20,
) -> Alert:
    evidence: dict[str, float | int | str] = {"n": 900}
    if rate is not None:
        evidence["rate"] = rate
    return Alert(
        fingerprint=f"{rule}:{version}:all",
        rule=rule,
        model_version=version,
        status=status,
        severity=severity,
        summary="flagged rate up",
        evidence=evidence,
        started_at=T0,
        updated_at=T0,
    )


def engine(mode: MitigationMode = MitigationMode.AUTO, **kw: Any) -> MitigationEngine:
    base: dict[str, Any] = {
        "mode": mode,
        "policies": (PolicySpec(name="patch", patch=PATCH, min_severity=Severity.WARNING),),
        "cooldown_s": 600.0,
        "max_active": 3,
        "patch_ttl_s": 3600.0,
        "approval_ttl_s": 300.0,
        "verify_turns": 400,
        "verify_grace_s": 60.0,
        "verify_min_drop": 0.3,
    }
    base.update(kw)
    return MitigationEngine(MitigationSettings(**base))


def kinds(actions: tuple[Any, ...]) -> list[ActionKind]:
    return [a.kind for a in actions]


EMPTY = MitigationState()


def test_defaults_are_safe() -> None:
    d = MitigationSettings()
    assert d.mode is MitigationMode.DRY_RUN
    assert not d.kill_switch
    assert d.policies[0].action is ActionType.SYSTEM_PROMPT_PATCH
    assert d.policies[0].min_severity is Severity.CRITICAL


def test_mode_off_does_nothing() -> None:
    state, actions = engine(MitigationMode.OFF).decide(EMPTY, alert(), T0)
    assert actions == ()
    assert state == EMPTY
    _, unmatched = engine(MitigationMode.OFF).decide(EMPTY, alert(severity=Severity.INFO), T0)
    assert unmatched == ()
    # With mitigation on, an alert no policy covers is recorded once (why nothing was done).
    state, skipped = engine().decide(EMPTY, alert(severity=Severity.INFO), T0)
    assert [(a.kind, a.detail) for a in skipped] == [(ActionKind.RECORD, "no_policy")]
    assert engine().decide(state, alert(severity=Severity.INFO), T0).actions == ()


def test_dry_run_records_what_would_happen_and_changes_nothing() -> None:
    eng = engine(MitigationMode.DRY_RUN)
    state, actions = eng.decide(EMPTY, alert(), T0)
    assert kinds(actions) == [ActionKind.DRY_RUN]
    assert actions[0].patch == PATCH and "anti-syco" in actions[0].detail
    assert state.mitigations == ()
    # The cooldown applies to dry runs too: a repeat is recorded once as a skip, then silent.
    state, again = eng.decide(state, alert(), s(10))
    assert [(a.kind, a.detail) for a in again] == [(ActionKind.RECORD, "cooldown")]
    state, third = eng.decide(state, alert(), s(20))
    assert third == ()
    _, later = eng.decide(state, alert(), s(601))
    assert kinds(later) == [ActionKind.DRY_RUN]


def test_approval_mode_records_pending_then_applies_on_approval() -> None:
    eng = engine(MitigationMode.APPROVAL)
    state, actions = eng.decide(EMPTY, alert(), T0)
    assert kinds(actions) == [ActionKind.REQUEST_APPROVAL]
    (m,) = state.mitigations
    assert m.status is MitigationStatus.PENDING_APPROVAL
    assert f"sycomon mitigations approve {m.id}" in actions[0].detail
    state, applied = eng.approve(state, m.id, "alice", s(30))
    assert kinds(applied) == [ActionKind.APPLY_PATCH]
    assert applied[0].actor == "alice" and applied[0].before is MitigationStatus.PENDING_APPROVAL
    assert applied[0].expires_at == s(30 + 3600)
    assert state.mitigations[0].status is MitigationStatus.ACTIVE
    with pytest.raises(MitigationConflict):
        eng.approve(state, m.id, "alice", s(31))
    with pytest.raises(MitigationNotFound):
        eng.approve(state, "mit-nope", "alice", s(31))


def test_pending_approval_expires() -> None:
    eng = engine(MitigationMode.APPROVAL)
    state, _ = eng.decide(EMPTY, alert(), T0)
    mid = state.mitigations[0].id
    state, actions = eng.tick(state, s(301))
    assert [(a.kind, a.reason) for a in actions] == [(ActionKind.RECORD, "approval_expired")]
    assert state.mitigations[0].status is MitigationStatus.EXPIRED
    with pytest.raises(MitigationConflict, match="expired"):
        eng.approve(state, mid, "alice", s(302))


def test_auto_applies_once_and_never_stacks() -> None:
    eng = engine()
    state, actions = eng.decide(EMPTY, alert(), T0)
    assert kinds(actions) == [ActionKind.APPLY_PATCH]
    act = actions[0]
    assert act.model_version == "v2" and act.fingerprint == "regression:v2:all"
    assert act.evidence["rate"] == 0.20 and (act.before, act.after) == (None, MitigationStatus.ACTIVE)
    # Another rule firing for the same version, even after the cooldown: no second patch.
    state, again = eng.decide(state, alert(rule="drift"), s(700))
    assert [(a.kind, a.detail.split(":")[0]) for a in again] == [(ActionKind.RECORD, "already_mitigated")]
    assert sum(m.status in OPEN for m in state.mitigations) == 1


def test_cooldown_per_policy_and_version() -> None:
    eng = engine()
    state, _ = eng.decide(EMPTY, alert(), T0)
    state, cleared = eng.clear(state, "v2", "bob", s(10))
    assert kinds(cleared) == [ActionKind.REMOVE_PATCH]
    assert state.mitigations[0].status is MitigationStatus.CLEARED
    state, blocked = eng.decide(state, alert(), s(20))
    assert [a.detail for a in blocked] == ["cooldown"]
    # Another version is not affected by v2's cooldown.
    state, other = eng.decide(state, alert("v3"), s(20))
    assert kinds(other) == [ActionKind.APPLY_PATCH]
    _, after = eng.decide(state, alert(), s(601))
    assert kinds(after) == [ActionKind.APPLY_PATCH]


def test_cap_on_open_mitigations() -> None:
    eng = engine(max_active=2)
    state = EMPTY
    for v in ("v1", "v2"):
        state, actions = eng.decide(state, alert(v), T0)
        assert kinds(actions) == [ActionKind.APPLY_PATCH]
    state, capped = eng.decide(state, alert("v3"), T0)
    assert [a.detail for a in capped] == ["cap_reached"]
    # Pending approvals count toward the cap as well, and approval re-checks it.
    eng_a = engine(MitigationMode.APPROVAL, max_active=1)
    st_a, _ = eng_a.decide(EMPTY, alert("v1"), T0)
    st_a, capped_a = eng_a.decide(st_a, alert("v2"), T0)
    assert [a.detail for a in capped_a] == ["cap_reached"]


def test_ttl_expiry_removes_the_patch() -> None:
    eng = engine()
    state, _ = eng.decide(EMPTY, alert(), T0)
    state, early = eng.tick(state, s(3599))
    assert early == ()
    state, actions = eng.tick(state, s(3600))
    assert [(a.kind, a.reason, a.after) for a in actions] == [
        (ActionKind.REMOVE_PATCH, "ttl", MitigationStatus.EXPIRED)
    ]
    assert state.open_for("v2") is None


def test_kill_switch_from_config_blocks_everything() -> None:
    eng = engine(kill_switch=True)
    state, actions = eng.decide(EMPTY, alert(), T0)
    assert [(a.kind, a.detail) for a in actions] == [(ActionKind.RECORD, "kill_switch")]
    assert state.mitigations == ()
    _, released = eng.set_kill_switch(state, False, "ops", T0)
    assert "still engaged by configuration" in released[-1].detail


def test_runtime_kill_switch_clears_open_mitigations_and_blocks_new_ones() -> None:
    eng = engine()
    state, _ = eng.decide(EMPTY, alert("v1"), T0)
    eng_a = engine(MitigationMode.APPROVAL)
    state, _ = eng_a.decide(state, alert("v2"), T0)
    state, actions = eng.set_kill_switch(state, True, "ops", s(5))
    assert kinds(actions) == [ActionKind.REMOVE_PATCH, ActionKind.RECORD, ActionKind.KILL_SWITCH]
    assert {m.status for m in state.mitigations} == {MitigationStatus.CLEARED}
    assert state.kill_switch
    _, blocked = eng.decide(state, alert("v3"), s(6))
    assert [a.detail for a in blocked] == ["kill_switch"]
    state2, _ = eng_a.set_kill_switch(MitigationState(), False, "ops", T0)
    state2, _ = eng_a.decide(state2, alert("v4"), T0)
    state2, _ = eng_a.set_kill_switch(state2.model_copy(update={"kill_switch": True}), True, "ops", T0)
    assert state2.open_for("v4") is None


def _verify(eng: MitigationEngine, flagged_per_100: int) -> tuple[MitigationState, list[Any]]:
    state, _ = eng.decide(EMPTY, alert(rate=0.20, severity=Severity.WARNING), T0)
    out: list[Any] = []
    # Inside the grace period: ignored (those turns were likely served before the patch).
    state, ignored = eng.observe(state, "v2", 1000, 500, s(30))
    assert ignored == ()
    assert state.mitigations[0].post_scored == 0
    for i in range(4):
        state, actions = eng.observe(state, "v2", 100, flagged_per_100, s(61 + i))
        out.extend(actions)
    return state, out


def test_verification_success() -> None:
    state, actions = _verify(engine(), flagged_per_100=10)  # 20% -> 10%: fell by 50% >= 30%
    assert [(a.kind, a.reason) for a in actions] == [
        (ActionKind.RECORD, "verifying"),
        (ActionKind.VERIFIED, "verified"),
    ]
    m = state.mitigations[0]
    assert m.status is MitigationStatus.VERIFIED and m.post_scored == 400
    assert m.evidence["post_rate"] == pytest.approx(0.10)


def test_verification_failure_escalates_instead_of_stacking() -> None:
    eng = engine()
    state, actions = _verify(eng, flagged_per_100=16)  # 20% -> 16%: fell by 20% < 30%
    assert kinds(actions)[-1] is ActionKind.ESCALATE
    esc = actions[-1]
    assert esc.severity is Severity.CRITICAL  # raised from warning
    assert esc.evidence["post_rate"] == pytest.approx(0.16)
    assert esc.evidence["target_rate"] == pytest.approx(0.14)
    m = state.mitigations[0]
    assert m.status is MitigationStatus.ESCALATED
    # The detector keeps firing: recorded as a skip, never a second patch, even after the cooldown.
    state, again = eng.decide(state, alert(severity=Severity.CRITICAL), s(3000))
    assert ActionKind.APPLY_PATCH not in kinds(again)
    assert sum(x.status in OPEN for x in state.mitigations) == 1
    notice = escalation_alert(esc)
    assert notice.severity is Severity.CRITICAL and notice.status is AlertStatus.FIRING
    assert (
        notice.fingerprint == f"mitigation:{m.id}" and notice.evidence["alert_fingerprint"] == m.fingerprint
    )


def test_no_pre_rate_means_no_verification() -> None:
    eng = engine()
    state, actions = eng.decide(EMPTY, alert(rate=None), T0)
    assert "not verified" in actions[0].detail
    state, obs = eng.observe(state, "v2", 1000, 900, s(1000))
    assert obs == () and state.mitigations[0].status is MitigationStatus.ACTIVE
    # An explicit pre_rate from the caller enables it.
    _, acts = eng.decide(EMPTY, alert(rate=None), T0, pre_rate=0.3)
    assert "not verified" not in acts[0].detail


def test_resolved_alert_keeps_the_patch_and_resets_skip_memory() -> None:
    eng = engine()
    state, _ = eng.decide(EMPTY, alert(), T0)
    state, skip = eng.decide(state, alert(), s(1))
    assert len(skip) == 1 and state.skips
    state, resolved = eng.decide(state, alert(status=AlertStatus.RESOLVED), s(2))
    assert resolved == () and not state.skips
    assert state.open_for("v2") is not None


def test_policy_matching_rules_severity_and_version_glob() -> None:
    eng = engine(
        policies=(
            PolicySpec(
                name="canary-off",
                rules=("regression",),
                model_versions="canary-*",
                action=ActionType.NONE,
                min_severity=Severity.INFO,
            ),
            PolicySpec(
                name="patch", rules=("regression", "drift"), patch=PATCH, min_severity=Severity.WARNING
            ),
        )
    )
    assert eng.match(alert("canary-7")).name == "canary-off"  # type: ignore[union-attr]
    assert eng.match(alert("v2", rule="drift")).name == "patch"  # type: ignore[union-attr]
    assert eng.match(alert("v2", rule="segment")) is None
    assert eng.match(alert("v2", severity=Severity.INFO)) is None
    _, actions = eng.decide(EMPTY, alert("canary-7"), T0)
    assert [a.detail for a in actions] == ["policy_action_none"]


def test_webhook_policy_needs_a_secret_and_builds_the_payload() -> None:
    hook = PolicySpec(
        name="rollback",
        action=ActionType.WEBHOOK,
        webhook_url="http://127.0.0.1:1/rollback",
        webhook_payload={"flag": "v2_rollout"},
        min_severity=Severity.WARNING,
    )
    with pytest.raises(ValidationError, match="webhook_secret"):
        MitigationSettings(policies=(hook,))
    eng = engine(policies=(hook,), webhook_secret=SecretStr("k"))
    state, actions = eng.decide(EMPTY, alert(), T0)
    (act,) = actions
    assert act.kind is ActionKind.CALL_WEBHOOK and act.patch is None
    assert act.webhook_payload["flag"] == "v2_rollout"
    assert act.webhook_payload["mitigation_id"] == state.mitigations[0].id
    state, failed = eng.fail(state, state.mitigations[0].id, "HTTP 503", s(1))
    assert [(a.kind, a.reason) for a in failed] == [(ActionKind.ESCALATE, "action_failed")]
    assert state.mitigations[0].status is MitigationStatus.ESCALATED


def test_settings_validation() -> None:
    with pytest.raises(ValidationError):
        PolicySpec(name="p", action=ActionType.SYSTEM_PROMPT_PATCH)  # no patch
    with pytest.raises(ValidationError, match="unique"):
        MitigationSettings(policies=(PolicySpec(name="p", patch=PATCH), PolicySpec(name="p", patch=PATCH)))


def test_snapshot_restore_round_trip() -> None:
    eng = engine(MitigationMode.APPROVAL)
    state, _ = eng.decide(EMPTY, alert(), T0)
    state, _ = eng.decide(state, alert("v3"), T0)
    state, _ = eng.approve(state, state.mitigations[0].id, "alice", s(1))
    text = json.dumps(snapshot(state))
    again = restore(json.loads(text))
    assert again == state
    assert restore(json.loads(text)).mitigations[0].patch == PATCH
    with pytest.raises(StateError):
        restore({"mitigations": [{"id": 1}]})


def test_naive_now_is_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        engine().decide(EMPTY, alert(), datetime(2026, 1, 1))


def test_history_is_bounded() -> None:
    eng = engine(history_limit=2, cooldown_s=0)
    state = EMPTY
    for i in range(5):
        state, _ = eng.decide(state, alert(), s(i * 10))
        state, _ = eng.clear(state, "v2", "ops", s(i * 10 + 1))
    state, _ = eng.tick(state, s(100))
    assert len(state.mitigations) == 2


_ops = st.lists(
    st.tuples(
        st.sampled_from(["alert", "approve", "clear", "observe", "tick", "kill", "release"]),
        st.sampled_from(["v1", "v2", "v3"]),
        st.integers(0, 400),
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(_ops, st.sampled_from(list(MitigationMode)))
def test_invariants_under_random_operations(ops: list[tuple[str, str, int]], mode: MitigationMode) -> None:
    eng = engine(mode, max_active=2, verify_turns=50)
    state, t = MitigationState(), T0
    for op, version, n in ops:
        t += timedelta(seconds=n)
        if op == "alert":
            state, _ = eng.decide(state, alert(version), t)
        elif op == "approve" and state.mitigations:
            with contextlib.suppress(MitigationConflict):
                state, _ = eng.approve(state, state.mitigations[n % len(state.mitigations)].id, "op", t)
        elif op == "clear":
            state, _ = eng.clear(state, version, "op", t)
        elif op == "observe":
            state, _ = eng.observe(state, version, n, n // 5, t)
        elif op == "tick":
            state, _ = eng.tick(state, t)
        else:
            state, _ = eng.set_kill_switch(state, op == "kill", "op", t)
        open_versions = Counter(m.model_version for m in state.mitigations if m.status in OPEN)
        assert all(c == 1 for c in open_versions.values())  # never stacked
        assert sum(open_versions.values()) <= 2  # cap
        if state.kill_switch:
            assert not open_versions
        assert restore(json.loads(json.dumps(snapshot(state)))) == state
