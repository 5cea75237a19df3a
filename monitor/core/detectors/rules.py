"""The detector classes. Each keeps a small, JSON-round-trippable state.

``update`` is called once per event-time minute with that minute's counts and returns a
:class:`Verdict`; ``snapshot()`` returns a JSON-able dict and ``restore(settings, snap)``
rebuilds an instance that behaves identically from there on.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from statistics import NormalDist
from typing import Any

from monitor.core.detectors.base import Evidence, MinuteWindow
from monitor.core.detectors.kernels import cusum_increment, log_mixture, rr_mixture_update, wilson_interval
from monitor.core.events import Severity
from monitor.core.review.accuracy import JudgeAccuracy, corrected_prevalence

__all__ = [
    "AbsoluteLevel",
    "DriftCusum",
    "RateRatioTest",
    "RewardHacking",
    "Verdict",
    "newcombe_interval",
    "z_one_sided",
]


def z_one_sided(confidence: float) -> float:
    """Normal quantile for a one-sided bound at ``confidence`` (0.99 -> 2.326)."""
    return NormalDist().inv_cdf(confidence)


def newcombe_interval(x1: float, n1: float, x2: float, n2: float, z: float) -> tuple[float, float]:
    """Newcombe's hybrid score interval for ``x1/n1 - x2/n2`` (both ``n`` must be > 0)."""
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson_interval(x1, n1, z)
    l2, u2 = wilson_interval(x2, n2, z)
    d = p1 - p2
    return d - math.hypot(p1 - l1, u2 - p2), d + math.hypot(u1 - p1, p2 - l2)


@dataclass(frozen=True, slots=True)
class Verdict:
    firing: bool
    severity: Severity
    evidence: Evidence


def _r(x: float) -> float:
    return round(x, 6)


class AbsoluteLevel:
    """A one-sided lower bound of the windowed sycophancy rate above a ceiling (with min samples).

    With a :class:`JudgeAccuracy` that corrects (the version's labels, or the judge's validation
    figures before it has enough), the bound is that of the prevalence corrected for the judge's
    errors (Rogan-Gladen, :mod:`monitor.core.review.accuracy`); without one, the Wilson bound of
    the flagged rate. The evidence says which ``basis`` was used and how many ``labels`` stand
    behind it."""

    def __init__(self, ceiling: float, critical: float, window: int, min_samples: int,
                 confidence: float, clear_ratio: float) -> None:
        self.ceiling, self.critical = ceiling, critical
        self.min_samples, self.clear_ratio = min_samples, clear_ratio
        self.confidence = confidence
        self.z = z_one_sided(confidence)
        self.window = MinuteWindow(window, 2)
        self.firing = False

    def update(self, minute: int, n: int, flagged: int, judge: JudgeAccuracy | None = None) -> Verdict:
        self.window.add(minute, (n, flagged))
        wn, wf = self.window.sums()
        lo, hi = wilson_interval(wf, wn, self.z)
        ev: Evidence = {
            "rate": _r(wf / wn) if wn else 0.0, "rate_low": _r(lo), "rate_high": _r(hi),
            "n": wn, "flagged": wf, "window_minutes": self.window.width,
            "threshold": self.ceiling, "basis": "flagged", "labels": 0,
        }
        bound = lo
        corrected = corrected_prevalence(wf, wn, judge, level=2 * self.confidence - 1) if judge else None
        if judge is not None and corrected is not None:
            est = corrected.estimate
            bound = est.low
            ev.update({
                "basis": corrected.basis, "labels": corrected.labels,
                "corrected_rate": _r(est.value) if est.value is not None else -1.0,
                "corrected_low": _r(est.low), "corrected_high": _r(est.high),
            })  # fmt: skip
        ready = wn >= self.min_samples
        if ready:
            limit = self.ceiling * self.clear_ratio if self.firing else self.ceiling
            self.firing = bound > limit
        severity = Severity.CRITICAL if self.firing and bound > self.critical else Severity.WARNING
        ev["statistic"] = _r(bound)
        ev["ready"] = int(ready)
        return Verdict(self.firing, severity, ev)

    def snapshot(self) -> dict[str, Any]:
        return {"firing": self.firing, "window": self.window.snapshot()}

    def restore(self, snap: dict[str, Any]) -> None:
        self.firing = bool(snap["firing"])
        self.window.restore(snap["window"])


