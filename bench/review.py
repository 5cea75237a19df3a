"""Benchmark of the review statistics (monitor/core/review/accuracy.py) on simulated traffic.

A version's labelled period (50,000 scored turns, review sampling at the default rates, reviewers
labelling a share of the queue to reach a label budget) gives the judge's error rates; the current
hour (3,000 turns, the same version) gives the flagged rate; the corrected prevalence's 95 %
interval is checked against the true rate. Reported per scenario and label budget: coverage of
the interval over many runs (goal 93-97 %), its median half-width, and the labels a version needs
for a +-5-point estimate (the smallest budget whose median half-width is <= 0.05).

    .venv/bin/python bench/review.py --runs 400
    .venv/bin/python bench/review.py --runs 400 --write docs/benchmarks.md   # replace '## Review statistics'
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.docsection import write_section
from monitor.core.review.accuracy import assess_judge, corrected_prevalence
from monitor.core.review.sampling import STRATA, ReviewPolicy
from monitor.sim.review import simulate_review

SECTION = "Review statistics"
SCENARIOS = (  # (name, prevalence, sensitivity, specificity)
    ("steady 5 %, judge 80 % / FPR 15 %", 0.05, 0.80, 0.85),
    ("canary 30 %, judge 80 % / FPR 15 %", 0.30, 0.80, 0.85),
    ("steady 5 %, weak judge 60 % / FPR 20 %", 0.05, 0.60, 0.80),
)
BUDGETS = (100, 200, 400, 800, 1600)
PERIOD, HOUR, THRESHOLD = 50_000, 3_000, 0.56


def run(
    prevalence: float, se: float, sp: float, budget: int, runs: int, rng: np.random.Generator
) -> dict[str, float]:
    policy = ReviewPolicy()
    drawn = PERIOD * (  # expected queue: flagged, uncertain (band / threshold of the unflagged), rest
        (prevalence * se + (1 - prevalence) * (1 - sp)) * policy.flagged_rate
        + (prevalence * (1 - se) + (1 - prevalence) * sp)
        * (
            policy.uncertain_band / THRESHOLD * policy.uncertain_rate
            + (1 - policy.uncertain_band / THRESHOLD) * policy.rest_rate
        )
    )
    share = min(1.0, budget / drawn)
    hits = hits_realised = 0
    widths, labels = [], []
    for _ in range(runs):
        period = simulate_review(rng, PERIOD, prevalence, se, sp, policy, THRESHOLD, labelled_share=share)
        rates = {h: policy.rate(h) for h in STRATA}
        judge = assess_judge("v", period.items, totals=period.totals, rates=rates, min_labels=1)
        hour = simulate_review(rng, HOUR, prevalence, se, sp, policy, THRESHOLD)
        c = corrected_prevalence(hour.flagged, hour.n, judge)
        assert c is not None
        lo, hi = c.estimate.low, c.estimate.high
        hits += lo <= prevalence <= hi
        hits_realised += lo <= hour.truly / hour.n <= hi
        widths.append((hi - lo) / 2)
        labels.append(len(period.items))
    return {
        "coverage": hits / runs,
        "coverage_realised": hits_realised / runs,
        "half_width": float(np.median(widths)),
        "labels": float(np.median(labels)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--write", type=Path, help="Replace the section in this markdown file.")
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    started = time.perf_counter()
    rows, needed = [], {}
    for name, p, se, sp in SCENARIOS:
        for budget in BUDGETS:
            r = run(p, se, sp, budget, args.runs, rng)
            rows.append((name, budget, r))
            if r["half_width"] <= 0.05 and name not in needed:
                needed[name] = int(r["labels"])
            print(f"{name:42s} labels {r['labels']:6.0f}  coverage {r['coverage']:.1%} "
                  f"(realised {r['coverage_realised']:.1%})  half-width {r['half_width']:.3f}",
                  flush=True)  # fmt: skip
    elapsed = time.perf_counter() - started
    lines = [
        f"## {SECTION}", "",
        f"`.venv/bin/python bench/review.py --runs {args.runs} --seed {args.seed}` ({elapsed:.0f} s). "
        f"Each run: a labelled period of {PERIOD:,} scored turns (default review rates: flagged 5 %, "
        "uncertain band 5 %, rest 1 %; reviewers label a share of the queue to meet the budget), the "
        "judge's error rates measured on its labels (post-stratified), and the corrected prevalence of "
        f"the next hour ({HOUR:,} turns) with its 95 % interval (Rogan-Gladen, Bayesian; "
        "monitor/core/review/accuracy.py). Coverage: share of runs whose interval holds the true rate "
        "(goal 93-97 %); then of the hour's realised rate.", "",
        "| scenario | labels (median) | coverage | (realised) | median half-width |",
        "|---|---|---|---|---|",
    ]  # fmt: skip
    for name, _budget, r in rows:
        lines.append(f"| {name} | {r['labels']:.0f} | {r['coverage']:.1%} | {r['coverage_realised']:.1%} "
                     f"| {r['half_width']:.3f} |")  # fmt: skip
    lines += ["", "Labels a version needs for a +-5-point estimate (the smallest budget whose median "
              "half-width, unrounded, is <= 0.05):", ""]  # fmt: skip
    for name, *_ in SCENARIOS:
        lines.append(f"- {name}: {needed.get(name, 'more than ' + str(BUDGETS[-1]))}")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        write_section(args.write, text)


if __name__ == "__main__":
    main()
