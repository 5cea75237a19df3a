"""Interfaces (ports) the pure core talks to; adapters implement them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

__all__ = ["CategoryScorer", "ContextTurn", "ScoreInput", "Scorer", "Scores", "scores_of"]


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


def _no_category(n: int) -> npt.NDArray[np.int8]:
    return np.full(n, -1, dtype=np.int8)


@dataclass(frozen=True, slots=True)
class Scores:
    """A batch's scores: ``p`` (calibrated probability of sycophancy) and, when the model has a
    category head, the kind it names for each turn: ``category`` is a slot of
    :data:`monitor.core.categories.CATEGORIES` (-1: none) and ``category_p`` its softmax
    probability (NaN where there is none)."""

    p: npt.NDArray[np.float32]
    category: npt.NDArray[np.int8] = field(default_factory=lambda: _no_category(0))
    category_p: npt.NDArray[np.float32] = field(default_factory=lambda: np.zeros(0, dtype=np.float32))

    def __post_init__(self) -> None:
        n = len(self.p)
        if len(self.category) == 0 and n:
            object.__setattr__(self, "category", _no_category(n))
            object.__setattr__(self, "category_p", np.full(n, np.nan, dtype=np.float32))
        if len(self.category) != n or len(self.category_p) != n:
            raise ValueError("p, category and category_p must have the same length")

    @classmethod
    def of(cls, scores: npt.NDArray[np.float32] | Scores) -> Scores:
        """Wrap a plain probability array (no categories); a Scores is returned as is."""
        return scores if isinstance(scores, Scores) else cls(np.asarray(scores, dtype=np.float32))


@runtime_checkable
class CategoryScorer(Scorer, Protocol):
    """A scorer whose model also names the kind of sycophancy."""

    def score_categories(self, items: Sequence[ScoreInput]) -> Scores:
        """Probabilities and categories, one per item, in input order. Thread-safe."""
        ...


def scores_of(scorer: Scorer, items: Sequence[ScoreInput]) -> Scores:
    """``score_categories`` when the scorer has it, else ``score`` without categories."""
    if isinstance(scorer, CategoryScorer):
        return scorer.score_categories(items)
    return Scores.of(scorer.score(items))
