"""In-memory implementations of the core's ports (replay twin, tests)."""

from __future__ import annotations

from collections.abc import Sequence

from monitor.core.pipeline import Claim

__all__ = ["MemoryDedup"]


class MemoryDedup:
    """DedupStore in a dict: event_id -> (origin, content hash) of its first record. Unbounded: for replay."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[str, str]] = {}

    async def claim(self, claims: Sequence[tuple[str, str, str]]) -> list[Claim]:
        out: list[Claim] = []
        for event_id, origin, digest in claims:
            first_origin, first_digest = self._first.setdefault(event_id, (origin, digest))
            if first_origin == origin:
                out.append(Claim.NEW)
            else:
                out.append(Claim.DUPLICATE if first_digest == digest else Claim.CONFLICT)
        return out
