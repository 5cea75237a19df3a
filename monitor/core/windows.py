"""Event-time window aggregation: minute buckets, idempotent application, rolling views.

State is a map of :class:`Bucket` keyed by :class:`BucketKey` ``(model_version, segment,
minute)``: ``minute`` is the event-time minute (unix seconds // 60), ``segment`` is ``"all"`` or
``"key=value"`` (``memory=on``, ``memory=off``, each declared tag such as ``locale=en``).

Idempotence under at-least-once delivery: one worker applies the turns of ONE source
partition in offset order, into a map of its own (per partition). Each bucket carries the
highest offset applied to it (its ``watermark``), stored in the same value as its counters,
so after a crash a redelivered turn (offset <= watermark) is skipped and an unapplied one
(offset > watermark) is counted: never twice, never lost. Readers merge the per-partition
buckets of one key with :func:`merge` / :func:`merge_maps`. The replay twin uses line
numbers as offsets.

Each bucket also counts its flagged turns per sycophancy category (one counter per entry of
:data:`monitor.core.categories.CATEGORIES`), so per-kind rates roll up like the overall one.

Rolling views (tumbling 1 min, rolling 5 min / 1 h / 24 h) are sums of minute buckets,
summarised by :func:`summarize` into a :class:`View` (:mod:`monitor.core.views`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field

from monitor.core import kernels as K
from monitor.core.categories import CATEGORIES, category_index
from monitor.core.events import ScoredTurn
from monitor.core.views import View, summarize_counts, summarize_rows
from monitor.errors import StateError

__all__ = [
    "CATEGORIES",
    "HIST_BINS",
    "LAYOUT_VERSION",
    "VIEW_WIDTHS",
    "Bucket",
    "BucketKey",
    "View",
    "WindowSettings",
    "apply_turns",
    "evict",
    "group_by_series",
    "merge",
    "merge_maps",
    "minute_of",
    "rolling",
    "rolling_view",
    "segments_of",
    "series",
    "series_matrix",
    "standard_views",
    "summarize",
    "wilson",
]

HIST_BINS = K.HIST_BINS
wilson = K.wilson
LAYOUT_VERSION = 2
"""First element of :meth:`Bucket.to_json`; bumped whenever the counter layout changes.
Layout 1 (no per-category counters) is still read, with the category counters at 0."""
_LAYOUT_FIELDS = {1: K.NFIELDS_V1, 2: K.NFIELDS}

VIEW_WIDTHS: dict[str, int] = {"1m": 1, "5m": 5, "1h": 60, "24h": 1440}
"""The standard views: name -> width in minutes, each ending at (and including) a minute."""

_FEEDBACK_CODE = {None: K.FB_NONE, "up": K.FB_UP, "down": K.FB_DOWN}
_RESERVED_TAG_KEYS = frozenset({"memory"})


class WindowSettings(BaseModel):
    """Aggregation settings (composed into ``Settings.windows``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    confidence: float = Field(0.95, gt=0.0, lt=1.0, description="Level of every Wilson interval.")
    max_segment_tags: int = Field(
        8, ge=0, description="Declared segment tags counted per turn (first N by key)."
    )
    retention_minutes: int = Field(
        24 * 60 + 60, ge=1, description="Minute buckets older than this (event time) are evicted."
    )

    @property
    def z(self) -> float:
        return K.z_for(self.confidence)


class BucketKey(NamedTuple):
    model_version: str
    segment: str
    minute: int

    def encode(self) -> str:
        """Stable string form (a JSON array) for table keys and Redis hash fields."""
        return json.dumps([self.model_version, self.segment, self.minute], separators=(",", ":"))

    @classmethod
    def decode(cls, raw: str | bytes) -> BucketKey:
        try:
            mv, seg, minute = json.loads(raw)
        except (ValueError, TypeError) as exc:
            raise StateError(f"malformed bucket key: {exc}") from None
        if not (isinstance(mv, str) and isinstance(seg, str) and type(minute) is int):
            raise StateError("malformed bucket key: want [str, str, int]")
        return cls(mv, seg, minute)


@dataclass(frozen=True, slots=True, eq=False)
class Bucket:
    """Counters of one (model version, segment, minute), plus the watermark of the partition
    that wrote it. A value, never mutated: the constructor takes ownership of ``counts`` and
    marks it read-only (pass a copy if you keep using the array)."""

    counts: npt.NDArray[np.int64]
    watermark: int = -1

    def __post_init__(self) -> None:
        if self.counts.shape != (K.NFIELDS,) or self.counts.dtype != np.int64:
            got = f"{self.counts.dtype}{self.counts.shape}"
            raise StateError(f"bucket counts must be int64[{K.NFIELDS}], got {got}")
        self.counts.flags.writeable = False

    @classmethod
    def empty(cls) -> Bucket:
        return cls(np.zeros(K.NFIELDS, dtype=np.int64))

    @property
    def n(self) -> int:
        return int(self.counts[K.N])

    @property
    def flagged(self) -> int:
        return int(self.counts[K.FLAGGED])

    @property
    def score_sum(self) -> float:
        return int(self.counts[K.SCORE_SUM]) / K.SCORE_SCALE

    @property
    def up_flagged(self) -> int:
        return int(self.counts[K.UP_FLAGGED])

    @property
    def down_flagged(self) -> int:
        return int(self.counts[K.DOWN_FLAGGED])

    @property
    def up_unflagged(self) -> int:
        return int(self.counts[K.UP_UNFLAGGED])

    @property
    def down_unflagged(self) -> int:
        return int(self.counts[K.DOWN_UNFLAGGED])

    @property
    def hist(self) -> npt.NDArray[np.int64]:
        return self.counts[K.HIST0 : K.HIST0 + K.HIST_BINS]

    @property
    def by_category(self) -> npt.NDArray[np.int64]:
        """Flagged turns per category, in :data:`~monitor.core.categories.CATEGORIES` order."""
        return self.counts[K.CAT0 : K.CAT0 + K.NCATEGORIES]

    def flagged_by_category(self) -> dict[str, int]:
        return {name: int(c) for name, c in zip(CATEGORIES, self.by_category.tolist(), strict=True)}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Bucket):
            return NotImplemented
        return self.watermark == other.watermark and bool(np.array_equal(self.counts, other.counts))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Bucket(n={self.n}, flagged={self.flagged}, watermark={self.watermark})"

    def to_json(self) -> list[int]:
        """``[LAYOUT_VERSION, watermark, *counts]``: integers only, so it round-trips exactly."""
        return [LAYOUT_VERSION, self.watermark, *(int(c) for c in self.counts)]

    @classmethod
    def from_json(cls, obj: Any) -> Bucket:
        if not isinstance(obj, list) or not obj:
            raise StateError(f"malformed bucket: want a list of {K.NFIELDS + 2} integers")
        if any(type(v) is not int for v in obj):
            raise StateError("malformed bucket: non-integer element")
        width = _LAYOUT_FIELDS.get(obj[0])
        if width is None:
            raise StateError(f"bucket layout {obj[0]} is not {LAYOUT_VERSION}")
        if len(obj) != width + 2:
            raise StateError(f"malformed bucket: want a list of {width + 2} integers")
        try:
            counts = np.zeros(K.NFIELDS, dtype=np.int64)
            counts[:width] = np.array(obj[2:], dtype=np.int64)
        except OverflowError:
            raise StateError("malformed bucket: counter out of int64 range") from None
        return cls(counts, watermark=obj[1])

    def dumps(self) -> str:
        """Compact JSON text of :meth:`to_json` (Redis hash values)."""
        return json.dumps(self.to_json(), separators=(",", ":"))

    @classmethod
    def loads(cls, raw: str | bytes) -> Bucket:
        try:
            obj = json.loads(raw)
        except ValueError as exc:
            raise StateError(f"malformed bucket JSON: {exc}") from None
        return cls.from_json(obj)


