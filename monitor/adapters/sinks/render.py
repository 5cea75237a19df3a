"""Turning an alert's evidence into short human-readable strings, shared by the sinks.

The detectors own the evidence keys; we recognise the common ones (observed rate with its
interval, baseline rate, sample count, window, statistic, which kinds of sycophancy rose)
under a few spellings and render everything else as ``key=value``. Values are ids and numbers,
never raw user text.
"""

from __future__ import annotations

from collections.abc import Mapping

from monitor.core.events import Alert, AlertStatus

__all__ = ["EvidenceView", "evidence_view", "fmt_value", "title"]

_RATE = ("rate", "observed_rate", "flagged_rate", "candidate_rate", "p")
_LOW = ("rate_low", "rate_lo", "ci_low", "lower", "lcb", "rate_lcb")
_HIGH = ("rate_high", "rate_hi", "ci_high", "upper", "ucb", "rate_ucb")
_BASE = ("baseline_rate", "baseline", "reference_rate", "baseline_p")
_N = ("n", "count", "samples", "candidate_n")
_BASE_N = ("baseline_n",)
_WINDOW = ("window", "window_minutes", "window_min", "window_s")
_STAT = ("statistic", "stat", "score", "llr", "cusum")
_KINDS = ("categories",)
_KIND_DETAILS = ("top_category", "top_category_rate", "top_category_baseline_rate", "top_category_ratio")

Evidence = Mapping[str, float | int | str]


def fmt_value(value: float | int | str) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        if value != value:  # NaN
            return "nan"
        if 0 < abs(value) < 1:
            return f"{value:.4f}".rstrip("0").rstrip(".")
        return f"{value:.4g}"
    return str(value)


def _pct(value: float | int | str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
        return f"{100 * value:.2f}%"
    return fmt_value(value)


def _first(evidence: Evidence, names: tuple[str, ...]) -> tuple[str | None, float | int | str | None]:
    for name in names:
        if name in evidence:
            return name, evidence[name]
    return None, None


class EvidenceView:
    """The evidence split into the headline figures and the rest."""

    def __init__(
        self,
        rate: str | None,
        baseline: str | None,
        n: str | None,
        window: str | None,
        statistic: str | None,
        others: dict[str, str],
        kinds: str | None = None,
    ) -> None:
        self.rate = rate
        self.baseline = baseline
        self.n = n
        self.window = window
        self.statistic = statistic
        self.others = others
        self.kinds = kinds
        """Which kinds of sycophancy rose, e.g. ``v2: unearned praise 3.1x baseline``."""


def evidence_view(evidence: Evidence) -> EvidenceView:
    used: set[str] = set()

    def take(names: tuple[str, ...]) -> float | int | str | None:
        key, value = _first(evidence, names)
        if key is not None:
            used.add(key)
        return value

    rate, low, high = take(_RATE), take(_LOW), take(_HIGH)
    rate_text: str | None = None
    if rate is not None:
        rate_text = _pct(rate)
        if low is not None and high is not None:
            rate_text += f" [{_pct(low)}, {_pct(high)}]"
        elif low is not None:
            rate_text += f" (lower bound {_pct(low)})"
    base, base_n = take(_BASE), take(_BASE_N)
    base_text = None if base is None else _pct(base) + ("" if base_n is None else f" (n={fmt_value(base_n)})")
    n = take(_N)
    window_key, window = _first(evidence, _WINDOW)
    if window_key is not None:
        used.add(window_key)
    window_text = None
    if window is not None:
        unit = {"window_s": " s", "window_minutes": " min", "window_min": " min"}.get(window_key or "", "")
        window_text = fmt_value(window) + unit
    stat_key, stat = _first(evidence, _STAT)
    if stat_key is not None:
        used.add(stat_key)
    stat_text = None if stat is None else f"{stat_key}={fmt_value(stat)}"
    kinds = take(_KINDS)
    if kinds is not None:
        used.update(k for k in _KIND_DETAILS if k in evidence)  # the sentence says it all
    others = {k: fmt_value(v) for k, v in sorted(evidence.items()) if k not in used}
    n_text = None if n is None else fmt_value(n)
    kinds_text = None if kinds is None else str(kinds)
    return EvidenceView(rate_text, base_text, n_text, window_text, stat_text, others, kinds_text)


def title(alert: Alert) -> str:
    """One-line headline, distinct for firing and resolved."""
    where = f"{alert.model_version}" + ("" if alert.segment == "all" else f" [{alert.segment}]")
    if alert.status is AlertStatus.RESOLVED:
        return f"Resolved: {alert.rule} on {where}"
    return f"{alert.severity.value.upper()}: {alert.rule} on {where}"
