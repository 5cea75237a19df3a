"""The gateway SDK without services: public API, import weight, sampling and the bounded buffer."""

from __future__ import annotations

import subprocess
import sys

import pytest

import monitor.client
from monitor.client import ResponseEvent, ResponsePublisher, is_sampled
from monitor.core.sampling import SamplingPolicy
from monitor.testing import make_event


def test_public_api() -> None:
    assert sorted(monitor.client.__all__) == [
        "EffectivePrompt",
        "MitigationClient",
        "MitigationClientStats",
        "PublisherStats",
        "ResponseEvent",
        "ResponsePublisher",
        "is_sampled",
    ]
    for name in monitor.client.__all__:
        assert getattr(monitor.client, name) is not None


def test_sdk_does_not_import_the_worker_stack() -> None:
    code = (
        "import sys, monitor.client; "
        "print(','.join(m for m in ('faust', 'mode', 'numba', 'onnxruntime', 'aiokafka', 'monitor.adapters',"
        " 'monitor.runtime', 'monitor.scoring') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""  # aiokafka too: it is imported only when a publisher starts


def test_sampling_is_deterministic_and_matches_the_worker() -> None:
    ids = [f"conv-{i}" for i in range(4000)]
    first = [is_sampled(c, 0.25, "salt") for c in ids]
    assert first == [is_sampled(c, 0.25, "salt") for c in ids]
    assert 0.21 < sum(first) / len(ids) < 0.29
    worker = SamplingPolicy(default_rate=0.25, salt="salt")
    assert first == [worker.is_sampled("v1", c) for c in ids]
    assert first != [is_sampled(c, 0.25, "other") for c in ids]
    # Raising the rate only adds conversations.
    wider = [is_sampled(c, 0.5, "salt") for c in ids]
    assert all(w for f, w in zip(first, wider, strict=True) if f)
    assert all(is_sampled(c, 1.0, "s") for c in ids[:10]) and not any(
        is_sampled(c, 0.0, "s") for c in ids[:10]
    )


def _event(i: int) -> ResponseEvent:
    return ResponseEvent.model_validate(make_event(i))


async def test_full_buffer_drops_and_counts_without_blocking() -> None:
    pub = ResponsePublisher("127.0.0.1:1", buffer_size=3)  # never started: nothing drains the buffer
    results = [pub.publish(_event(i)) for i in range(5)]
    assert results == [True, True, True, False, False]
    assert (pub.stats.enqueued, pub.stats.dropped_full, pub.pending) == (3, 2, 3)
    await pub.close()
    assert pub.stats.dropped_on_close == 3 and pub.pending == 0


async def test_sampled_out_events_are_counted_not_buffered() -> None:
    pub = ResponsePublisher(sample_rate=0.0)
    assert not pub.publish(_event(1))
    assert (pub.stats.sampled_out, pub.pending) == (1, 0)
    await pub.close()


def test_bad_configuration_is_rejected_up_front() -> None:
    with pytest.raises(ValueError):
        ResponsePublisher(sample_rate=1.5)
    with pytest.raises(ValueError):
        ResponsePublisher(buffer_size=0)


def test_reconnect_pauses_are_jittered_between_half_and_the_whole_doubling_ceiling() -> None:
    import random

    from monitor.client.backoff import Backoff

    fleet = [Backoff(0.5, 10.0, rng=random.Random(seed)) for seed in range(50)]
    for ceiling in (0.5, 1.0, 2.0, 4.0, 8.0, 10.0, 10.0):
        pauses = [b.next() for b in fleet]
        assert all(ceiling / 2 <= p <= ceiling for p in pauses)
        assert len({round(p, 6) for p in pauses}) > 40  # not in lockstep
    fleet[0].reset()
    assert fleet[0].next() <= 0.5
