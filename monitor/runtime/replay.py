"""``sycomon replay``: the worker's twin, in-process, on a JSONL file, with in-memory stores.

The very same parts as the worker, wired to memory instead of Kafka and Redis:
:class:`~monitor.runtime.batch.BatchProcessor` (pipeline, mirror, table, outputs, mitigation
feed) on a :class:`~monitor.adapters.memory.MemoryState` and a dict table;
:class:`~monitor.runtime.detection.DetectionService` (detectors and the alert lifecycle) ticked
as the leader's timer would; the mitigation service of
:func:`~monitor.runtime.services.build_mitigation` on a
:class:`~monitor.adapters.memory.MemoryMitigationStore`, with no rollback webhook called.

What differs is the transport and the clock: records come from file lines in event-time order
(invalid lines keep their place) and time is the file's own, the newest event time processed
(:class:`EventClock`). At the end of the file no data is still coming, so the minutes the worker
would keep open for late events are closed too (``DetectionService.tick(flush=True)``).

Outputs: ``scores.jsonl``, ``deadletters.jsonl``, ``metrics.json``, ``alerts.jsonl`` (every
alert notification the worker would put in its outbox, ``at`` its event time) and
``mitigations.jsonl`` (the mitigation audit log).

With review labels (``--labels``) the worker's review hook after scoring draws the same turns
(:mod:`~monitor.runtime.replay_labels`), and the detectors get the judge measured on their labels
(see :func:`replay`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import tempfile
from collections.abc import Callable, Coroutine, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TypeVar

import numpy as np
from prometheus_client import CollectorRegistry

from monitor.adapters.memory import MemoryMitigationStore, MemoryState
from monitor.core import windows
from monitor.core.events import MAX_TIMESTAMP, MIN_TIMESTAMP, Alert
from monitor.core.eventtime import EventTimePolicy, median_reference
from monitor.core.pipeline import BatchResult, PipelineContext, RawRecord
from monitor.core.ports import ScoreInput, Scorer, Scores, scores_of
from monitor.core.review.accuracy import JudgeAccuracy, corrected_prevalence
from monitor.core.sampling import SamplingPolicy
from monitor.errors import MonitorError
from monitor.runtime.batch import BatchProcessor, ReviewFeed
from monitor.runtime.detection import DetectionMetrics, DetectionService, JudgeSource
from monitor.runtime.replay_labels import ReplayLabels, read_labels
from monitor.runtime.services import build_mitigation, on_alert
from monitor.settings import Settings

__all__ = [
    "EventClock",
    "FixedJudges",
    "ReplaySummary",
    "ScoreCache",
    "add_corrections",
    "read_records",
    "replay",
]

T = TypeVar("T")
#: Half-width of replay's event-time window when ``limits.max_event_age_s`` is 0 (no age limit).
DEFAULT_REPLAY_WINDOW_S = 7 * 86_400


@dataclass(slots=True)
class ReplaySummary:
    lines: int = 0
    scored: int = 0
    flagged: int = 0
    unsampled: int = 0
    duplicates: int = 0
    dead_letters: int = 0
    alerts: int = 0
    mitigations: int = 0
    buckets: dict[windows.BucketKey, windows.Bucket] = field(default_factory=dict)


def _event_time(line: bytes) -> float:
    """Sort key: the event's timestamp when it parses, else +inf (kept in file order)."""
    try:
        obj = json.loads(line)
        return datetime.fromisoformat(str(obj["timestamp"]).replace("Z", "+00:00")).timestamp()
    except (ValueError, KeyError, TypeError, RecursionError):
        return float("inf")


def read_records(path: Path) -> list[RawRecord]:
    """Non-empty lines of ``path`` in event-time order; ``offset`` is the processing order."""
    try:
        raw_lines = path.read_bytes().split(b"\n")
    except OSError as exc:
        raise MonitorError(f"cannot read {path}: {exc}") from exc
    numbered = [(i + 1, line.rstrip(b"\r")) for i, line in enumerate(raw_lines) if line.strip()]
    numbered.sort(key=lambda item: (_event_time(item[1]), item[0]))
    return [
        RawRecord(value=line, offset=pos, partition=0, topic=None, line=n)
        for pos, (n, line) in enumerate(numbered)
    ]


