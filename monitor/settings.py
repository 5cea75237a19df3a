"""The one Settings object. Built in exactly one place (:func:`load_settings`), frozen.

Sources, highest precedence first: explicit overrides, environment (``SYCOMON_`` prefix,
``__`` for nesting, e.g. ``SYCOMON_KAFKA__BOOTSTRAP_SERVERS``), a TOML/YAML file given by
``--config``, a secrets directory (one file per field, e.g. ``/run/secrets/sycomon_redis__url``),
then the documented defaults (docs/configuration.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
    YamlConfigSettingsSource,
)

from monitor.adapters.sinks.settings import OutboxSettings, SinkSettings
from monitor.core.alerting import AlertingSettings
from monitor.core.detectors import DetectorSettings
from monitor.core.events import EventLimits
from monitor.core.eventtime import EventTimePolicy
from monitor.core.policy import MitigationSettings
from monitor.core.review.sampling import ReviewPolicy
from monitor.errors import ConfigError
from monitor.probes.settings import ProbeSettings

__all__ = [
    "DEFAULT_MODEL_DIR",
    "DetectionSettings",
    "HealthSettings",
    "KafkaSettings",
    "LimitSettings",
    "ModelSettings",
    "PipelineSettings",
    "PrivacySettings",
    "RedisSettings",
    "ReviewSettings",
    "SamplingSettings",
    "Settings",
    "TopicSettings",
    "WebSettings",
    "load_settings",
    "redacted_dump",
]

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "sycophancy-minilm-int8"


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class KafkaSettings(_Section):
    bootstrap_servers: str = Field(default="127.0.0.1:9092", description="Comma-separated host:port list.")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT", description="Passed through to the Kafka clients."
    )
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    session_timeout_s: float = Field(
        default=30.0,
        ge=3.0,
        description="Consumer session timeout: how fast a dead worker's partitions move.",
    )


class TopicSettings(_Section):
    responses: str = Field(default="sycomon.responses", description="Input: ResponseEvents from gateways.")
    scores: str = Field(default="sycomon.scores", description="Output: one ScoredTurn per scored event.")
    deadletter: str = Field(default="sycomon.deadletter", description="Output: invalid input records.")
    alerts: str = "sycomon.alerts"
    audit: str = "sycomon.audit"
    state: str = Field(
        default="sycomon.state",
        description="Compacted, one partition: the durable copy of mitigations, patches, sampling "
        "overrides and detector state, written back into Redis after it lost its data (docs/state.md).",
    )
    labels: str = Field(
        default="sycomon.labels",
        description="Review labels keyed by event id (every reviewer's decision; the system of record, "
        "mirrored to Redis).",
    )
    partitions: int = Field(default=4, ge=1, description="Partitions of the topics the app creates.")
    replication_factor: int = Field(default=1, ge=1)


class RedisSettings(_Section):
    url: SecretStr = Field(
        default=SecretStr("redis://127.0.0.1:6379/0"),
        description="redis:// or rediss:// (TLS) URL; may hold a password, so it is a secret.",
    )
    prefix: str = Field(default="sycomon", description="Prefix of every Redis key (docs/state.md).")
    socket_timeout_s: float = Field(default=2.0, gt=0)


class SamplingSettings(_Section):
    default_rate: float = Field(default=1.0, ge=0.0, le=1.0)
    rates: dict[str, float] = Field(default_factory=dict, description="Per model version rates.")
    salt: str = Field(default="sycomon", description="Hash salt: change it to draw a new sample.")
    override_refresh_s: float = Field(default=5.0, gt=0, description="How often Redis overrides are re-read.")

    @field_validator("rates")
    @classmethod
    def _rates_in_range(cls, value: dict[str, float]) -> dict[str, float]:
        for version, rate in value.items():
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"sampling rate for {version!r} must be in [0, 1], got {rate}")
        return value


class ModelSettings(_Section):
    path: Path = DEFAULT_MODEL_DIR
    providers: tuple[str, ...] | None = Field(default=None, description="None = CUDA if available, else CPU.")
    intra_op_threads: int = Field(default=1, ge=1)
    inter_op_threads: int = Field(default=1, ge=1)
    threshold: float | None = Field(default=None, ge=0, le=1, description="None = the model's own.")


class PipelineSettings(_Section):
    max_batch: int = Field(default=32, ge=1)
    max_wait_s: float = Field(default=0.25, gt=0)
    dedup_ttl_s: int = Field(default=86_400, ge=60)
    dedup_rebuild_s: int = Field(
        default=3600,
        ge=0,
        description="After Redis lost its data, the dedup store is rebuilt from this many seconds of "
        "the responses topic (record time) per partition; re-published events whose first copy is "
        "older are counted again. 0: no rebuild.",
    )
    retention_minutes: int = Field(default=25 * 60, ge=60, description="How long minute buckets are kept.")
    evict_interval_s: float = Field(default=60.0, gt=0, description="How often old buckets are dropped.")
    max_version_labels: int = Field(default=20, ge=1, description="Prometheus label cardinality guard.")
    max_segment_tags: int = Field(default=4, ge=0)


class PrivacySettings(_Section):
    keep_flagged_examples: bool = Field(default=False, description="Keep raw text of flagged turns in Redis.")
    examples_per_version: int = Field(default=20, ge=0)
    example_ttl_s: int = Field(default=86_400, ge=60)


class LlmReviewerSettings(_Section):
    """An OpenAI-compatible chat-completions endpoint that labels queued turns (optional)."""

    base_url: str = Field(
        description="e.g. http://127.0.0.1:8000/v1 (vLLM), http://127.0.0.1:11434/v1 (Ollama)."
    )
    model: str = Field(description="Model name sent in the request; labels carry reviewer llm:<model>.")
    api_key: SecretStr | None = None
    requests_per_minute: float = Field(default=30.0, gt=0)
    daily_budget: int = Field(default=1000, ge=0, description="Items labelled per UTC day, at most.")
    timeout_s: float = Field(default=30.0, gt=0)
    max_attempts: int = Field(
        default=3,
        ge=1,
        description="Requests per turn in all while the endpoint answers 429/5xx or times out.",
    )
    max_backoff_s: float = Field(default=30.0, gt=0, description="Longest pause between two of them.")


class ReviewSettings(_Section):
    """The review queue, labels, and how the judge's measured accuracy is used (docs/review.md)."""

    enabled: bool = Field(
        default=True,
        description="Queue a stratified sample of scored turns for review (text scrubbed of obvious PII, "
        "TTL'd, capped). False: no text is kept and rates are corrected with validation figures only.",
    )
    sampling: ReviewPolicy = ReviewPolicy()
    queue_ttl_s: int = Field(
        default=7 * 86_400, ge=60, description="A queued turn's text expires after this."
    )
    queue_max: int = Field(default=5000, ge=1, description="Queued turns kept at most (oldest dropped).")
    min_labels: int = Field(
        default=100,
        ge=1,
        description="Labelled turns a version needs before its own labels replace the judge's validation "
        "figures in the corrected rate.",
    )
    judge_drift_alpha: float = Field(
        default=0.01, gt=0.0, lt=0.5, description="Level of the judge-drift test."
    )
    judge_drift_margin: float = Field(
        default=0.05,
        ge=0.0,
        lt=0.5,
        description="Disagreement above 1 - min(validation Se, Sp) + this margin is what the judge-drift "
        "rule tests for.",
    )
    api_tokens: dict[str, SecretStr] = Field(
        default_factory=dict,
        description="Reviewer name -> bearer token of the review API (labels record human:<name>); "
        "none = the review API refuses every call.",
    )
    llm: LlmReviewerSettings | None = None


