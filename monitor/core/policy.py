"""Mitigation policies: a pure state machine deciding what to do about firing alerts.

Every operation takes the current :class:`MitigationState` and ``now`` and returns a
:class:`Step`: the new state and the actions to execute and audit, in order. Nothing here does
I/O; :class:`monitor.adapters.mitigation_store.MitigationService` loads the state from Redis,
runs an operation under a lock, executes the actions and saves the state.

States (see docs/mitigations.md)::

    firing alert --(approval)--> pending_approval --approve--> active --grace--> verifying
                 --(auto)------------------------------------> active            |
    verifying --rate fell by verify_min_drop--> verified    (in force until TTL) |
    verifying --rate did not fall-------------> escalated   (no second patch)    |
    pending/active/verifying/verified/escalated --TTL--> expired, --clear/kill switch--> cleared

Guards, checked in this order for a firing alert: a matching policy, mode not off, policy action
not none, kill switch released, no open mitigation for the version (patches never stack), the
(policy, version) cooldown, the cap on open mitigations. A guard that blocks records one ``skip``
per alert fingerprint and reason (repeats of the same alert are not re-recorded).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from fnmatch import fnmatchcase
from typing import Any, NamedTuple

from pydantic import ValidationError

from monitor.core.events import Alert, AlertStatus
from monitor.core.mitigation_actions import (
    describe,
    escalation_alert,
    make_action,
    new_mitigation,
    raise_severity,
    severity_rank,
    skip_action,
)
from monitor.core.mitigation_model import (
    IN_FORCE,
    OPEN,
    Action,
    ActionKind,
    ActionType,
    Mitigation,
    MitigationKeys,
    MitigationMode,
    MitigationSettings,
    MitigationState,
    MitigationStatus,
    PatchSpec,
    PolicySpec,
)
from monitor.errors import StateError

__all__ = [
    "Action",
    "ActionKind",
    "ActionType",
    "Mitigation",
    "MitigationConflict",
    "MitigationEngine",
    "MitigationKeys",
    "MitigationMode",
    "MitigationNotFound",
    "MitigationSettings",
    "MitigationState",
    "MitigationStatus",
    "PatchSpec",
    "PolicySpec",
    "Step",
    "escalation_alert",
    "raise_severity",
    "restore",
    "snapshot",
]


class MitigationNotFound(StateError):
    """No mitigation has the given id."""


class MitigationConflict(StateError):
    """The operation does not apply in the mitigation's current state (or the kill switch / cap)."""


class Step(NamedTuple):
    state: MitigationState
    actions: tuple[Action, ...]


def snapshot(state: MitigationState) -> dict[str, Any]:
    """The state as a JSON-able dict."""
    return state.model_dump(mode="json")


def restore(data: Any) -> MitigationState:
    """The state from :func:`snapshot` output; :class:`StateError` if it is not one."""
    try:
        return MitigationState.model_validate(data)
    except ValidationError as exc:
        raise StateError(f"mitigation state is malformed: {exc.error_count()} errors") from None


