"""Mitigation data: settings, policies, the per-mitigation record, actions and the state document.

Pure (pydantic only). The state machine that moves these around is :mod:`monitor.core.policy`;
docs/mitigations.md describes policies, modes and the Redis key layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    StringConstraints,
    model_validator,
)

from monitor.core.events import Severity
from monitor.core.record_signing import RecordSigner

__all__ = [
    "DEFAULT_PATCH",
    "IN_FORCE",
    "OPEN",
    "Action",
    "ActionKind",
    "ActionType",
    "ActivePatch",
    "Mitigation",
    "MitigationKeys",
    "MitigationMode",
    "MitigationSettings",
    "MitigationState",
    "MitigationStatus",
    "PatchSpec",
    "PolicySpec",
    "compose_prompt",
    "patch_domain",
    "sampling_domain",
]

_Name = Annotated[str, StringConstraints(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:@+-]+$")]
Evidence = dict[str, float | int | str]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MitigationMode(StrEnum):
    """How far the monitor may go on its own."""

    OFF = "off"  # do nothing, record nothing
    DRY_RUN = "dry_run"  # decide, record and notify what would happen; change nothing
    APPROVAL = "approval"  # record a pending mitigation; an operator approves it
    AUTO = "auto"  # apply at once


class ActionType(StrEnum):
    """What a policy does about a matching alert."""

    SYSTEM_PROMPT_PATCH = "system_prompt_patch"
    WEBHOOK = "webhook"
    NONE = "none"


class MitigationStatus(StrEnum):
    """States of one mitigation (see the diagram in docs/mitigations.md)."""

    PENDING_APPROVAL = "pending_approval"  # waiting for an operator; expires after approval_ttl_s
    ACTIVE = "active"  # applied; verification not (yet) running (grace period, or no baseline rate)
    VERIFYING = "verifying"  # applied; counting the next verify_turns scored turns of the version
    VERIFIED = "verified"  # applied; the rate fell as required; stays in force until its TTL
    ESCALATED = "escalated"  # applied; the rate did not fall (or the action failed); humans take over
    EXPIRED = "expired"  # terminal: TTL reached (or approval never came)
    CLEARED = "cleared"  # terminal: removed by an operator or the kill switch


IN_FORCE = frozenset(
    {
        MitigationStatus.ACTIVE,
        MitigationStatus.VERIFYING,
        MitigationStatus.VERIFIED,
        MitigationStatus.ESCALATED,
    }
)
"""Statuses in which a mitigation's effect is live (they count toward ``max_active``)."""
OPEN = IN_FORCE | {MitigationStatus.PENDING_APPROVAL}
"""Non-terminal statuses. A model version has at most one open mitigation: patches never stack."""


class PatchSpec(_Frozen):
    """A versioned system-prompt patch, appended to the gateway's base prompt."""

    patch_id: _Name
    version: int = Field(default=1, ge=1)
    text: str = Field(min_length=1, max_length=8192)


DEFAULT_PATCH = PatchSpec(
    patch_id="anti-sycophancy",
    version=1,
    text=(
        "Be honest rather than agreeable. Do not flatter the user or praise their ideas unless the praise "
        "is specific and earned. If the user is wrong, say so clearly and explain why. Do not change a "
        "correct answer because the user pushes back; change it only for a better argument or new evidence. "
        "Do not encourage decisions that could harm the user (e.g. stopping medication) to please them."
    ),
)


class PolicySpec(_Frozen):
    """Maps alerts to an action. Policies are tried in order; the first match wins."""

    name: _Name
    rules: tuple[str, ...] = Field(default=("*",), description="fnmatch globs on Alert.rule.")
    min_severity: Severity = Field(default=Severity.CRITICAL, description="Alerts below this are ignored.")
    model_versions: str = Field(default="*", description="fnmatch glob on Alert.model_version.")
    action: ActionType = ActionType.SYSTEM_PROMPT_PATCH
    patch: PatchSpec | None = None
    webhook_url: str | None = Field(default=None, description="Rollback / feature-flag endpoint (POST).")
    webhook_payload: dict[str, str] = Field(
        default_factory=dict, description="Static fields merged into the webhook body, e.g. flag names."
    )
    mode: MitigationMode | None = Field(default=None, description="Overrides MitigationSettings.mode.")

    @model_validator(mode="after")
    def _action_has_target(self) -> Self:
        if self.action is ActionType.SYSTEM_PROMPT_PATCH and self.patch is None:
            raise ValueError(f"policy {self.name!r}: system_prompt_patch needs a patch")
        if self.action is ActionType.WEBHOOK and not self.webhook_url:
            raise ValueError(f"policy {self.name!r}: webhook needs webhook_url")
        if self.webhook_url and not self.webhook_url.startswith(("http://", "https://")):
            raise ValueError(f"policy {self.name!r}: webhook_url must be http(s)")
        return self