class WebSettings(_Section):
    host: str = Field(default="127.0.0.1", description="Bind address of /metrics, /healthz, /readyz, /api.")
    port: int = Field(default=6066, ge=1, le=65535)
    api_token: SecretStr | None = Field(
        default=None, description="Bearer token of the mitigation API; unset = the API refuses every call."
    )


class DetectionSettings(_Section):
    """When the leader evaluates detectors (the statistics are in ``detectors``)."""

    interval_s: float = Field(default=5.0, gt=0, description="How often the leader looks for closed minutes.")
    lateness_minutes: int = Field(
        default=1, ge=0, description="A minute is closed once events this many minutes later have arrived."
    )
    backfill_minutes: int = Field(default=60, ge=1, description="Minutes evaluated on a first start.")
    max_catch_up_minutes: int = Field(default=240, ge=1, description="Minutes evaluated per tick at most.")
    idle_partition_s: float = Field(
        default=60.0,
        gt=0,
        description="A partition not mirrored for this long no longer holds back the detection watermark.",
    )


class HealthSettings(_Section):
    """When ``/readyz`` turns false (503) and how often the worker checks (lag, Redis, Kafka)."""

    interval_s: float = Field(default=5.0, gt=0, description="How often lag and dependencies are checked.")
    partition_stall_s: float = Field(
        default=120.0, gt=0, description="A partition with lag, its committed offset unmoved this long."
    )
    dependency_grace_s: float = Field(
        default=30.0, gt=0, description="Redis, Kafka or the alert outbox unreachable this long."
    )


