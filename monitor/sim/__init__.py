"""Incident simulator: realistic gateway traffic for several model versions, scripted over time.

Not part of the core: it uses the gateway SDK (:mod:`monitor.client`) like a real gateway would.
``sycomon simulate`` is :func:`monitor.sim.cli.simulate_command`; docs/simulator.md.
"""

from monitor.sim.engine import MARKER, SimTurn, Simulator, TurnPlan, VersionCounts, effective_rate
from monitor.sim.pool import FIXTURE, PoolTurn, TurnPool, load_pool
from monitor.sim.run import PromptResolver, SimSummary, simulate
from monitor.sim.scenario import (
    Scenario,
    Schedule,
    VersionSpec,
    builtin_names,
    builtin_scenario,
    dump_scenario,
    load_scenario,
    resolve_scenario,
)
from monitor.sim.sinks import MALFORMED_KINDS, EventSink, FileSink, KafkaSink, malformed_record

__all__ = [
    "FIXTURE",
    "MALFORMED_KINDS",
    "MARKER",
    "EventSink",
    "FileSink",
    "KafkaSink",
    "PoolTurn",
    "PromptResolver",
    "Scenario",
    "Schedule",
    "SimSummary",
    "SimTurn",
    "Simulator",
    "TurnPlan",
    "TurnPool",
    "VersionCounts",
    "VersionSpec",
    "builtin_names",
    "builtin_scenario",
    "dump_scenario",
    "effective_rate",
    "load_pool",
    "load_scenario",
    "malformed_record",
    "resolve_scenario",
    "simulate",
]
