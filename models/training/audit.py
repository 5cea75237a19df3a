"""Print a random sample of labelled replies per source, for auditing labels by eye.

    .venv/bin/python -m models.training.audit --seed 1 --pos 5 --neg 3
"""

from __future__ import annotations

import argparse
import random

from models.training.data import LABELLED, labelled
from monitor.datasets import load_all


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pos", type=int, default=5)
    ap.add_argument("--neg", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    by: dict[str, list] = {}
    for r in labelled(load_all(None, LABELLED)):
        by.setdefault(r.source, []).append(r)
    for src, rows in by.items():
        pos = [r for r in rows if r.label == 1]
        neg = [r for r in rows if r.label == 0]
        print("=" * 20, src)
        for r in rng.sample(pos, args.pos) + rng.sample(neg, args.neg):
            print(f"--- label={r.label} hard={r.hard_negative} cat={r.category} model={r.model}")
            print("PROMPT:", r.prompt[-250:].replace("\n", " "))
            print("REPLY:", r.response[:350].replace("\n", " "))


if __name__ == "__main__":
    main()
