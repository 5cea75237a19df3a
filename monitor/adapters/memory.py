"""In-memory implementations of the core's ports (replay twin, tests)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MemoryDedup"]


class MemoryDedup:
    """DedupStore in a dict: event_id -> origin of its first record. Unbounded: for replay."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    async def claim(self, claims: Sequence[tuple[str, str]]) -> list[bool]:
        out: list[bool] = []
        for event_id, origin in claims:
            first = self._first.setdefault(event_id, origin)
            out.append(first == origin)
        return out
