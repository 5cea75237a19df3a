"""The one exception tree of sycophancy-monitor.

Every error our code raises on purpose derives from :class:`MonitorError`; third-party
errors are translated into one of these at the adapter boundary.
"""

from __future__ import annotations

__all__ = [
    "BudgetExceededError",
    "ConfigError",
    "InvalidEventError",
    "ModelError",
    "MonitorError",
    "ProbeError",
    "SignatureError",
    "SinkError",
    "StateError",
]


class MonitorError(Exception):
    """Root of every error raised by sycophancy-monitor."""


class ConfigError(MonitorError):
    """Settings are missing, malformed or contradictory."""


class InvalidEventError(MonitorError):
    """An input record violates the event contract.

    ``reason`` is a short machine-readable code (``not_json``, ``not_utf8``, ``schema``,
    ``too_large``, ``unknown_schema_version``, ...) and ``detail`` a human explanation.
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class ModelError(MonitorError):
    """The classifier artefact is missing, corrupt or cannot be loaded."""


class StateError(MonitorError):
    """The state store (Redis, tables) cannot be read or written."""


class SinkError(MonitorError):
    """An alert or mitigation sink failed to deliver."""


class SignatureError(MonitorError):
    """A signed webhook request failed verification (missing/bad signature, stale timestamp)."""


class ProbeError(MonitorError):
    """A probed chat model could not be reached or answered badly (after the retries)."""


class BudgetExceededError(ProbeError):
    """The probe client's cost budget is spent: no further request is sent."""
