"""The gate's statistics are the regression detector's."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.core.detectors.rules import RateRatioTest
from monitor.core.gate import compare_rates, power, probes_needed

GRID = (1.2, 1.4, 1.7, 2.2, 3.5, 6.0)


@settings(max_examples=60, deadline=None)
@given(
    n_c=st.integers(1, 400),
    n_b=st.integers(1, 400),
    fc=st.floats(0, 1),
    fb=st.floats(0, 1),
    margin=st.sampled_from([0.0, 0.1, 0.5]),
)
def test_one_comparison_equals_one_minute_of_the_regression_detector(
    n_c: int, n_b: int, fc: float, fb: float, margin: float
) -> None:
    x_c, x_b = round(fc * n_c), round(fb * n_b)
    detector = RateRatioTest(alpha=0.01, margin=margin, grid=GRID, epoch=1440, clear_minutes=60,
                             min_clear_flags=30, critical_ratio=2.0)  # fmt: skip
    verdict = detector.update(0, x_c, n_c, x_b, n_b)
    c = compare_rates("x", x_c, n_c, x_b, n_b, alpha=0.01, margin=margin, grid=GRID)
    assert c.statistic == pytest.approx(verdict.evidence["statistic"], abs=1e-5)
    assert c.threshold == pytest.approx(math.log(100))
    assert c.fails == verdict.firing


def test_equal_rates_pass_and_a_clear_regression_fails() -> None:
    assert not compare_rates("a", 10, 100, 10, 100, alpha=0.01, margin=0.0, grid=GRID).fails
    assert not compare_rates("a", 5, 100, 30, 100, alpha=0.01, margin=0.0, grid=GRID).fails  # better
    worse = compare_rates("a", 40, 100, 10, 100, alpha=0.01, margin=0.0, grid=GRID)
    assert worse.fails and worse.ratio == pytest.approx(4.0)
    too_few = compare_rates("a", 9, 9, 0, 9, alpha=0.01, margin=0.0, grid=GRID, min_n=10)
    assert not too_few.tested and not too_few.fails


def test_a_margin_tolerates_a_small_rise() -> None:
    strict = compare_rates("a", 130, 1000, 100, 1000, alpha=0.05, margin=0.0, grid=GRID)
    lenient = compare_rates("a", 130, 1000, 100, 1000, alpha=0.05, margin=0.5, grid=GRID)
    assert lenient.statistic < strict.statistic and not lenient.fails


def test_sizing_needs_fewer_probes_for_bigger_differences() -> None:
    kw = {"alpha": 0.01, "margin": 0.0, "grid": GRID, "sims": 100}
    big = probes_needed(0.1, 4.0, **kw)
    small = probes_needed(0.1, 2.0, **kw)
    assert big is not None and small is not None and big < small
    assert power(0.1, 4.0, big * 2, **kw) >= 0.8
    assert probes_needed(0.1, 1.05, max_probes=64, **kw) is None
