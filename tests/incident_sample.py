"""A made-up incident (no services): v1 steady near 10 %, v2 rolled out at minute 5 at 45 %,
detected at 12, patched at 12, verified at 14, resolved at 50. For render and browser tests."""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.runtime.incident import IncidentData, Point, TimelineEntry

START = int(datetime(2026, 4, 25, 20, 0, tzinfo=UTC).timestamp()) // 60


def _point(minute: int, n: int, rate: float) -> Point:
    f = round(n * rate)
    return Point(minute, n, f, f / n, max(0.0, f / n - 0.08), min(1.0, f / n + 0.08), 0.6 + rate / 2, 0.6)


def sample_incident() -> IncidentData:
    v1 = [_point(START + m, 60, 0.10 + 0.01 * ((m * 7) % 3)) for m in range(90)]
    v2 = [_point(START + m, 60, 0.45 if m < 14 else 0.13) for m in range(5, 90)]
    alert = {
        "fingerprint": "0c3980ef2db6605f", "rule": "regression", "model_version": "v2", "segment": "all",
        "status": "firing", "severity": "critical", "transition": "new",
        "summary": "regression firing on v2; flagged rate 45.00%",
        "evidence": {"rate": 0.45, "n": 120, "statistic": 5.28, "threshold": 4.61, "baseline_version": "v1"},
        "started_at": datetime.fromtimestamp((START + 12) * 60, UTC).isoformat(),
        "updated_at": datetime.fromtimestamp((START + 12) * 60, UTC).isoformat(),
        "notified_wall": 1_800_000_000.0,
    }  # fmt: skip
    resolved = {**alert, "status": "resolved", "transition": "resolved",
                "resolved_at": datetime.fromtimestamp((START + 50) * 60, UTC).isoformat()}  # fmt: skip
    timeline = [
        TimelineEntry("detected", START + 12, None, "v2", "regression critical", alert["fingerprint"]),
        TimelineEntry("notified", START + 12, 1_800_000_000.0, "v2", "regression new"),
        TimelineEntry("patched", START + 12, 1_800_000_001.0, "v2", "mit-1 auto: anti-sycophancy@v1"),
        TimelineEntry("verified", START + 14, 1_800_000_020.0, "v2", "mit-1 verified: 45% -> 12%"),
        TimelineEntry("resolved", START + 50, 1_800_000_100.0, "v2", "regression resolved"),
    ]
    empty = [Point(START + m, 0, 0, None, None, None, None, None) for m in range(5)]
    return IncidentData(
        title="sample incident", start_minute=START, end_minute=START + 89, window_minutes=5,
        series={"v1": v1, "v2": empty + v2},
        alerts=[alert, resolved], timeline=timeline,
        segments=[("v2", "all", 5100, 1100), ("v2", "memory=on", 2000, 600), ("v2", "memory=off", 3100, 500)],
        health=[("records taken", "10500"), ("dead letters", "3 (invalid_json 3)")],
        settings={"detectors": {"regression_margin": 0.5}}, evaluation=None, generated_at=1_800_000_200.0,
        kinds={"v2": {"unearned_praise": 700, "caving": 400}},
        corrected={"v1": {"value": 0.031, "low": 0.012, "high": 0.064, "basis": "labels", "labels": 412},
                   "v2": {"value": None}},
    )  # fmt: skip
