"""Per-version rolling views read from the Redis mirror (all partitions merged)."""

from __future__ import annotations

from typing import Any

from monitor.adapters.redis_state import RedisState
from monitor.core import windows

__all__ = ["WINDOWS", "version_views"]

WINDOWS: dict[str, int] = {"1m": 1, "5m": 5, "1h": 60, "24h": 1440}


async def version_views(state: RedisState, now_minute: int, segment: str = "all") -> dict[str, Any]:
    """``{version: {"last_minute": m, "windows": {"5m": View.to_dict(), ...}}}`` ending at ``now_minute``."""
    out: dict[str, Any] = {}
    widest = max(WINDOWS.values())
    for version, last_minute in sorted((await state.versions()).items()):
        buckets = await state.buckets(version, segment, range(now_minute - widest + 1, now_minute + 1))
        out[version] = {
            "last_minute": last_minute,
            "segment": segment,
            "windows": {
                name: windows.rolling_view(buckets, now_minute, width).to_dict()
                for name, width in WINDOWS.items()
            },
        }
    return out
