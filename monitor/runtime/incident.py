"""The incident view's data: what the page (``/ui``) and ``sycomon report`` draw, read from the
live state (the Redis mirror, the alert history, the mitigation audit log).

Everything is on the event-time axis (the minutes the turns happened in). Audit entries carry
wall times; each is placed at the event-time minute the leader had evaluated when it happened
(``detection:clock``), which is also what it is, causally: the patch acts on what detection saw.
Ids, counts and figures only: no prompt or reply text is read.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.adapters.mitigation_store import MitigationStore
from monitor.adapters.redis_state import RedisState
from monitor.core import windows
from monitor.core.detectors.kernels import wilson_interval
from monitor.runtime.review import JudgeAssessor
from monitor.runtime.views import version_views
from monitor.settings import Settings

__all__ = [
    "IncidentData",
    "Point",
    "TimelineEntry",
    "collect_incident",
    "collect_replay",
    "health_from_metrics",
    "minute_iso",
    "settings_in_force",
    "write_report_files",
]

Z95 = 1.959964


def minute_iso(minute: int | None) -> str:
    return "-" if minute is None else datetime.fromtimestamp(minute * 60, tz=UTC).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class Point:
    """One minute of one version, smoothed over the trailing ``window`` minutes."""

    minute: int
    n: int
    flagged: int
    rate: float | None
    lo: float | None
    hi: float | None
    up_flagged: float | None  # thumbs-up rate among rated flagged turns
    up_unflagged: float | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One thing that happened: ``kind`` is detected / notified / resolved / patched / verified /
    escalated / ... ; ``minute`` is event time, ``wall`` the wall clock (None where not known)."""

    kind: str
    minute: int | None
    wall: float | None
    model_version: str
    what: str
    fingerprint: str | None = None


@dataclass
class IncidentData:
    title: str
    start_minute: int
    end_minute: int
    window_minutes: int
    series: dict[str, list[Point]]
    alerts: list[dict[str, Any]]
    timeline: list[TimelineEntry]
    segments: list[tuple[str, str, int, int]]  # version, segment, scored, flagged (the whole range)
    health: list[tuple[str, str]]
    settings: dict[str, Any]
    evaluation: dict[str, Any] | None
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)  # version -> kind -> flagged (range)
    #: version -> the last hour's rate corrected for the judge's errors (views' ``corrected``)
    corrected: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    generated_at: float = field(default_factory=lambda: datetime.now(UTC).timestamp())
    thumbs_window_minutes: int = 30

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "start_minute": self.start_minute,
            "end_minute": self.end_minute,
            "window_minutes": self.window_minutes,
            "series": {v: [asdict(p) for p in pts] for v, pts in self.series.items()},
            "alerts": self.alerts,
            "timeline": [asdict(t) for t in self.timeline],
            "segments": [list(s) for s in self.segments],
            "kinds": self.kinds,
            "health": [list(h) for h in self.health],
            "settings": self.settings,
            "evaluation": self.evaluation,
            "generated_at": self.generated_at,
        }


def _smooth(
    buckets: dict[int, windows.Bucket], start: int, end: int, window: int, thumbs_window: int
) -> list[Point]:
    """Per minute: the flagged rate over the trailing ``window`` minutes (Wilson 95 % interval)
    and the thumbs-up rates over the trailing ``thumbs_window`` (feedback is sparser)."""
    out: list[Point] = []
    for minute in range(start, end + 1):
        merged = windows.merge(buckets[m] for m in range(minute - window + 1, minute + 1) if m in buckets)
        wide = windows.merge(
            buckets[m] for m in range(minute - thumbs_window + 1, minute + 1) if m in buckets
        )
        n, f = merged.n, merged.flagged
        rated_f = wide.up_flagged + wide.down_flagged
        rated_u = wide.up_unflagged + wide.down_unflagged
        lo, hi = wilson_interval(f, n, Z95) if n else (None, None)
        out.append(
            Point(
                minute, n, f, f / n if n else None, lo, hi,
                wide.up_flagged / rated_f if rated_f else None,
                wide.up_unflagged / rated_u if rated_u else None,
            )
        )  # fmt: skip
    return out


