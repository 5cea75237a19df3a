"""Statistical detectors (pure core): see docs/detectors.md.

The pipeline feeds :class:`DetectorBank` one event-time minute at a time with
:class:`MinuteCounts` per (model version, segment); the returned :class:`Signal` list goes
to :class:`monitor.core.alerting.AlertTracker`.
"""

from monitor.core.detectors.bank import SNAPSHOT_VERSION, DetectorBank
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
from monitor.core.detectors.kernels import cusum_increment, log_mixture, rr_mixture_update, wilson_interval
from monitor.core.detectors.rules import (
    AbsoluteLevel,
    DriftCusum,
    RateRatioTest,
    RewardHacking,
    Verdict,
    newcombe_interval,
    z_one_sided,
)
from monitor.core.detectors.settings import DetectorSettings

__all__ = [
    "ALL_SEGMENTS",
    "SNAPSHOT_VERSION",
    "AbsoluteLevel",
    "DetectorBank",
    "DetectorSettings",
    "DriftCusum",
    "Evidence",
    "MinuteCounts",
    "MinuteWindow",
    "RateRatioTest",
    "RewardHacking",
    "Rule",
    "Signal",
    "Verdict",
    "cusum_increment",
    "epoch_minute",
    "log_mixture",
    "minute_datetime",
    "newcombe_interval",
    "rr_mixture_update",
    "wilson_interval",
    "z_one_sided",
]
