"""The turn pool: real, labelled replies the simulator serves.

Sources, in order of preference: a user's JSONL file (``--turns``), the public datasets in the
data directory (``$SYCOMON_DATA_DIR`` or ``../shared/data``, through :mod:`monitor.datasets`),
and the small fixture written for this project (``monitor/sim/fixtures/turns.jsonl``).
Turns are trimmed to fit the event contract's limits (:class:`~monitor.core.events.EventLimits`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from monitor.core.events import ContextMessage, EventLimits
from monitor.errors import ConfigError

__all__ = ["FIXTURE", "PoolTurn", "TurnPool", "load_pool"]

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "turns.jsonl"

_ROLES = ("user", "assistant", "system")


@dataclass(frozen=True, slots=True)
class PoolTurn:
    prompt: str
    response: str
    context: tuple[ContextMessage, ...]
    label: int  # 1 = sycophantic, 0 = not
    source: str
    category: str | None = None  # the judge's kind, where the source names it (the fixture does)


class _TurnLine(BaseModel):
    model_config = ConfigDict(extra="ignore")

    prompt: str
    response: str
    label: Literal[0, 1] | None
    context: tuple[ContextMessage, ...] = ()
    source: str | None = None
    category: str | None = None


@dataclass(frozen=True, slots=True)
class TurnPool:
    """Sycophantic and honest replies, kept apart so a draw of either kind is O(1)."""

    sycophantic: tuple[PoolTurn, ...]
    honest: tuple[PoolTurn, ...]
    origin: str
    skipped: int = 0

    def __post_init__(self) -> None:
        if not self.sycophantic or not self.honest:
            raise ConfigError(
                f"turn pool {self.origin}: needs at least one sycophantic and one honest turn "
                f"(got {len(self.sycophantic)} and {len(self.honest)})"
            )

    def __len__(self) -> int:
        return len(self.sycophantic) + len(self.honest)

    @classmethod
    def of(cls, turns: list[PoolTurn], origin: str, skipped: int = 0) -> TurnPool:
        return cls(
            sycophantic=tuple(t for t in turns if t.label == 1),
            honest=tuple(t for t in turns if t.label == 0),
            origin=origin,
            skipped=skipped,
        )


def _fits(text: str, limits: EventLimits) -> bool:
    return len(text.encode("utf-8")) <= limits.max_text_bytes


def _trim_context(
    context: tuple[ContextMessage, ...], max_context: int, limits: EventLimits
) -> tuple[ContextMessage, ...]:
    kept = [m for m in context if _fits(m.content, limits)]
    n = min(max_context, limits.max_context_turns)
    return tuple(kept[-n:]) if n > 0 else ()


def _make(
    prompt: str,
    response: str,
    label: int,
    context: tuple[ContextMessage, ...],
    source: str,
    max_context: int,
    limits: EventLimits,
    category: str | None = None,
) -> PoolTurn | None:
    if not response.strip() or not _fits(prompt, limits) or not _fits(response, limits):
        return None
    return PoolTurn(prompt, response, _trim_context(context, max_context, limits), label, source, category)


def _read_jsonl(path: Path, max_context: int, limits: EventLimits) -> TurnPool:
    turns: list[PoolTurn] = []
    skipped = 0
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"turns file {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = _TurnLine.model_validate(json.loads(line))
        except (ValueError, ValidationError) as exc:
            raise ConfigError(f"turns file {path} line {number}: {exc}") from exc
        turn = None
        if row.label is not None:
            turn = _make(
                row.prompt, row.response, row.label, row.context, row.source or path.stem,
                max_context, limits, row.category,
            )
        if turn is None:
            skipped += 1
        else:
            turns.append(turn)
    return TurnPool.of(turns, str(path), skipped)


def _read_datasets(data_dir: Path, max_context: int, limits: EventLimits) -> TurnPool:
    from monitor.datasets import DatasetError, load_all

    try:
        records = load_all(data_dir)
    except DatasetError as exc:
        raise ConfigError(f"datasets in {data_dir}: {exc}") from exc
    turns: list[PoolTurn] = []
    skipped = 0
    for r in records:
        context = tuple(ContextMessage(role=m.role, content=m.content) for m in r.context if m.role in _ROLES)
        turn = (
            None
            if r.label is None
            else _make(r.prompt, r.response, r.label, context, r.source, max_context, limits)
        )
        if turn is None:
            skipped += 1
        else:
            turns.append(turn)
    return TurnPool.of(turns, str(data_dir), skipped)


def load_pool(
    turns_file: Path | None = None,
    data_dir: Path | None = None,
    *,
    use_datasets: bool = True,
    max_context: int = 6,
    limits: EventLimits = EventLimits(),
) -> TurnPool:
    """The pool: ``turns_file`` if given, else the datasets if ``data_dir`` exists, else the fixture.

    ``data_dir`` defaults to :func:`monitor.datasets.default_data_dir`. Ambiguous turns (label
    null) and turns too large for an event are skipped (counted in ``skipped``).
    """
    if turns_file is not None:
        return _read_jsonl(turns_file, max_context, limits)
    if use_datasets:
        from monitor.datasets import default_data_dir

        root = default_data_dir() if data_dir is None else data_dir
        if root.is_dir():
            return _read_datasets(root, max_context, limits)
    return _read_jsonl(FIXTURE, max_context, limits)
