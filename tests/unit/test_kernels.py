"""Numba kernels vs their numpy twins and interpreted references; closed-form statistics."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import hypothesis.strategies as st
import numpy as np
import pytest
from hypothesis import given, settings

from monitor.core import kernels as K

SETTINGS = settings(deadline=None, max_examples=60)


@pytest.fixture(scope="module", autouse=True)
def _compiled() -> Iterator[None]:
    K.warm_up()
    yield


@st.composite
def batches(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    m = draw(st.integers(1, 6))
    size = draw(st.integers(0, 80))
    groups = np.array(draw(st.lists(st.integers(0, m - 1), min_size=size, max_size=size)), dtype=np.int64)
    scores = draw(
        st.lists(
            st.one_of(st.floats(0.0, 1.0), st.sampled_from([0.0, 1.0, 0.05, 0.95, 0.999999])),
            min_size=size,
            max_size=size,
        )
    )
    flagged = np.array(draw(st.lists(st.booleans(), min_size=size, max_size=size)), dtype=np.int8)
    feedback = np.array(
        draw(st.lists(st.sampled_from([K.FB_NONE, K.FB_UP, K.FB_DOWN]), min_size=size, max_size=size)),
        dtype=np.int8,
    )
    category = np.array(
        draw(st.lists(st.integers(-1, K.NCATEGORIES - 1), min_size=size, max_size=size)), dtype=np.int8
    )
    return groups, K.quantise(scores), flagged, feedback, category, m


def _reference_accumulate(groups, units, flagged, feedback, category, m):  # type: ignore[no-untyped-def]
    """Written independently of the kernels: one Python dict of counters per group."""
    out = np.zeros((m, K.NFIELDS), dtype=np.int64)
    cols = (groups, units, flagged, feedback, category)
    rows = zip(*(c.tolist() for c in cols), strict=True)
    for g, u, f, fb, c in rows:
        out[g, K.N] += 1
        out[g, K.FLAGGED] += bool(f)
        if f and c >= 0:
            out[g, K.CAT0 + c] += 1
        out[g, K.SCORE_SUM] += u
        out[g, K.HIST0 + min(int(u / K.SCORE_SCALE * K.HIST_BINS + 1e-9), K.HIST_BINS - 1)] += 1
        col = {
            (True, K.FB_UP): K.UP_FLAGGED,
            (True, K.FB_DOWN): K.DOWN_FLAGGED,
            (False, K.FB_UP): K.UP_UNFLAGGED,
            (False, K.FB_DOWN): K.DOWN_UNFLAGGED,
        }.get((bool(f), fb))
        if col is not None:
            out[g, col] += 1
    return out


@SETTINGS
@given(batches())
def test_accumulate_kernel_twin_and_interpreted_agree(batch: tuple) -> None:  # type: ignore[type-arg]
    groups, units, flagged, feedback, category, m = batch
    start = np.arange(m * K.NFIELDS, dtype=np.int64).reshape(m, K.NFIELDS)  # accumulates onto old state
    outs = []
    for fn in (K.accumulate, K.accumulate_np, K.accumulate.py_func):
        out = start.copy()
        fn(groups, units, flagged, feedback, category, out)
        outs.append(out)
    expected = start + _reference_accumulate(groups, units, flagged, feedback, category, m)
    for out in outs:
        np.testing.assert_array_equal(out, expected)


@SETTINGS
@given(
    st.integers(0, 40).flatmap(
        lambda rows: st.tuples(
            st.lists(st.lists(st.integers(0, 10**9), min_size=3, max_size=3), min_size=rows, max_size=rows),
            st.integers(1, 50),
        )
    )
)
def test_window_sums_kernel_twin_and_interpreted_agree(case: tuple[list[list[int]], int]) -> None:
    rows, width = case
    x = np.array(rows, dtype=np.int64).reshape(len(rows), 3)
    windows = [rows[max(0, t - width + 1) : t + 1] for t in range(len(rows))]
    expected = np.array(
        [[sum(r[c] for r in win) for c in range(3)] for win in windows],
        dtype=np.int64,
    ).reshape(len(rows), 3)
    for fn in (K.window_sums, K.window_sums_np, K.window_sums.py_func):
        np.testing.assert_array_equal(fn(x, width), expected)


def test_kernels_with_jit_disabled_agree_with_twins() -> None:
    """The whole module also works (and agrees) when numba is switched off."""
    script = textwrap.dedent(
        """
        import numpy as np
        from monitor.core import kernels as K
        assert not hasattr(K.accumulate, "py_func"), "JIT was not disabled"
        K.warm_up()
        rng = np.random.default_rng(7)
        g = rng.integers(0, 5, 500); u = K.quantise(rng.random(500))
        f = rng.integers(0, 2, 500).astype(np.int8); fb = rng.integers(0, 3, 500).astype(np.int8)
        c = rng.integers(-1, K.NCATEGORIES, 500).astype(np.int8)
        a = np.zeros((5, K.NFIELDS), np.int64); b = a.copy()
        K.accumulate(g, u, f, fb, c, a); K.accumulate_np(g, u, f, fb, c, b)
        assert (a == b).all()
        x = rng.integers(0, 100, (60, 7))
        assert (K.window_sums(x, 9) == K.window_sums_np(x, 9)).all()
        print("ok")
        """
    )
    env = {**os.environ, "NUMBA_DISABLE_JIT": "1"}
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=root, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_warm_up_compiles_every_kernel() -> None:
    for kernel in (K.accumulate, K.window_sums):
        assert kernel.signatures, f"{kernel} not compiled by warm_up"


# --- Wilson ----------------------------------------------------------------------------------


def _wilson_by_roots(k: int, n: int, z: float) -> tuple[float, float]:
    """Independent form: the interval is the set of p with (k/n - p)^2 = z^2 p (1 - p) / n,
    i.e. the roots of (1 + z^2/n) p^2 - (2 k/n + z^2/n) p + (k/n)^2 = 0."""
    ph = k / n
    roots = sorted(np.roots([1 + z * z / n, -(2 * ph + z * z / n), ph * ph]).real)
    return float(roots[0]), float(roots[1])


@pytest.mark.parametrize(
    ("k", "n", "lo", "hi"),
    [
        # At z = 1.96, 4 decimals: 81/263 is Newcombe (1998)'s worked example; the others were
        # worked by hand from centre +- half-width (e.g. 0/10: hi = z^2 / (n + z^2) = 0.27750).
        (0, 10, 0.0, 0.2775),
        (5, 10, 0.2366, 0.7634),
        (10, 10, 0.7225, 1.0),
        (81, 263, 0.2553, 0.3662),
    ],
)
def test_wilson_known_values(k: int, n: int, lo: float, hi: float) -> None:
    got = K.wilson(k, n, 1.96)
    assert got[0] == pytest.approx(lo, abs=5e-5)
    assert got[1] == pytest.approx(hi, abs=5e-5)


@settings(deadline=None, max_examples=200)
@given(st.integers(1, 10**6).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))), st.floats(0.5, 4.0))
def test_wilson_matches_quadratic_roots(kn: tuple[int, int], z: float) -> None:
    k, n = kn
    lo, hi = K.wilson(k, n, z)
    rlo, rhi = _wilson_by_roots(k, n, z)
    assert 0.0 <= lo <= k / n <= hi <= 1.0
    assert lo == pytest.approx(max(rlo, 0.0), abs=1e-7)
    assert hi == pytest.approx(min(rhi, 1.0), abs=1e-7)


def test_wilson_edges_and_z() -> None:
    assert K.wilson(0, 0) == (0.0, 1.0)
    assert K.wilson(0, 7)[0] == 0.0
    assert K.wilson(7, 7)[1] == 1.0
    with pytest.raises(ValueError):
        K.wilson(8, 7)
    assert K.z_for(0.95) == pytest.approx(1.959963984540054, rel=1e-12)
    assert K.z_for(0.99) == pytest.approx(2.5758293035489, rel=1e-12)
    assert pytest.approx(K.z_for(0.95), rel=1e-15) == K.Z95


# --- histogram quantiles ---------------------------------------------------------------------


@SETTINGS
@given(
    st.lists(
        st.one_of(st.floats(0.0, 1.0), st.sampled_from([0.0, 1.0, 0.5, 0.05])), min_size=1, max_size=300
    ),
    st.lists(st.sampled_from([0.01, 0.25, 0.5, 0.9, 0.99, 1.0]), min_size=1, max_size=4),
)
def test_hist_quantiles_within_one_bin_of_exact(scores: list[float], qs: list[float]) -> None:
    units = K.quantise(scores)
    hist = np.zeros(K.HIST_BINS, dtype=np.int64)
    for b in np.minimum(units * K.HIST_BINS // K.SCORE_SCALE, K.HIST_BINS - 1):
        hist[b] += 1
    got = K.hist_quantiles(hist, qs)
    exact = np.quantile(units / K.SCORE_SCALE, qs, method="inverted_cdf")
    width = 1.0 / K.HIST_BINS
    assert np.all(np.abs(got - exact) <= width + 1e-12), (got, exact)
    assert np.all((got >= 0.0) & (got <= 1.0))


def test_hist_quantiles_interpolates_and_handles_empty() -> None:
    hist = np.zeros((2, K.HIST_BINS), dtype=np.int64)
    hist[0, 10] = 4  # four scores in [0.50, 0.55)
    got = K.hist_quantiles(hist, [0.25, 0.5, 1.0])
    assert got[0] == pytest.approx([0.5125, 0.525, 0.55])
    assert np.isnan(got[1]).all()
    assert not math.isnan(float(K.hist_quantiles(hist[0], [0.5])[0]))


@SETTINGS
@given(
    st.lists(st.lists(st.integers(0, 5), min_size=K.HIST_BINS, max_size=K.HIST_BINS), min_size=1, max_size=5)
)
def test_hist_quantiles_rows_agree_with_single_histograms(rows: list[list[int]]) -> None:
    qs = [0.0, 0.3, 0.5, 0.9, 0.99, 1.0]
    many = K.hist_quantiles(np.array(rows), qs)
    for r, got in zip(rows, many, strict=True):
        np.testing.assert_allclose(K.hist_quantiles(np.array(r), qs), got, rtol=0, atol=1e-12)
