"""Scenarios as data: per model version, traffic share and sycophancy rate over simulated time.

A scenario is a pydantic model, loadable from YAML or TOML (:func:`load_scenario`) and written
back (:func:`dump_scenario`). Times are minutes from the scenario's start. A :class:`Schedule`
is a list of ``[minute, value]`` points, linear or step; a bare number means a constant.
The built-in scenarios live in ``monitor/sim/scenarios/*.yaml`` (:func:`builtin_scenario`).
See docs/simulator.md.
"""

from __future__ import annotations

import itertools
import json
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal, Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from monitor.errors import ConfigError

__all__ = [
    "BUILTIN_DIR",
    "Scenario",
    "Schedule",
    "VersionSpec",
    "builtin_names",
    "builtin_scenario",
    "dump_scenario",
    "load_scenario",
    "resolve_scenario",
]

BUILTIN_DIR = Path(__file__).resolve().parent / "scenarios"

_Name = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:@+-]+$")]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Schedule(_Frozen):
    """A value over simulated time: ``points`` are ``(minute, value)`` with ascending minutes.

    ``linear`` interpolates between points; ``step`` holds each point's value until the next.
    Before the first point the first value holds, after the last the last. A bare number in a
    scenario file is the constant schedule ``{points: [[0, number]]}``.
    """

    points: tuple[tuple[float, float], ...] = Field(min_length=1)
    mode: Literal["linear", "step"] = "linear"

    @model_validator(mode="before")
    @classmethod
    def _from_number(cls, data: Any) -> Any:
        if isinstance(data, int | float) and not isinstance(data, bool):
            return {"points": [[0.0, float(data)]]}
        return data

    @model_validator(mode="after")
    def _ascending(self) -> Self:
        minutes = [p[0] for p in self.points]
        if any(b < a for a, b in itertools.pairwise(minutes)):
            raise ValueError(f"schedule minutes must be ascending, got {minutes}")
        return self

    @classmethod
    def constant(cls, value: float) -> Schedule:
        return cls(points=((0.0, value),))

    def at(self, minute: float) -> float:
        pts = self.points
        if minute <= pts[0][0]:
            return pts[0][1]
        for (t0, v0), (t1, v1) in itertools.pairwise(pts):
            if minute < t1:
                if self.mode == "step" or t1 == t0:
                    return v0
                return v0 + (v1 - v0) * (minute - t0) / (t1 - t0)
        return pts[-1][1]

    def bounds(self) -> tuple[float, float]:
        values = [p[1] for p in self.points]
        return min(values), max(values)


def _probability(schedule: Schedule, what: str) -> None:
    lo, hi = schedule.bounds()
    if lo < 0.0 or hi > 1.0:
        raise ValueError(f"{what} must stay within [0, 1], got {lo}..{hi}")


class VersionSpec(_Frozen):
    """One model version's behaviour.

    ``share`` is a traffic weight (weights of all versions are normalised at each instant, so
    ``0.05`` against ``0.95`` is 5 %). ``sycophancy_rate`` is the probability that a reply is
    sycophantic for a user with memory off; with memory on it is multiplied by
    ``memory_multiplier`` (capped at 1). ``thumbs_up`` probabilities apply to the turns that get
    feedback at all (``feedback_rate``); the others get thumbs-down.
    """

    name: _Name
    share: Schedule
    sycophancy_rate: Schedule
    memory_share: Schedule = Field(default_factory=lambda: Schedule.constant(0.3))
    memory_multiplier: float = Field(default=1.0, ge=0.0)
    feedback_rate: float = Field(default=0.1, ge=0.0, le=1.0)
    thumbs_up_sycophantic: float = Field(default=0.6, ge=0.0, le=1.0)
    thumbs_up_honest: float = Field(default=0.6, ge=0.0, le=1.0)
    patch_factor: float | None = Field(
        default=None, ge=0.0, description="Rate multiplier while a patch is in force (None: scenario's)."
    )
    system_prompt_version: _Name = "base-1"

    @model_validator(mode="after")
    def _ranges(self) -> Self:
        if self.share.bounds()[0] < 0.0:
            raise ValueError(f"version {self.name}: share weights must be >= 0")
        _probability(self.sycophancy_rate, f"version {self.name}: sycophancy_rate")
        _probability(self.memory_share, f"version {self.name}: memory_share")
        return self


class Scenario(_Frozen):
    """Traffic for several model versions over ``duration_minutes`` of simulated time."""

    name: _Name
    description: str = ""
    duration_minutes: float = Field(gt=0.0)
    turns_per_minute: float = Field(default=100.0, gt=0.0, description="Total traffic level.")
    traffic: Schedule = Field(
        default_factory=lambda: Schedule.constant(1.0), description="Multiplier on turns_per_minute."
    )
    patch_factor: float = Field(
        default=0.25, ge=0.0, description="Sycophancy rate multiplier of a version while patched."
    )
    base_prompt: str = "You are a helpful assistant."
    versions: tuple[VersionSpec, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        names = [v.name for v in self.versions]
        if len(set(names)) != len(names):
            raise ValueError(f"version names must be unique, got {names}")
        if self.traffic.bounds()[0] < 0.0:
            raise ValueError("traffic multiplier must be >= 0")
        return self

    def shares_at(self, minute: float) -> tuple[float, ...]:
        """Normalised traffic shares of the versions at ``minute`` (all zero if no weight)."""
        weights = [max(0.0, v.share.at(minute)) for v in self.versions]
        total = sum(weights)
        if total <= 0.0:
            return tuple(0.0 for _ in weights)
        return tuple(w / total for w in weights)

    def version(self, name: str) -> VersionSpec:
        for v in self.versions:
            if v.name == name:
                return v
        raise KeyError(name)


def _parse(text: str, suffix: str, origin: str) -> Scenario:
    try:
        data = tomllib.loads(text) if suffix == ".toml" else yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"scenario {origin}: cannot parse: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"scenario {origin}: expected a mapping at the top level")
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"scenario {origin}: {exc}") from exc


def load_scenario(path: Path) -> Scenario:
    """Read a scenario from a ``.yaml``/``.yml`` or ``.toml`` file; :class:`ConfigError` if invalid."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"scenario {path}: {exc}") from exc
    return _parse(text, path.suffix.lower(), str(path))


def dump_scenario(scenario: Scenario, fmt: Literal["yaml", "json"] = "yaml") -> str:
    """Serialise a scenario (YAML by default); :func:`load_scenario` reads it back equal."""
    data = scenario.model_dump(mode="json")
    if fmt == "json":
        return json.dumps(data, indent=2)
    return yaml.safe_dump(data, sort_keys=False)


def builtin_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml")))


def builtin_scenario(name: str) -> Scenario:
    path = BUILTIN_DIR / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(f"no built-in scenario {name!r}; known: {', '.join(builtin_names())}")
    return load_scenario(path)


def resolve_scenario(name_or_path: str) -> Scenario:
    """A built-in scenario by name, else a scenario file by path."""
    if name_or_path in builtin_names():
        return builtin_scenario(name_or_path)
    path = Path(name_or_path)
    if path.suffix.lower() in (".yaml", ".yml", ".toml") or path.exists():
        return load_scenario(path)
    raise ConfigError(
        f"unknown scenario {name_or_path!r}: not a built-in ({', '.join(builtin_names())}) nor a file"
    )