def _assemble(
    by_series: Mapping[tuple[str, str], Mapping[int, windows.Bucket]],
    start: int,
    end: int,
    window: int,
    thumbs_window: int,
) -> tuple[dict[str, list[Point]], list[tuple[str, str, int, int]], dict[str, dict[str, int]]]:
    """Per version the smoothed series (segment ``all``), per (version, segment) the totals over
    ``start..end``, per version the flagged turns by kind."""
    series: dict[str, list[Point]] = {}
    segments: list[tuple[str, str, int, int]] = []
    kinds: dict[str, dict[str, int]] = {}
    for (version, segment), buckets in sorted(by_series.items()):
        merged = windows.merge(b for m, b in buckets.items() if start <= m <= end)
        if segment == "all":
            series[version] = _smooth(dict(buckets), start, end, window, thumbs_window)
            kinds[version] = {k: c for k, c in merged.flagged_by_category().items() if c}
        if merged.n:
            segments.append((version, segment, merged.n, merged.flagged))
    return series, segments, kinds


def _event_minute(clock: list[tuple[float, int]], wall: float) -> int | None:
    """The event time of something that happened at wall time ``wall``: the end of the minute the
    leader was evaluating then (the first evaluation finished at or after it), as an alert raised
    while evaluating a minute is dated at that minute's end. After the last evaluation: the end
    of the last minute evaluated."""
    if not clock:
        return None
    i = bisect.bisect_left([w for w, _ in clock], wall)
    return clock[min(i, len(clock) - 1)][1] + 1


def _alert_entries(alerts: list[dict[str, Any]]) -> list[TimelineEntry]:
    out: list[TimelineEntry] = []
    for a in alerts:
        status, version, fp = a.get("status"), str(a.get("model_version")), a.get("fingerprint")
        ev = a.get("evidence") or {}
        figures = f"statistic {ev.get('statistic')} vs threshold {ev.get('threshold')}"
        if status == "firing":
            started = datetime.fromisoformat(a["started_at"])
            updated = datetime.fromisoformat(a["updated_at"])
            transition = a.get("transition") or "new"
            if transition == "new":
                out.append(
                    TimelineEntry(
                        "detected",
                        int(started.timestamp()) // 60,
                        None,
                        version,
                        f"{a.get('rule')} {a.get('severity')}: {figures}",
                        fp,
                    )
                )
            out.append(
                TimelineEntry(
                    "notified",
                    int(updated.timestamp()) // 60,
                    a.get("notified_wall"),
                    version,
                    f"{a.get('rule')} {transition}: {a.get('summary')}",
                    fp,
                )
            )
        elif status == "resolved":
            at = datetime.fromisoformat(a.get("resolved_at") or a["updated_at"])
            out.append(
                TimelineEntry(
                    "resolved",
                    int(at.timestamp()) // 60,
                    a.get("notified_wall"),
                    version,
                    f"{a.get('rule')} resolved: {a.get('summary')}",
                    fp,
                )
            )
    return out


_AUDIT_KIND = {
    "apply_patch": "patched",
    "verified": "verified",
    "remove_patch": "unpatched",
    "escalate": "escalated",
    "request_approval": "approval requested",
    "dry_run": "dry run",
    "call_webhook": "rollback hook",
    "kill_switch": "kill switch",
}