def _default_policies() -> tuple[PolicySpec, ...]:
    return (PolicySpec(name="anti-sycophancy-patch", patch=DEFAULT_PATCH),)


class MitigationSettings(_Frozen):
    """Mitigation knobs (``Settings.mitigation``; env ``SYCOMON_MITIGATION__...``)."""

    mode: MitigationMode = Field(default=MitigationMode.DRY_RUN, description="Global mode.")
    kill_switch: bool = Field(default=False, description="True = no mitigation is ever applied.")
    policies: tuple[PolicySpec, ...] = Field(
        default_factory=_default_policies,
        description="Default: patch any version with a critical alert with the anti-sycophancy patch.",
    )
    cooldown_s: float = Field(
        default=3600.0, ge=0, description="Min time between starts per (policy, version)."
    )
    max_active: int = Field(default=3, ge=1, description="Cap on open (in-force + pending) mitigations.")
    patch_ttl_s: float = Field(default=6 * 3600.0, gt=0, description="How long an applied mitigation stays.")
    approval_ttl_s: float = Field(default=3600.0, gt=0, description="How long a pending approval waits.")
    verify_turns: int = Field(default=400, ge=0, description="Scored turns compared after applying; 0 = off.")
    verify_grace_s: float = Field(
        default=120.0, ge=0, description="Turns fed within this time after applying are not counted."
    )
    verify_min_drop: float = Field(
        default=0.3, gt=0, le=1, description="Required relative fall of the flagged rate, e.g. 0.3 = -30%."
    )
    pre_rate_key: str = Field(default="rate", description="Alert.evidence key holding the observed rate.")
    history_limit: int = Field(default=200, ge=0, description="Terminal mitigations kept for `list`.")
    webhook_secret: SecretStr | None = Field(default=None, description="HMAC key for webhook actions.")
    webhook_timeout_s: float = Field(default=5.0, gt=0)
    signing_key: SecretStr | None = Field(
        default=None,
        description="HMAC key signing patches and sampling overrides (readers ignore unsigned ones).",
    )
    signing_key_id: str = Field(default="k1", min_length=1, description="Id of signing_key, in each record.")
    verify_keys: dict[str, SecretStr] = Field(
        default_factory=dict, description="Older keys (id -> key) still accepted while rotating."
    )

    def record_signer(self) -> RecordSigner | None:
        """The signer of patches and overrides; None when no key is configured."""
        if self.signing_key is None or not self.signing_key.get_secret_value():
            return None
        return RecordSigner(self.signing_key_id, self.signing_key.get_secret_value().encode())

    def record_keys(self) -> dict[str, bytes]:
        """Every key id a reader accepts: the signing key and the rotation keys."""
        keys = {kid: k.get_secret_value().encode() for kid, k in self.verify_keys.items()}
        if (signer := self.record_signer()) is not None:
            keys[signer.key_id] = signer.secret
        return keys

    @model_validator(mode="after")
    def _webhooks_are_signed(self) -> Self:
        names = [p.name for p in self.policies]
        if len(set(names)) != len(names):
            raise ValueError("mitigation policy names must be unique")
        if any(p.action is ActionType.WEBHOOK for p in self.policies) and (
            self.webhook_secret is None or not self.webhook_secret.get_secret_value()
        ):
            raise ValueError("webhook mitigation policies need mitigation.webhook_secret")
        return self


class Mitigation(_Frozen):
    """One mitigation's record in the state document."""

    id: str
    policy: str
    action: ActionType
    model_version: str
    fingerprint: str
    rule: str
    segment: str = "all"
    severity: Severity
    status: MitigationStatus
    actor: str = Field(description="Who created or last moved it: policy:<name>, an operator, system.")
    created_at: AwareDatetime
    updated_at: AwareDatetime
    applied_at: AwareDatetime | None = None
    expires_at: AwareDatetime | None = Field(default=None, description="End of the TTL or approval window.")
    verify_from: AwareDatetime | None = None
    pre_rate: float | None = None
    post_scored: int = 0
    post_flagged: int = 0
    patch: PatchSpec | None = None
    webhook_url: str | None = None
    webhook_payload: dict[str, str] = Field(default_factory=dict)
    evidence: Evidence = Field(default_factory=dict)

    @property
    def post_rate(self) -> float | None:
        return self.post_flagged / self.post_scored if self.post_scored else None