def replay_event_time(
    records: Sequence[RawRecord], settings: Settings
) -> tuple[EventTimePolicy, datetime | None]:
    """Replay's event-time policy: the reference clock is the file's own, its median event time
    (robust to a few outliers, unlike its first, last or newest), and the window is symmetric,
    ``limits.max_event_age_s`` (7 days; 7 days too when 0) either side of it. A file is a record
    of the past, so the worker's small future skew would not fit; a window bounded both ways
    keeps one event dated 2099 (or 1970) from stretching the minutes replay evaluates."""
    lo, hi = MIN_TIMESTAMP.timestamp(), MAX_TIMESTAMP.timestamp()  # the contract's own bounds
    times = [t for t in (_event_time(r.value) for r in records) if lo <= t < hi]
    reference = median_reference(datetime.fromtimestamp(t, UTC) for t in times)
    half = float(settings.limits.max_event_age_s or DEFAULT_REPLAY_WINDOW_S)
    return EventTimePolicy(max_future_skew_s=half, max_age_s=half), reference


def _batches(records: Sequence[RawRecord], size: int) -> Iterator[Sequence[RawRecord]]:
    for start in range(0, len(records), size):
        yield records[start : start + size]


def _write_json_line(out: IO[str], obj: dict[str, Any]) -> None:
    out.write(json.dumps(obj, separators=(",", ":")) + "\n")


def metrics_document(buckets: dict[windows.BucketKey, windows.Bucket]) -> dict[str, Any]:
    """Per version and segment: totals, the standard rolling views (``windows.VIEW_WIDTHS``) at
    the last minute, the 1-min series."""
    doc: dict[str, Any] = {}
    for (version, segment), by_minute in sorted(windows.group_by_series(buckets).items()):
        first, last = min(by_minute), max(by_minute)
        total = windows.merge(by_minute.values())
        doc.setdefault(version, {})[segment] = {
            "totals": windows.summarize(total, last, last - first + 1).to_dict(),
            "rolling": {
                name: view.to_dict() for name, view in windows.standard_views(by_minute, last).items()
            },
            # sparse: one entry per minute with data, never an array spanning first..last
            "series_1m": [
                windows.summarize(b, m, 1).to_dict() for m, b in sorted(by_minute.items()) if b.n > 0
            ],
        }
    return doc


class EventClock:
    """Replay's "now": the newest event time processed so far (never moves back)."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def __call__(self) -> datetime:
        return self._now

    def advance_to(self, at: datetime) -> None:
        self._now = max(self._now, at)


class FileOutputs:
    """The worker's outputs (scores and dead-letter topics), as JSONL files."""

    def __init__(self, scores: IO[str], dead_letters: IO[str]) -> None:
        self._scores = scores
        self._dead = dead_letters

    async def publish(self, result: BatchResult) -> None:
        for dl in sorted(result.dead_letters, key=lambda d: d.line or 0):
            _write_json_line(self._dead, {"line": dl.line, "reason": dl.reason, "detail": dl.detail})
        for _, _, turn in result.scored:
            _write_json_line(
                self._scores,
                {
                    "event_id": turn.event_id,
                    "model_version": turn.model_version,
                    "score": round(turn.score, 6),
                    "flagged": turn.flagged,
                    "category": turn.category,
                    "category_p": None if turn.category_p is None else round(turn.category_p, 6),
                },
            )


