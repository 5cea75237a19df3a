"""Benchmark: the judge's accuracy when review segments are sampled at different effective rates.

One version, two review segments over a labelled period: ``other`` (45,000 turns, 5 % truly
sycophantic, the judge 80 % / FPR 15 %, reviewers label 15 % of what is queued there: its cap
binds) and ``segment=probe`` (5,000 turns, 30 %, the judge 95 % / FPR 3 %, all of its queue
labelled). The judge's sensitivity and specificity on the version, and the corrected prevalence
of the next hour (2,700 + 300 turns), are estimated (a) post-stratified over the (segment,
stratum) cells, as the worker does, and (b) with the segments pooled per stratum. Reported: the
share of runs whose 95 % interval holds the true value (goal 93-97 %) and the median estimate.

    .venv/bin/python bench/review_segments.py --runs 300
    .venv/bin/python bench/review_segments.py --runs 300 --write docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.docsection import write_section
from monitor.core.review.accuracy import Estimate, assess_judge, corrected_prevalence
from monitor.core.review.sampling import STRATA, ReviewPolicy, Stratum
from monitor.sim.review import simulate_review

SECTION = "Review statistics per segment"
THRESHOLD = 0.56


@dataclass(frozen=True)
class Segment:
    name: str
    turns: int
    hour: int
    prevalence: float
    se: float
    sp: float
    labelled_share: float


SEGMENTS = (
    Segment("other", 45_000, 2_700, 0.05, 0.80, 0.85, 0.15),
    Segment("segment=probe", 5_000, 300, 0.30, 0.95, 0.97, 1.0),
)


def truths() -> dict[str, float]:
    pos = sum(s.turns * s.prevalence for s in SEGMENTS)
    neg = sum(s.turns * (1 - s.prevalence) for s in SEGMENTS)
    hour = sum(s.hour for s in SEGMENTS)
    return {
        "sensitivity": sum(s.turns * s.prevalence * s.se for s in SEGMENTS) / pos,
        "specificity": sum(s.turns * (1 - s.prevalence) * s.sp for s in SEGMENTS) / neg,
        "corrected rate": sum(s.hour * s.prevalence for s in SEGMENTS) / hour,
        "probe sensitivity": SEGMENTS[1].se,
    }


def one_run(rng: np.random.Generator, policy: ReviewPolicy) -> dict[str, dict[str, Estimate]]:
    items, cells = [], {}
    flagged = n = 0
    for s in SEGMENTS:
        period = simulate_review(rng, s.turns, s.prevalence, s.se, s.sp, policy, THRESHOLD, s.labelled_share)
        items += [replace(it, segment=s.name) for it in period.items]
        cells.update({(s.name, h): c for h, c in period.totals.items()})
        hour = simulate_review(rng, s.hour, s.prevalence, s.se, s.sp, policy, THRESHOLD)
        flagged, n = flagged + hour.flagged, n + hour.n
    rates = {h: policy.rate(h) for h in STRATA}
    pooled_totals: dict[Stratum, int] = {h: sum(c for (_, k), c in cells.items() if k == h) for h in STRATA}
    out = {}
    for how, totals in (("cells", cells), ("pooled", pooled_totals)):
        judge = assess_judge("v", items, totals=totals, rates=rates, min_labels=1)
        c = corrected_prevalence(flagged, n, judge)
        assert c is not None
        out[how] = {
            "sensitivity": judge.sensitivity,
            "specificity": judge.specificity,
            "corrected rate": c.estimate,
        }
        if how == "cells":
            out[how]["probe sensitivity"] = judge.segments["segment=probe"].sensitivity
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--write", type=Path, help="Replace the section in this markdown file.")
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    policy = ReviewPolicy()
    truth = truths()
    started = time.perf_counter()
    hits: dict[tuple[str, str], int] = {}
    values: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.runs):
        run = one_run(rng, policy)
        for how, figures in run.items():
            for name, est in figures.items():
                hits[(how, name)] = hits.get((how, name), 0) + (est.low <= truth[name] <= est.high)
                values.setdefault((how, name), []).append(est.value if est.value is not None else np.nan)
    elapsed = time.perf_counter() - started
    lines = [
        f"## {SECTION}", "",
        f"`.venv/bin/python bench/review_segments.py --runs {args.runs} --seed {args.seed}` "
        f"({elapsed:.0f} s). "
        "One version, two review segments sampled at different effective rates (bench/review_segments.py: "
        "`other` 45,000 turns at 5 %, judge 80 % / FPR 15 %, 15 % of its queue labelled, as when its cap "
        "binds; `segment=probe` 5,000 turns at 30 %, judge 95 % / FPR 3 %, all of its queue labelled). "
        "The figures post-stratified over the (segment, stratum) cells (what the worker does) against the "
        "segments' labels pooled per stratum. Coverage: share of runs whose 95 % interval holds the true "
        "value (goal 93-97 %).", "",
        "| figure | true | cells: coverage | cells: median | pooled: coverage | pooled: median |",
        "|---|---|---|---|---|---|",
    ]  # fmt: skip
    for name, true in truth.items():
        row = [name, f"{true:.3f}"]
        for how in ("cells", "pooled"):
            if (how, name) in hits:
                row += [f"{hits[(how, name)] / args.runs:.1%}", f"{np.nanmedian(values[(how, name)]):.3f}"]
            else:
                row += ["-", "-"]
        lines.append("| " + " | ".join(row) + " |")
    lines += ["", "Pooled per stratum, the fully labelled probe segment speaks for the version: its judge's "
              "low false-positive rate is taken for the whole version's, and the corrected rate comes out "
              "too high with an interval that misses the truth. Per cell, each segment's labels weigh by "
              "its own turns."]  # fmt: skip
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        write_section(args.write, text)


if __name__ == "__main__":
    main()
