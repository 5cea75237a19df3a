"""The detector bank: routes one minute of per-(version, segment) counts to every detector."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from monitor.core.categories import NCATEGORIES
from monitor.core.detectors.base import (
    ALL_SEGMENTS,
    Evidence,
    MinuteCounts,
    MinuteWindow,
    Rule,
    Signal,
    epoch_minute,
    minute_datetime,
)
from monitor.core.detectors.categories import category_evidence, kind_shifts
from monitor.core.detectors.rules import AbsoluteLevel, DriftCusum, RateRatioTest, RewardHacking, Verdict
from monitor.core.detectors.settings import DetectorSettings
from monitor.core.events import Severity
from monitor.core.review.accuracy import JudgeAccuracy
from monitor.errors import StateError

__all__ = ["SNAPSHOT_VERSION", "DetectorBank", "judge_evidence"]

SNAPSHOT_VERSION = 1
_Detector = AbsoluteLevel | DriftCusum | RateRatioTest | RewardHacking
_PRUNE_AFTER_MINUTES = 7 * 1440
_SEGMENT_SEP = "\x1f"  # regression detector key of a segment: baseline + SEP + segment


def judge_evidence(judge: JudgeAccuracy) -> Evidence:
    """Evidence of a judge-drift signal: the judge's agreement with reviewers vs validation."""
    se, sp, ppv = judge.sensitivity, judge.specificity, judge.precision
    ev: Evidence = {
        "labels": judge.labels, "basis": judge.basis,
        "disagreement": round(judge.disagreement or 0.0, 6),
        "threshold": round(judge.disagreement_null or 0.0, 6),
        "statistic": round(judge.drift_log_wealth, 6),
    }
    for name, est in (("sensitivity", se), ("specificity", sp), ("precision", ppv)):
        if est.value is not None:
            ev[name] = round(est.value, 6)
            ev[f"{name}_low"], ev[f"{name}_high"] = round(est.low, 6), round(est.high, 6)
    return ev