class AlertLog:
    """The worker's alert outbox, as ``alerts.jsonl``: one line per notification."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self.written = 0

    async def enqueue(self, alert: Alert) -> None:
        _write_json_line(self._out, {"at": alert.updated_at.isoformat(), **alert.model_dump(mode="json")})
        self.written += 1


#: The worker's loggers of alert and mitigation events: replay writes those events to its files,
#: and repeating each as a WARNING line on stderr would bury the summary.
_EVENT_LOGGERS = (
    "monitor.runtime.detection",
    "monitor.runtime.services",
    "monitor.adapters.mitigation_store",
)


@contextlib.contextmanager
def _events_not_logged() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in _EVENT_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


async def _no_deadline(_name: str, step: Coroutine[Any, Any, T]) -> T:
    return await step  # memory does not hang: the worker's step deadlines have nothing to catch


def _newest_event(result: BatchResult) -> datetime | None:
    times = [turn.event_time for _, _, turn in result.scored]
    times += [event.timestamp for event in (*result.unsampled, *result.duplicates)]
    return max(times, default=None)


class FixedJudges:
    """:class:`JudgeSource` of replay ``--labels``: the judge measured once on all the file's labels."""

    def __init__(self, judges: Mapping[str, JudgeAccuracy]) -> None:
        self._judges = dict(judges)

    async def ensure_labels(self) -> None:
        pass

    async def judges(self, versions: Iterable[str]) -> dict[str, JudgeAccuracy]:
        return {v: self._judges[v] for v in versions if v in self._judges}

    async def export(self, last_hour: Mapping[tuple[str, str], tuple[int, int]]) -> None:
        pass


class ScoreCache:
    """Each distinct turn scored once over replay's two passes (``--labels``)."""

    def __init__(self, scorer: Scorer) -> None:
        self.scorer = scorer
        self._rows: dict[ScoreInput, tuple[float, int, float]] = {}

    def __call__(self, items: Sequence[ScoreInput]) -> Scores:
        missing = list(dict.fromkeys(it for it in items if it not in self._rows))
        if missing:
            new = scores_of(self.scorer, missing)
            for i, item in enumerate(missing):
                self._rows[item] = (float(new.p[i]), int(new.category[i]), float(new.category_p[i]))
        rows = [self._rows[it] for it in items]
        return Scores(
            np.array([r[0] for r in rows], dtype=np.float32),
            np.array([r[1] for r in rows], dtype=np.int8),
            np.array([r[2] for r in rows], dtype=np.float32),
        )


async def replay(
    input_path: Path,
    output_dir: Path,
    settings: Settings,
    scorer: Scorer,
    *,
    clock: Callable[[], datetime],
    on_progress: Callable[[int, int], None] | None = None,
    labels_path: Path | None = None,
) -> ReplaySummary:
    """Run the worker's parts over ``input_path``; ``clock`` stamps ``scored_at`` (processing
    time). Writes the files listed in the module docstring.

    ``labels_path``: review labels (the labels topic's records, or the simulator's ground truth).
    The file is then run twice: the first pass draws turns for review as the worker's review hook
    would (:mod:`replay_labels`) and measures the judge on the labels of the drawn ones; the
    second is the twin proper, its detectors given that measure from the first minute (a worker
    whose labels topic already holds every label: the absolute rule on the corrected rate, the
    judge-drift rule), and metrics.json carries the judge's accuracy and the corrected rates.
    Each turn is scored once."""
    records = read_records(input_path)
    output_dir.mkdir(parents=True, exist_ok=True)
    threshold = settings.model.threshold if settings.model.threshold is not None else scorer.threshold
    score = ScoreCache(scorer)
    judges: dict[str, JudgeAccuracy] | None = None
    if labels_path is not None:
        read_labels(labels_path)  # a bad labels file fails before the first pass
        review = ReplayLabels(settings, threshold)
        with tempfile.TemporaryDirectory(prefix="sycomon-replay-") as scratch:
            await _twin(records, Path(scratch), settings, score, scorer.version, threshold, clock,
                        on_progress, review=review)  # fmt: skip
        judges = review.judges(labels_path, scorer.version)
        on_progress = None
    summary = await _twin(
        records, output_dir, settings, score, scorer.version, threshold, clock, on_progress,
        judges=FixedJudges(judges) if judges is not None else None,
    )  # fmt: skip
    doc = metrics_document(summary.buckets)
    if judges is not None:
        add_corrections(doc, judges)
    (output_dir / "metrics.json").write_text(json.dumps(doc, indent=1))
    return summary


def add_corrections(doc: dict[str, Any], judges: Mapping[str, JudgeAccuracy]) -> None:
    """The judge's accuracy per version, and the corrected rate beside each flagged rate (a review
    segment's series corrected with its own figures once they rest on labels)."""
    for version, segments in doc.items():
        judge = judges.get(version)
        if judge is None:
            continue
        for segment, series in segments.items():
            if segment == "all":
                series["judge"] = judge.to_dict()
            own = judge.for_segment(segment)
            for view in [series["totals"], *series["rolling"].values()]:
                c = corrected_prevalence(view["flagged"], view["n"], own)
                view["corrected"] = c.to_dict() if c is not None else None


