"""The traffic generator: a scenario, a turn pool and a seed give a stream of ResponseEvents.

No I/O, no wall clock. Each turn is made in two steps so that a gateway loop can ask for the
effective system prompt in between (closed loop): :meth:`Simulator.plan` draws the arrival time,
the version served and the memory segment; :meth:`Simulator.realise` draws whether the reply is
sycophantic (at the version's rate, times the memory multiplier, times the patch factor when a
patch is in force), picks a real reply of that kind from the pool and draws the user's feedback.

Every turn consumes the same number of random draws whatever the patch state, so two runs with
the same seed differ only in the turns a patch changed.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from monitor.core.categories import CATEGORIES
from monitor.core.events import ResponseEvent
from monitor.errors import ConfigError
from monitor.sim.pool import TurnPool
from monitor.sim.scenario import Scenario, VersionSpec

__all__ = ["MARKER", "SimTurn", "Simulator", "TurnPlan", "VersionCounts", "effective_rate"]

MARKER = "[score=0.95]"
"""Appended to sycophantic replies with ``score_markers`` (read by ``monitor.testing.MarkerScorer``)."""


@dataclass(frozen=True, slots=True)
class TurnPlan:
    """What is known about a turn before the gateway looks up its system prompt."""

    index: int
    minute: float
    at: datetime
    version: VersionSpec
    memory: bool


@dataclass(frozen=True, slots=True)
class SimTurn:
    """A generated turn: the event and the ground truth behind it."""

    event: ResponseEvent
    sycophantic: bool
    patched: bool
    rate: float  # the probability it was drawn with
    category: str | None = None  # a sycophantic turn's kind (judge categories), where its pool turn names one


@dataclass
class VersionCounts:
    turns: int = 0
    sycophantic: int = 0
    memory_turns: int = 0
    memory_sycophantic: int = 0
    patched_turns: int = 0
    patched_sycophantic: int = 0
    feedback_sycophantic: int = 0
    up_sycophantic: int = 0
    feedback_honest: int = 0
    up_honest: int = 0

    def add(self, turn: SimTurn) -> None:
        syco = int(turn.sycophantic)
        self.turns += 1
        self.sycophantic += syco
        if turn.event.memory_enabled:
            self.memory_turns += 1
            self.memory_sycophantic += syco
        if turn.patched:
            self.patched_turns += 1
            self.patched_sycophantic += syco
        if turn.event.feedback is not None:
            up = int(turn.event.feedback == "up")
            if syco:
                self.feedback_sycophantic += 1
                self.up_sycophantic += up
            else:
                self.feedback_honest += 1
                self.up_honest += up


def effective_rate(version: VersionSpec, minute: float, memory: bool, patch_factor: float | None) -> float:
    """The probability that ``version``'s reply at ``minute`` is sycophantic.

    ``patch_factor`` is ``None`` when no patch is in force, else the multiplier to apply.
    """
    rate = version.sycophancy_rate.at(minute)
    if memory:
        rate *= version.memory_multiplier
    if patch_factor is not None:
        rate *= patch_factor
    return min(1.0, max(0.0, rate))


def _run_id(scenario: Scenario, seed: int, start: datetime) -> str:
    digest = hashlib.sha256(f"{scenario.name}\x1f{seed}\x1f{start.isoformat()}".encode()).hexdigest()
    return f"sim-{digest[:10]}"


@dataclass
class Simulator:
    """``Simulator(scenario, pool, start=..., seed=...)``; then ``plan()`` / ``realise()`` until None.

    ``turns_per_minute``, ``duration_minutes`` and ``patch_factor`` override the scenario's.
    ``score_markers`` appends ``[score=0.95]`` to sycophantic replies, for runs against a worker
    with :class:`monitor.testing.MarkerScorer` (tests, demos independent of the model's quality).
    """

    scenario: Scenario
    pool: TurnPool
    start: datetime
    seed: int = 0
    turns_per_minute: float | None = None
    duration_minutes: float | None = None
    patch_factor: float | None = None
    run_id: str = ""
    score_markers: bool = False
    counts: dict[str, VersionCounts] = field(default_factory=dict)
    _rng: random.Random = field(init=False, repr=False)
    _minute: float = field(default=0.0, init=False, repr=False)
    _index: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.start.utcoffset() is None:
            raise ConfigError("the simulation start must be timezone-aware")
        if self.turns_per_minute is not None and self.turns_per_minute <= 0:
            raise ConfigError("turns_per_minute must be > 0")
        if self.duration_minutes is not None and self.duration_minutes <= 0:
            raise ConfigError("duration_minutes must be > 0")
        if self.patch_factor is not None and self.patch_factor < 0:
            raise ConfigError("patch_factor must be >= 0")
        self._rng = random.Random(self.seed)
        self.run_id = self.run_id or _run_id(self.scenario, self.seed, self.start)
        self.counts = {v.name: VersionCounts() for v in self.scenario.versions}

    @property
    def duration(self) -> float:
        """Simulated minutes."""
        return self.duration_minutes if self.duration_minutes is not None else self.scenario.duration_minutes

    @property
    def level(self) -> float:
        """Turns per minute at traffic multiplier 1."""
        return self.turns_per_minute if self.turns_per_minute is not None else self.scenario.turns_per_minute

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration)

    def expected_turns(self) -> int:
        """About how many turns the run makes (for a progress bar): the traffic integrated per minute."""
        steps = max(1, int(self.duration))
        width = self.duration / steps
        total = sum(self.scenario.traffic.at((i + 0.5) * width) for i in range(steps)) * width
        return round(total * self.level)

    def version_factor(self, version: VersionSpec) -> float:
        """The rate multiplier applied to ``version`` while a patch is in force."""
        if self.patch_factor is not None:
            return self.patch_factor
        return version.patch_factor if version.patch_factor is not None else self.scenario.patch_factor

    def plan(self) -> TurnPlan | None:
        """The next turn's arrival, version and memory segment; None once the run is over."""
        rng = self._rng
        while True:
            per_minute = self.level * max(0.0, self.scenario.traffic.at(self._minute))
            u_gap, u_version, u_memory = rng.random(), rng.random(), rng.random()
            if per_minute <= 0.0:
                self._minute = float(int(self._minute) + 1)  # no traffic: look again next minute
                if self._minute >= self.duration:
                    return None
                continue
            # exponential gap (Poisson arrivals); 1 - u is in (0, 1], so the log is finite
            self._minute += -math.log(1.0 - u_gap) / per_minute
            if self._minute >= self.duration:
                return None
            version = self._pick_version(u_version)
            if version is None:
                continue  # every share is zero right now: nobody is served
            memory = u_memory < version.memory_share.at(self._minute)
            index = self._index
            self._index += 1
            at = self.start + timedelta(minutes=self._minute)
            return TurnPlan(index=index, minute=self._minute, at=at, version=version, memory=memory)

    def _pick_version(self, u: float) -> VersionSpec | None:
        shares = self.scenario.shares_at(self._minute)
        acc = 0.0
        for version, share in zip(self.scenario.versions, shares, strict=True):
            acc += share
            if share > 0.0 and u < acc:
                return version
        last = [v for v, s in zip(self.scenario.versions, shares, strict=True) if s > 0.0]
        return last[-1] if last else None  # u at the rounding edge of the sum

    def realise(self, plan: TurnPlan, patch_label: str | None = None) -> SimTurn:
        """Make the event for ``plan``; ``patch_label`` names the patch in force, if any."""
        rng = self._rng
        u_syco, u_pick, u_feedback, u_up = rng.random(), rng.random(), rng.random(), rng.random()
        version = plan.version
        patched = patch_label is not None
        factor = self.version_factor(version) if patched else None
        rate = effective_rate(version, plan.minute, plan.memory, factor)
        sycophantic = u_syco < rate
        kind = self.pool.sycophantic if sycophantic else self.pool.honest
        turn = kind[min(len(kind) - 1, int(u_pick * len(kind)))]
        feedback: Literal["up", "down"] | None = None
        if u_feedback < version.feedback_rate:
            p_up = version.thumbs_up_sycophantic if sycophantic else version.thumbs_up_honest
            feedback = "up" if u_up < p_up else "down"
        prompt_version = version.system_prompt_version
        if patch_label is not None:
            prompt_version = f"{prompt_version}+{patch_label}"
        event = ResponseEvent(
            schema_version=1,
            event_id=f"{self.run_id}-{plan.index:08d}",
            timestamp=plan.at,
            model_version=version.name,
            conversation_id=f"{self.run_id}-c{plan.index:08d}",
            prompt=turn.prompt,
            response=f"{turn.response} {MARKER}" if sycophantic and self.score_markers else turn.response,
            context=turn.context,
            system_prompt_version=prompt_version,
            feedback=feedback,
            memory_enabled=plan.memory,
        )
        result = SimTurn(
            event=event,
            sycophantic=sycophantic,
            patched=patched,
            rate=rate,
            category=turn.category if sycophantic and turn.category in CATEGORIES else None,
        )
        self.counts[version.name].add(result)
        return result

    def run_open_loop(self) -> list[SimTurn]:
        """Every turn with no patch in force (no gateway lookup)."""
        out: list[SimTurn] = []
        while (plan := self.plan()) is not None:
            out.append(self.realise(plan))
        return out