class DetectorBank:
    """All detectors of all model versions and segments, updated once per event-time minute.

    ``counts`` maps ``(model_version, segment)`` to that minute's :class:`MinuteCounts`;
    ``segment`` is ``"all"`` (the version's whole traffic; required for the version-level
    rules) or ``"key=value"`` (e.g. ``"memory=on"``). Versions or segments without traffic in
    a minute may be left out. Minutes must be strictly increasing (gaps are fine).
    """

    def __init__(self, settings: DetectorSettings) -> None:
        self.settings = settings
        self.last_minute: int | None = None
        self.baseline: str | None = settings.regression_baseline
        self._traffic: dict[str, dict[int, int]] = {}
        self._detectors: dict[tuple[str, str, str], _Detector] = {}
        self._last_seen: dict[tuple[str, str, str], int] = {}
        # per version (segment all): [n, flagged per category] over category_window_minutes
        self._kinds: dict[str, MinuteWindow] = {}

    # -- construction of detectors ---------------------------------------------------------------
    def _new(self, rule: str, version: str) -> _Detector:
        s = self.settings
        if rule == Rule.ABSOLUTE:
            ceiling = s.absolute_ceiling_overrides.get(version, s.absolute_ceiling)
            critical = max(ceiling, s.absolute_critical_ceiling)
            return AbsoluteLevel(ceiling, critical, s.absolute_window_minutes, s.absolute_min_samples,
                                 s.absolute_confidence, s.absolute_clear_ratio)
        if rule == Rule.DRIFT:
            return DriftCusum(s.drift_design_ratio, s.drift_h, s.drift_reference_halflife_minutes,
                              s.drift_guard_minutes, s.drift_min_reference, s.drift_rebaseline_minutes)
        if rule == Rule.REWARD_HACKING:
            return RewardHacking(s.reward_window_minutes, s.reward_min_feedback, s.reward_confidence)
        if rule == Rule.REGRESSION:
            return RateRatioTest(s.regression_alpha, s.regression_margin, s.regression_grid,
                                 s.regression_epoch_minutes, s.regression_clear_minutes,
                                 s.regression_min_clear_flags, s.regression_critical_ratio)
        if rule == Rule.SEGMENT_AMPLIFICATION:
            return RateRatioTest(s.segment_alpha, s.segment_margin, s.regression_grid,
                                 s.regression_epoch_minutes, s.regression_clear_minutes,
                                 s.regression_min_clear_flags, s.regression_critical_ratio)
        raise StateError(f"unknown rule {rule!r}")

    def _get(self, rule: str, version: str, key: str, minute: int) -> _Detector:
        k = (rule, version, key)
        det = self._detectors.get(k)
        if det is None:
            det = self._detectors[k] = self._new(rule, version)
        self._last_seen[k] = minute
        return det

    # -- baseline ----------------------------------------------------------------------------------
    def _update_baseline(self, minute: int, counts: Mapping[tuple[str, str], MinuteCounts]) -> None:
        hour = minute // 60
        hours = max(1, self.settings.regression_baseline_window_minutes // 60)
        for (version, segment), c in counts.items():
            if segment == ALL_SEGMENTS and c.n:
                buckets = self._traffic.setdefault(version, {})
                buckets[hour] = buckets.get(hour, 0) + c.n
        totals: dict[str, int] = {}
        for version in list(self._traffic):
            buckets = self._traffic[version]
            for h in [h for h in buckets if h <= hour - hours]:
                del buckets[h]
            if not buckets:
                del self._traffic[version]
            else:
                totals[version] = sum(buckets.values())
        if self.settings.regression_baseline is not None or not totals:
            return
        top = max(totals, key=lambda v: (totals[v], v))
        current = totals.get(self.baseline, 0) if self.baseline is not None else 0
        if current == 0 or totals[top] > self.settings.regression_baseline_switch_ratio * current:
            self.baseline = top

    # -- which kinds rose (evidence) ----------------------------------------------------------------
    def _kinds_window(self) -> MinuteWindow:
        return MinuteWindow(self.settings.category_window_minutes, 1 + NCATEGORIES)

    def _update_kinds(self, minute: int, counts: Mapping[tuple[str, str], MinuteCounts]) -> None:
        for (version, segment), c in counts.items():
            if segment == ALL_SEGMENTS and c.n:
                cats = list(c.categories[:NCATEGORIES]) + [0] * (NCATEGORIES - len(c.categories))
                self._kinds.setdefault(version, self._kinds_window()).add(minute, [c.n, *cats])
        for version in list(self._kinds):
            window = self._kinds[version]
            window.evict(minute)
            if not window.snapshot():
                del self._kinds[version]

    def _kind_evidence(self, version: str) -> Evidence:
        s = self.settings
        window = self._kinds.get(version)
        if window is None:
            return {}
        base = self._kinds.get(self.baseline) if self.baseline not in (None, version) else None
        shifts = kind_shifts(
            window.sums(), base.sums() if base is not None else None,
            min_flags=s.category_min_flags, top=s.category_top,
        )
        return category_evidence(version, shifts)

    # -- the minute ----------------------------------------------------------------------------------
    def update(
        self,
        minute: datetime,
        counts: Mapping[tuple[str, str], MinuteCounts],
        judges: Mapping[str, JudgeAccuracy] | None = None,
    ) -> list[Signal]:
        """Feed one closed event-time minute; return one :class:`Signal` per detector evaluated.

        ``judges``: what is known of the judge's accuracy per version (labels or validation
        figures); the absolute rule then uses the corrected rate (``absolute_basis``) and the
        judge-drift rule reports on versions with labels. Regression and drift compare flagged
        rates, like with like."""
        judges = judges or {}
        corrected = self.settings.absolute_basis == "corrected"
        m = epoch_minute(minute)
        if self.last_minute is not None and m <= self.last_minute:
            raise StateError(f"minute {minute.isoformat()} is not after the last one processed")
        self.last_minute = m
        at = minute_datetime(m)
        self._update_baseline(m, counts)
        self._update_kinds(m, counts)
        out: list[Signal] = []
        with_kinds = {Rule.ABSOLUTE, Rule.REGRESSION}

        def emit(rule: str, version: str, segment: str, v: Verdict) -> None:
            if v.firing and segment == ALL_SEGMENTS and rule in with_kinds:
                v.evidence.update(self._kind_evidence(version))
            out.append(Signal(rule, version, segment, v.severity, v.firing, at, v.evidence))

        per_segment = set(self.settings.per_segment_rules)
        by_key: dict[str, dict[str, dict[str, MinuteCounts]]] = {}
        for (version, segment), c in sorted(counts.items()):
            is_all = segment == ALL_SEGMENTS
            if is_all or Rule.ABSOLUTE in per_segment:
                det = self._get(Rule.ABSOLUTE, version, segment, m)
                assert isinstance(det, AbsoluteLevel)
                judge = judges.get(version) if corrected else None
                emit(Rule.ABSOLUTE, version, segment, det.update(m, c.n, c.flagged, judge))
            if is_all or Rule.DRIFT in per_segment:
                drift = self._get(Rule.DRIFT, version, segment, m)
                assert isinstance(drift, DriftCusum)
                emit(Rule.DRIFT, version, segment, drift.update(m, c.n, c.flagged))
            if is_all or Rule.REWARD_HACKING in per_segment:
                rh = self._get(Rule.REWARD_HACKING, version, segment, m)
                assert isinstance(rh, RewardHacking)
                emit(Rule.REWARD_HACKING, version, segment, rh.update(m, c.as_tuple()))
            if not is_all and "=" in segment:
                key, value = segment.split("=", 1)
                by_key.setdefault(version, {}).setdefault(key, {})[value] = c

        for (version, segment), _c in sorted(counts.items()):
            judge = judges.get(version)
            if segment == ALL_SEGMENTS and judge is not None and judge.disagreement_null is not None:
                out.append(Signal(Rule.JUDGE_DRIFT, version, ALL_SEGMENTS, Severity.WARNING,
                                  judge.drift_firing, at, judge_evidence(judge)))

        base = self.baseline
        base_counts = counts.get((base, ALL_SEGMENTS)) if base is not None else None
        for (version, segment), c in sorted(counts.items()):
            if segment != ALL_SEGMENTS or version == base or base is None:
                continue
            test = self._get(Rule.REGRESSION, version, base, m)
            assert isinstance(test, RateRatioTest)
            x_b, n_b = (base_counts.flagged, base_counts.n) if base_counts else (0, 0)
            v = test.update(m, c.flagged, c.n, x_b, n_b)
            v.evidence["baseline_version"] = base
            emit(Rule.REGRESSION, version, ALL_SEGMENTS, v)
        if Rule.REGRESSION in per_segment and base is not None:
            # a declared segment against the baseline's same segment (a matched mix: e.g. probes)
            for (version, segment), c in sorted(counts.items()):
                if segment == ALL_SEGMENTS or version == base:
                    continue
                test = self._get(Rule.REGRESSION, version, f"{base}{_SEGMENT_SEP}{segment}", m)
                assert isinstance(test, RateRatioTest)
                seg_base = counts.get((base, segment))
                x_b, n_b = (seg_base.flagged, seg_base.n) if seg_base else (0, 0)
                v = test.update(m, c.flagged, c.n, x_b, n_b)
                v.evidence["baseline_version"] = base
                emit(Rule.REGRESSION, version, segment, v)

        for version, keys in sorted(by_key.items()):
            for key, values in sorted(keys.items()):
                if len(values) < 2:
                    continue
                for value, c in sorted(values.items()):
                    rest_x = sum(o.flagged for val, o in values.items() if val != value)
                    rest_n = sum(o.n for val, o in values.items() if val != value)
                    segment = f"{key}={value}"
                    test = self._get(Rule.SEGMENT_AMPLIFICATION, version, segment, m)
                    assert isinstance(test, RateRatioTest)
                    emit(Rule.SEGMENT_AMPLIFICATION, version, segment,
                         test.update(m, c.flagged, c.n, rest_x, rest_n))
        self._prune(m)
        return out

    def _prune(self, minute: int) -> None:
        for k in [k for k, seen in self._last_seen.items() if seen <= minute - _PRUNE_AFTER_MINUTES]:
            del self._last_seen[k]
            self._detectors.pop(k, None)
        if self.baseline is not None:
            stale = [
                k for k in self._detectors
                if k[0] == Rule.REGRESSION and k[2].split(_SEGMENT_SEP, 1)[0] != self.baseline
            ]  # fmt: skip
            for k in stale:
                del self._detectors[k]
                self._last_seen.pop(k, None)

    # -- persistence -------------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """A JSON-able dict of the whole state (for the state store)."""
        return {
            "version": SNAPSHOT_VERSION,
            "last_minute": self.last_minute,
            "baseline": self.baseline,
            "traffic": {v: [[h, n] for h, n in sorted(b.items())] for v, b in sorted(self._traffic.items())},
            "detectors": [
                [rule, version, key, self._last_seen.get((rule, version, key), 0), det.snapshot()]
                for (rule, version, key), det in sorted(self._detectors.items())
            ],
            "kinds": {v: w.snapshot() for v, w in sorted(self._kinds.items())},
        }

    @classmethod
    def restore(cls, settings: DetectorSettings, snap: Mapping[str, Any]) -> DetectorBank:
        """Rebuild a bank from :meth:`snapshot` output; raises :class:`StateError` if malformed."""
        if snap.get("version") != SNAPSHOT_VERSION:
            raise StateError(f"unsupported detector snapshot version {snap.get('version')!r}")
        bank = cls(settings)
        try:
            bank.last_minute = None if snap["last_minute"] is None else int(snap["last_minute"])
            if settings.regression_baseline is None:
                bank.baseline = snap["baseline"]
            bank._traffic = {v: {int(h): int(n) for h, n in rows} for v, rows in snap["traffic"].items()}
            for rule, version, key, seen, state in snap["detectors"]:
                det = bank._new(rule, version)
                det.restore(state)
                bank._detectors[(rule, version, key)] = det
                bank._last_seen[(rule, version, key)] = int(seen)
            for version, rows in snap.get("kinds", {}).items():  # absent in older snapshots
                window = bank._kinds[version] = bank._kinds_window()
                window.restore(rows)
        except (KeyError, TypeError, ValueError) as exc:
            raise StateError(f"malformed detector snapshot: {exc}") from exc
        return bank