class MitigationState(_Frozen):
    """Everything the state machine needs; JSON-able (``model_dump(mode='json')``)."""

    mitigations: tuple[Mitigation, ...] = ()
    cooldowns: dict[str, dict[str, AwareDatetime]] = Field(
        default_factory=dict, description="policy -> model_version -> last start (applied, pending, dry run)."
    )
    kill_switch: bool = Field(default=False, description="Engaged at runtime (CLI/API).")
    skips: dict[str, str] = Field(
        default_factory=dict, description="fingerprint -> last skip reason, so repeats are recorded once."
    )

    def open_for(self, model_version: str) -> Mitigation | None:
        for m in self.mitigations:
            if m.model_version == model_version and m.status in OPEN:
                return m
        return None

    def get(self, mitigation_id: str) -> Mitigation | None:
        return next((m for m in self.mitigations if m.id == mitigation_id), None)


class ActionKind(StrEnum):
    """What the executor does with an action. Everything is audited; all but RECORD notify."""

    APPLY_PATCH = "apply_patch"  # store the patch for the version, announce on pub/sub
    CALL_WEBHOOK = "call_webhook"  # POST the signed body
    REMOVE_PATCH = "remove_patch"  # delete the version's patch, announce
    REQUEST_APPROVAL = "request_approval"  # notify: "approve with ..."
    DRY_RUN = "dry_run"  # notify what would have happened
    VERIFIED = "verified"  # notify: the rate fell
    ESCALATE = "escalate"  # notify with raised severity; no further patch
    KILL_SWITCH = "kill_switch"  # notify: engaged / released
    RECORD = "record"  # audit only (skips, verification start, expiries without a patch)


class Action(_Frozen):
    """One decision or effect, as audited: who, when, why (fingerprint + evidence), before/after."""

    kind: ActionKind
    at: AwareDatetime
    actor: str
    reason: str = Field(description="Short code, e.g. auto, approved, cooldown, expired, cleared.")
    detail: str = ""
    mitigation_id: str | None = None
    policy: str | None = None
    model_version: str | None = None
    fingerprint: str | None = None
    rule: str | None = None
    segment: str | None = None
    severity: Severity | None = None
    evidence: Evidence = Field(default_factory=dict)
    before: MitigationStatus | None = None
    after: MitigationStatus | None = None
    patch: PatchSpec | None = None
    webhook_url: str | None = None
    webhook_payload: dict[str, Any] = Field(default_factory=dict)
    expires_at: AwareDatetime | None = None

    @property
    def notifies(self) -> bool:
        return self.kind is not ActionKind.RECORD


@dataclass(frozen=True, slots=True)
class MitigationKeys:
    """The Redis key layout shared by the worker (adapters) and gateways (monitor.client)."""

    prefix: str = "sycomon"

    def patch(self, model_version: str) -> str:
        """Hash: patch_id, version, text, mitigation_id, model_version, applied_at, expires_at."""
        return f"{self.prefix}:mitigation:patch:{model_version}"

    @property
    def state(self) -> str:
        """String: the MitigationState JSON document (mitigations incl. pending approvals, cooldowns)."""
        return f"{self.prefix}:mitigation:state"

    @property
    def lock(self) -> str:
        return f"{self.prefix}:mitigation:lock"

    @property
    def channel(self) -> str:
        """Pub/sub channel announcing patch changes: JSON {op, model_version, patch_id, version}."""
        return f"{self.prefix}:mitigations"

    @property
    def audit(self) -> str:
        """Stream: the append-only audit log."""
        return f"{self.prefix}:audit"


class ActivePatch(_Frozen):
    """The patch in force for one model version, as stored in Redis and read by gateways."""

    model_config = ConfigDict(frozen=True, extra="ignore")  # older SDKs tolerate newer fields

    model_version: str
    mitigation_id: str
    patch_id: str
    version: int
    text: str
    applied_at: AwareDatetime
    expires_at: AwareDatetime

    @property
    def label(self) -> str:
        """``patch_id@vN``: what gateways put in ``ResponseEvent.system_prompt_version``."""
        return f"{self.patch_id}@v{self.version}"

    def to_hash(self) -> dict[str, str]:
        return {k: str(v) if not isinstance(v, datetime) else v.isoformat() for k, v in self}

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> ActivePatch:
        """Parse a Redis hash; raises pydantic.ValidationError on a malformed one."""
        return cls.model_validate(fields)


def patch_domain(model_version: str) -> str:
    """What a patch's signature is bound to (record_signing): its model version's key."""
    return f"patch:{model_version}"


def sampling_domain(model_version: str) -> str:
    """What a sampling override's signature is bound to."""
    return f"sampling:{model_version}"


def compose_prompt(base_prompt: str, patch: ActivePatch | None) -> str:
    """The effective system prompt: the base prompt, then the patch text after a blank line."""
    if patch is None:
        return base_prompt
    if not base_prompt:
        return patch.text
    return f"{base_prompt.rstrip()}\n\n{patch.text}"
