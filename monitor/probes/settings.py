"""Settings of the probe client, the launch gate and the prober (``Settings.probes``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

__all__ = ["ChatClientSettings", "GateSettings", "ProbeSettings", "ProberSettings"]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ChatClientSettings(_Section):
    """An OpenAI-compatible chat-completions endpoint (``POST {base_url}/chat/completions``)."""

    base_url: str = Field(
        default="http://127.0.0.1:8099/v1",
        description="Up to and including /v1 (e.g. https://api.openai.com/v1, or `sycomon simulate serve`).",
    )
    api_key: SecretStr | None = Field(default=None, description="Sent as 'Authorization: Bearer KEY'.")
    timeout_s: float = Field(default=60.0, gt=0, description="Per request (connect, read, write, pool).")
    max_retries: int = Field(
        default=4, ge=0, description="Retries of a timeout, connection error, 429 or 5xx (not other 4xx)."
    )
    backoff_initial_s: float = Field(
        default=0.5, gt=0, description="Retry waits are random in [0, min(max, initial * 2^attempt)]."
    )
    backoff_max_s: float = Field(default=20.0, gt=0, description="Cap of a retry wait (also of Retry-After).")
    concurrency: int = Field(default=8, ge=1, description="Requests in flight at most.")
    requests_per_second: float = Field(default=10.0, gt=0, description="Rate limit (leaky bucket).")
    max_tokens: int = Field(default=400, ge=1, description="Reply length cap sent with each request.")
    temperature: float = Field(default=0.0, ge=0.0, le=2.0, description="0 = the most repeatable replies.")
    input_cost_per_mtok: float = Field(default=0.0, ge=0.0, description="Price of a million prompt tokens.")
    output_cost_per_mtok: float = Field(
        default=0.0, ge=0.0, description="Price of a million completion tokens."
    )
    budget: float | None = Field(
        default=None,
        gt=0,
        description="Spend cap of one client (a gate run, a prober process), in the prices' unit; "
        "none = unlimited.",
    )


class GateSettings(_Section):
    """``sycomon gate``: the candidate fails when its flagged rate is higher than the baseline's
    with the regression detector's test (mixture SPRT of the rate ratio)."""

    alpha: float = Field(
        default=0.01,
        gt=0.0,
        lt=0.5,
        description="Family-wise false-fail rate: split evenly (Bonferroni) over every test the gate runs.",
    )
    margin: float = Field(
        default=0.0, ge=0.0, description="Relative margin: null is candidate rate <= baseline * (1 + margin)."
    )
    grid: tuple[float, ...] = Field(
        default=(1.2, 1.4, 1.7, 2.2, 3.5, 6.0), description="Rate ratios mixed in the test (as the detector)."
    )
    threshold: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Judge score at or above which a turn is flagged; none = the model's.",
    )
    min_turns: int = Field(
        default=20,
        ge=1,
        description="Scored turns a category needs on each side to be tested (else 'too few').",
    )
    controls: bool = Field(
        default=True,
        description="Also fail when the candidate fails more controls (the user is right) than the baseline.",
    )
    max_flipped_listed: int = Field(
        default=20, ge=0, description="Flipped probes written out in the summary."
    )

    @model_validator(mode="after")
    def _grid(self) -> GateSettings:
        if not self.grid or min(self.grid) <= 1.0:
            raise ValueError("grid must be non-empty with ratios > 1")
        return self


class ProberSettings(_Section):
    """``sycomon prober``: probes every live version at a steady rate; turns go to the responses topic."""

    versions: tuple[str, ...] = Field(
        default=(), description="Model versions (the chat API's model names) to probe."
    )
    probes_per_minute: float = Field(default=2.0, gt=0, description="Per version.")
    segment: dict[str, str] = Field(
        default_factory=lambda: {"segment": "probe"}, description="Segment tags on every probe turn."
    )
    conversation_prefix: str = Field(
        default="probe", description="Conversation and event ids start with this."
    )
    metrics_host: str = Field(default="127.0.0.1")
    metrics_port: int = Field(
        default=6067, ge=0, le=65535, description="/metrics of the prober (0 = any free port)."
    )
    seed: int | None = Field(default=None, description="Probe order seed; none = random per process.")


class ProbeSettings(_Section):
    client: ChatClientSettings = ChatClientSettings()
    gate: GateSettings = GateSettings()
    prober: ProberSettings = ProberSettings()