async def collect_incident(
    state: RedisState,
    store: MitigationStore,
    *,
    settings: dict[str, Any],
    health: list[tuple[str, str]] | None = None,
    until_minute: int | None = None,
    minutes: int = 120,
    window: int = 5,
    thumbs_window: int = 30,
    fingerprint: str | None = None,
    title: str = "sycophancy incident",
    judges: JudgeAssessor | None = None,
) -> IncidentData:
    """Read one time range (``minutes`` event-time minutes ending at ``until_minute``, default the
    newest minute with data) or, with ``fingerprint``, the range around that alert's episodes."""
    versions = await state.versions()
    alerts = await state.alert_history()
    if fingerprint is not None:
        alerts = [a for a in alerts if a.get("fingerprint") == fingerprint]
    newest = max(versions.values()) if versions else int(datetime.now(UTC).timestamp()) // 60
    end = until_minute if until_minute is not None else newest
    start = end - minutes + 1
    if fingerprint is not None and alerts:
        first = min(int(datetime.fromisoformat(a["started_at"]).timestamp()) // 60 for a in alerts)
        last = max(
            int(datetime.fromisoformat(a.get("resolved_at") or a["updated_at"]).timestamp()) // 60
            for a in alerts
        )
        start, end = first - 30, min(max(last + 30, first + 60), newest)
    by_series: dict[tuple[str, str], dict[int, windows.Bucket]] = {}
    rng = range(start - max(window, thumbs_window) + 1, end + 1)
    for version in sorted(versions):
        for segment in sorted(await state.segments(version) | {"all"}):
            buckets = await state.buckets(version, segment, rng)
            if buckets:
                by_series[(version, segment)] = buckets
    series, segments, kinds = _assemble(by_series, start, end, window, thumbs_window)
    corrected: dict[str, dict[str, Any] | None] = {}
    if judges is not None and series:
        views = await version_views(state, end, judges=judges)
        corrected = {v: info["windows"]["1h"].get("corrected") for v, info in views.items() if v in series}
    clock = await state.evaluated_clock()
    timeline = _alert_entries(alerts)
    for entry in await store.read_audit(count=1000):
        a = entry.action
        kind = _AUDIT_KIND.get(a.kind.value)
        if kind is None or (fingerprint is not None and a.fingerprint not in (None, fingerprint)):
            continue
        wall = a.at.timestamp()
        detail = f"{a.mitigation_id or ''} {a.reason}: {a.detail}".strip()
        timeline.append(
            TimelineEntry(
                kind, _event_minute(clock, wall), wall, a.model_version or "-", detail, a.fingerprint
            )
        )
    timeline.sort(key=lambda t: (t.minute if t.minute is not None else 0, t.wall or 0.0))
    timeline = [t for t in timeline if t.minute is None or start <= t.minute <= end]
    return IncidentData(
        title=title,
        start_minute=start,
        end_minute=end,
        window_minutes=window,
        series=series,
        alerts=alerts,
        timeline=timeline,
        segments=segments,
        kinds=kinds,
        health=list(health or []),
        settings=settings,
        evaluation=await state.load_json("detection", "last"),
        thumbs_window_minutes=thumbs_window,
        corrected=corrected,
    )


def settings_in_force(settings: Settings) -> dict[str, Any]:
    """The settings that decide what fires and what is done about it (secrets show as ``*``)."""
    return {
        "detectors": settings.detectors.model_dump(mode="json"),
        "alerting": settings.alerting.model_dump(mode="json"),
        "detection": settings.detection.model_dump(mode="json"),
        "mitigation": settings.mitigation.model_dump(mode="json"),
        "sampling": settings.sampling.model_dump(mode="json"),
    }


def health_from_metrics(text: str) -> list[tuple[str, str]]:
    """Dead letters, lag and dependency health from a worker's Prometheus exposition text."""
    from prometheus_client.parser import text_string_to_metric_families

    dead: dict[str, float] = {}
    lag = 0.0
    down: dict[str, float] = {}
    events = firing = 0.0
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == "sycomon_dead_letters_total":
                dead[s.labels.get("reason", "?")] = dead.get(s.labels.get("reason", "?"), 0.0) + s.value
            elif s.name == "sycomon_consumer_lag":
                lag += s.value
            elif s.name == "sycomon_dependency_down_seconds":
                down[s.labels.get("dependency", "?")] = s.value
            elif s.name == "sycomon_events_total":
                events += s.value
            elif s.name == "sycomon_alerts_firing":
                firing = s.value
    rows = [
        ("records taken", f"{events:.0f}"),
        (
            "dead letters",
            f"{sum(dead.values()):.0f}"
            + (
                " (" + ", ".join(f"{k} {v:.0f}" for k, v in sorted(dead.items()) if v) + ")"
                if any(dead.values())
                else ""
            ),
        ),
        ("consumer lag (records, all partitions)", f"{lag:.0f}"),
        ("alerts firing", f"{firing:.0f}"),
    ]
    rows += [(f"{dep} unreachable for", f"{v:.0f} s") for dep, v in sorted(down.items())]
    return rows


def write_report_files(data: IncidentData, stem: Path) -> tuple[Path, Path]:
    """``stem.html`` (self-contained) and ``stem.md``; returns both paths."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    html, md = stem.with_suffix(".html"), stem.with_suffix(".md")
    from monitor.runtime.incident_render import render_html, render_markdown

    html.write_text(render_html(data), encoding="utf-8")
    md.write_text(render_markdown(data, html.name), encoding="utf-8")
    return html, md


def collect_replay(
    output_dir: Path,
    *,
    settings: dict[str, Any],
    until_minute: int | None = None,
    minutes: int = 120,
    window: int = 5,
    thumbs_window: int = 30,
    fingerprint: str | None = None,
    title: str = "sycophancy incident (replay)",
) -> IncidentData:
    """The same view from a ``sycomon replay`` output directory (metrics.json's per-minute series,
    alerts.jsonl, deadletters.jsonl): alerts on the timeline, no mitigations (replay applies none)."""
    import numpy as np

    from monitor.core import kernels as K
    from monitor.core.categories import CATEGORIES
    from monitor.errors import ConfigError

    metrics = output_dir / "metrics.json"
    if not metrics.is_file():
        raise ConfigError(f"{output_dir} is not a replay output directory (no metrics.json)")
    by_series: dict[tuple[str, str], dict[int, windows.Bucket]] = {}
    scored = 0
    for version, segs in json.loads(metrics.read_text()).items():
        for segment, doc in segs.items():
            for row in doc.get("series_1m", []):
                counts = np.zeros(K.NFIELDS, dtype=np.int64)
                for field_, name in ((K.N, "n"), (K.FLAGGED, "flagged"), (K.UP_FLAGGED, "up_flagged"),
                                     (K.DOWN_FLAGGED, "down_flagged"), (K.UP_UNFLAGGED, "up_unflagged"),
                                     (K.DOWN_UNFLAGGED, "down_unflagged")):  # fmt: skip
                    counts[field_] = int(row.get(name) or 0)
                by_kind = row.get("flagged_by_category") or {}
                for i, kind in enumerate(CATEGORIES):
                    counts[K.CAT0 + i] = int(by_kind.get(kind) or 0)
                by_series.setdefault((version, segment), {})[int(row["end_minute"])] = windows.Bucket(counts)
                scored += int(row.get("n") or 0) if segment == "all" else 0
    alerts_path = output_dir / "alerts.jsonl"
    alerts = []
    if alerts_path.is_file():
        alerts = [json.loads(line) for line in alerts_path.read_text().splitlines() if line.strip()]
    if fingerprint is not None:
        alerts = [a for a in alerts if a.get("fingerprint") == fingerprint]
    newest = max((m for b in by_series.values() for m in b), default=0)
    end = until_minute if until_minute is not None else newest
    start = end - minutes + 1
    if fingerprint is not None and alerts:
        first = min(int(datetime.fromisoformat(a["started_at"]).timestamp()) // 60 for a in alerts)
        start, end = first - 30, min(first + 90, newest)
    series, segments, kinds = _assemble(by_series, start, end, window, thumbs_window)
    timeline = [t for t in _alert_entries(alerts) if t.minute is None or start <= t.minute <= end]
    dead = output_dir / "deadletters.jsonl"
    reasons: Counter[str] = Counter()
    if dead.is_file():
        reasons.update(
            json.loads(line).get("reason", "?") for line in dead.read_text().splitlines() if line.strip()
        )
    listed = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
    health = [
        ("records scored", str(scored)),
        ("dead letters", f"{sum(reasons.values())}" + (f" ({listed})" if listed else "")),
    ]
    return IncidentData(
        title=title, start_minute=start, end_minute=end, window_minutes=window, series=series,
        alerts=alerts, timeline=timeline, segments=segments, health=health, settings=settings,
        evaluation=None, kinds=kinds, thumbs_window_minutes=thumbs_window,
    )  # fmt: skip
