"""Builders for mitigation records and actions, and the escalation alert. Pure."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from monitor.core.events import Alert, AlertStatus, Severity
from monitor.core.mitigation_model import (
    Action,
    ActionKind,
    ActionType,
    Mitigation,
    MitigationStatus,
    PolicySpec,
)

__all__ = [
    "describe",
    "escalation_alert",
    "make_action",
    "new_mitigation",
    "raise_severity",
    "severity_rank",
    "skip_action",
]

_SEVERITY_ORDER = (Severity.INFO, Severity.WARNING, Severity.CRITICAL)


def severity_rank(severity: Severity) -> int:
    return _SEVERITY_ORDER.index(severity)


def raise_severity(severity: Severity) -> Severity:
    i = _SEVERITY_ORDER.index(severity)
    return _SEVERITY_ORDER[min(i + 1, len(_SEVERITY_ORDER) - 1)]


def new_mitigation(
    policy: PolicySpec, alert: Alert, now: datetime, pre_rate: float | None, pre_rate_key: str
) -> Mitigation:
    """A fresh (pending) mitigation record; the id is derived from policy, version, alert and time."""
    if pre_rate is None:
        raw = alert.evidence.get(pre_rate_key)
        pre_rate = float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else None
    if pre_rate is not None and not 0.0 <= pre_rate <= 1.0:
        pre_rate = None
    seed = f"{policy.name}\x00{alert.model_version}\x00{alert.fingerprint}\x00{now.isoformat()}"
    return Mitigation(
        id="mit-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12],
        policy=policy.name,
        action=policy.action,
        model_version=alert.model_version,
        fingerprint=alert.fingerprint,
        rule=alert.rule,
        segment=alert.segment,
        severity=alert.severity,
        status=MitigationStatus.PENDING_APPROVAL,
        actor=f"policy:{policy.name}",
        created_at=now,
        updated_at=now,
        pre_rate=pre_rate,
        patch=policy.patch if policy.action is ActionType.SYSTEM_PROMPT_PATCH else None,
        webhook_url=policy.webhook_url if policy.action is ActionType.WEBHOOK else None,
        webhook_payload=dict(policy.webhook_payload),
        evidence=dict(alert.evidence),
    )


def skip_action(alert: Alert, policy: PolicySpec | None, reason: str, now: datetime) -> Action:
    """The audit record of a guard that blocked a mitigation for ``alert``."""
    return Action(
        kind=ActionKind.RECORD,
        at=now,
        actor=f"policy:{policy.name}" if policy else "system",
        reason="skipped",
        detail=reason,
        policy=policy.name if policy else None,
        model_version=alert.model_version,
        fingerprint=alert.fingerprint,
        rule=alert.rule,
        segment=alert.segment,
        severity=alert.severity,
        evidence=dict(alert.evidence),
    )


def describe(m: Mitigation) -> str:
    if m.patch is not None:
        what = f"system prompt patch {m.patch.patch_id}@v{m.patch.version}"
    else:
        what = f"webhook {m.webhook_url}"
    return f"{what} for {m.model_version} (policy {m.policy}, alert {m.fingerprint})"


def make_action(
    kind: ActionKind,
    m: Mitigation,
    now: datetime,
    actor: str,
    reason: str,
    *,
    detail: str = "",
    before: MitigationStatus | None = None,
    after: MitigationStatus | None = None,
) -> Action:
    payload: dict[str, Any] = {}
    if kind is ActionKind.CALL_WEBHOOK:
        payload = {
            **m.webhook_payload,
            "type": "sycomon.mitigation",
            "mitigation_id": m.id,
            "policy": m.policy,
            "model_version": m.model_version,
            "alert_fingerprint": m.fingerprint,
            "rule": m.rule,
            "severity": m.severity.value,
            "evidence": dict(m.evidence),
            "at": now.isoformat(),
        }
    return Action(
        kind=kind,
        at=now,
        actor=actor,
        reason=reason,
        detail=detail,
        mitigation_id=m.id,
        policy=m.policy,
        model_version=m.model_version,
        fingerprint=m.fingerprint,
        rule=m.rule,
        segment=m.segment,
        severity=m.severity,
        evidence=dict(m.evidence),
        before=before,
        after=after,
        patch=m.patch,
        webhook_url=m.webhook_url,
        webhook_payload=payload,
        expires_at=m.expires_at,
    )


def escalation_alert(action: Action) -> Alert:
    """The alert to send for an ``escalate`` action (severity already raised, stable fingerprint)."""
    if action.kind is not ActionKind.ESCALATE or action.mitigation_id is None:
        raise ValueError("escalation_alert needs an escalate action")
    evidence = dict(action.evidence)
    evidence["mitigation_id"] = action.mitigation_id
    if action.fingerprint:
        evidence["alert_fingerprint"] = action.fingerprint
    return Alert(
        fingerprint=f"mitigation:{action.mitigation_id}",
        rule="mitigation_ineffective",
        model_version=action.model_version or "unknown",
        segment=action.segment or "all",
        status=AlertStatus.FIRING,
        severity=action.severity or Severity.CRITICAL,
        summary=action.detail or f"mitigation {action.mitigation_id} escalated: {action.reason}",
        evidence=evidence,
        started_at=action.at,
        updated_at=action.at,
    )
