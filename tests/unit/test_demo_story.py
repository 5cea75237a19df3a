"""What ``sycomon demo`` prints and the expectations it checks (pure; the demo itself runs on
the real stack in ``make demo``)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest
from rich.console import Console

from monitor.adapters.mitigation_store import AuditEntry
from monitor.core import windows
from monitor.core.mitigation_model import Action, ActionKind
from monitor.runtime.demo import EXIT_STORY_FAILED
from monitor.runtime.demo_checks import expectations
from monitor.runtime.demo_story import Story
from monitor.sim.scenario import builtin_scenario

START = datetime(2026, 4, 25, 20, 0, tzinfo=UTC)
M0 = int(START.timestamp()) // 60


def story(width: int = 80) -> tuple[Story, io.StringIO]:
    out = io.StringIO()
    # as `sycomon demo` prints when stdout is not a terminal: whole lines, never folded
    console = Console(file=out, width=width, force_terminal=False, color_system=None, soft_wrap=True)
    return Story(console, builtin_scenario("demo"), START, live=False), out


def view(rate: float, n: int = 900) -> dict[str, Any]:
    w = {"n": n, "rate": rate, "rate_lo": rate - 0.02, "rate_hi": rate + 0.02,
         "up_rate_flagged": 0.765, "up_rate_unflagged": 0.6}  # fmt: skip
    return {"windows": {"5m": w, "1h": w}}


def evaluation(minute: int, firing: bool) -> dict[str, Any]:
    return {"minute": minute, "detectors": [
        {"rule": "regression", "model_version": "v2", "segment": "all", "firing": firing,
         "statistic": 5.28 if firing else 0.33, "threshold": 4.60517, "n": 92},
        {"rule": "absolute", "model_version": "v2", "segment": "all", "firing": False,
         "statistic": 0.2, "threshold": 0.35, "n": 92}]}  # fmt: skip


def test_phase_says_the_simulated_minute_and_the_traffic_split() -> None:
    s, _ = story()
    s.on_sim_minute(15.2)
    assert s.phase() == "minute 15 of 110: v1 50%, v2 50% of traffic"
    s.on_sim_minute(3)
    assert s.phase() == "minute 3 of 110: v1 100% of traffic"


def test_detector_changes_are_told_once_with_statistic_and_threshold() -> None:
    s, out = story()
    s.observe_evaluation(evaluation(M0 + 11, False))
    s.observe_evaluation(evaluation(M0 + 12, True))
    s.observe_evaluation(evaluation(M0 + 13, True))
    s.observe_evaluation(evaluation(M0 + 50, False))
    lines = [line for line in out.getvalue().splitlines() if "detector" in line]
    assert lines == [
        "[sim min  12, 20:12 event] detector   regression on v2: FIRING (statistic 5.28 vs "
        "threshold 4.61, n=92)",
        "[sim min  50, 20:50 event] detector   regression on v2: back to quiet (statistic 0.33 vs "
        "threshold 4.61, n=92)",
    ]


def test_the_live_table_fits_80_columns_without_wrapping_its_headers() -> None:
    s, _ = story()
    s.observe_evaluation(evaluation(M0 + 12, True))
    buf = io.StringIO()
    Console(file=buf, width=80, color_system=None).print(
        s.renderable({"v1": view(0.114), "v2": view(0.131)}, "records taken by the worker: 3294/3294")
    )
    text = buf.getvalue()
    assert max(len(line) for line in text.splitlines()) <= 80
    header = next(line for line in text.splitlines() if "version" in line and "rate 5m" in line)
    assert "rate 1h [95% CI]" in header and "up|flag" in header
    assert "11.4% [9.4%-13.4%]" in text
    assert "regression      v2     FIRING  5.28 / 4.61" in text
    assert text.rstrip().endswith("records taken by the worker: 3294/3294")


def test_line_mode_prints_a_status_line_not_a_table() -> None:
    s, out = story()
    s.on_sim_minute(20)
    s.observe_evaluation(evaluation(M0 + 19, True))
    s.status_line({"v1": view(0.11), "v2": view(0.4)}, "records taken by the worker: 10/...", force=True)
    last = out.getvalue().splitlines()[-1]
    assert last.startswith("[sim min  20.0] status     minute 20 of 110: v1 50%, v2 50% of traffic")
    assert "5m rates: v1 11.0% v2 40.0%; firing: regression:v2" in last


def _alert(status: str, minute: int, **extra: Any) -> dict[str, Any]:
    at = datetime.fromtimestamp(minute * 60, UTC).isoformat()
    return {"fingerprint": "fp", "rule": "regression", "model_version": "v2", "status": status,
            "severity": "critical", "transition": "new" if status == "firing" else "resolved",
            "started_at": at, "updated_at": at, "resolved_at": at if status == "resolved" else None,
            "evidence": {"statistic": 5.28, "threshold": 4.61, "rate": 0.49, "n": 92,
                         "baseline_version": "v1", "baseline_rate": 0.12}, **extra}  # fmt: skip


def _audit(kind: ActionKind, reason: str = "auto", detail: str = "") -> AuditEntry:
    return AuditEntry("1-0", Action(kind=kind, at=START + timedelta(hours=1), actor="policy:p", reason=reason,
                                    detail=detail, mitigation_id="mit-1", model_version="v2"))  # fmt: skip


def _bucket(n: int, flagged: int) -> windows.Bucket:
    counts = np.zeros(windows.Bucket.empty().counts.shape, dtype=np.int64)
    b = windows.Bucket.empty()
    counts[:] = b.counts
    from monitor.core import kernels as K

    counts[K.N], counts[K.FLAGGED] = n, flagged
    return windows.Bucket(counts)


def test_expectations_met_are_said_with_event_times_and_thresholds() -> None:
    s, _ = story()
    checks = expectations(
        s, [_alert("firing", M0 + 19), _alert("resolved", M0 + 60)],
        [_audit(ActionKind.APPLY_PATCH), _audit(ActionKind.VERIFIED, "verified", "48.9% -> 12.0%")],
        [{"text": "CRITICAL: regression on v2"}, {"text": "Resolved: regression on v2"}],
        {"v1": _bucket(900, 108), "v2": _bucket(900, 126)},
    )  # fmt: skip
    assert all(c.met for c in checks), checks
    fired = checks[0].detail
    assert "at event time 20:19, simulated minute 19 (14 min after v2's rollout began)" in fired
    assert "statistic 5.28 vs threshold 4.61" in fired
    assert checks[-1].detail.endswith("ratio 1.17 (within the 1.5 regression margin)")


def test_what_did_not_happen_is_said_in_words() -> None:
    s, _ = story()
    s.observe_evaluation(evaluation(M0 + 100, False))
    checks = expectations(s, [], [], [], {"v1": _bucket(900, 100), "v2": _bucket(900, 400)})
    missing = {c.what: c.detail for c in checks if not c.met}
    assert missing["an alert on v2 fired"].startswith("no detector fired on v2 during the run; at the last")
    assert "regression statistic 0.33 vs threshold 4.60517" in missing["an alert on v2 fired"]
    assert "no patch was applied" in missing["v2's system prompt was patched"]
    assert "above the 1.5 regression margin" in missing["v2 recovered"]
    assert EXIT_STORY_FAILED == 3


def test_an_alert_still_firing_at_the_end_is_named() -> None:
    s, _ = story()
    checks = expectations(s, [_alert("firing", M0 + 19)], [_audit(ActionKind.APPLY_PATCH)],
                          [{"text": "CRITICAL: regression on v2"}], {})  # fmt: skip
    resolved = next(c for c in checks if c.what == "the v2 alert resolved")
    assert not resolved.met and resolved.detail.startswith("still firing at the end of the run (fp)")


def test_the_ground_truth_lines_say_the_corrected_rate_its_basis_the_truth_and_the_judge() -> None:
    from monitor.core.review.accuracy import ValidationFigures, assess_judge, corrected_prevalence
    from monitor.core.review.sampling import ReviewPolicy
    from monitor.runtime.demo_review import VersionTruth, ground_truth_lines
    from monitor.sim.engine import VersionCounts
    from monitor.sim.review import simulate_review

    policy = ReviewPolicy(flagged_rate=0.25, uncertain_rate=0.25, rest_rate=0.08)
    sim = simulate_review(np.random.default_rng(7), 1500, 0.3, 0.85, 0.9, policy)
    labelled = assess_judge("v2", sim.items, totals=sim.totals, min_labels=100)
    assert labelled.basis == "labels" and labelled.labels > 100
    few = assess_judge("v1", sim.items[:30], validation=ValidationFigures(0.65, 0.88, 572, 3267))
    rows = [
        VersionTruth("v1", 200, 1800, few, corrected_prevalence(200, 1800, few), VersionCounts(1800, 72)),
        VersionTruth("v2", sim.flagged, sim.n, labelled, corrected_prevalence(sim.flagged, sim.n, labelled),
                     VersionCounts(sim.n, sim.truly)),
    ]  # fmt: skip
    lines = ground_truth_lines("oracle:sim", 412, 415, rows, min_labels=100)
    assert lines[0].startswith("oracle:sim labelled 412 of 415 turns the worker queued for review")
    v1 = [line for line in lines if line.startswith("v1:")]
    assert (
        len(v1) == 1
        and "on the judge's validation figures: 30 labels, fewer than review.min_labels (100)" in v1[0]
    )
    assert "the simulator's truth 4.0%" in v1[0]
    rate, judge = (line for line in lines if line.startswith("v2:"))
    c = rows[1].corrected
    assert c is not None and c.estimate.value is not None
    assert f"corrected rate {c.estimate.value:.1%} [{c.estimate.low:.1%}, {c.estimate.high:.1%}]" in rate
    assert f"from {labelled.labels} labels (flagged {sim.flagged / sim.n:.1%} of {sim.n}" in rate
    assert f"the simulator's truth {sim.truly / sim.n:.1%}" in rate
    se, sp = labelled.sensitivity, labelled.specificity
    assert judge == (
        f"v2: the judge on its labels: sensitivity {se.value:.1%} [{se.low:.1%}, {se.high:.1%}], "
        f"specificity {sp.value:.1%} [{sp.low:.1%}, {sp.high:.1%}]"
    )
    failed = ground_truth_lines("oracle:sim", 3, 40, [], 100, error="labels topic: broker gone")
    assert failed == [
        "oracle:sim labelled 3 of 40 turns the worker queued for review, from the simulator's "
        "truth, as the rollout played; it stopped early: labels topic: broker gone"
    ]


def test_the_demo_reviewer_uses_the_demo_workers_queue_labels_topic_and_sampling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from monitor.runtime.demo import _worker_env
    from monitor.runtime.demo_review import review_settings
    from monitor.settings import load_settings

    base = load_settings()
    for name, value in _worker_env(base, "demo101010", "http://127.0.0.1:9/services/T/B/x").items():
        if name.startswith("SYCOMON_"):
            monkeypatch.setenv(name, value)
    worker, mine = load_settings(), review_settings(base, "demo101010")
    assert worker.redis.prefix == mine.redis.prefix == "demo101010"
    assert worker.topics.labels == mine.topics.labels == "demo101010.labels"  # not the shared default
    assert worker.review.sampling == mine.review.sampling
    assert worker.review.sampling.flagged_rate > base.review.sampling.flagged_rate
