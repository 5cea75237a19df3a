"""Wire and domain records: the event contract (see docs/events.md).

Everything that crosses a process boundary is one of these pydantic models. Decoding raw
bytes into a :class:`ResponseEvent` never raises anything but
:class:`~monitor.errors.InvalidEventError`, whose ``reason`` becomes the dead letter's.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    ValidationError,
    field_validator,
)

from monitor.core.categories import Category
from monitor.errors import InvalidEventError

__all__ = [
    "SCHEMA_VERSION",
    "Alert",
    "AlertStatus",
    "ContextMessage",
    "DeadLetter",
    "EventLimits",
    "Feedback",
    "ResponseEvent",
    "ScoredTurn",
    "Severity",
    "decode_event",
]

SCHEMA_VERSION = 1
"""The only ``schema_version`` this build accepts."""
DEAD_LETTER_RAW_BYTES = 16 * 1024
"""Default bound of the raw prefix a dead letter keeps."""

Feedback = Literal["up", "down"]
_Id = Annotated[str, StringConstraints(min_length=1, max_length=256)]
NAME_PATTERN = r"^[A-Za-z0-9._/+-]{1,128}$"
"""Model versions and segment tags: they become parts of Redis keys (``:``-separated), segment
names (``key=value``) and Prometheus label values, so no ``:``, ``=``, whitespace or control."""
_Name = Annotated[str, StringConstraints(pattern=NAME_PATTERN)]
_Tag = Annotated[str, StringConstraints(max_length=64, pattern=NAME_PATTERN)]
MIN_TIMESTAMP = datetime(2000, 1, 1, tzinfo=UTC)
MAX_TIMESTAMP = datetime(2100, 1, 1, tzinfo=UTC)
"""The contract's bounds on ``timestamp`` (the event-time policy of the pipeline is narrower)."""


