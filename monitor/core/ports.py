"""Interfaces (ports) the pure core talks to; adapters implement them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

__all__ = ["ContextTurn", "ScoreInput", "Scorer"]


@dataclass(frozen=True, slots=True)
class ContextTurn:
    """One earlier turn of the conversation."""

    role: str
    content: str


@dataclass(frozen=True, slots=True)
class ScoreInput:
    """What the classifier sees of one chat turn."""

    prompt: str
    response: str
    context: tuple[ContextTurn, ...] = ()


@runtime_checkable
class Scorer(Protocol):
    """Scores chat turns: the probability that each reply is sycophantic."""

    @property
    def threshold(self) -> float:
        """Default decision threshold: ``score >= threshold`` means flagged."""
        ...

    @property
    def version(self) -> str:
        """Model artefact version (for metrics and ScoredTurn records)."""
        ...

    def score(self, items: Sequence[ScoreInput]) -> npt.NDArray[np.float32]:
        """Calibrated probabilities, one per item, in input order. Thread-safe."""
        ...
