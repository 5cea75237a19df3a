"""Minute buckets vs a brute-force recomputation from raw turns; idempotence; merge; JSON."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import hypothesis.strategies as st
import numpy as np
import pytest
from hypothesis import given, settings

from monitor.core import kernels as K
from monitor.core import windows as W
from monitor.core.events import ScoredTurn
from monitor.errors import StateError

SETTINGS = settings(deadline=None, max_examples=30)
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
M0 = int(T0.timestamp()) // 60


@pytest.fixture(scope="module", autouse=True)
def _compiled() -> Iterator[None]:
    K.warm_up()
    yield


def turn(
    i: int,
    *,
    second: int = 0,
    model: str = "m1",
    score: float = 0.5,
    flagged: bool = False,
    feedback: str | None = None,
    memory: bool | None = None,
    segment: dict[str, str] | None = None,
) -> ScoredTurn:
    return ScoredTurn(
        event_id=f"e{i}",
        conversation_id=f"c{i % 7}",
        model_version=model,
        event_time=T0 + timedelta(seconds=second),
        scored_at=T0,
        score=score,
        flagged=flagged,
        feedback=feedback,  # type: ignore[arg-type]
        memory_enabled=memory,
        segment=segment or {},
        scorer_version="test",
        latency_ms=1.0,
    )


@st.composite
def turns_strategy(draw: st.DrawFn, max_size: int = 60) -> list[ScoredTurn]:
    size = draw(st.integers(0, max_size))
    out = []
    for i in range(size):
        out.append(
            turn(
                i,
                second=draw(st.integers(-30, 8 * 60)),
                model=draw(st.sampled_from(["m1", "m2"])),
                score=draw(st.one_of(st.floats(0.0, 1.0), st.sampled_from([0.0, 1.0, 0.5]))),
                flagged=draw(st.booleans()),
                feedback=draw(st.sampled_from([None, "up", "down"])),
                memory=draw(st.sampled_from([None, True, False])),
                segment=draw(
                    st.dictionaries(
                        st.sampled_from(["locale", "surface", "memory"]),
                        st.sampled_from(["en", "fr", "web"]),
                        max_size=3,
                    )
                ),
            )
        )
    return out


Annotated = list[tuple[ScoredTurn, tuple[str, ...], int]]


def brute_view(turns: Annotated, model: str, segment: str, end: int, width: int) -> dict[str, object]:
    """Recompute a window from raw turns with no buckets (quantiles checked separately)."""
    sel = [
        t
        for t, segs, minute in turns
        if t.model_version == model and segment in segs and end - width < minute <= end
    ]
    n = len(sel)
    fl = sum(t.flagged for t in sel)
    cross = {
        (f, fb): sum(1 for t in sel if t.flagged is f and t.feedback == fb)
        for f in (True, False)
        for fb in ("up", "down")
    }
    uf, df, uu, du = cross[True, "up"], cross[True, "down"], cross[False, "up"], cross[False, "down"]
    return {
        "n": n,
        "flagged": fl,
        "rate": fl / n if n else None,
        "rate_lo": K.wilson(fl, n)[0],
        "rate_hi": K.wilson(fl, n)[1],
        "mean_score": math.fsum(t.score for t in sel) / n if n else None,
        "up_flagged": uf,
        "down_flagged": df,
        "up_unflagged": uu,
        "down_unflagged": du,
        "up_rate_flagged": uf / (uf + df) if uf + df else None,
        "up_rate_unflagged": uu / (uu + du) if uu + du else None,
        "up_rate_flagged_lo": K.wilson(uf, uf + df)[0],
        "up_rate_unflagged_hi": K.wilson(uu, uu + du)[1],
        "scores": [t.score for t in sel],
    }


def apply_all(turns: list[ScoredTurn]) -> dict[W.BucketKey, W.Bucket]:
    buckets: dict[W.BucketKey, W.Bucket] = {}
    W.apply_turns(buckets, list(enumerate(turns)))
    return buckets


def counts_only(buckets: dict[W.BucketKey, W.Bucket]) -> dict[W.BucketKey, list[int]]:
    return {k: b.counts.tolist() for k, b in buckets.items()}


@SETTINGS
@given(turns_strategy())
def test_views_match_brute_force(turns: list[ScoredTurn]) -> None:
    annotated = [(t, W.segments_of(t), W.minute_of(t)) for t in turns]
    merged = W.merge_maps([apply_all(turns)])
    by_series = W.group_by_series(merged)
    expected_series = {(t.model_version, s) for t in turns for s in W.segments_of(t)}
    assert set(by_series) == expected_series
    for (model, seg), by_minute in by_series.items():
        lo, hi = min(by_minute), max(by_minute)
        for width in (1, 4, 60):
            in_series = W.series(by_minute, lo - 2, hi + 2, width)
            assert [v.end_minute for v in in_series] == list(range(lo - 2, hi + 3))
            for v in in_series:
                assert v == W.rolling_view(by_minute, v.end_minute, width)  # kernel path == direct sum
                got = v.to_dict()
                want = brute_view(annotated, model, seg, v.end_minute, width)
                scores = want.pop("scores")
                mean = want.pop("mean_score")
                assert {k: got[k] for k in want} == want
                if mean is None:
                    assert got["mean_score"] is None and got["p50"] is None
                    continue
                assert got["mean_score"] == pytest.approx(mean, abs=1e-6)
                exact = np.quantile(np.asarray(scores), [0.5, 0.9, 0.99], method="inverted_cdf")
                for q, e in zip(("p50", "p90", "p99"), exact, strict=True):
                    assert abs(got[q] - e) <= 1 / W.HIST_BINS + 1e-6  # type: ignore[operator]


@SETTINGS
@given(turns_strategy(), st.randoms(use_true_random=False))
def test_overlapping_and_repeated_batches_count_once(turns: list[ScoredTurn], rnd: random.Random) -> None:
    once = apply_all(turns)
    pairs = list(enumerate(turns))
    buckets: dict[W.BucketKey, W.Bucket] = {}
    pos = 0
    while pos < len(pairs):
        # Redeliver from an earlier point (a crash before the offset commit), shuffled in the batch.
        start = rnd.randint(0, pos)
        end = rnd.randint(pos + 1, len(pairs))
        batch = pairs[start:end]
        rnd.shuffle(batch)
        W.apply_turns(buckets, batch)
        if rnd.random() < 0.3:
            assert W.apply_turns(buckets, batch) == set()  # the same batch twice: no-op
        pos = end
    assert buckets == once


@SETTINGS
@given(turns_strategy(), st.integers(1, 4), st.randoms(use_true_random=False))
def test_partition_merge_is_order_independent(
    turns: list[ScoredTurn], parts: int, rnd: random.Random
) -> None:
    per_part: list[dict[W.BucketKey, W.Bucket]] = [{} for _ in range(parts)]
    streams: list[list[tuple[int, ScoredTurn]]] = [[] for _ in range(parts)]
    for t in turns:
        s = streams[hash(t.event_id) % parts]
        s.append((len(s), t))  # each partition has its own offsets
    for p in range(parts):
        W.apply_turns(per_part[p], streams[p])
    expected = counts_only(apply_all(turns))
    for _ in range(3):
        rnd.shuffle(per_part)
        assert counts_only(W.merge_maps(per_part)) == expected
    if turns:
        key = next(iter(expected))
        merged = W.merge(reversed([m[key] for m in per_part if key in m]))
        assert merged.counts.tolist() == expected[key] and merged.watermark == -1


def test_crash_and_restore_from_changelog_neither_loses_nor_double_counts() -> None:
    turns = [
        turn(i, second=i * 5, score=i / 40, flagged=i % 4 == 0, feedback="up" if i % 3 else None)
        for i in range(40)
    ]
    pairs = list(enumerate(turns))
    live: dict[W.BucketKey, W.Bucket] = {}
    changelog: dict[str, str] = {}
    for lo, hi in ((0, 10), (10, 25)):
        for key in W.apply_turns(live, pairs[lo:hi]):
            changelog[key.encode()] = live[key].dumps()
    # Crash: the consumer's last committed offset was 12; state comes back from the changelog.
    restored = {W.BucketKey.decode(k): W.Bucket.loads(v) for k, v in changelog.items()}
    W.apply_turns(restored, pairs[12:])
    assert restored == apply_all(turns)


def test_watermark_semantics() -> None:
    b: dict[W.BucketKey, W.Bucket] = {}
    a, c = turn(1, score=0.9, flagged=True), turn(2, score=0.1)
    key = W.BucketKey("m1", "all", M0)
    assert W.apply_turns(b, [(7, a), (3, c)]) == {key}  # out of order in a batch: sorted, both counted
    assert b[key].watermark == 7 and b[key].n == 2
    assert W.apply_turns(b, [(5, turn(3)), (7, a)]) == set()  # at or below the watermark: skipped
    assert b[key].n == 2
    assert W.apply_turns(b, [(8, turn(4)), (8, turn(4))]) == {key}  # duplicate offset in one batch
    assert b[key].n == 3 and b[key].watermark == 8
    other = W.BucketKey("m1", "all", M0 + 1)
    assert W.apply_turns(b, [(2, turn(5, second=61))]) == {other}  # watermarks are per bucket
    assert b[other].watermark == 2 and b[key].watermark == 8


def test_apply_replaces_values_and_never_mutates_old_buckets() -> None:
    b: dict[W.BucketKey, W.Bucket] = {}
    W.apply_turns(b, [(0, turn(0))])
    key = W.BucketKey("m1", "all", M0)
    first = b[key]
    W.apply_turns(b, [(1, turn(1))])
    assert first.n == 1 and b[key].n == 2 and b[key] is not first
    with pytest.raises(ValueError):
        first.counts[0] = 5


def test_segments_of() -> None:
    assert W.segments_of(turn(0)) == ("all",)
    t = turn(0, memory=False, segment={"surface": "web", "locale": "en", "memory": "on"})
    assert W.segments_of(t) == ("all", "memory=off", "locale=en", "surface=web")
    assert W.segments_of(t, max_tags=1) == ("all", "memory=off", "locale=en")
    assert W.segments_of(turn(0, memory=True), max_tags=0) == ("all", "memory=on")
    assert W.minute_of(turn(0, second=-1)) == M0 - 1


def test_apply_respects_max_segment_tags() -> None:
    b: dict[W.BucketKey, W.Bucket] = {}
    W.apply_turns(b, [(0, turn(0, segment={"a": "1", "b": "2"}))], max_segment_tags=1)
    assert {k.segment for k in b} == {"all", "a=1"}


def test_view_of_an_empty_window() -> None:
    v = W.rolling_view({}, M0, 5)
    assert (v.n, v.rate, v.rate_lo, v.rate_hi, v.mean_score, v.p99) == (0, None, 0.0, 1.0, None, None)
    assert json.loads(json.dumps(v.to_dict()))["up_rate_flagged"] is None


def test_reward_hacking_signature_is_visible() -> None:
    """Thumbs-up rate among flagged vs unflagged turns, with intervals."""
    ts = [
        turn(i, flagged=i < 50, score=0.9 if i < 50 else 0.1, feedback="up" if i % 10 else "down")
        for i in range(100)
    ]
    ts += [turn(100 + i, flagged=True, score=0.95, feedback="up") for i in range(30)]
    v = W.rolling_view(W.group_by_series(apply_all(ts))[("m1", "all")], M0, 1)
    assert (v.up_flagged, v.down_flagged, v.up_unflagged, v.down_unflagged) == (75, 5, 45, 5)
    assert v.up_rate_flagged == pytest.approx(75 / 80) and v.up_rate_unflagged == pytest.approx(0.9)
    assert v.up_rate_flagged_lo < v.up_rate_flagged < v.up_rate_flagged_hi  # type: ignore[operator]
    assert v.p50 == pytest.approx(0.9, abs=0.05) and v.mean_score == pytest.approx((45 + 5 + 28.5) / 130)


def test_evict() -> None:
    b = apply_all([turn(i, second=60 * i) for i in range(5)])
    gone = W.evict(b, M0 + 3)
    assert sorted(k.minute for k in gone) == [M0, M0 + 1, M0 + 2]
    assert sorted(k.minute for k in b) == [M0 + 3, M0 + 4]


@settings(deadline=None, max_examples=100)
@given(st.lists(st.integers(0, 2**63 - 1), min_size=K.NFIELDS, max_size=K.NFIELDS), st.integers(-1, 2**62))
def test_bucket_json_round_trip(counts: list[int], watermark: int) -> None:
    b = W.Bucket(np.array(counts, dtype=np.int64), watermark=watermark)
    assert W.Bucket.from_json(b.to_json()) == b
    assert W.Bucket.loads(b.dumps()) == b
    assert W.Bucket.loads(b.dumps().encode()) == b
    assert json.loads(b.dumps()) == [W.LAYOUT_VERSION, watermark, *counts]


@pytest.mark.parametrize(
    "raw",
    [
        "not json",
        "{}",
        "[1, 2]",
        json.dumps([1, -1, *([0.5] * K.NFIELDS)]),
        json.dumps([99, -1, *([0] * K.NFIELDS)]),
        json.dumps([1, -1, 2**64, *([0] * (K.NFIELDS - 1))]),
        json.dumps([1, True, *([0] * K.NFIELDS)]),
    ],
)
def test_bucket_rejects_malformed_state(raw: str) -> None:
    with pytest.raises(StateError):
        W.Bucket.loads(raw)


@given(st.text(min_size=1), st.text(), st.integers(-(2**40), 2**40))
def test_bucket_key_round_trip(model: str, segment: str, minute: int) -> None:
    key = W.BucketKey(model, segment, minute)
    assert W.BucketKey.decode(key.encode()) == key
    assert W.BucketKey.decode(key.encode().encode()) == key


def test_bucket_key_rejects_malformed() -> None:
    for raw in ("nope", '["a", "b"]', '["a", "b", "3"]', '[1, "b", 3]'):
        with pytest.raises(StateError):
            W.BucketKey.decode(raw)


def test_window_settings() -> None:
    s = W.WindowSettings()
    assert s.z == pytest.approx(K.Z95) and s.max_segment_tags == 8
    assert W.WindowSettings(confidence=0.99).z == pytest.approx(2.5758293035489)


def test_standard_views_cover_their_widths() -> None:
    b = W.group_by_series(apply_all([turn(i, second=60 * i - 3000, flagged=i % 2 == 0) for i in range(100)]))
    views = W.standard_views(b[("m1", "all")], M0 + 49)
    assert {k: (v.width_minutes, v.n) for k, v in views.items()} == {
        "1m": (1, 1),
        "5m": (5, 5),
        "1h": (60, 60),
        "24h": (1440, 100),
    }
    assert views["1h"] == W.series(b[("m1", "all")], M0 + 49, M0 + 49, 60)[0]


# --- per-category counters ------------------------------------------------------------------------


def test_flagged_turns_are_counted_per_category_per_version_segment_minute() -> None:
    def cat_turn(
        i: int, model: str, cat: str | None, flagged: bool, second: int = 0
    ) -> tuple[int, ScoredTurn]:
        score = 0.9 if flagged else 0.1
        t = turn(i, model=model, flagged=flagged, score=score, memory=i % 2 == 0, second=second)
        return i, t.model_copy(update={"category": cat, "category_p": None if cat is None else 0.8})

    turns = [
        cat_turn(0, "v2", "unearned_praise", True),
        cat_turn(1, "v2", "unearned_praise", True),
        cat_turn(2, "v2", "caving", True),
        cat_turn(3, "v2", "caving", False),  # the kind of an unflagged turn is not counted
        cat_turn(4, "v2", None, True),  # flagged without a category: in FLAGGED only
        cat_turn(5, "v1", "caving", True),
        cat_turn(6, "v2", "unearned_praise", True, second=60),
    ]
    buckets: dict[W.BucketKey, W.Bucket] = {}
    W.apply_turns(buckets, turns)
    b = buckets[W.BucketKey("v2", "all", M0)]
    assert b.flagged == 4 and b.n == 5
    cats = b.flagged_by_category()
    assert list(cats) == list(W.CATEGORIES)
    assert cats["unearned_praise"] == 2 and cats["caving"] == 1 and sum(cats.values()) == 3
    assert buckets[W.BucketKey("v2", "memory=on", M0)].flagged_by_category()["unearned_praise"] == 1
    assert buckets[W.BucketKey("v1", "all", M0)].flagged_by_category()["caving"] == 1
    assert buckets[W.BucketKey("v2", "all", M0 + 1)].flagged_by_category()["unearned_praise"] == 1
    assert W.apply_turns(buckets, turns) == set()  # idempotent as before
    view = W.rolling_view(W.group_by_series(buckets)[("v2", "all")], M0 + 1, 5)
    assert view.flagged_by_category["unearned_praise"] == 3
    assert view.rate_by_category["unearned_praise"] == pytest.approx(3 / 6)
    assert view.rate_by_category["moral_validation"] == 0.0
    doc = json.loads(json.dumps(view.to_dict()))
    assert doc["flagged_by_category"]["caving"] == 1
    assert W.Bucket.loads(b.dumps()) == b


def test_layout_1_buckets_read_with_zero_category_counters() -> None:
    old = [1, 41, *range(1, K.NFIELDS_V1 + 1)]
    b = W.Bucket.from_json(old)
    assert b.watermark == 41 and b.n == 1 and b.flagged == 2
    assert b.by_category.tolist() == [0] * K.NCATEGORIES
    assert W.Bucket.from_json(b.to_json()) == b and b.to_json()[0] == W.LAYOUT_VERSION == 2
    with pytest.raises(StateError):
        W.Bucket.from_json([1, 41, *range(K.NFIELDS)])  # layout 1 with layout 2's length