def minute_of(turn: ScoredTurn) -> int:
    """The event-time minute of a turn (unix seconds // 60)."""
    return int(turn.event_time.timestamp()) // 60


def segments_of(turn: ScoredTurn, max_tags: int = 8) -> tuple[str, ...]:
    """Segments a turn counts in: ``all``, ``memory=on|off`` when known, then up to ``max_tags``
    declared tags as ``key=value`` (by key; a declared ``memory`` tag is ignored: the
    ``memory_enabled`` field is authoritative)."""
    segs = ["all"]
    if turn.memory_enabled is not None:
        segs.append("memory=on" if turn.memory_enabled else "memory=off")
    tags = [k for k in sorted(turn.segment) if k not in _RESERVED_TAG_KEYS][: max(0, max_tags)]
    segs.extend(f"{k}={turn.segment[k]}" for k in tags)
    return tuple(segs)


def apply_turns(
    buckets: MutableMapping[BucketKey, Bucket],
    turns: Sequence[tuple[int, ScoredTurn]],
    *,
    max_segment_tags: int = 8,
) -> set[BucketKey]:
    """Apply ``(offset, turn)`` pairs from ONE source partition; return the keys written.

    Turns are taken in offset order; a turn is skipped for a bucket whose watermark is at or
    above its offset (already counted), so re-applying a batch, or a batch overlapping an
    earlier one, changes nothing. Touched buckets are replaced by new values (``buckets[key] =
    ...``), which is what makes a faust table write them to its changelog.
    """
    order = sorted(range(len(turns)), key=lambda i: turns[i][0])
    index: dict[BucketKey, int] = {}
    marks: list[int] = []
    rows_g: list[int] = []
    rows_i: list[int] = []
    for i in order:
        offset, turn = turns[i]
        mv, minute = turn.model_version, minute_of(turn)
        for seg in segments_of(turn, max_segment_tags):
            key = BucketKey(mv, seg, minute)
            g = index.get(key)
            if g is None:
                g = index[key] = len(marks)
                old = buckets.get(key)
                marks.append(old.watermark if old is not None else -1)
            if offset <= marks[g]:
                continue
            marks[g] = offset
            rows_g.append(g)
            rows_i.append(i)
    if not rows_g:
        return set()
    keys = list(index)
    used = sorted(set(rows_g))
    delta = np.zeros((len(keys), K.NFIELDS), dtype=np.int64)
    units = K.quantise([turns[i][1].score for i in rows_i])
    flagged = np.array([turns[i][1].flagged for i in rows_i], dtype=np.int8)
    feedback = np.array([_FEEDBACK_CODE[turns[i][1].feedback] for i in rows_i], dtype=np.int8)
    category = np.array([category_index(turns[i][1].category) for i in rows_i], dtype=np.int8)
    K.accumulate(np.array(rows_g, dtype=np.int64), units, flagged, feedback, category, delta)
    touched: set[BucketKey] = set()
    for g in used:
        key = keys[g]
        old = buckets.get(key)
        base = old.counts if old is not None else np.zeros(K.NFIELDS, dtype=np.int64)
        buckets[key] = Bucket(base + delta[g], watermark=marks[g])
        touched.add(key)
    return touched