class LimitSettings(_Section):
    max_text_bytes: int = Field(default=32 * 1024, ge=1)
    max_context_turns: int = Field(default=20, ge=0)
    max_record_bytes: int = Field(default=1024 * 1024, ge=1)
    max_segment_tags: int = Field(default=8, ge=0)
    dead_letter_raw_bytes: int = Field(
        default=16 * 1024,
        ge=0,
        le=256 * 1024,
        description="Bytes of an invalid record kept (a prefix) in its dead letter; hash, size always.",
    )

    max_future_skew_s: int = Field(
        default=300,
        ge=0,
        description="Events dated more than this after the processing clock: dead letter timestamp_in_future",
    )
    max_event_age_s: int = Field(
        default=7 * 86_400,
        ge=0,
        description="Events older than this (processing clock): dead letter timestamp_too_old; 0 = no limit.",
    )

    def event_time_policy(self) -> EventTimePolicy:
        return EventTimePolicy(float(self.max_future_skew_s), float(self.max_event_age_s))

    def to_limits(self) -> EventLimits:
        return EventLimits(
            max_text_bytes=self.max_text_bytes,
            max_context_turns=self.max_context_turns,
            max_record_bytes=self.max_record_bytes,
            max_segment_tags=self.max_segment_tags,
            dead_letter_raw_bytes=self.dead_letter_raw_bytes,
        )


class Settings(BaseSettings):
    """Every knob of sycophancy-monitor. See docs/configuration.md."""

    model_config = SettingsConfigDict(
        env_prefix="SYCOMON_", env_nested_delimiter="__", frozen=True, extra="forbid"
    )

    app_id: str = Field(default="sycomon", description="Faust app id = Kafka consumer group.")
    data_dir: Path = Field(default=Path("var/worker"), description="Worker-local state directory.")
    kafka: KafkaSettings = KafkaSettings()
    topics: TopicSettings = TopicSettings()
    redis: RedisSettings = RedisSettings()
    sampling: SamplingSettings = SamplingSettings()
    model: ModelSettings = ModelSettings()
    pipeline: PipelineSettings = PipelineSettings()
    privacy: PrivacySettings = PrivacySettings()
    web: WebSettings = WebSettings()
    review: ReviewSettings = ReviewSettings()
    limits: LimitSettings = LimitSettings()
    detection: DetectionSettings = DetectionSettings()
    health: HealthSettings = HealthSettings()
    detectors: DetectorSettings = DetectorSettings()
    alerting: AlertingSettings = AlertingSettings()
    sinks: SinkSettings = SinkSettings()
    outbox: OutboxSettings = OutboxSettings()
    mitigation: MitigationSettings = MitigationSettings()
    probes: ProbeSettings = ProbeSettings()

    @model_validator(mode="after")
    def _alertmanager_alerts_outlive_renotify(self) -> Settings:
        am = self.sinks.alertmanager
        renotify_s = self.alerting.renotify_minutes * 60
        if am is not None and am.firing_ends_after_s is not None and am.firing_ends_after_s <= renotify_s:
            raise ValueError(
                f"sinks.alertmanager.firing_ends_after_s ({am.firing_ends_after_s:g} s) must exceed "
                f"alerting.renotify_minutes ({renotify_s} s), or Alertmanager resolves alerts still firing"
            )
        return self


def load_settings(
    config_file: Path | None = None, secrets_dir: Path | None = None, **overrides: Any
) -> Settings:
    """Build the Settings from overrides, env, an optional TOML/YAML file and a secrets dir."""
    if config_file is not None and not config_file.is_file():
        raise ConfigError(f"config file {config_file} does not exist")
    suffix = config_file.suffix.lower() if config_file else ""
    if config_file is not None and suffix not in (".toml", ".yaml", ".yml"):
        raise ConfigError(f"config file {config_file}: expected .toml, .yaml or .yml")

    class _Loaded(Settings):
        model_config = SettingsConfigDict(
            toml_file=config_file if suffix == ".toml" else None,
            yaml_file=config_file if suffix in (".yaml", ".yml") else None,
            secrets_dir=secrets_dir,
        )

        @classmethod
        def settings_customise_sources(
            cls,
            settings_cls: type[BaseSettings],
            init_settings: PydanticBaseSettingsSource,
            env_settings: PydanticBaseSettingsSource,
            dotenv_settings: PydanticBaseSettingsSource,
            file_secret_settings: PydanticBaseSettingsSource,
        ) -> tuple[PydanticBaseSettingsSource, ...]:
            sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
            if suffix == ".toml":
                sources.append(TomlConfigSettingsSource(settings_cls))
            elif suffix in (".yaml", ".yml"):
                sources.append(YamlConfigSettingsSource(settings_cls))
            sources.append(file_secret_settings)
            return tuple(sources)

    try:
        return _Loaded(**overrides)
    except (ValueError, yaml.YAMLError) as exc:  # pydantic.ValidationError, TOML and YAML parse errors
        raise ConfigError(f"invalid configuration: {exc}") from exc


def redacted_dump(settings: Settings) -> str:
    """The effective configuration as JSON, secrets shown as '**********'."""
    return json.dumps(settings.model_dump(mode="json"), indent=2, sort_keys=True)
