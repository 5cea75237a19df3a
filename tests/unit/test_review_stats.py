"""The review statistics against known answers: simulated traffic where the truth is known."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from monitor.core.detectors.rules import AbsoluteLevel
from monitor.core.review.accuracy import (
    LabelledItem,
    ValidationFigures,
    assess_judge,
    corrected_prevalence,
    judge_drift,
    labelled_items,
)
from monitor.core.review.labels import Label, agreement, consensus
from monitor.core.review.pii import scrub
from monitor.core.review.sampling import STRATA, ReviewPolicy, Stratum
from monitor.sim.review import simulate_review
from tests.conftest import REPO

POLICY = ReviewPolicy(flagged_rate=0.05, uncertain_rate=0.05, rest_rate=0.01, uncertain_band=0.2)
RATES = {h: POLICY.rate(h) for h in STRATA}
VALIDATION = ValidationFigures(0.673, 0.882, 572, 3267)
T0 = datetime(2026, 11, 30, tzinfo=UTC)


@pytest.mark.parametrize(("raw", "want"), json.loads((REPO / "tests/fixtures/pii_cases.json").read_text()))
def test_pii_scrubbing_on_tricky_cases(raw: str, want: str) -> None:
    assert scrub(raw) == want


def test_strata_and_inclusion_probabilities() -> None:
    p = ReviewPolicy(flagged_rate=0.5, uncertain_rate=0.2, rest_rate=0.02, uncertain_band=0.2)
    assert p.stratum(0.56, 0.56) is Stratum.FLAGGED
    assert p.stratum(0.37, 0.56) is Stratum.UNCERTAIN
    assert p.stratum(0.35, 0.56) is Stratum.REST
    for score, rate in ((0.9, 0.5), (0.5, 0.2), (0.1, 0.02)):
        draws = [p.draw(f"e{i}", score, 0.56) for i in range(20_000)]
        share = sum(d.drawn for d in draws) / len(draws)
        assert all(d.inclusion_p == rate for d in draws)
        assert abs(share - rate) < 4 * (rate * (1 - rate) / len(draws)) ** 0.5
    assert p.draw("x", 0.9, 0.56) == p.draw("x", 0.9, 0.56)  # a redelivered turn: same decision


def test_accuracy_recovers_known_error_rates_and_weighting_matters() -> None:
    rng = np.random.default_rng(11)
    sim = simulate_review(rng, 200_000, 0.05, 0.80, 0.85, POLICY, threshold=0.56)
    acc = assess_judge("v1", sim.items, totals=sim.totals, rates=RATES, validation=VALIDATION)
    assert acc.basis == "labels"
    se, sp = acc.sensitivity, acc.specificity
    assert se.low < 0.80 < se.high and sp.low < 0.85 < sp.high
    true_ppv = 0.05 * 0.8 / (0.05 * 0.8 + 0.95 * 0.15)
    assert acc.precision.low < true_ppv < acc.precision.high
    # the unweighted label rates are biased: flagged turns are over-represented among labels
    positives = [it for it in sim.items if it.truth]
    naive_se = sum(it.flagged for it in positives) / len(positives)
    assert naive_se > se.high
    # without stratum counts, Horvitz-Thompson shares from the inclusion probabilities also work
    ht = assess_judge("v1", sim.items, totals=None, validation=VALIDATION)
    assert ht.sensitivity.low < 0.80 < ht.sensitivity.high


def test_corrected_prevalence_interval_covers_the_true_rate() -> None:
    """Coverage of the 95 % interval over simulated runs (the benchmark runs many more)."""
    rng = np.random.default_rng(5)
    runs, hits, widths = 120, 0, []
    for _ in range(runs):
        sim = simulate_review(rng, 40_000, 0.05, 0.75, 0.85, POLICY, threshold=0.56, labelled_share=0.6)
        acc = assess_judge("v", sim.items, totals=sim.totals, rates=RATES)
        c = corrected_prevalence(sim.flagged, sim.n, acc)
        assert c is not None
        hits += c.estimate.low <= 0.05 <= c.estimate.high
        widths.append(c.estimate.high - c.estimate.low)
    assert 0.89 <= hits / runs <= 1.0
    assert float(np.median(widths)) < 0.1


def test_corrected_rate_of_a_shifted_window_uses_the_versions_error_rates() -> None:
    rng = np.random.default_rng(3)
    labels = simulate_review(rng, 100_000, 0.05, 0.8, 0.85, POLICY, threshold=0.56)
    acc = assess_judge("v", labels.items, totals=labels.totals, rates=RATES)
    now = simulate_review(rng, 5_000, 0.30, 0.8, 0.85, POLICY, threshold=0.56)  # the version moved
    c = corrected_prevalence(now.flagged, now.n, acc)
    assert c is not None and c.estimate.low <= 0.30 <= c.estimate.high
    assert c.estimate.low > 0.2


def test_validation_basis_before_enough_labels_and_none_without_figures() -> None:
    few = [LabelledItem(Stratum.FLAGGED, True, True, 0.05)] * 10
    acc = assess_judge("v", few, validation=VALIDATION, min_labels=100)
    assert acc.basis == "validation" and acc.labels == 10
    assert abs((acc.sensitivity.value or 0) - 0.673) < 0.01
    c = corrected_prevalence(200, 1000, acc)
    assert c is not None and c.basis == "validation"
    expect = (0.2 + 0.882 - 1) / (0.673 + 0.882 - 1)
    assert abs((c.estimate.value or 0) - expect) < 0.01
    assert corrected_prevalence(200, 1000, assess_judge("v", few)) is None


def test_a_judge_no_better_than_chance_gives_no_estimate() -> None:
    acc = assess_judge("v", [], validation=ValidationFigures(0.5, 0.5, 1000, 1000), min_labels=1)
    c = corrected_prevalence(100, 1000, acc)
    assert c is not None and not c.identifiable and (c.estimate.low, c.estimate.high) == (0.0, 1.0)


def test_judge_drift_fires_on_a_bad_judge_and_rarely_on_a_fitting_one() -> None:
    rng = np.random.default_rng(8)
    bad = simulate_review(rng, 100_000, 0.05, 0.35, 0.55, POLICY, threshold=0.56)
    acc = assess_judge("v", bad.items, totals=bad.totals, rates=RATES, validation=VALIDATION)
    assert acc.drift_firing and acc.drift_log_wealth >= np.log(100)
    # false alarms: a judge exactly at its validation figures, margin 0 (the null's boundary)
    alarms, runs = 0, 150
    for _ in range(runs):
        sim = simulate_review(rng, 30_000, 0.3, 0.75, 0.75, POLICY, threshold=0.56)
        shares = {h: float(n) for h, n in sim.totals.items()}
        pi_bar = sum(shares[h] * RATES[h] for h in STRATA) / sum(shares.values())
        firing, _ = judge_drift(sim.items, 0.25, pi_bar, alpha=0.05, cap_log_wealth=20.0)
        alarms += firing
    assert alarms / runs <= 0.05 + 0.04


def test_consensus_humans_override_llm_and_ties_are_disputed() -> None:
    def lab(reviewer: str, value: str, minute: int = 0) -> Label:
        return Label.model_validate({
            "event_id": "e1", "model_version": "v1", "label": value, "reviewer": reviewer, "source": "api",
            "labelled_at": T0 + timedelta(minutes=minute), "score": 0.7, "flagged": True,
            "stratum": "flagged", "inclusion_p": 0.05,
        })  # fmt: skip

    assert consensus([lab("llm:m", "sycophantic"), lab("human:a", "honest")]) is False
    assert consensus([lab("llm:m", "sycophantic")]) is True
    assert consensus([lab("human:a", "honest"), lab("human:b", "sycophantic")]) is None
    assert consensus([lab("human:a", "honest"), lab("human:b", "sycophantic", 1),
                      lab("human:c", "honest", 2)]) is False  # fmt: skip
    items = labelled_items([lab("human:a", "honest"), lab("human:b", "sycophantic", 1)])
    assert items == []  # disputed: left out until a third label


def test_cohens_kappa_known_answer() -> None:
    def pair(i: int, a: bool, b: bool) -> list[Label]:
        base = {"event_id": f"e{i}", "model_version": "v1", "source": "tui", "score": 0.5, "flagged": False,
                "stratum": "uncertain", "inclusion_p": 0.05}  # fmt: skip
        return [
            Label.model_validate({**base, "reviewer": "human:a", "label": "sycophantic" if a else "honest",
                                  "labelled_at": T0}),
            Label.model_validate({**base, "reviewer": "human:b", "label": "sycophantic" if b else "honest",
                                  "labelled_at": T0 + timedelta(seconds=1)}),
        ]  # fmt: skip

    groups = [pair(i, True, True) for i in range(20)] + [pair(20 + i, True, False) for i in range(5)]
    groups += [pair(30 + i, False, True) for i in range(10)] + [pair(50 + i, False, False) for i in range(15)]
    a = agreement(groups)
    assert a.items == 50 and a.percent == pytest.approx(0.7) and a.kappa == pytest.approx(0.4)
    assert a.disputed == 15


def test_absolute_rule_on_the_corrected_rate() -> None:
    """Steady 5 % truly sycophantic, the judge flagging 15 % of honest turns: the flagged rate
    (~18.5 %) is over the 0.15 ceiling, the corrected rate is not."""
    rng = np.random.default_rng(2)
    sim = simulate_review(rng, 100_000, 0.05, 0.8, 0.85, POLICY, threshold=0.56)
    judge = assess_judge("v", sim.items, totals=sim.totals, rates=RATES)
    raw = AbsoluteLevel(0.15, 0.3, 60, 200, 0.99, 0.9)
    corrected = AbsoluteLevel(0.15, 0.3, 60, 200, 0.99, 0.9)
    for minute in range(60):
        n = 100
        flagged = int(rng.binomial(n, 0.05 * 0.8 + 0.95 * 0.15))
        v_raw = raw.update(minute, n, flagged)
        v_cor = corrected.update(minute, n, flagged, judge)
    assert v_raw.firing and not v_cor.firing
    assert v_cor.evidence["basis"] == "labels" and v_cor.evidence["labels"] == len(sim.items)
    assert float(v_cor.evidence["corrected_low"]) < 0.05 < float(v_cor.evidence["corrected_high"])


def test_bank_emits_judge_drift_and_the_alert_says_what_to_do() -> None:
    from monitor.core.alerting import AlertingSettings, AlertTracker
    from monitor.core.detectors import DetectorBank, DetectorSettings, MinuteCounts
    from monitor.core.detectors.base import Rule

    rng = np.random.default_rng(21)
    bad = simulate_review(rng, 100_000, 0.05, 0.35, 0.55, POLICY, threshold=0.56)
    judge = assess_judge("v3", bad.items, totals=bad.totals, rates=RATES, validation=VALIDATION)
    bank = DetectorBank(DetectorSettings())
    tracker = AlertTracker(AlertingSettings())
    alerts = []
    for m in range(5):
        at = T0 + timedelta(minutes=m)
        signals = bank.update(at, {("v3", "all"): MinuteCounts(n=100, flagged=40)}, {"v3": judge})
        drift = [s for s in signals if s.rule == Rule.JUDGE_DRIFT]
        assert len(drift) == 1 and drift[0].firing
        assert drift[0].evidence["labels"] == judge.labels
        alerts += tracker.process(signals, now=at + timedelta(minutes=1))
    fired = [a for a in alerts if a.rule == "judge_drift"]
    assert fired and "the judge no longer fits v3's traffic" in fired[0].summary
    assert "label more" in fired[0].summary
    absolute = [a for a in alerts if a.rule == "absolute"]
    assert not absolute or "basis labels" in absolute[0].summary
