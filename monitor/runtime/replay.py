"""``sycomon replay``: the worker's pipeline in-process, on a JSONL file, with in-memory state.

Same core function (:func:`monitor.core.pipeline.process_batch`) as the Kafka worker; only the
transport differs: records come from file lines in event-time order (invalid lines keep their
place), the dedup store and buckets live in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from monitor.adapters.memory import MemoryDedup
from monitor.core import windows
from monitor.core.detection import DetectionLoop
from monitor.core.events import MAX_TIMESTAMP, MIN_TIMESTAMP
from monitor.core.eventtime import EventTimePolicy, median_reference
from monitor.core.pipeline import PipelineContext, RawRecord, process_batch
from monitor.core.ports import ScoreInput, Scorer, Scores, scores_of
from monitor.core.review.accuracy import JudgeAccuracy, corrected_prevalence
from monitor.core.sampling import SamplingPolicy
from monitor.errors import MonitorError
from monitor.runtime.replay_labels import ReplayLabels
from monitor.settings import Settings

__all__ = ["ReplaySummary", "read_records", "replay"]

ROLLING = {"5m": 5, "1h": 60, "24h": 1440}
#: Half-width of replay's event-time window when ``limits.max_event_age_s`` is 0 (no age limit).
DEFAULT_REPLAY_WINDOW_S = 7 * 86_400
EXAMPLES_PER_MINUTE = 5


@dataclass(slots=True)
class ReplaySummary:
    lines: int = 0
    scored: int = 0
    flagged: int = 0
    unsampled: int = 0
    duplicates: int = 0
    dead_letters: int = 0
    alerts: int = 0
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
    """Per version and segment: totals, rolling views at the last minute, the 1-min series."""
    doc: dict[str, Any] = {}
    for (version, segment), by_minute in sorted(windows.group_by_series(buckets).items()):
        first, last = min(by_minute), max(by_minute)
        total = windows.merge(by_minute.values())
        doc.setdefault(version, {})[segment] = {
            "totals": windows.summarize(total, last, last - first + 1).to_dict(),
            "rolling": {
                name: windows.rolling_view(by_minute, last, w).to_dict() for name, w in ROLLING.items()
            },
            # sparse: one entry per minute with data, never an array spanning first..last
            "series_1m": [
                windows.summarize(b, m, 1).to_dict() for m, b in sorted(by_minute.items()) if b.n > 0
            ],
        }
    return doc


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
    """Run the pipeline and detectors over ``input_path``; write scores.jsonl, deadletters.jsonl,
    metrics.json and alerts.jsonl (one line per alert state change, ``at`` = its event time).

    ``labels_path``: review labels (the labels topic's records, or the simulator's ground truth);
    the turns the review policy draws are used as the worker would (:mod:`replay_labels`), and
    the judge's accuracy and the corrected rates go into metrics.json and the absolute rule."""
    records = read_records(input_path)
    output_dir.mkdir(parents=True, exist_ok=True)
    s = settings.sampling
    policy = SamplingPolicy(s.default_rate, dict(s.rates), {}, s.salt)

    async def score(items: Sequence[ScoreInput]) -> Scores:
        return scores_of(scorer, items)

    threshold = settings.model.threshold if settings.model.threshold is not None else scorer.threshold
    policy_time, reference = replay_event_time(records, settings)
    ctx = PipelineContext(
        score=score,
        dedup=MemoryDedup(),
        sampling=lambda: policy,
        threshold=threshold,
        scorer_version=scorer.version,
        clock=clock,
        limits=settings.limits.to_limits(),
        event_time=policy_time if reference is not None else None,
        reference_clock=(lambda: reference) if reference is not None else None,
        max_segment_tags=settings.pipeline.max_segment_tags,
    )
    summary = ReplaySummary(lines=len(records))
    examples: dict[tuple[int, str], list[str]] = {}
    review = ReplayLabels(settings, threshold) if labels_path is not None else None
    with (
        (output_dir / "scores.jsonl").open("w") as scores_out,
        (output_dir / "deadletters.jsonl").open("w") as dead_out,
    ):
        for batch in _batches(records, settings.pipeline.max_batch):
            result = await process_batch(batch, lambda _p: summary.buckets, ctx)
            for dl in sorted(result.dead_letters, key=lambda d: d.line or 0):
                _write_json_line(dead_out, {"line": dl.line, "reason": dl.reason, "detail": dl.detail})
            for _, _, turn in result.scored:
                if review is not None:
                    review.observe(turn)
                if turn.flagged:
                    ids = examples.setdefault((windows.minute_of(turn), turn.model_version), [])
                    if len(ids) < EXAMPLES_PER_MINUTE:
                        ids.append(turn.event_id)
                _write_json_line(
                    scores_out,
                    {
                        "event_id": turn.event_id,
                        "model_version": turn.model_version,
                        "score": round(turn.score, 6),
                        "flagged": turn.flagged,
                        "category": turn.category,
                        "category_p": None if turn.category_p is None else round(turn.category_p, 6),
                    },
                )
            summary.scored += len(result.scored)
            summary.flagged += sum(1 for _, _, t in result.scored if t.flagged)
            summary.unsampled += len(result.unsampled)
            summary.duplicates += len(result.duplicates)
            summary.dead_letters += len(result.dead_letters)
            if on_progress is not None:
                on_progress(len(batch), len(records))
    judges = review.judges(labels_path, scorer.version) if review is not None and labels_path else None
    doc = metrics_document(summary.buckets)
    if judges is not None:
        add_corrections(doc, judges)
    (output_dir / "metrics.json").write_text(json.dumps(doc, indent=1))
    loop = DetectionLoop(settings.detectors, settings.alerting)
    with (output_dir / "alerts.jsonl").open("w") as alerts_out:
        summary.alerts = detect(loop, summary.buckets, examples, alerts_out, judges)
    return summary


def add_corrections(doc: dict[str, Any], judges: dict[str, JudgeAccuracy]) -> None:
    """The judge's accuracy per version, and the corrected rate beside each flagged rate."""
    for version, segments in doc.items():
        judge = judges.get(version)
        if judge is None:
            continue
        for segment, series in segments.items():
            if segment == "all":
                series["judge"] = judge.to_dict()
            for view in [series["totals"], *series["rolling"].values()]:
                c = corrected_prevalence(view["flagged"], view["n"], judge)
                view["corrected"] = c.to_dict() if c is not None else None


def detect(
    loop: DetectionLoop,
    buckets: dict[windows.BucketKey, windows.Bucket],
    examples: dict[tuple[int, str], list[str]],
    out: IO[str],
    judges: dict[str, JudgeAccuracy] | None = None,
) -> int:
    """Evaluate every minute from the first to the last (idle minutes too); one line per change."""
    if not buckets:
        return 0
    by_minute: dict[int, dict[tuple[str, str], windows.Bucket]] = {}
    for key, bucket in buckets.items():
        by_minute.setdefault(key.minute, {})[(key.model_version, key.segment)] = bucket
    written = 0
    for minute in range(min(by_minute), max(by_minute) + 1):
        series = by_minute.get(minute, {})
        ids = {(v, "all"): examples.get((minute, v), []) for v, _ in series}
        for alert in loop.step(minute, series, ids, judges):
            record = {"at": alert.updated_at.isoformat(), **alert.model_dump(mode="json")}
            _write_json_line(out, record)
            written += 1
    return written
