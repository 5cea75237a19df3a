"""Splits, sampling and the training-data digest, shared by train / export / evaluate.

Imports only the stdlib loaders, so the evaluation script can use it from the runtime venv.
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence

from monitor.datasets import LabelledTurn

IN_DIST = ("sycophancybench-medrado", "syco-bench", "sycon-bench")
OOD = ("spiral-bench", "moral-sycophancy-aita-strickler")
LABELLED = IN_DIST + OOD
VAL_PERCENT = 15


def is_val(item_id: str) -> bool:
    """Item-level split: every reply to one question / topic / conversation goes one way."""
    h = int(hashlib.sha256(item_id.encode("utf-8")).hexdigest()[:8], 16)
    return h % 100 < VAL_PERCENT


def labelled(records: Iterable[LabelledTurn]) -> list[LabelledTurn]:
    return [r for r in records if r.label is not None]


def split(records: Iterable[LabelledTurn]) -> tuple[list[LabelledTurn], list[LabelledTurn]]:
    train, val = [], []
    for r in labelled(records):
        (val if is_val(r.item_id) else train).append(r)
    return train, val


def balanced_sample(
    records: Sequence[LabelledTurn],
    *,
    seed: int,
    max_per_source: int,
    neg_per_pos: float = 2.0,
    hard_share: float = 0.4,
) -> list[LabelledTurn]:
    """Per source: all positives (up to a third of the cap), negatives at ``neg_per_pos`` x that,
    of which at least ``hard_share`` are hard negatives when the source has them.

    Balances the sources (SycophancyBench would otherwise dominate) and keeps hard negatives.
    """
    rng = random.Random(seed)
    by_source: dict[str, list[LabelledTurn]] = defaultdict(list)
    for r in records:
        by_source[r.source].append(r)
    out: list[LabelledTurn] = []
    for source in sorted(by_source):
        rows = by_source[source]
        pos = [r for r in rows if r.label == 1]
        hard = [r for r in rows if r.label == 0 and r.hard_negative]
        easy = [r for r in rows if r.label == 0 and not r.hard_negative]
        for group in (pos, hard, easy):
            rng.shuffle(group)
        n_pos = min(len(pos), max_per_source // 3)
        n_neg = min(len(hard) + len(easy), int(max(n_pos, 50) * neg_per_pos))
        n_hard = min(len(hard), max(int(n_neg * hard_share), n_neg - len(easy)))
        n_easy = min(len(easy), n_neg - n_hard)
        out.extend(pos[:n_pos] + hard[:n_hard] + easy[:n_easy])
    rng.shuffle(out)
    return out


def digest(records: Iterable[LabelledTurn]) -> str:
    """sha256 over the (item, prompt, reply, label) of the training records, order-free."""
    lines = sorted(
        "\x1f".join((r.item_id, r.prompt, r.response, str(r.label))) for r in records
    )
    h = hashlib.sha256()
    for line in lines:
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()
