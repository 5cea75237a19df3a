"""One contract, every StateStore: the same tests run against the in-memory store and a real Redis.

Replay is the worker's twin only as far as these two agree, so every behaviour the worker, the
leader's tick or replay relies on is asserted here once, for both.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator

import numpy as np
import pytest

from monitor.adapters.memory import MemoryState
from monitor.adapters.redis_state import RedisState
from monitor.core import kernels as K
from monitor.core import windows
from monitor.core.pipeline import Claim
from monitor.core.record_signing import RecordSigner
from monitor.core.state import StateStore

SIGNER = RecordSigner("k1", b"contract-signing-key")
KEYS = {"k1": b"contract-signing-key"}
NOW = 1_800_000_000.0


def bucket(n: int, flagged: int = 0, watermark: int = 0) -> windows.Bucket:
    counts = np.zeros(K.NFIELDS, dtype=np.int64)
    counts[K.N], counts[K.FLAGGED] = n, flagged
    return windows.Bucket(counts, watermark)


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest, unique: str) -> AsyncIterator[StateStore]:
    s: StateStore
    if request.param == "memory":
        s = MemoryState(signer=SIGNER, record_keys=KEYS)
    else:
        url = request.getfixturevalue("redis_url")
        s = RedisState.from_url(url, unique, 3600, 3600, signer=SIGNER, record_keys=KEYS)
    yield s
    await s.close()


async def test_dedup_counts_an_event_once_and_recognises_its_own_redelivery(store: StateStore) -> None:
    first = await store.claim([("e1", "t:0:1", "h1"), ("e2", "t:0:2", "h2"), ("e1", "t:0:9", "h1")])
    assert first == [Claim.NEW, Claim.NEW, Claim.DUPLICATE]  # later claims see earlier ones
    again = await store.claim([("e1", "t:0:1", "h1"), ("e2", "t:1:5", "hX")])
    assert again == [Claim.NEW, Claim.CONFLICT]  # a redelivery of its first record; other content
    assert await store.claim([]) == []


async def test_mirror_overwrites_per_partition_and_readers_merge(store: StateStore) -> None:
    k = windows.BucketKey("v1", "all", 100)
    k2 = windows.BucketKey("v1", "memory=on", 101)
    await store.mirror(0, {k: bucket(3, 1)})
    await store.mirror(1, {k: bucket(2, 2), k2: bucket(1)})
    await store.mirror(0, {k: bucket(4, 1)})  # an overwrite of partition 0's share, not an add
    got = await store.buckets("v1", "all", range(99, 102))
    assert list(got) == [100] and (got[100].n, got[100].flagged) == (6, 3)
    assert await store.versions() == {"v1": 101}
    assert await store.segments("v1") == {"all", "memory=on"}
    series = await store.minute_series(101, ["v1", "v9"])
    assert {s: b.n for s, b in series.items()} == {("v1", "memory=on"): 1}
    assert await store.minute_series(55, ["v1"]) == {}
    await store.mirror(0, {})  # nothing to write is not an error


async def test_versions_only_move_forward(store: StateStore) -> None:
    await store.mirror(0, {windows.BucketKey("v1", "all", 200): bucket(1)})
    await store.mirror(1, {windows.BucketKey("v1", "all", 150): bucket(1)})
    assert await store.versions() == {"v1": 200}


async def test_low_watermark_waits_for_active_partitions_and_ignores_idle_ones(store: StateStore) -> None:
    assert await store.low_watermark(60.0) is None
    await store.mirror(0, {windows.BucketKey("v1", "all", 10): bucket(1)})
    await store.mirror(1, {windows.BucketKey("v1", "all", 7): bucket(1)})
    await store.mirror(1, {windows.BucketKey("v1", "all", 5): bucket(1)})  # never moves back
    now = time.time()
    assert await store.low_watermark(60.0, now) == 7
    assert await store.low_watermark(60.0, now + 3600) == 10  # all idle: the newest of any


async def test_snapshots_round_trip_and_are_copies(store: StateStore) -> None:
    assert await store.load_json("detection", "state") is None
    snap = {"bank": {"a": [1, 2]}, "tracker": None}
    await store.save_json(snap, "detection", "state")
    snap["bank"]["a"].append(3)  # type: ignore[index]
    assert await store.load_json("detection", "state") == {"bank": {"a": [1, 2]}, "tracker": None}
    await store.save_json("1-0", "audit", "mirrored")
    assert await store.load_json("audit", "mirrored") == "1-0"


async def test_flagged_ids_keep_the_newest_first_bounded(store: StateStore) -> None:
    await store.note_flagged({"v1": ["a", "b"]})
    await store.note_flagged({"v1": ["c"], "v2": ["x"]}, keep=3)
    await store.note_flagged({})
    assert await store.recent_flagged("v1") == ["c", "b", "a"]
    await store.note_flagged({"v1": ["d"]}, keep=3)
    assert await store.recent_flagged("v1", count=10) == ["d", "c", "b"]
    assert await store.recent_flagged("v2") == ["x"]
    assert await store.recent_flagged("v3") == []


async def test_alert_history_and_evaluation_clock(store: StateStore) -> None:
    assert await store.alert_history() == [] and await store.evaluated_clock() == []
    await store.record_alert(json.dumps({"fingerprint": "f1", "rule": "absolute"}), 100.0)
    await store.record_alert(json.dumps({"fingerprint": "f2", "rule": "drift"}), 160.5)
    history = await store.alert_history()
    assert [(a["fingerprint"], a["notified_wall"]) for a in history] == [("f1", 100.0), ("f2", 160.5)]
    assert [a["fingerprint"] for a in await store.alert_history(count=1)] == ["f1"]
    await store.note_evaluated(7, 70.0)
    await store.note_evaluated(5, 50.0)
    await store.note_evaluated(7, 75.0)  # evaluated again: the latest wall time
    await store.note_evaluated(9, 90.0, keep=2)  # the oldest by wall time goes
    assert await store.evaluated_clock() == [(75.0, 7), (90.0, 9)]


async def test_sampling_overrides_are_signed_and_removable(store: StateStore) -> None:
    assert await store.sampling_overrides() == {}
    await store.set_sampling_override("v1", 0.25)
    await store.set_sampling_override("v2", 1.0)
    assert await store.sampling_overrides() == {"v1": 0.25, "v2": 1.0}
    await store.set_sampling_override("v2", None)
    assert await store.sampling_overrides() == {"v1": 0.25}
    assert store.rejected_overrides == 0


async def test_epoch_is_written_once(store: StateStore) -> None:
    first, created = await store.epoch("a")
    assert (first, created) == ("a", True)
    assert await store.epoch("b") == ("a", False)
    assert await store.ping()


async def test_examples_are_accepted(store: StateStore) -> None:
    await store.keep_example("v1", {"event_id": "e1", "score": 0.9}, keep=2, ttl_s=60)
    await store.keep_example("v1", {"event_id": "e2", "score": 0.8}, keep=2, ttl_s=60)