@dataclass(frozen=True, slots=True)
class EventLimits:
    """Size limits enforced on decode (configurable via ``Settings.limits``)."""

    max_text_bytes: int = 32 * 1024
    max_context_turns: int = 20
    max_record_bytes: int = 1024 * 1024
    max_segment_tags: int = 8
    dead_letter_raw_bytes: int = DEAD_LETTER_RAW_BYTES
    """At most this many bytes of an invalid record are kept in its dead letter (a prefix)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=False)


class ContextMessage(_Frozen):
    """An earlier turn of the conversation."""

    role: Literal["user", "assistant", "system"]
    content: str


class ResponseEvent(_Frozen):
    """One sampled live turn, as published by a gateway to ``sycomon.responses``.

    Unknown fields are ignored (dropped, not kept): gateways may add fields before the
    monitor knows them, and unknown fields may hold user text we do not want to carry.
    """

    schema_version: Literal[1] = Field(description="Contract version; only the integer 1 is accepted.")
    event_id: _Id = Field(description="Idempotency key, unique per turn.")
    timestamp: AwareDatetime = Field(
        description="When the reply was served: an RFC 3339 string with offset, years 2000 to 2099."
    )
    model_version: _Name = Field(description="The serving model's version, [A-Za-z0-9._/+-]{1,128}.")
    conversation_id: _Id
    prompt: str = Field(description="The user's latest message.")
    response: str = Field(description="The assistant's reply.")
    context: tuple[ContextMessage, ...] = Field(default=(), description="Earlier turns, oldest first.")
    system_prompt_version: _Id | None = None
    feedback: Feedback | None = Field(default=None, description="Thumbs up/down, if the user gave one.")
    memory_enabled: StrictBool | None = Field(default=None, description="A JSON boolean (not 'yes' or 1).")
    segment: dict[_Tag, _Tag] = Field(
        default_factory=dict,
        description="Low-cardinality tags such as locale or surface, keys and values [A-Za-z0-9._/+-]{1,64}.",
    )

    @field_validator("timestamp", mode="before")
    @classmethod
    def _timestamp_is_a_string(cls, value: object) -> object:
        if not isinstance(value, str | datetime):
            raise ValueError("must be an RFC 3339 string (numbers are not accepted)")
        return value

    @field_validator("timestamp")
    @classmethod
    def _timestamp_in_contract_range(cls, value: datetime) -> datetime:
        if not MIN_TIMESTAMP <= value < MAX_TIMESTAMP:
            raise ValueError(f"must be in [{MIN_TIMESTAMP.year}, {MAX_TIMESTAMP.year})")
        return value


class DeadLetter(_Frozen):
    """An input record that could not be decoded: its hash, size and a bounded prefix.

    The prefix is bounded (``EventLimits.dead_letter_raw_bytes``, 16 KiB by default) so a dead
    letter always fits under the producer's request size, whatever the record's size; the
    record itself stays in the input topic at ``topic``/``partition``/``offset`` for re-drive.
    """

    reason: str = Field(description="Machine-readable code, e.g. not_json, schema, too_large.")
    detail: str = Field(description="Human-readable explanation (no raw text).")
    raw_b64: str = Field(description="The record's first raw_b64_bytes bytes (all of it if small), base64.")
    raw_sha256: str = Field(description="SHA-256 of the whole raw record, hex.")
    raw_size: int = Field(ge=0, description="Size of the whole raw record in bytes.")
    raw_truncated: bool = Field(description="True when raw_b64 holds only a prefix of the record.")
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    line: int | None = Field(default=None, description="1-based line number for file input.")
    received_at: AwareDatetime

    @classmethod
    def of(
        cls,
        raw: bytes,
        error: InvalidEventError,
        received_at: datetime,
        *,
        topic: str | None = None,
        partition: int | None = None,
        offset: int | None = None,
        line: int | None = None,
        keep_bytes: int = DEAD_LETTER_RAW_BYTES,
    ) -> DeadLetter:
        kept = raw[: max(keep_bytes, 0)]
        return cls(
            reason=error.reason,
            detail=error.detail,
            raw_b64=base64.b64encode(kept).decode("ascii"),
            raw_sha256=hashlib.sha256(raw).hexdigest(),
            raw_size=len(raw),
            raw_truncated=len(kept) < len(raw),
            topic=topic,
            partition=partition,
            offset=offset,
            line=line,
            received_at=received_at,
        )


class ScoredTurn(_Frozen):
    """The compact result of scoring one turn, published to ``sycomon.scores``. No raw text."""

    event_id: str
    conversation_id: str
    model_version: str
    system_prompt_version: str | None = None
    event_time: AwareDatetime
    scored_at: AwareDatetime
    score: float = Field(ge=0.0, le=1.0)
    flagged: bool
    feedback: Feedback | None = None
    memory_enabled: bool | None = None
    segment: dict[str, str] = Field(default_factory=dict)
    scorer_version: str
    latency_ms: float = Field(ge=0.0, description="Scoring time of the batch this turn was in.")
    category: Category | None = Field(
        default=None,
        description="The judge's best guess of the kind of sycophancy (also for unflagged turns); "
        "null when the model has no category head.",
    )
    category_p: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Softmax probability of that category."
    )


class AlertStatus(StrEnum):
    FIRING = "firing"
    RESOLVED = "resolved"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class Alert(_Frozen):
    """One alert state, identified by its stable ``fingerprint`` (rule, model version, segment)."""

    fingerprint: str
    rule: str
    model_version: str
    segment: str = Field(default="all", description="'all' or 'key=value', e.g. 'memory=on'.")
    status: AlertStatus
    severity: Severity
    summary: str
    evidence: dict[str, float | int | str] = Field(
        default_factory=dict,
        description="The detector's figures (rate, n, statistic, threshold, baseline...). A firing "
        "absolute or regression alert with a category-head model also says which kinds of "
        "sycophancy rose: 'categories' (e.g. 'v2: unearned praise 3.1x baseline, caving 1.6x "
        "baseline'), 'top_category', 'top_category_rate', 'top_category_baseline_rate', "
        "'top_category_ratio'. See docs/detectors.md.",
    )
    started_at: AwareDatetime
    updated_at: AwareDatetime
    resolved_at: AwareDatetime | None = None
    example_event_ids: tuple[str, ...] = ()
    runbook_url: str | None = None
    dashboard_url: str | None = None
    transition: str | None = Field(
        default=None,
        description="What this notification reports within the episode that began at started_at: "
        "'new', 'escalated:<severity>', 'repeat:<n>' (n-th renotify period) or 'resolved'. With the "
        "fingerprint and started_at it makes the idempotency key, so a notification re-fired after "
        "a state loss carries the key receivers already saw.",
    )


def _check_limits(obj: dict[str, Any], limits: EventLimits) -> None:
    for name in ("prompt", "response"):
        value = obj.get(name)
        if isinstance(value, str) and len(value.encode("utf-8")) > limits.max_text_bytes:
            raise InvalidEventError("too_large", f"{name} exceeds {limits.max_text_bytes} bytes")
    context = obj.get("context")
    if isinstance(context, list):
        if len(context) > limits.max_context_turns:
            raise InvalidEventError(
                "too_large", f"context has {len(context)} turns, limit {limits.max_context_turns}"
            )
        for i, turn in enumerate(context):
            content = turn.get("content") if isinstance(turn, dict) else None
            if isinstance(content, str) and len(content.encode("utf-8")) > limits.max_text_bytes:
                raise InvalidEventError(
                    "too_large", f"context[{i}].content exceeds {limits.max_text_bytes} bytes"
                )
    segment = obj.get("segment")
    if isinstance(segment, dict) and len(segment) > limits.max_segment_tags:
        raise InvalidEventError(
            "too_large", f"segment has {len(segment)} tags, limit {limits.max_segment_tags}"
        )


def decode_event(raw: bytes, limits: EventLimits = EventLimits()) -> ResponseEvent:
    """Decode one wire record; raise :class:`InvalidEventError` with a reason code on any defect."""
    if len(raw) > limits.max_record_bytes:
        raise InvalidEventError("too_large", f"record is {len(raw)} bytes, limit {limits.max_record_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidEventError("not_utf8", f"invalid UTF-8 at byte {exc.start}") from None
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        detail = (
            f"line {exc.lineno} column {exc.colno}: {exc.msg}"
            if isinstance(exc, json.JSONDecodeError)
            else "nested too deeply"
        )
        raise InvalidEventError("not_json", detail) from None
    if not isinstance(obj, dict):
        raise InvalidEventError("schema", f"expected a JSON object, got {type(obj).__name__}")
    version = obj.get("schema_version")
    if version is None:
        raise InvalidEventError("schema", "schema_version: field required")
    if type(version) is not int or version != SCHEMA_VERSION:  # 1.0 and true are not the integer 1
        raise InvalidEventError(
            "unknown_schema_version", f"schema_version {version!r} is not supported (want {SCHEMA_VERSION})"
        )
    _check_limits(obj, limits)
    try:
        return ResponseEvent.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)
        where = ".".join(str(p) for p in first[0]["loc"]) if first else "?"
        msg = first[0]["msg"] if first else str(exc)
        more = f" (+{len(first) - 1} more)" if len(first) > 1 else ""
        raise InvalidEventError("schema", f"{where}: {msg}{more}") from None
