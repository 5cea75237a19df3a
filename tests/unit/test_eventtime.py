"""The event-time policy and the low watermark: no single event moves eviction or detection."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.adapters.memory import MemoryDedup
from monitor.core.eventtime import EventTimePolicy, LowWatermark, median_reference, minute_of_time
from monitor.core.pipeline import PipelineContext, RawRecord, process_batch
from monitor.core.sampling import SamplingPolicy
from monitor.errors import InvalidEventError
from monitor.runtime.replay import replay
from monitor.settings import load_settings
from monitor.testing import BASE_TIME, FrozenClock, MarkerScorer, event_line

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("delta", "reason"),
    [
        (timedelta(minutes=6), "timestamp_in_future"),
        (timedelta(days=-8), "timestamp_too_old"),
        (timedelta(days=365 * 73), "timestamp_in_future"),
    ],
)
def test_policy_rejects_outside_the_window(delta: timedelta, reason: str) -> None:
    with pytest.raises(InvalidEventError) as info:
        EventTimePolicy(300, 7 * 86_400).check(NOW + delta, NOW)
    assert info.value.reason == reason


@pytest.mark.parametrize("delta", [timedelta(minutes=5), timedelta(0), timedelta(days=-7)])
def test_policy_accepts_inside_the_window(delta: timedelta) -> None:
    EventTimePolicy(300, 7 * 86_400).check(NOW + delta, NOW)


def test_age_limit_zero_is_no_age_limit() -> None:
    EventTimePolicy(300, 0).check(NOW - timedelta(days=3650), NOW)


def test_low_watermark_is_the_slowest_partition_capped_by_the_clock() -> None:
    w = LowWatermark()
    assert w.value(100) is None
    w.observe(0, 50)
    w.observe(1, 90)
    w.observe(1, 80)  # older records do not move a partition back
    assert w.value(1000) == 50
    w.observe(0, 10**9)  # a partition far ahead: capped
    assert w.value(1000) == 90
    w.retain([0])
    assert w.value(1000) == 1000


def test_median_reference() -> None:
    times = [NOW, NOW + timedelta(minutes=2), NOW + timedelta(days=365 * 70)]
    assert median_reference(times) == NOW + timedelta(minutes=2)
    assert median_reference([]) is None


def test_pipeline_dead_letters_events_outside_the_policy() -> None:
    clock = FrozenClock(NOW)
    ctx = PipelineContext(
        score=_score,
        dedup=MemoryDedup(),
        sampling=SamplingPolicy,
        threshold=0.5,
        scorer_version="t",
        clock=clock,
        event_time=EventTimePolicy(300, 7 * 86_400),
    )
    lines = [
        event_line(0, timestamp=NOW.isoformat()),
        event_line(1, timestamp="2099-01-01T00:00:00Z"),
        event_line(2, timestamp=(NOW - timedelta(days=30)).isoformat()),
    ]
    result = asyncio.run(process_batch([RawRecord(v, i) for i, v in enumerate(lines)], lambda _p: {}, ctx))
    assert [t.event_id for _, _, t in result.scored] == ["evt-0"]
    assert {(d.offset, d.reason) for d in result.dead_letters} == {
        (1, "timestamp_in_future"),
        (2, "timestamp_too_old"),
    }


def test_replay_of_a_file_with_an_event_dated_2099_stays_small(tmp_path: Path) -> None:
    lines = [event_line(i) for i in range(50)] + [event_line(99, timestamp="2099-06-01T00:00:00Z")]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines))
    tracemalloc.start()
    try:
        summary = asyncio.run(
            replay(path, tmp_path / "out", load_settings(), MarkerScorer(), clock=FrozenClock())
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (summary.scored, summary.dead_letters) == (50, 1)
    dead = [json.loads(x) for x in (tmp_path / "out" / "deadletters.jsonl").read_text().splitlines()]
    assert [d["reason"] for d in dead] == ["timestamp_in_future"]
    assert max(k.minute for k in summary.buckets) == minute_of_time(BASE_TIME + timedelta(seconds=49))
    assert peak < 200 * 2**20, f"replay peaked at {peak / 2**20:.0f} MiB"


async def _score(items):  # type: ignore[no-untyped-def]
    return MarkerScorer().score(items)


def test_replay_reference_ignores_timestamps_outside_the_contract(tmp_path: Path) -> None:
    lines = [event_line(i) for i in range(5)]
    lines += [
        event_line(7, timestamp="0001-01-01T00:00:00Z"),
        event_line(8, timestamp="9999-12-31T23:59:59+14:00"),
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines))
    settings = load_settings()
    summary = asyncio.run(replay(path, tmp_path / "out", settings, MarkerScorer(), clock=FrozenClock()))
    assert (summary.scored, summary.dead_letters) == (5, 2)
