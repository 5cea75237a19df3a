"""The one place that decides which onnxruntime execution providers a session uses."""

from __future__ import annotations

from collections.abc import Sequence

import onnxruntime as ort

from monitor.errors import ConfigError

__all__ = ["CPU", "CUDA", "available_providers", "select_providers"]

CUDA = "CUDAExecutionProvider"
CPU = "CPUExecutionProvider"


def available_providers() -> list[str]:
    """What this onnxruntime build can run on this host."""
    return list(ort.get_available_providers())


def select_providers(
    requested: Sequence[str] | None = None,
    available: Sequence[str] | None = None,
) -> list[str]:
    """CUDA when onnxruntime reports it, else CPU; ``requested`` overrides (in order).

    CPU is always appended as the fallback for operators the GPU provider lacks.  A requested
    provider this host does not have is a configuration error, not a silent downgrade.
    """
    have = available_providers() if available is None else list(available)
    if requested:
        missing = [p for p in requested if p not in have]
        if missing:
            raise ConfigError(f"onnxruntime providers {missing} not available here (available: {have})")
        chosen = list(requested)
    else:
        chosen = [CUDA] if CUDA in have else []
    if CPU not in chosen:
        chosen.append(CPU)
    return chosen
