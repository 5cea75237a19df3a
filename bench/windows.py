"""Micro-benchmark of the window aggregation kernels (monitor/core/kernels.py, windows.py).

Each numba kernel against its numpy twin and its interpreted reference (the kernel's
``py_func``: the same source run by CPython), in the same run, median of repeats:

* roll-up: trailing window sums over a (minutes x series*NFIELDS) int64 matrix, e.g. the
  24 h rolling view at every minute of a day for 50 (model version, segment) series;
* accumulation: one batch of quantised turns into per-bucket counters;
* end to end: ``apply_turns`` on ScoredTurn batches (the worker's per-batch cost) and
  ``series`` (1440 per-minute 1 h views of one series, as metrics.json writes them).

    .venv/bin/python bench/windows.py
    .venv/bin/python bench/windows.py --write docs/benchmarks.md   # replace '## Windows and kernels'
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.docsection import write_section

SECTION = "Windows and kernels"


def median_time(fn: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def fmt(seconds: float) -> str:
    if seconds >= 1.0:
        return f"{seconds:,.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:,.2f} ms"
    return f"{seconds * 1e6:,.1f} µs"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=int, default=1440)
    ap.add_argument("--series", type=int, default=50)
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--repeats", type=int, default=21)
    ap.add_argument("--py-repeats", type=int, default=3, help="repeats of the (slow) interpreted reference")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--write", type=Path, help=f"replace the '## {SECTION}' section of this markdown file")
    args = ap.parse_args()

    t0 = time.perf_counter()
    from monitor.core import kernels as K
    from monitor.core import windows as W
    from monitor.core.events import ScoredTurn

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    K.warm_up()
    t_warm = time.perf_counter() - t0

    rng = np.random.default_rng(args.seed)
    rows: list[tuple[str, str, str, str, str]] = []

    # --- roll-up ---------------------------------------------------------------------------
    mins, cols = args.minutes, args.series * K.NFIELDS
    for width, label in ((5, "5 min"), (1440, "24 h")):
        x = rng.integers(0, 50, size=(mins + width - 1, cols), dtype=np.int64)
        ref = K.window_sums_np(x, width)
        assert np.array_equal(K.window_sums(x, width), ref)
        t_nb = median_time(lambda x=x, w=width: K.window_sums(x, w), args.repeats)
        t_np = median_time(lambda x=x, w=width: K.window_sums_np(x, w), args.repeats)
        t_py = median_time(lambda x=x, w=width: K.window_sums.py_func(x, w), args.py_repeats)
        shape = f"{x.shape[0]:,} x {cols:,}"
        rows.append(
            (
                f"roll-up {label} ({shape}, {args.series} series)",
                fmt(t_nb),
                fmt(t_np),
                fmt(t_py),
                f"{t_np / t_nb:.1f}x / {t_py / t_nb:,.0f}x",
            )
        )

    # --- accumulation ----------------------------------------------------------------------
    n, groups_n = args.batch, 50
    groups = rng.integers(0, groups_n, n).astype(np.int64)
    units = K.quantise(rng.beta(2, 8, n))
    flagged = (rng.random(n) < 0.1).astype(np.int8)
    feedback = rng.choice(np.array([0, 1, 2], dtype=np.int8), n, p=[0.9, 0.07, 0.03])
    category = rng.integers(0, K.NCATEGORIES, n).astype(np.int8)

    def acc(fn: Callable[..., None]) -> None:
        out = np.zeros((groups_n, K.NFIELDS), dtype=np.int64)
        fn(groups, units, flagged, feedback, category, out)

    a, b = np.zeros((groups_n, K.NFIELDS), np.int64), np.zeros((groups_n, K.NFIELDS), np.int64)
    K.accumulate(groups, units, flagged, feedback, category, a)
    K.accumulate_np(groups, units, flagged, feedback, category, b)
    assert np.array_equal(a, b)
    t_nb = median_time(lambda: acc(K.accumulate), args.repeats)
    t_np = median_time(lambda: acc(K.accumulate_np), args.repeats)
    t_py = median_time(lambda: acc(K.accumulate.py_func), args.py_repeats)
    rows.append(
        (
            f"accumulate {n:,} turns into {groups_n} buckets",
            fmt(t_nb),
            fmt(t_np),
            fmt(t_py),
            f"{t_np / t_nb:.1f}x / {t_py / t_nb:,.0f}x",
        )
    )

    # --- end to end ------------------------------------------------------------------------
    base = datetime(2026, 3, 1, tzinfo=UTC)
    turns = [
        (
            i,
            ScoredTurn(
                event_id=f"e{i}",
                conversation_id=f"c{i % 997}",
                model_version=f"m{i % 3}",
                event_time=base + timedelta(milliseconds=int(6 * i)),
                scored_at=base,
                score=float(units[i]) / K.SCORE_SCALE,
                flagged=bool(flagged[i]),
                feedback=(None, "up", "down")[int(feedback[i])],
                memory_enabled=bool(i % 2),
                segment={"locale": ("en", "fr", "de")[i % 3]},
                scorer_version="bench",
                latency_ms=1.0,
            ),
        )
        for i in range(n)
    ]
    small = turns[:256]

    def apply(batch: list[tuple[int, ScoredTurn]]) -> None:
        W.apply_turns({}, batch)

    t_big = median_time(lambda: apply(turns), max(3, args.repeats // 4))
    t_small = median_time(lambda: apply(small), args.repeats)
    state: dict[W.BucketKey, W.Bucket] = {}
    W.apply_turns(state, turns)
    t_dup = median_time(lambda: W.apply_turns(state, turns), max(3, args.repeats // 4))

    per_min = 20  # consistent counters: 20 random turns per minute, accumulated
    total = 2 * mins * per_min
    mat = np.zeros((2 * mins, K.NFIELDS), dtype=np.int64)
    K.accumulate(
        np.repeat(np.arange(2 * mins, dtype=np.int64), per_min),
        K.quantise(rng.random(total)),
        (rng.random(total) < 0.1).astype(np.int8),
        rng.integers(0, 3, total).astype(np.int8),
        rng.integers(-1, K.NCATEGORIES, total).astype(np.int8),
        mat,
    )
    by_minute = {m: W.Bucket(mat[m].copy()) for m in range(2 * mins)}
    t_series = median_time(lambda: W.series(by_minute, mins, 2 * mins - 1, 60), max(3, args.repeats // 4))
    t_roll = median_time(lambda: W.rolling_view(by_minute, 2 * mins - 1, 1440), args.repeats)

    e2e = [
        (
            f"`apply_turns`, {n:,} ScoredTurns (3 versions x 4 segments)",
            fmt(t_big),
            f"{n / t_big:,.0f} turns/s",
        ),
        ("`apply_turns`, 256 ScoredTurns (a micro-batch)", fmt(t_small), f"{256 / t_small:,.0f} turns/s"),
        (f"`apply_turns`, the same {n:,} redelivered (all skipped)", fmt(t_dup), f"{n / t_dup:,.0f} turns/s"),
        (
            f"`series`: {mins:,} per-minute 1 h views of one series",
            fmt(t_series),
            f"{mins / t_series:,.0f} views/s",
        ),
        ("`rolling_view`: one 24 h view from 1,440 minute buckets", fmt(t_roll), ""),
    ]

    cmd = "NUMBA_NUM_THREADS=1 .venv/bin/python bench/windows.py " + " ".join(sys.argv[1:])
    lines = [
        f"Command: `{cmd.strip()}` on a {os.cpu_count()}-CPU machine shared with other jobs; "
        f"median of {args.repeats} runs ({args.py_repeats} for the interpreted reference). "
        f"Measured {datetime.now(UTC):%Y-%m-%d}, load average {os.getloadavg()[0]:.1f} at the end. "
        f"Import of the core {t_import:.2f} s; `warm_up()` "
        f"(numba compilation of both kernels, no on-disk cache) {t_warm:.2f} s.\n",
        "| kernel | numba | numpy twin | interpreted (`py_func`) | numpy / numba ; python / numba |",
        "|---|---:|---:|---:|---:|",
        *(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} |" for r in rows),
        "",
        "| end to end (pure core, no I/O) | median | rate |",
        "|---|---:|---:|",
        *(f"| {r[0]} | {r[1]} | {r[2]} |" for r in e2e),
        "",
        f"`apply_turns` is bound by per-turn Python work (segments, keys, dict lookups: "
        f"{t_big / n * 1e6:.0f} µs per turn here), not by the kernel (under 1 % of it); `series` by "
        "building one `View` per minute. Whether that matters next to scoring is measured by the "
        "end-to-end pipeline benchmark.",
        "",
    ]
    body = "\n".join(lines)
    print(body)
    if args.write:
        write_section(
            args.write,
            f"## {SECTION}\n\n{body}",
            new_doc="# Benchmarks\n\nEvery figure is a median on the shared 2-core machine.\n",
        )


if __name__ == "__main__":
    main()