def merge(buckets: Iterable[Bucket]) -> Bucket:
    """Sum buckets of one key from different partitions (or minutes); watermark -1 (meaningless)."""
    total = np.zeros(K.NFIELDS, dtype=np.int64)
    for b in buckets:
        total += b.counts
    return Bucket(total)


def merge_maps(maps: Iterable[Mapping[BucketKey, Bucket]]) -> dict[BucketKey, Bucket]:
    """Merge per-partition bucket maps key by key (order irrelevant: integer sums)."""
    acc: dict[BucketKey, npt.NDArray[np.int64]] = {}
    for m in maps:
        for key, b in m.items():
            cur = acc.get(key)
            acc[key] = b.counts.copy() if cur is None else cur + b.counts
    return {key: Bucket(c) for key, c in acc.items()}


def evict(buckets: MutableMapping[BucketKey, Bucket], before_minute: int) -> list[BucketKey]:
    """Delete buckets whose minute is < ``before_minute``; return the deleted keys."""
    old = [k for k in buckets if k.minute < before_minute]
    for k in old:
        del buckets[k]
    return old


def group_by_series(buckets: Mapping[BucketKey, Bucket]) -> dict[tuple[str, str], dict[int, Bucket]]:
    """Regroup a (merged) map as ``{(model_version, segment): {minute: bucket}}``."""
    out: dict[tuple[str, str], dict[int, Bucket]] = {}
    for key, b in buckets.items():
        out.setdefault((key.model_version, key.segment), {})[key.minute] = b
    return out


