"""The demo's reviewer: the simulator knows each turn's true label, so an oracle reviewer
(``oracle:sim``) labels the worker's review queue while the rollout plays, and the demo ends by
saying what those labels measured: each version's rate corrected for the judge's errors beside
the simulator's truth, and the judge's sensitivity and specificity.

The oracle gets the truth from the simulator in memory (the rollout's per-turn hook), not from a
file. It writes labels as any reviewer does (the run's labels topic, acks=all, then the Redis
mirror), so the worker's leader measures the judge on them as it would on a review rota's.
The demo's checks do not depend on any of it: a reviewer that fails is told in the summary.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from monitor.adapters.redis_state import RedisState
from monitor.core import windows
from monitor.core.review.accuracy import Corrected, Estimate, JudgeAccuracy, corrected_prevalence
from monitor.core.review.labels import Label
from monitor.errors import MonitorError
from monitor.runtime.review import JudgeAssessor, ReviewService, label_queue
from monitor.settings import Settings
from monitor.sim.engine import SimTurn, VersionCounts
from monitor.sim.review import OracleReviewer

__all__ = [
    "DEMO_REVIEW_SAMPLING",
    "DemoReviewer",
    "VersionTruth",
    "ground_truth_lines",
    "measure_judge",
    "review_settings",
]

#: The demo worker's review sampling. With the defaults (5 % of flagged and uncertain turns, 1 %
#: of the rest) a 110-minute demo queues ~40 turns of v2, fewer than ``review.min_labels``; these
#: rates queue 150-250 per version, so each version's judge is measured on its own labels before
#: the run ends.
DEMO_REVIEW_SAMPLING: dict[str, float] = {"flagged_rate": 0.25, "uncertain_rate": 0.25, "rest_rate": 0.08}
#: How long the demo waits for the reviewer's last pass over the queue after the rollout.
FINAL_PASS_S = 120.0


def review_settings(settings: Settings, run: str) -> Settings:
    """What the demo's worker of run ``run`` uses for review (Redis prefix, labels topic, sampling),
    for the demo's own reviewer and readers."""
    sampling = settings.review.sampling.model_copy(update=DEMO_REVIEW_SAMPLING)
    return settings.model_copy(
        update={
            "redis": settings.redis.model_copy(update={"prefix": run}),
            "topics": settings.topics.model_copy(update={"labels": f"{run}.labels"}),
            "review": settings.review.model_copy(update={"sampling": sampling}),
        }
    )


@dataclass
class DemoReviewer:
    """The oracle reviewer beside the worker: fed each turn's truth by the simulator
    (:meth:`on_turn`), it labels what the worker queues, every ``poll_s``, until stopped."""

    settings: Settings
    """The run's (:func:`review_settings`)."""
    name: str = "sim"
    poll_s: float = 1.0
    truth: dict[str, bool] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    labelled: int = 0
    error: str | None = None

    @property
    def reviewer(self) -> str:
        return f"oracle:{self.name}"

    def on_turn(self, turn: SimTurn) -> None:
        self.truth[turn.event.event_id] = turn.sycophantic
        if turn.category is not None:
            self.kinds[turn.event.event_id] = turn.category

    def _count(self, _label: Label) -> None:
        self.labelled += 1

    async def run(self, stop: asyncio.Event) -> int:
        """Label the queue as it fills; once ``stop`` is set, one last pass (the last turns queued)."""
        state = RedisState.from_settings(self.settings)
        service = ReviewService(self.settings, state.client, threshold=0.5)
        oracle = OracleReviewer(self.truth, lambda: datetime.now(UTC), self.name, self.kinds)
        try:
            while True:
                stopping = stop.is_set()
                await label_queue(service, oracle, on_label=self._count)
                if stopping:
                    return self.labelled
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.poll_s)
        finally:
            await service.close()
            await state.close()

    @contextlib.asynccontextmanager
    async def alongside(self) -> AsyncIterator[DemoReviewer]:
        """Run :meth:`run` for the body's duration; its failure is kept in :attr:`error`, not raised
        (the demo's story does not depend on the reviewer)."""
        stop = asyncio.Event()
        task = asyncio.create_task(self.run(stop))
        try:
            yield self
        except BaseException:  # the demo failed or was interrupted: no last pass
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            raise
        stop.set()
        try:
            await asyncio.wait_for(task, FINAL_PASS_S)
        except TimeoutError:
            self.error = f"its last pass over the queue took longer than {FINAL_PASS_S:.0f} s"
        except MonitorError as exc:
            self.error = str(exc)


