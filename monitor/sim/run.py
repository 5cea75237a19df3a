"""The simulated gateway: pace turns on the simulated clock, look up the effective prompt, emit.

:func:`simulate` drives a :class:`~monitor.sim.engine.Simulator`. With a ``resolver`` (the SDK's
:class:`~monitor.client.MitigationClient`) every turn asks for the effective system prompt of
the version it serves, as a real gateway does; a patch in force lowers that version's rate
(closed loop). ``speed`` is simulated seconds per wall second (0 = as fast as possible).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

from monitor.client.mitigation import EffectivePrompt
from monitor.sim.engine import SimTurn, Simulator, VersionCounts
from monitor.sim.sinks import EventSink, malformed_record

__all__ = ["PromptResolver", "SimSummary", "simulate"]


class PromptResolver(Protocol):
    """What the gateway asks per turn (``MitigationClient`` is one). Must not raise."""

    async def resolve(self, model_version: str, base_prompt: str) -> EffectivePrompt: ...


@dataclass
class SimSummary:
    turns: int = 0
    malformed: int = 0
    by_version: dict[str, VersionCounts] = field(default_factory=dict)
    sink: dict[str, int] = field(default_factory=dict)
    wall_s: float = 0.0


async def simulate(
    sim: Simulator,
    sink: EventSink,
    *,
    resolver: PromptResolver | None = None,
    speed: float = 0.0,
    malformed_rate: float = 0.0,
    on_turn: Callable[[SimTurn], None] | None = None,
    monotonic: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    yield_every: int = 256,
) -> SimSummary:
    """Run ``sim`` to its end into ``sink`` (started and closed here); return the counts.

    ``malformed_rate`` is the probability that a bad record is emitted after a turn (its own
    random stream, so the good events do not change with it).
    """
    if speed < 0:
        raise ValueError("speed must be >= 0")
    if not 0.0 <= malformed_rate <= 1.0:
        raise ValueError("malformed_rate must be in [0, 1]")
    bad_rng = random.Random(f"{sim.seed}-malformed")
    base = sim.scenario.base_prompt
    summary = SimSummary()
    wall0 = monotonic()
    await sink.start()
    try:
        while (plan := sim.plan()) is not None:
            if speed > 0:
                due = wall0 + plan.minute * 60.0 / speed
                delay = due - monotonic()
                if delay > 0:
                    await sleep(delay)  # pacing on the simulated clock
            elif summary.turns % yield_every == 0:
                await sleep(0)  # let the SDK's background tasks (publisher, pub/sub) run
            label = None
            if resolver is not None:
                label = (await resolver.resolve(plan.version.name, base)).patch_label
            turn = sim.realise(plan, label)
            await sink.write(turn.event)
            summary.turns += 1
            if malformed_rate > 0 and bad_rng.random() < malformed_rate:
                await sink.write_raw(malformed_record(turn.event, bad_rng))
                summary.malformed += 1
            if on_turn is not None:
                on_turn(turn)
    finally:
        summary.sink = await sink.close()
    summary.by_version = sim.counts
    summary.wall_s = monotonic() - wall0
    return summary