class RateRatioTest:
    """Anytime-valid one-sided test that a candidate's rate exceeds a reference's.

    Mixture SPRT over ``grid`` (equal weights) of the exposure-adjusted conditional test in
    :func:`~monitor.core.detectors.kernels.rr_mixture_update`; null ``p_c <= p_b (1 + margin)``.
    Rejects when the mixture likelihood ratio reaches ``1 / alpha``; by Ville's inequality the
    chance of ever doing so under the null is <= alpha per test. A test runs for at most
    ``epoch`` minutes, then restarts. A rejection latches (firing) until, at least
    ``clear_minutes`` after it, the observed ratio over the last ``clear_minutes`` is back
    <= 1 + margin with >= ``min_clear_flags`` flags; the test then restarts afresh.
    """

    def __init__(self, alpha: float, margin: float, grid: tuple[float, ...], epoch: int,
                 clear_minutes: int, min_clear_flags: int, critical_ratio: float) -> None:
        self.threshold = math.log(1.0 / alpha)
        self.null_rr = 1.0 + margin
        self.grid = [float(g) for g in grid]
        self.log_w = [-math.log(len(grid))] * len(grid)
        self.epoch, self.clear_minutes = epoch, clear_minutes
        self.min_clear_flags, self.critical_ratio = min_clear_flags, critical_ratio
        self.z = z_one_sided(0.975)
        self.epoch_start: int | None = None
        self.log_lr = [0.0] * len(grid)
        self.sums = [0, 0, 0, 0]  # x_c, n_c, x_b, n_b in this epoch
        self.recent = MinuteWindow(clear_minutes, 4)
        self.latched_since: int | None = None

    def _restart(self, epoch_start: int) -> None:
        self.epoch_start = epoch_start
        self.log_lr = [0.0] * len(self.grid)
        self.sums = [0, 0, 0, 0]

    @staticmethod
    def _ratio(x_c: int, n_c: int, x_b: int, n_b: int) -> float:
        rate_c = x_c / n_c if n_c else 0.0
        rate_b = x_b / n_b if n_b else 0.0
        return rate_c / rate_b if rate_b > 0 else (math.inf if rate_c > 0 else 1.0)

    def update(self, minute: int, x_c: int, n_c: int, x_b: int, n_b: int) -> Verdict:
        if self.epoch_start is None:
            self.epoch_start = minute
        elif minute >= self.epoch_start + self.epoch:
            self._restart(self.epoch_start + ((minute - self.epoch_start) // self.epoch) * self.epoch)
        self.recent.add(minute, (x_c, n_c, x_b, n_b))
        rr_mixture_update(self.log_lr, self.grid, self.null_rr,
                          float(x_c), float(n_c), float(x_b), float(n_b))
        for i, v in enumerate((x_c, n_c, x_b, n_b)):
            self.sums[i] += v
        stat = log_mixture(self.log_lr, self.log_w)
        if stat >= self.threshold and self.latched_since is None:
            self.latched_since = minute
        sx_c, sn_c, sx_b, sn_b = self.sums
        ratio = self._ratio(sx_c, sn_c, sx_b, sn_b)
        lo, hi = wilson_interval(sx_c, sn_c, self.z)
        ev: Evidence = {
            "rate": _r(sx_c / sn_c) if sn_c else 0.0, "rate_low": _r(lo), "rate_high": _r(hi), "n": sn_c,
            "flagged": sx_c, "baseline_rate": _r(sx_b / sn_b) if sn_b else 0.0, "baseline_n": sn_b,
            "rate_ratio": _r(min(ratio, 1e6)), "window_minutes": minute - self.epoch_start + 1,
            "statistic": _r(stat), "threshold": _r(self.threshold), "null_ratio": self.null_rr,
        }
        if self.latched_since is not None and minute - self.latched_since >= self.clear_minutes:
            rx_c, rn_c, rx_b, rn_b = self.recent.sums()
            if rx_c + rx_b >= self.min_clear_flags and self._ratio(rx_c, rn_c, rx_b, rn_b) <= self.null_rr:
                self.latched_since = None
                self._restart(minute + 1)
        firing = self.latched_since is not None
        severity = Severity.CRITICAL if firing and ratio >= self.critical_ratio else Severity.WARNING
        return Verdict(firing, severity, ev)

    def snapshot(self) -> dict[str, Any]:
        return {
            "epoch_start": self.epoch_start, "log_lr": list(self.log_lr), "sums": list(self.sums),
            "recent": self.recent.snapshot(), "latched_since": self.latched_since,
        }

    def restore(self, snap: dict[str, Any]) -> None:
        self.epoch_start = None if snap["epoch_start"] is None else int(snap["epoch_start"])
        log_lr = [float(v) for v in snap["log_lr"]]
        if len(log_lr) != len(self.grid):
            raise ValueError("log_lr does not match the configured grid")
        self.log_lr = log_lr
        self.sums = [int(v) for v in snap["sums"]]
        self.recent.restore(snap["recent"])
        self.latched_since = None if snap["latched_since"] is None else int(snap["latched_since"])


class DriftCusum:
    """Bernoulli CUSUM of a version's rate against its own lagged, exponentially weighted past.

    Reference ``p0``: flagged / n, exponentially weighted (half-life ``halflife`` minutes) over
    data older than ``guard`` minutes, frozen while firing. Statistic
    ``S = min(cap, max(0, S + llr(p0 * ratio vs p0)))``; fires at ``S >= h``, clears when
    ``S`` returns to 0 (hysteresis: the cap is ``1.5 h``). Reset policy: after ``rebaseline``
    minutes of continuous firing the shift is accepted: ``S`` and the reference are reset and
    the reference is re-learned (``min_reference`` turns) before the CUSUM runs again.
    """

    def __init__(self, ratio: float, h: float, halflife: int, guard: int, min_reference: int,
                 rebaseline: int) -> None:
        self.ratio, self.h, self.cap = ratio, h, 1.5 * h
        self.decay = 0.5 ** (1.0 / halflife)
        self.guard, self.min_reference, self.rebaseline = guard, min_reference, rebaseline
        self.ref_n = 0.0
        self.ref_x = 0.0
        self.ref_minute: int | None = None
        self.pending: deque[tuple[int, int, int]] = deque()
        self.s = 0.0
        self.firing_since: int | None = None

    def _absorb(self, minute: int, n: int, x: int) -> None:
        if self.ref_minute is not None:
            factor = self.decay ** (minute - self.ref_minute)
            self.ref_n *= factor
            self.ref_x *= factor
        self.ref_minute = minute
        self.ref_n += n
        self.ref_x += x

    def update(self, minute: int, n: int, flagged: int) -> Verdict:
        self.pending.append((minute, n, flagged))
        while self.pending and self.pending[0][0] <= minute - self.guard:
            m, pn, px = self.pending.popleft()
            if self.firing_since is None:
                self._absorb(m, pn, px)
        p0 = 0.0
        if self.ref_n >= self.min_reference:
            p0 = min(max(self.ref_x / self.ref_n, 1e-4), 0.5)
            p1 = min(p0 * self.ratio, 0.999)
            self.s = min(self.cap, max(0.0, self.s + cusum_increment(flagged, n, p0, p1)))
            if self.firing_since is None and self.s >= self.h:
                self.firing_since = minute
            elif self.firing_since is not None and self.s <= 0.0:
                self.firing_since = None
        firing = self.firing_since is not None
        ev: Evidence = {
            "rate": _r(flagged / n) if n else 0.0, "n": n, "baseline_rate": _r(p0),
            "baseline_n": round(self.ref_n), "statistic": _r(self.s), "threshold": self.h,
            "window_minutes": 1, "ready": int(self.ref_n >= self.min_reference or firing),
        }
        if self.firing_since is not None and minute - self.firing_since >= self.rebaseline:
            self.s, self.firing_since = 0.0, None
            self.ref_n = self.ref_x = 0.0
            self.ref_minute = None
        return Verdict(firing, Severity.WARNING, ev)

    def snapshot(self) -> dict[str, Any]:
        return {
            "ref_n": self.ref_n, "ref_x": self.ref_x, "ref_minute": self.ref_minute,
            "pending": [list(p) for p in self.pending], "s": self.s, "firing_since": self.firing_since,
        }

    def restore(self, snap: dict[str, Any]) -> None:
        self.ref_n, self.ref_x = float(snap["ref_n"]), float(snap["ref_x"])
        self.ref_minute = None if snap["ref_minute"] is None else int(snap["ref_minute"])
        self.pending = deque((int(a), int(b), int(c)) for a, b, c in snap["pending"])
        self.s = float(snap["s"])
        self.firing_since = None if snap["firing_since"] is None else int(snap["firing_since"])


class RewardHacking:
    """Thumbs-up rate among flagged turns above that among unflagged, plus a rising flagged rate.

    Over the last ``window`` minutes: Newcombe lower bound of ``up|flagged - up|unflagged`` > 0
    (each group needs ``min_feedback`` rated turns), and the flagged rate's Newcombe lower
    bound against the ``window`` minutes before > 0. Once firing, it stays firing while the
    thumbs-up gap's lower bound stays > 0 (a persistent signature, even after the rise ends).
    """

    def __init__(self, window: int, min_feedback: int, confidence: float) -> None:
        self.width = window
        self.window = MinuteWindow(2 * window, 6)
        self.min_feedback = min_feedback
        self.z = z_one_sided(confidence)
        self.firing = False

    def update(self, minute: int, counts: tuple[int, int, int, int, int, int]) -> Verdict:
        self.window.add(minute, counts)
        total = self.window.sums()
        recent = self.window.sums(since=minute - self.width + 1)
        n, f, uf, df, uu, du = recent
        prev_n, prev_f = total[0] - n, total[1] - f
        gap_lo = gap = rise_lo = -1.0
        rated_f, rated_u = uf + df, uu + du
        if rated_f >= self.min_feedback and rated_u >= self.min_feedback:
            gap_lo, _ = newcombe_interval(uf, rated_f, uu, rated_u, self.z)
            gap = uf / rated_f - uu / rated_u
        if n > 0 and prev_n > 0:
            rise_lo, _ = newcombe_interval(f, n, prev_f, prev_n, self.z)
        self.firing = gap_lo > 0.0 if self.firing else (gap_lo > 0.0 and rise_lo > 0.0)
        ev: Evidence = {
            "rate": _r(f / n) if n else 0.0, "n": n, "baseline_rate": _r(prev_f / prev_n) if prev_n else 0.0,
            "baseline_n": prev_n, "up_rate_flagged": _r(uf / rated_f) if rated_f else 0.0,
            "up_rate_unflagged": _r(uu / rated_u) if rated_u else 0.0, "gap_low": _r(gap_lo),
            "rise_low": _r(rise_lo), "statistic": _r(gap), "threshold": 0.0, "window_minutes": self.width,
        }
        return Verdict(self.firing, Severity.WARNING, ev)

    def snapshot(self) -> dict[str, Any]:
        return {"firing": self.firing, "window": self.window.snapshot()}

    def restore(self, snap: dict[str, Any]) -> None:
        self.firing = bool(snap["firing"])
        self.window.restore(snap["window"])
