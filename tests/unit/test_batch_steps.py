"""A micro-batch step that hangs is abandoned with a message that says where it waited."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from monitor.runtime import app as worker_app
from monitor.runtime.app import BatchAbandoned, MonitorApp
from monitor.settings import load_settings
from monitor.testing import MarkerScorer


async def _stuck_on(event: asyncio.Event) -> None:
    await event.wait()


def test_a_hung_step_is_abandoned_and_says_where_it_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_app, "STEP_TIMEOUT_S", 0.05)
    monitor = MonitorApp(load_settings(), MarkerScorer())

    async def run() -> None:
        with pytest.raises(BatchAbandoned) as info:
            await monitor._step("publish", _stuck_on(asyncio.Event()))
        assert info.value.step == "publish"
        assert "_stuck_on" in str(info.value) and "Event.wait" in str(info.value)
        assert await monitor._step("publish", asyncio.sleep(0, result=7)) == 7

    asyncio.run(run())


def test_abandoned_batches_back_off_exponentially_up_to_a_cap() -> None:
    pauses = [worker_app.abandon_backoff(n) for n in range(1, 12)]
    assert pauses[0] == worker_app.ABANDON_BACKOFF_S[0]
    cap = worker_app.ABANDON_BACKOFF_S[1]
    assert all(b == min(2 * a, cap) for a, b in itertools.pairwise(pauses))
    assert max(pauses) == worker_app.ABANDON_BACKOFF_S[1] == worker_app.abandon_backoff(10_000)