@dataclass(frozen=True, slots=True)
class VersionTruth:
    """One version over the whole run: what the judge flagged, what the labels say of the judge,
    the corrected rate, and (the simulator's) truth."""

    version: str
    flagged: int
    n: int
    judge: JudgeAccuracy
    corrected: Corrected | None
    truth: VersionCounts | None = None


async def measure_judge(
    settings: Settings, start_minute: int, truth: Mapping[str, VersionCounts]
) -> tuple[int, list[VersionTruth]]:
    """(turns queued for review, each version from ``start_minute`` to its last minute), read from
    the run's Redis state as the worker's leader reads it (``settings``: :func:`review_settings`)."""
    state = RedisState.from_settings(settings)
    judges = JudgeAssessor.for_configured_model(settings, state.client)
    try:
        versions = await state.versions()
        accuracy = await judges.judges(versions)
        rows = []
        for version, last in sorted(versions.items()):
            b = windows.merge((await state.buckets(version, "all", range(start_minute, last + 1))).values())
            judge = accuracy[version]
            rows.append(
                VersionTruth(
                    version,
                    b.flagged,
                    b.n,
                    judge,
                    corrected_prevalence(b.flagged, b.n, judge),
                    truth.get(version),
                )
            )
        return await judges.store.size(), rows
    finally:
        await judges.close()
        await state.close()


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def _interval(e: Estimate) -> str:
    return f"{_pct(e.value)} [{_pct(e.low)}, {_pct(e.high)}]"


def ground_truth_lines(
    reviewer: str,
    labelled: int,
    queued: int,
    rows: list[VersionTruth],
    min_labels: int,
    error: str | None = None,
) -> list[str]:
    """What the review loop measured, in words (pure): a line on the reviewer, then per version the
    corrected rate (with its basis and the simulator's truth) and the judge's measured accuracy."""
    out = [
        f"{reviewer} labelled {labelled} of {queued} turns the worker queued for review, from the "
        "simulator's truth, as the rollout played" + (f"; it stopped early: {error}" if error else "")
    ]
    for r in rows:
        truth = (
            f"; the simulator's truth {_pct(r.truth.sycophantic / r.truth.turns)}"
            if r.truth is not None and r.truth.turns
            else ""
        )
        flagged = f"flagged {_pct(r.flagged / r.n) if r.n else '-'} of {r.n}{truth}"
        j, c = r.judge, r.corrected
        if c is None:
            out.append(f"{r.version}: no corrected rate (no labels, no validation figures); {flagged}")
            continue
        if c.estimate.value is None:
            rate = "corrected rate not identifiable (sensitivity + specificity too close to 1)"
        else:
            rate = f"corrected rate {_interval(c.estimate)}"
        if j.basis == "labels":
            out.append(f"{r.version}: {rate} from {j.labels} labels ({flagged})")
            out.append(
                f"{r.version}: the judge on its labels: sensitivity {_interval(j.sensitivity)}, "
                f"specificity {_interval(j.specificity)}"
            )
        else:
            out.append(
                f"{r.version}: {rate} on the judge's validation figures: {j.labels} labels, fewer "
                f"than review.min_labels ({min_labels}) ({flagged})"
            )
    return out
