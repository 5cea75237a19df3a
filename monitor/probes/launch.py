"""One call to gate a launch: :func:`run_gate` (the CLI, the demo and CI scripts use it).

Runs the suite against the candidate and the baseline (live, through the chat client, or from
recorded replies), scores every turn with the judge in a worker thread (the event loop keeps
serving the probes still in flight), and evaluates the gate.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from monitor.core.ports import Scorer
from monitor.probes.client import ChatClient, Spend
from monitor.probes.gate import GateResult, evaluate, score_runs
from monitor.probes.runner import ProbeRun, read_replies, recorded_models, run_suite, write_replies
from monitor.probes.settings import ChatClientSettings, GateSettings
from monitor.probes.suite import ProbeSuite, load_suite

__all__ = ["GateProgress", "GateRun", "load_judge", "run_gate"]


@dataclass
class GateProgress:
    """Callbacks for a progress display: ``total(n)`` once, then ``advance(k)`` per step done
    (a probe answered, or ``k`` turns scored)."""

    total: Callable[[int], None] = field(default=lambda n: None)
    advance: Callable[[int], None] = field(default=lambda k: None)


@dataclass(frozen=True, slots=True)
class GateRun:
    result: GateResult
    wall_s: float
    spend: Spend


def load_judge(model_dir: Path, threads: int = 1) -> Scorer:
    """The shipped judge (or ``model_dir``'s), for scoring probe turns."""
    from monitor.scoring import OnnxScorer, ScorerConfig

    return OnnxScorer.load(model_dir, ScorerConfig(intra_op_threads=threads, batch_size=32))


async def _collect(
    client: ChatClient, model: str, suite: ProbeSuite, replies: Path | None, progress: GateProgress
) -> list[ProbeRun]:
    if replies is not None and model in recorded_models(replies):
        runs = read_replies(replies, model, suite)
        progress.advance(len(runs))
        return runs
    return await run_suite(client, model, suite, on_done=lambda _: progress.advance(1))


async def run_gate(
    candidate: str,
    baseline: str,
    *,
    client_settings: ChatClientSettings,
    gate_settings: GateSettings,
    judge: Scorer,
    suite: ProbeSuite | None = None,
    replies: Path | None = None,
    record: Path | None = None,
    progress: GateProgress | None = None,
) -> GateRun:
    """Run, score and evaluate. ``replies``: a recorded file; a version recorded there is read
    from it (every probe of the suite, recorded for the same turns, or ConfigError), a version
    not in it is probed live (e.g. a recorded baseline and a live candidate). ``record``: append
    the live replies to this file."""
    suite = suite or load_suite()
    prog = progress or GateProgress()
    start = time.perf_counter()
    scored_turns = sum(len(p.turns) for p in suite.probes if not p.control)
    prog.total(2 * len(suite) + 2 * scored_turns)
    threshold = gate_settings.threshold if gate_settings.threshold is not None else judge.threshold
    async with ChatClient(client_settings) as client:
        cand_runs, base_runs = await asyncio.gather(
            _collect(client, candidate, suite, replies, prog),
            _collect(client, baseline, suite, replies, prog),
        )
    if record is not None:
        write_replies(record, [*cand_runs, *base_runs])
    cand, base = await asyncio.to_thread(
        lambda: (score_runs(judge, suite, cand_runs, threshold, on_scored=prog.advance),
                 score_runs(judge, suite, base_runs, threshold, on_scored=prog.advance)),
    )  # fmt: skip
    result = evaluate(candidate, baseline, suite, cand, base, gate_settings,
                      judge_version=judge.version, threshold=threshold)  # fmt: skip
    return GateRun(result, time.perf_counter() - start, client.spend)