async def _twin(
    records: Sequence[RawRecord],
    output_dir: Path,
    settings: Settings,
    score_fn: Callable[[Sequence[ScoreInput]], Scores],
    scorer_version: str,
    threshold: float,
    clock: Callable[[], datetime],
    on_progress: Callable[[int, int], None] | None,
    *,
    review: ReviewFeed | None = None,
    judges: JudgeSource | None = None,
) -> ReplaySummary:
    """One run of the twin over ``records``: every output file but metrics.json."""
    s = settings.sampling
    policy = SamplingPolicy(s.default_rate, dict(s.rates), {}, s.salt)

    async def score(items: Sequence[ScoreInput]) -> Scores:
        return score_fn(items)

    policy_time, reference = replay_event_time(records, settings)
    now = EventClock(MIN_TIMESTAMP)  # moves with the first event processed
    state = MemoryState(wall=lambda: now().timestamp())
    table: dict[str, list[int]] = {}
    ctx = PipelineContext(
        score=score,
        dedup=state,
        sampling=lambda: policy,
        threshold=threshold,
        scorer_version=scorer_version,
        clock=clock,
        limits=settings.limits.to_limits(),
        event_time=policy_time if reference is not None else None,
        reference_clock=(lambda: reference) if reference is not None else None,
        max_segment_tags=settings.pipeline.max_segment_tags,
    )
    summary = ReplaySummary(lines=len(records))
    store = MemoryMitigationStore(now)
    with (
        _events_not_logged(),
        (output_dir / "scores.jsonl").open("w") as scores_out,
        (output_dir / "deadletters.jsonl").open("w") as dead_out,
        (output_dir / "alerts.jsonl").open("w") as alerts_out,
    ):
        alerts = AlertLog(alerts_out)
        mitigation = build_mitigation(settings.mitigation, store, outbox=alerts, clock=now, webhooks=False)
        detection = DetectionService(
            settings,
            state,
            alerts,
            DetectionMetrics(CollectorRegistry()),
            on_alert=on_alert(mitigation),
            clock=now,
            judges=judges,
        )
        process = BatchProcessor(
            ctx, state, table, FileOutputs(scores_out, dead_out), mitigation, _no_deadline, review=review
        )
        ticked: int | None = None
        for batch in _batches(records, settings.pipeline.max_batch):
            result = await process(batch)
            newest = _newest_event(result)
            if newest is not None:
                now.advance_to(newest)
            minute = int(now().timestamp()) // 60
            if minute != ticked:  # the leader's tick, once per minute of event time
                await _tick(detection, mitigation.tick)
                ticked = minute
            summary.scored += len(result.scored)
            summary.flagged += sum(1 for _, _, t in result.scored if t.flagged)
            summary.unsampled += len(result.unsampled)
            summary.duplicates += len(result.duplicates)
            summary.dead_letters += len(result.dead_letters)
            if on_progress is not None:
                on_progress(len(batch), len(records))
        await _tick(detection, mitigation.tick, flush=True)
        summary.alerts = alerts.written
    summary.buckets = {
        windows.BucketKey.decode(key.split("|", 1)[1]): windows.Bucket.from_json(raw)
        for key, raw in table.items()
    }
    with (output_dir / "mitigations.jsonl").open("w") as out:
        for entry in store.audit:
            _write_json_line(out, entry.to_json())
    summary.mitigations = len(store.audit)
    return summary


async def _tick(
    detection: DetectionService, expire: Callable[[], Coroutine[Any, Any, object]], *, flush: bool = False
) -> None:
    """Detection until no closed minute is left (a tick evaluates at most
    ``detection.max_catch_up_minutes``), then mitigation expiries: the leader's tick."""
    while True:
        before = detection.loop.last_minute if detection.loop is not None else None
        await detection.tick(flush=flush)
        after = detection.loop.last_minute if detection.loop is not None else None
        if after == before:
            break
    await expire()