def _check_now(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")


def _replace(state: MitigationState, new: Mitigation) -> MitigationState:
    items = tuple(new if m.id == new.id else m for m in state.mitigations)
    return state.model_copy(update={"mitigations": items})


class MitigationEngine:
    """The policy state machine for one :class:`MitigationSettings`. Pure; thread-safe."""

    def __init__(self, settings: MitigationSettings) -> None:
        self.settings = settings

    # -- queries -------------------------------------------------------------------------

    def kill_switch(self, state: MitigationState) -> bool:
        return self.settings.kill_switch or state.kill_switch

    def match(self, alert: Alert) -> PolicySpec | None:
        rank = severity_rank(alert.severity)
        for p in self.settings.policies:
            if (
                rank >= severity_rank(p.min_severity)
                and fnmatchcase(alert.model_version, p.model_versions)
                and any(fnmatchcase(alert.rule, g) for g in p.rules)
            ):
                return p
        return None

    # -- operations ----------------------------------------------------------------------

    def tick(self, state: MitigationState, now: datetime) -> Step:
        """Expire pending approvals and applied mitigations whose window ended; prune history."""
        _check_now(now)
        actions: list[Action] = []
        for m in state.mitigations:
            if m.status in OPEN and m.expires_at is not None and m.expires_at <= now:
                reason = "approval_expired" if m.status is MitigationStatus.PENDING_APPROVAL else "ttl"
                state, act = self._close(state, m, MitigationStatus.EXPIRED, "system", reason, now)
                actions.append(act)
        terminal = [m for m in state.mitigations if m.status not in OPEN]
        excess = len(terminal) - self.settings.history_limit
        if excess > 0:
            drop = {m.id for m in sorted(terminal, key=lambda m: m.updated_at)[:excess]}
            state = state.model_copy(
                update={"mitigations": tuple(m for m in state.mitigations if m.id not in drop)}
            )
        return Step(state, tuple(actions))

    def decide(
        self, state: MitigationState, alert: Alert, now: datetime, *, pre_rate: float | None = None
    ) -> Step:
        """React to one alert state. ``pre_rate`` overrides ``alert.evidence[pre_rate_key]``."""
        state, actions = self.tick(state, now)
        fp = alert.fingerprint
        if alert.status is not AlertStatus.FIRING:
            if fp in state.skips:
                skips = {k: v for k, v in state.skips.items() if k != fp}
                state = state.model_copy(update={"skips": skips})
            return Step(state, actions)
        policy = self.match(alert)
        if policy is None:
            if self.settings.mode is MitigationMode.OFF:
                return Step(state, actions)
            return self._skip(state, actions, alert, None, "no_policy", now)
        mode = policy.mode or self.settings.mode
        if mode is MitigationMode.OFF:
            return Step(state, actions)
        if policy.action is ActionType.NONE:
            return self._skip(state, actions, alert, policy, "policy_action_none", now)
        if self.kill_switch(state):
            return self._skip(state, actions, alert, policy, "kill_switch", now)
        current = state.open_for(alert.model_version)
        if current is not None:
            return self._skip(state, actions, alert, policy, f"already_mitigated:{current.id}", now)
        last = state.cooldowns.get(policy.name, {}).get(alert.model_version)
        if last is not None and now - last < timedelta(seconds=self.settings.cooldown_s):
            return self._skip(state, actions, alert, policy, "cooldown", now)
        if mode is not MitigationMode.DRY_RUN and self._open_count(state) >= self.settings.max_active:
            return self._skip(state, actions, alert, policy, "cap_reached", now)

        m = new_mitigation(policy, alert, now, pre_rate, self.settings.pre_rate_key)
        cooldowns = {k: dict(v) for k, v in state.cooldowns.items()}
        cooldowns.setdefault(policy.name, {})[alert.model_version] = now
        skips = {k: v for k, v in state.skips.items() if k != fp}
        state = state.model_copy(update={"cooldowns": cooldowns, "skips": skips})
        if mode is MitigationMode.DRY_RUN:
            act = make_action(ActionKind.DRY_RUN, m, now, m.actor, "dry_run", detail=describe(m))
            return Step(state, (*actions, act))
        if mode is MitigationMode.APPROVAL:
            m = m.model_copy(update={"expires_at": now + timedelta(seconds=self.settings.approval_ttl_s)})
            state = state.model_copy(update={"mitigations": (*state.mitigations, m)})
            detail = f"{describe(m)}; approve with: sycomon mitigations approve {m.id}"
            act = make_action(
                ActionKind.REQUEST_APPROVAL,
                m,
                now,
                m.actor,
                "approval_requested",
                detail=detail,
                after=m.status,
            )
            return Step(state, (*actions, act))
        state = state.model_copy(update={"mitigations": (*state.mitigations, m)})
        state, act = self._apply(state, m, m.actor, "auto", now, before=None)
        return Step(state, (*actions, act))

    def approve(self, state: MitigationState, mitigation_id: str, actor: str, now: datetime) -> Step:
        """Apply a pending mitigation. :class:`MitigationNotFound` / :class:`MitigationConflict`."""
        state, actions = self.tick(state, now)
        m = state.get(mitigation_id)
        if m is None:
            raise MitigationNotFound(f"no mitigation {mitigation_id!r}")
        if m.status is not MitigationStatus.PENDING_APPROVAL:
            raise MitigationConflict(f"mitigation {mitigation_id} is {m.status.value}, not pending_approval")
        if self.kill_switch(state):
            raise MitigationConflict("the kill switch is engaged")
        in_force = sum(1 for x in state.mitigations if x.status in IN_FORCE)
        if in_force >= self.settings.max_active:
            raise MitigationConflict(f"{in_force} mitigations in force, cap is {self.settings.max_active}")
        state, act = self._apply(state, m, actor, "approved", now, before=m.status)
        return Step(state, (*actions, act))

    def clear(
        self,
        state: MitigationState,
        model_version: str,
        actor: str,
        now: datetime,
        *,
        reason: str = "cleared",
    ) -> Step:
        """Remove the open mitigation of a version (pending or in force). No-op if none."""
        state, actions = self.tick(state, now)
        m = state.open_for(model_version)
        if m is None:
            return Step(state, actions)
        state, act = self._close(state, m, MitigationStatus.CLEARED, actor, reason, now)
        return Step(state, (*actions, act))

    def set_kill_switch(self, state: MitigationState, engaged: bool, actor: str, now: datetime) -> Step:
        """Engage (clears every open mitigation) or release the runtime kill switch."""
        state, actions = self.tick(state, now)
        out = list(actions)
        if engaged:
            for m in [m for m in state.mitigations if m.status in OPEN]:
                state, act = self._close(state, m, MitigationStatus.CLEARED, actor, "kill_switch", now)
                out.append(act)
        state = state.model_copy(update={"kill_switch": engaged})
        detail = "engaged" if engaged else "released"
        if not engaged and self.settings.kill_switch:
            detail = "released at runtime, but still engaged by configuration"
        out.append(Action(kind=ActionKind.KILL_SWITCH, at=now, actor=actor, reason=detail, detail=detail))
        return Step(state, tuple(out))

    def observe(
        self, state: MitigationState, model_version: str, scored: int, flagged: int, now: datetime
    ) -> Step:
        """Feed the counts of ``model_version``'s turns scored since the previous call.

        Counts fed before ``verify_from`` (the grace period after applying) are ignored. Once
        ``verify_turns`` turns are counted, the post-mitigation rate is compared with the
        pre-mitigation rate: verified if it fell by ``verify_min_drop``, escalated otherwise.
        """
        if scored < 0 or not 0 <= flagged <= scored:
            raise ValueError(f"bad counts: scored={scored} flagged={flagged}")
        state, actions = self.tick(state, now)
        m = state.open_for(model_version)
        if (
            m is None
            or m.status not in (MitigationStatus.ACTIVE, MitigationStatus.VERIFYING)
            or m.verify_from is None
            or now < m.verify_from
            or scored == 0
        ):
            return Step(state, actions)
        out = list(actions)
        before = m.status
        m = m.model_copy(
            update={
                "status": MitigationStatus.VERIFYING,
                "post_scored": m.post_scored + scored,
                "post_flagged": m.post_flagged + flagged,
                "updated_at": now,
            }
        )
        if before is MitigationStatus.ACTIVE:
            out.append(
                make_action(ActionKind.RECORD, m, now, "system", "verifying", before=before, after=m.status)
            )
        if m.post_scored >= self.settings.verify_turns and m.pre_rate is not None:
            post = m.post_flagged / m.post_scored
            target = m.pre_rate * (1.0 - self.settings.verify_min_drop)
            evidence = {
                **m.evidence,
                "pre_rate": m.pre_rate,
                "post_rate": post,
                "post_scored": m.post_scored,
                "target_rate": target,
            }
            detail = (
                f"{m.model_version}: flagged rate {m.pre_rate:.2%} -> {post:.2%} over {m.post_scored} turns "
                f"(needed <= {target:.2%})"
            )
            if post <= target:
                m = m.model_copy(update={"status": MitigationStatus.VERIFIED, "evidence": evidence})
                out.append(
                    make_action(
                        ActionKind.VERIFIED,
                        m,
                        now,
                        "system",
                        "verified",
                        detail=detail,
                        before=MitigationStatus.VERIFYING,
                        after=m.status,
                    )
                )
            else:
                m = self._escalated(m, evidence)
                out.append(
                    make_action(
                        ActionKind.ESCALATE,
                        m,
                        now,
                        "system",
                        "rate_not_reduced",
                        detail=f"mitigation ineffective: {detail}",
                        before=MitigationStatus.VERIFYING,
                        after=m.status,
                    )
                )
        return Step(_replace(state, m), tuple(out))

    def fail(self, state: MitigationState, mitigation_id: str, error: str, now: datetime) -> Step:
        """An applied action failed (e.g. the rollback webhook): escalate to humans, do not retry."""
        _check_now(now)
        m = state.get(mitigation_id)
        if m is None or m.status not in IN_FORCE:
            return Step(state, ())
        before = m.status
        m = self._escalated(m.model_copy(update={"updated_at": now}), {**m.evidence, "error": error[:200]})
        act = make_action(
            ActionKind.ESCALATE,
            m,
            now,
            "system",
            "action_failed",
            detail=f"mitigation {m.id} could not be applied: {error[:200]}",
            before=before,
            after=m.status,
        )
        return Step(_replace(state, m), (act,))

    # -- helpers -------------------------------------------------------------------------

    def _open_count(self, state: MitigationState) -> int:
        return sum(1 for m in state.mitigations if m.status in OPEN)

    def _apply(
        self,
        state: MitigationState,
        m: Mitigation,
        actor: str,
        reason: str,
        now: datetime,
        *,
        before: MitigationStatus | None,
    ) -> tuple[MitigationState, Action]:
        verify = self.settings.verify_turns > 0 and m.pre_rate is not None
        m = m.model_copy(
            update={
                "status": MitigationStatus.ACTIVE,
                "actor": actor,
                "applied_at": now,
                "updated_at": now,
                "expires_at": now + timedelta(seconds=self.settings.patch_ttl_s),
                "verify_from": now + timedelta(seconds=self.settings.verify_grace_s) if verify else None,
            }
        )
        kind = (
            ActionKind.APPLY_PATCH if m.action is ActionType.SYSTEM_PROMPT_PATCH else ActionKind.CALL_WEBHOOK
        )
        detail = describe(m) + ("" if verify else "; not verified (no pre-mitigation rate or verify off)")
        act = make_action(kind, m, now, actor, reason, detail=detail, before=before, after=m.status)
        return _replace(state, m), act

    def _close(
        self,
        state: MitigationState,
        m: Mitigation,
        status: MitigationStatus,
        actor: str,
        reason: str,
        now: datetime,
    ) -> tuple[MitigationState, Action]:
        new = m.model_copy(update={"status": status, "actor": actor, "updated_at": now})
        kind = ActionKind.REMOVE_PATCH if m.patch is not None and m.status in IN_FORCE else ActionKind.RECORD
        act = make_action(kind, new, now, actor, reason, before=m.status, after=status)
        return _replace(state, new), act

    def _escalated(self, m: Mitigation, evidence: dict[str, float | int | str]) -> Mitigation:
        return m.model_copy(
            update={
                "status": MitigationStatus.ESCALATED,
                "severity": raise_severity(m.severity),
                "evidence": evidence,
            }
        )

    def _skip(
        self,
        state: MitigationState,
        actions: tuple[Action, ...],
        alert: Alert,
        policy: PolicySpec | None,
        reason: str,
        now: datetime,
    ) -> Step:
        if state.skips.get(alert.fingerprint) == reason:
            return Step(state, actions)
        state = state.model_copy(update={"skips": {**state.skips, alert.fingerprint: reason}})
        return Step(state, (*actions, skip_action(alert, policy, reason, now)))
