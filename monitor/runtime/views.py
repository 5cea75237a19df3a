"""Per-version rolling views read from the bucket mirror (all partitions merged)."""

from __future__ import annotations

import re
from typing import Any

from monitor.core import windows
from monitor.core.review.accuracy import corrected_prevalence
from monitor.core.state import BucketMirror
from monitor.runtime.detection import JudgeSource

__all__ = ["SEGMENT_PATTERN", "version_views"]

SEGMENT_PATTERN = re.compile(r"^(all|[A-Za-z0-9._/+-]{1,64}=[A-Za-z0-9._/+-]{1,64})$")
"""A detector series' segment: ``all`` or ``key=value`` (``segment=probe``, ``memory=on``)."""


async def version_views(
    state: BucketMirror, now_minute: int, segment: str = "all", judges: JudgeSource | None = None
) -> dict[str, Any]:
    """``{version: {"last_minute": m, "windows": {"5m": View.to_dict(), ...}}}`` ending at ``now_minute``.

    With ``judges``, each version also has ``"judge"`` (the judge's measured accuracy: basis, labels,
    sensitivity, specificity, precision with intervals, per category, and per review segment under
    ``"segments"``) and each window a ``"corrected"`` rate (Rogan-Gladen, with its interval; null
    without a basis). The windows of a review segment (``segment=probe``) are corrected with that
    segment's own figures once they rest on labels, else with the version's."""
    out: dict[str, Any] = {}
    widest = max(windows.VIEW_WIDTHS.values())
    versions = await state.versions()
    accuracy = await judges.judges(versions) if judges is not None else {}
    for version, last_minute in sorted(versions.items()):
        buckets = await state.buckets(version, segment, range(now_minute - widest + 1, now_minute + 1))
        views = {name: v.to_dict() for name, v in windows.standard_views(buckets, now_minute).items()}
        judge = accuracy.get(version)
        if judge is not None:
            own = judge.for_segment(segment)
            for view in views.values():
                c = corrected_prevalence(view["flagged"], view["n"], own)
                view["corrected"] = c.to_dict() if c is not None else None
        out[version] = {"last_minute": last_minute, "segment": segment, "windows": views}
        if judge is not None:
            out[version]["judge"] = judge.to_dict()
    return out
