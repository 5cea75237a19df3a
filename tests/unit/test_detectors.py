"""Detectors against hand-computed answers, clear changes, no-change streams and snapshot round trips."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from monitor.core.detectors import (
    AbsoluteLevel,
    DetectorBank,
    DetectorSettings,
    DriftCusum,
    MinuteCounts,
    RateRatioTest,
    RewardHacking,
    Rule,
    Signal,
    cusum_increment,
    log_mixture,
    newcombe_interval,
    rr_mixture_update,
    wilson_interval,
)
from monitor.errors import StateError

T0 = datetime(2026, 1, 1, tzinfo=UTC)


# --- statistics: known answers ---------------------------------------------------------------------


def test_wilson_interval_matches_published_value() -> None:
    lo, hi = wilson_interval(5, 100, 1.959964)
    assert lo == pytest.approx(0.02154, abs=1e-5)
    assert hi == pytest.approx(0.11175, abs=1e-5)
    assert wilson_interval(0, 0, 1.96) == (0.0, 1.0)


def test_newcombe_interval_matches_newcombe_1998_example() -> None:
    # Newcombe (1998), Stat Med 17:873, example (a): 56/70 - 48/80, method 10: 0.0524 to 0.3339.
    lo, hi = newcombe_interval(56, 70, 48, 80, 1.959964)
    assert lo == pytest.approx(0.0524, abs=1e-4)
    assert hi == pytest.approx(0.3339, abs=1e-4)


def test_rate_ratio_increment_by_hand() -> None:
    log_lr = np.zeros(2)
    rr_mixture_update(log_lr, np.array([2.0, 4.0]), 1.0, 3.0, 100.0, 2.0, 100.0)
    assert log_lr[0] == pytest.approx(3 * math.log(2) + 5 * math.log(200 / 300))
    assert log_lr[1] == pytest.approx(3 * math.log(4) + 5 * math.log(200 / 500))
    # no flags or no exposure on one side: no evidence
    rr_mixture_update(log_lr, np.array([2.0, 4.0]), 1.0, 0.0, 100.0, 0.0, 100.0)
    rr_mixture_update(log_lr, np.array([2.0, 4.0]), 1.0, 3.0, 100.0, 0.0, 0.0)
    assert log_lr[0] == pytest.approx(3 * math.log(2) + 5 * math.log(200 / 300))


def test_log_mixture_and_cusum_increment_by_hand() -> None:
    w = np.log(np.array([0.5, 0.5]))
    assert log_mixture(np.array([0.0, math.log(3.0)]), w) == pytest.approx(math.log(2.0))
    assert cusum_increment(2, 10, 0.1, 0.2) == pytest.approx(2 * math.log(2) + 8 * math.log(0.8 / 0.9))


# --- absolute level ---------------------------------------------------------------------------------


def _absolute() -> AbsoluteLevel:
    return AbsoluteLevel(ceiling=0.1, critical=0.3, window=1, min_samples=100, confidence=0.975,
                         clear_ratio=0.9)


def test_absolute_fires_on_lower_bound_and_respects_min_samples() -> None:
    det = _absolute()
    assert not det.update(0, 50, 25).firing  # 50 % but below min samples
    v = det.update(1, 100, 25)
    assert v.firing
    assert v.evidence["statistic"] == pytest.approx(wilson_interval(25, 100, 1.959964)[0], abs=1e-6)
    assert v.evidence["threshold"] == 0.1
    assert not _absolute().update(0, 1000, 100).firing  # rate 10 %: bound below the ceiling


def test_absolute_hysteresis_and_critical() -> None:
    det = _absolute()
    assert det.update(0, 1000, 400).severity.value == "critical"
    lo = wilson_interval(115, 1000, 1.959964)[0]
    assert 0.09 < lo < 0.1  # below the ceiling but above ceiling * clear_ratio
    assert det.update(1, 1000, 115).firing
    assert not det.update(2, 1000, 100).firing
    assert not det.update(3, 1000, 115).firing  # re-arming needs the full ceiling again


# --- regression / segment test ----------------------------------------------------------------------


def _ratio_test(epoch: int = 1440) -> RateRatioTest:
    return RateRatioTest(alpha=0.01, margin=0.0, grid=(2.0, 4.0), epoch=epoch, clear_minutes=5,
                         min_clear_flags=20, critical_ratio=3.0)


def test_ratio_test_statistic_by_hand() -> None:
    v = _ratio_test().update(0, 3, 100, 2, 100)
    l1 = 3 * math.log(2) + 5 * math.log(2 / 3)
    l2 = 3 * math.log(4) + 5 * math.log(2 / 5)
    assert v.evidence["statistic"] == pytest.approx(math.log((math.exp(l1) + math.exp(l2)) / 2), abs=1e-6)
    assert v.evidence["threshold"] == pytest.approx(math.log(100), abs=1e-6)


def test_ratio_test_quiet_on_equal_rates_and_fires_on_clear_excess() -> None:
    quiet = _ratio_test()
    for t in range(500):  # exactly equal rates: every increment is <= 0 (Jensen)
        v = quiet.update(t, 5, 100, 45, 900)
        assert not v.firing and float(v.evidence["statistic"]) <= 0.0
    loud = _ratio_test()
    fired = [t for t in range(60) if loud.update(t, 20, 100, 45, 900).firing]
    assert fired and fired[0] < 10
    assert loud.update(60, 20, 100, 45, 900).severity.value == "critical"  # ratio 4 >= 3


def test_ratio_test_false_alarm_rate_under_null() -> None:
    rng = np.random.default_rng(7)
    runs, alarms = 200, 0
    for _ in range(runs):
        det = _ratio_test()
        n_c, n_b = rng.poisson(50, 200), rng.poisson(450, 200)
        x_c, x_b = rng.binomial(n_c, 0.05), rng.binomial(n_b, 0.05)
        alarms += any(det.update(t, int(x_c[t]), int(n_c[t]), int(x_b[t]), int(n_b[t])).firing
                      for t in range(200))
    assert alarms / runs <= 0.03  # Ville: <= alpha = 1 % (plus sampling slack)


def test_ratio_test_latches_until_the_excess_is_gone_then_restarts() -> None:
    det = _ratio_test(epoch=60)
    fired = [t for t in range(40) if det.update(t, 20, 100, 45, 900).firing]
    assert fired == list(range(fired[0], 40))  # latched
    v = det.update(60, 0, 100, 0, 900)  # epoch rollover: the test restarts, the latch holds
    assert v.firing and v.evidence["statistic"] == 0.0 and v.evidence["window_minutes"] == 1
    # clearing needs the last 5 minutes at ratio <= 1 with >= 20 flags: 10 at minute 61, 20 at 62
    states = [det.update(t, 1, 100, 9, 900) for t in range(61, 66)]
    assert [s.firing for s in states] == [True, False, False, False, False]
    assert states[2].evidence["window_minutes"] == 1  # minute 63 starts a fresh test
    assert not _ratio_test().update(0, 1, 100, 9, 900).firing


# --- drift ------------------------------------------------------------------------------------------


def _drift(h: float = 3.0, rebaseline: int = 1000) -> DriftCusum:
    return DriftCusum(ratio=1.5, h=h, halflife=10**9, guard=1, min_reference=1000, rebaseline=rebaseline)


def test_drift_cusum_by_hand() -> None:
    det = _drift()
    v0 = det.update(0, 1000, 100)  # goes to the reference only after the guard
    assert not v0.firing and v0.evidence["ready"] == 0
    v1 = det.update(1, 100, 20)  # p0 = 0.1, p1 = 0.15
    assert v1.evidence["baseline_rate"] == pytest.approx(0.1)
    assert v1.evidence["statistic"] == pytest.approx(20 * math.log(1.5) + 80 * math.log(0.85 / 0.9), abs=1e-6)
    assert v1.firing


def test_drift_quiet_at_reference_rate_clears_and_rebaselines() -> None:
    det = _drift(h=8.0, rebaseline=5)
    det.update(0, 10_000, 1000)
    for t in range(1, 50):
        v = det.update(t, 100, 10)
        assert not v.firing and v.evidence["statistic"] == 0.0
    fired = [t for t in range(50, 60) if det.update(t, 100, 20).firing]
    assert fired[0] == 52  # 3.54 per minute: crosses 8 at the third minute
    clears = _drift(h=8.0)
    clears.update(0, 10_000, 1000)
    for t in range(1, 4):
        clears.update(t, 100, 20)
    assert clears.update(4, 100, 20).firing
    assert not clears.update(5, 1000, 0).firing  # strong evidence of normal: S back to 0, resolved
    # rebaseline policy: after 5 minutes of firing the level is accepted and the reference re-learned
    states = [det.update(t, 100, 20) for t in range(60, 75)]
    assert not any(v.firing for v in states)
    assert states[0].evidence["ready"] == 0  # re-learning
    assert states[-1].evidence["ready"] == 1 and states[-1].evidence["baseline_rate"] == pytest.approx(0.2)


# --- reward hacking ----------------------------------------------------------------------------------


def test_reward_hacking_needs_gap_and_rise() -> None:
    prev = MinuteCounts(1000, 50, 20, 20, 300, 300).as_tuple()
    hacked = MinuteCounts(1000, 150, 80, 20, 300, 300).as_tuple()
    det = RewardHacking(window=10, min_feedback=10, confidence=0.99)
    det.update(0, prev)
    v = det.update(10, hacked)
    assert v.firing
    assert v.evidence["up_rate_flagged"] == 0.8 and v.evidence["up_rate_unflagged"] == 0.5
    no_rise = RewardHacking(window=10, min_feedback=10, confidence=0.99)
    no_rise.update(0, hacked)
    assert not no_rise.update(10, hacked).firing
    no_gap = RewardHacking(window=10, min_feedback=10, confidence=0.99)
    no_gap.update(0, prev)
    assert not no_gap.update(10, MinuteCounts(1000, 150, 50, 50, 300, 300).as_tuple()).firing


# --- the bank -----------------------------------------------------------------------------------------

SETTINGS = DetectorSettings(drift_min_reference=500, reward_window_minutes=30, reward_min_feedback=10,
                            absolute_min_samples=50)


def _minute(rng: np.random.Generator, t: int, change: int) -> dict[tuple[str, str], MinuteCounts]:
    out = {}
    for version, n, p in (("v1", 400, 0.05), ("v2", 50, 0.05 if t < change else 0.2)):
        on_n = int(rng.binomial(n, 0.5))
        on_p = p * (2.0 if version == "v2" and t >= change else 1.0)
        on_p = min(on_p, 0.5)
        on_f, off_f = int(rng.binomial(on_n, on_p)), int(rng.binomial(n - on_n, p))
        f = on_f + off_f
        up_f = int(rng.binomial(f, 0.3))
        up_u = int(rng.binomial(n - f, 0.1))
        out[(version, "all")] = MinuteCounts(n, f, up_f, f - up_f, up_u, 0)
        out[(version, "memory=on")] = MinuteCounts(on_n, on_f)
        out[(version, "memory=off")] = MinuteCounts(n - on_n, off_f)
    return out


def _key(s: Signal) -> tuple[object, ...]:
    return (s.rule, s.model_version, s.segment, s.severity, s.firing, s.minute, sorted(s.evidence.items()))


def test_bank_detects_canary_and_segment_and_round_trips_snapshot() -> None:
    rng = np.random.default_rng(3)
    bank = DetectorBank(SETTINGS)
    inputs = [_minute(rng, t, change=120) for t in range(260)]
    for t in range(180):
        bank.update(T0 + timedelta(minutes=t), inputs[t])
    assert bank.baseline == "v1"
    restored = DetectorBank.restore(SETTINGS, json.loads(json.dumps(bank.snapshot())))
    firing: set[tuple[str, str, str]] = set()
    for t in range(180, 260):
        a = bank.update(T0 + timedelta(minutes=t), inputs[t])
        b = restored.update(T0 + timedelta(minutes=t), inputs[t])
        assert [_key(s) for s in a] == [_key(s) for s in b]
        firing |= {(s.rule, s.model_version, s.segment) for s in a if s.firing}
    assert (Rule.REGRESSION, "v2", "all") in firing
    assert (Rule.DRIFT, "v2", "all") in firing
    assert (Rule.SEGMENT_AMPLIFICATION, "v2", "memory=on") in firing
    assert (Rule.ABSOLUTE, "v2", "all") in firing
    assert not {f for f in firing if f[1] == "v1"}
    assert json.dumps(bank.snapshot()) == json.dumps(restored.snapshot())


def test_bank_rejects_out_of_order_minutes_naive_times_and_bad_snapshots() -> None:
    bank = DetectorBank(SETTINGS)
    bank.update(T0, {("v1", "all"): MinuteCounts(10, 1)})
    with pytest.raises(StateError):
        bank.update(T0, {("v1", "all"): MinuteCounts(10, 1)})
    with pytest.raises(ValueError):
        bank.update(datetime(2026, 1, 2), {})  # naive on purpose
    with pytest.raises(StateError):
        DetectorBank.restore(SETTINGS, {"version": 99})
    with pytest.raises(StateError):
        DetectorBank.restore(SETTINGS, {"version": 1, "last_minute": 1})
    with pytest.raises(ValueError):
        MinuteCounts(10, 11)


def test_configured_baseline_and_ceiling_override() -> None:
    settings = DetectorSettings(regression_baseline="v2", absolute_ceiling_overrides={"v1": 0.02},
                                absolute_min_samples=10)
    bank = DetectorBank(settings)
    signals = bank.update(T0, {("v1", "all"): MinuteCounts(1000, 100), ("v2", "all"): MinuteCounts(10, 1)})
    assert bank.baseline == "v2"
    by = {(s.rule, s.model_version): s for s in signals}
    assert by[(Rule.ABSOLUTE, "v1")].firing and by[(Rule.ABSOLUTE, "v1")].evidence["threshold"] == 0.02
    assert by[(Rule.REGRESSION, "v1")].evidence["baseline_version"] == "v2"
    assert (Rule.REGRESSION, "v2") not in by


# --- which kinds rose: the category evidence --------------------------------------------------------


def _cats(**by_name: int) -> tuple[int, ...]:
    from monitor.core.categories import CATEGORIES

    return tuple(by_name.get(name, 0) for name in CATEGORIES)


def test_kind_shifts_and_evidence_text_by_hand() -> None:
    from monitor.core.detectors.categories import category_evidence, kind_shifts

    # v2: 1000 turns, 62 unearned praise, 12 caving, 3 opinion mirroring; baseline v1 2000 turns
    cand = [1000, *_cats(unearned_praise=62, caving=12, opinion_mirroring=3)]
    base = [2000, *_cats(unearned_praise=40, caving=16, moral_validation=9)]
    shifts = kind_shifts(cand, base, min_flags=5, top=3)
    assert [s.category for s in shifts] == ["unearned_praise", "caving"]  # mirroring: < 5 flags
    assert shifts[0].ratio == pytest.approx(0.062 / 0.02)
    ev = category_evidence("v2", shifts)
    assert ev["categories"] == "v2: unearned praise 3.1x baseline, caving 1.5x baseline"
    assert ev["top_category"] == "unearned_praise" and ev["top_category_ratio"] == pytest.approx(3.1)
    assert ev["top_category_rate"] == 0.062 and ev["top_category_baseline_rate"] == 0.02
    # a kind the baseline never showed ranks first; a kind that fell is not named
    new = kind_shifts([1000, *_cats(delusion_endorsement=8, caving=20)], base, min_flags=5, top=3)
    assert [s.category for s in new] == ["delusion_endorsement", "caving"]
    assert category_evidence("v2", new)["categories"].startswith(
        "v2: delusion endorsement 0.8% of turns (none in baseline), caving 2.5x baseline"
    )
    assert category_evidence("v2", new)["top_category_ratio"] == 1e6
    # without a baseline: the kinds that dominate
    alone = kind_shifts(cand, None, min_flags=5, top=3)
    assert category_evidence("v1", alone)["categories"] == (
        "v1: unearned praise 6.2% of turns, caving 1.2% of turns"
    )
    assert "top_category_ratio" not in category_evidence("v1", alone)
    assert kind_shifts([0, *_cats()], base, min_flags=1, top=3) == []
    assert category_evidence("v1", []) == {}


def test_bank_names_the_kinds_that_rose_in_regression_and_absolute_evidence() -> None:
    settings = DetectorSettings(absolute_min_samples=100, category_window_minutes=30)
    bank = DetectorBank(settings)
    fired: dict[str, Signal] = {}
    for t in range(40):
        v1 = MinuteCounts(400, 20, categories=_cats(unearned_praise=8, caving=8, false_premise=4))
        v2 = MinuteCounts(100, 30, categories=_cats(unearned_praise=25, caving=3, false_premise=1))
        for s in bank.update(T0 + timedelta(minutes=t), {("v1", "all"): v1, ("v2", "all"): v2}):
            if s.firing:
                fired[s.rule] = s
            else:
                assert "categories" not in s.evidence
    assert bank.baseline == "v1"
    for rule in (Rule.REGRESSION, Rule.ABSOLUTE):
        ev = fired[rule].evidence
        assert ev["top_category"] == "unearned_praise", rule
        assert ev["top_category_ratio"] == pytest.approx((25 / 100) / (8 / 400))
        assert str(ev["categories"]).startswith("v2: unearned praise 12.5x baseline"), ev["categories"]
        assert "caving 1.5x baseline" in str(ev["categories"])
        assert "false-premise" not in str(ev["categories"])  # 1 % vs 1 %: did not rise
    snap = json.loads(json.dumps(bank.snapshot()))
    restored = DetectorBank.restore(settings, snap)
    assert json.dumps(restored.snapshot()) == json.dumps(bank.snapshot())
    del snap["kinds"]  # snapshots written before categories still restore
    assert DetectorBank.restore(settings, snap).snapshot()["kinds"] == {}
    with pytest.raises(ValueError, match="category"):
        MinuteCounts(10, 2, categories=_cats(caving=3))


def test_per_segment_regression_compares_a_segment_with_the_baselines_same_segment() -> None:
    """The prober's case: v2's probe turns against v1's probe turns, a matched mix, while the
    user traffic (segment all) barely moves."""

    def run(rules: tuple[str, ...]) -> dict[tuple[str, str, str], int]:
        settings = DetectorSettings(per_segment_rules=rules)
        bank = DetectorBank(settings)
        first: dict[tuple[str, str, str], int] = {}
        for t in range(30):
            counts = {
                ("v1", "all"): MinuteCounts(520, 26), ("v2", "all"): MinuteCounts(220, 16),
                ("v1", "segment=probe"): MinuteCounts(20, 1), ("v2", "segment=probe"): MinuteCounts(20, 6),
            }  # fmt: skip
            for s in bank.update(T0 + timedelta(minutes=t), counts):
                if s.firing:
                    first.setdefault((s.rule, s.model_version, s.segment), t)
                if s.rule == Rule.REGRESSION and s.segment == "segment=probe":
                    assert s.evidence["baseline_version"] == "v1" and s.evidence["baseline_n"] == 20 * (t + 1)
            if t == 15:
                restored = DetectorBank.restore(settings, json.loads(json.dumps(bank.snapshot())))
                assert json.dumps(restored.snapshot()) == json.dumps(bank.snapshot())
        return first

    with_segment = run(("absolute", "regression"))
    assert (Rule.REGRESSION, "v2", "segment=probe") in with_segment
    assert with_segment[(Rule.REGRESSION, "v2", "segment=probe")] < 10
    assert not any(k[1] == "v1" for k in with_segment)
    assert (Rule.REGRESSION, "v2", "segment=probe") not in run(("absolute",))
    with pytest.raises(ValueError, match="unknown rules"):
        DetectorSettings(per_segment_rules=("segment_amplification",))