def rolling(buckets_by_minute: Mapping[int, Bucket], end_minute: int, width_minutes: int) -> Bucket:
    """Sum of the minutes ``end_minute - width_minutes + 1 .. end_minute`` (inclusive)."""
    if width_minutes < 1:
        raise ValueError(f"width_minutes must be >= 1, got {width_minutes}")
    start = end_minute - width_minutes + 1
    if width_minutes <= len(buckets_by_minute):
        picked = (buckets_by_minute.get(m) for m in range(start, end_minute + 1))
        return merge(b for b in picked if b is not None)
    return merge(b for m, b in buckets_by_minute.items() if start <= m <= end_minute)


def summarize(bucket: Bucket, end_minute: int, width_minutes: int = 1, z: float = K.Z95) -> View:
    """The :class:`View` of one (possibly rolled-up) bucket."""
    return summarize_counts(bucket.counts, end_minute, width_minutes, z)


def rolling_view(
    buckets_by_minute: Mapping[int, Bucket], end_minute: int, width_minutes: int, z: float = K.Z95
) -> View:
    """:func:`summarize` of :func:`rolling`."""
    return summarize(rolling(buckets_by_minute, end_minute, width_minutes), end_minute, width_minutes, z)


def standard_views(
    buckets_by_minute: Mapping[int, Bucket],
    end_minute: int,
    z: float = K.Z95,
    widths: Mapping[str, int] = VIEW_WIDTHS,
) -> dict[str, View]:
    """The standard views (``1m``, ``5m``, ``1h``, ``24h``) of one series ending at ``end_minute``."""
    return {name: rolling_view(buckets_by_minute, end_minute, w, z) for name, w in widths.items()}


def series_matrix(
    buckets_by_minute: Mapping[int, Bucket], start_minute: int, end_minute: int, width_minutes: int = 1
) -> npt.NDArray[np.int64]:
    """Counters of the window of ``width_minutes`` ending at each minute ``start..end``
    (inclusive), as an ``int64[(end - start + 1), NFIELDS]`` matrix (one kernel call)."""
    if end_minute < start_minute:
        return np.zeros((0, K.NFIELDS), dtype=np.int64)
    if width_minutes < 1:
        raise ValueError(f"width_minutes must be >= 1, got {width_minutes}")
    first = start_minute - width_minutes + 1
    dense = np.zeros((end_minute - first + 1, K.NFIELDS), dtype=np.int64)
    for m, b in buckets_by_minute.items():
        if first <= m <= end_minute:
            dense[m - first] = b.counts
    sums = dense if width_minutes == 1 else K.window_sums(dense, width_minutes)
    return sums[width_minutes - 1 :]


def series(
    buckets_by_minute: Mapping[int, Bucket],
    start_minute: int,
    end_minute: int,
    width_minutes: int = 1,
    z: float = K.Z95,
) -> list[View]:
    """One :class:`View` per minute ``start..end`` (tumbling when ``width_minutes == 1``)."""
    mat = series_matrix(buckets_by_minute, start_minute, end_minute, width_minutes)
    return summarize_rows(mat, start_minute, width_minutes, z)
