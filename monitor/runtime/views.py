"""Per-version rolling views read from the bucket mirror (all partitions merged)."""

from __future__ import annotations

from typing import Any

from monitor.core import windows
from monitor.core.state import BucketMirror

__all__ = ["version_views"]


async def version_views(state: BucketMirror, now_minute: int, segment: str = "all") -> dict[str, Any]:
    """``{version: {"last_minute": m, "windows": {"5m": View.to_dict(), ...}}}`` ending at ``now_minute``."""
    out: dict[str, Any] = {}
    widest = max(windows.VIEW_WIDTHS.values())
    for version, last_minute in sorted((await state.versions()).items()):
        buckets = await state.buckets(version, segment, range(now_minute - widest + 1, now_minute + 1))
        out[version] = {
            "last_minute": last_minute,
            "segment": segment,
            "windows": {name: v.to_dict() for name, v in windows.standard_views(buckets, now_minute).items()},
        }
    return out
