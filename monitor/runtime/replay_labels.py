"""Review labels in ``sycomon replay``: the same sampling, stratification and correction offline.

A labels file holds one JSON object per line: a labels-topic record (:class:`Label`) or the
simulator's ground truth (``{"event_id", "sycophantic": true|false}``, ``sycomon simulate --labels``).
Only the turns the review policy draws are used (the worker would have queued only those; its
draw is a keyed hash of the event id, so the same turns in both), each with its stratum's
inclusion probability; stratum totals are replay's own counts over the event hours the labels
come from. With the ground truth of every turn this is the oracle reviewer, offline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

from monitor.core.categories import CATEGORIES, Category
from monitor.core.events import ScoredTurn
from monitor.core.pipeline import BatchResult
from monitor.core.review.accuracy import JudgeAccuracy, LabelledItem, assess_judge
from monitor.core.review.labels import Ballot, decide
from monitor.core.review.sampling import Stratum
from monitor.errors import MonitorError
from monitor.settings import Settings

__all__ = ["ReplayLabels", "read_labels", "read_truth"]


def read_labels(path: Path) -> dict[str, bool]:
    """event id -> consensus (majority of the file's labels of it; humans over ``llm:``; ties dropped)."""
    return {eid: truth for eid, (truth, _) in read_truth(path).items()}


def read_truth(path: Path) -> dict[str, tuple[bool, Category | None]]:
    """event id -> (consensus, the reviewers' category when sycophantic), by the rule of
    :func:`~monitor.core.review.labels.decide`; ties dropped."""
    votes: dict[str, list[Ballot]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise MonitorError(f"cannot read {path}: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            eid = str(obj["event_id"])
            if "label" in obj:
                truth = {"sycophantic": True, "honest": False}[obj["label"]]
            else:
                truth = bool(obj["sycophantic"])
            category = obj.get("category")
            if category is not None and category not in CATEGORIES:
                raise ValueError(f"unknown category {category!r}")
        except (ValueError, KeyError, TypeError) as exc:
            raise MonitorError(f"{path}:{n}: not a label ({exc})") from exc
        llm = str(obj.get("reviewer", "")).startswith("llm:")
        votes.setdefault(eid, []).append((truth, llm, cast(Category | None, category)))
    return {eid: decided for eid, ballots in votes.items() if (decided := decide(ballots)) is not None}


class ReplayLabels:
    """The review hook of replay's first pass (a :class:`~monitor.runtime.batch.ReviewFeed`): every
    scored turn counted in its stratum, the drawn ones kept to be joined with the labels file."""

    def __init__(self, settings: Settings, threshold: float) -> None:
        self.settings = settings
        self.policy = settings.review.sampling
        self.threshold = threshold
        self._drawn: dict[str, tuple[ScoredTurn, Stratum, float, str]] = {}
        self._totals: dict[tuple[str, int, str, Stratum], int] = {}

    async def offer(self, result: BatchResult) -> None:
        for _, _, turn in result.scored:
            self.observe(turn)

    def observe(self, turn: ScoredTurn) -> None:
        draw = self.policy.draw(turn.event_id, turn.score, self.threshold, turn.segment)
        key = (turn.model_version, int(turn.event_time.timestamp()) // 3600, draw.segment, draw.stratum)
        self._totals[key] = self._totals.get(key, 0) + 1
        if draw.drawn:
            self._drawn[turn.event_id] = (turn, draw.stratum, draw.inclusion_p, draw.segment)

    def judges(self, path: Path, scorer_version: str) -> dict[str, JudgeAccuracy]:
        from monitor.runtime.review import load_validation

        truth = read_truth(path)
        items: dict[str, list[tuple[float, LabelledItem]]] = {}
        hours: dict[str, set[int]] = {}
        for eid, (turn, stratum, p, segment) in self._drawn.items():
            if eid not in truth:
                continue
            value, category = truth[eid]
            item = LabelledItem(stratum, turn.flagged, value, p, turn.category, segment, category)
            items.setdefault(turn.model_version, []).append((turn.event_time.timestamp(), item))
            hours.setdefault(turn.model_version, set()).add(int(turn.event_time.timestamp()) // 3600)
        r = self.settings.review
        validation = load_validation(self.settings, scorer_version)
        versions = {v for v, _, _, _ in self._totals}
        out = {}
        for version in sorted(versions):
            ordered = [it for _, it in sorted(items.get(version, []), key=lambda x: x[0])]
            totals: dict[tuple[str, Stratum], int] = {}
            for (v, hour, segment, stratum), n in self._totals.items():
                if v == version and hour in hours.get(version, set()):
                    totals[(segment, stratum)] = totals.get((segment, stratum), 0) + n
            out[version] = assess_judge(
                version, ordered, totals=totals, rates=self.policy.cell_rates(),
                validation=validation, min_labels=r.min_labels,
                drift_alpha=r.judge_drift_alpha, drift_margin=r.judge_drift_margin,
            )  # fmt: skip
        return out
