"""``python bench/pipeline_probe.py STATS.json``: the real worker, with wall-clock accounting of its awaits.

Used by ``bench/pipeline.py --probe`` on the unsampled worker to tell where the time goes: how long
the faust fetcher waits on the consumer thread's ``getmany`` (and how often it comes back empty
after its 1 s timeout) versus how long our batch handler (Redis dedup claim included) runs.
Wraps methods of faust and of the monitor at start-up; changes no behaviour, except that with
``BENCH_FETCH_MAX_WAIT_MS`` set it overrides the ``fetch_max_wait_ms=1500`` that faust's aiokafka
driver hard-codes (an experiment: see docs/benchmarks.md). Bench-only.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiokafka
import faust.transport.consumer as faust_consumer

from monitor.adapters import redis_state
from monitor.runtime import app as runtime_app

__all__ = ["install"]

STALL_S = 0.5


def install(out: Path, every: int = 25) -> None:
    stats: dict[str, Any] = {"started": None, "calls": {}, "getmany": []}

    def wrap(cls: type, name: str, count: Callable[[Any], int] | None = None) -> None:
        orig = getattr(cls, name)

        async def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            if stats["started"] is None:
                stats["started"] = t
            result = None
            try:
                result = await orig(self, *args, **kwargs)
                return result
            finally:
                took = time.perf_counter() - t
                calls, total = stats["calls"].get(name, (0, 0.0))
                stats["calls"][name] = (calls + 1, total + took)
                if count is not None:
                    stats["getmany"].append((took, count(result) if result is not None else 0))
                if name == "handle" and (calls + 1) % every == 0:
                    stats["wall"] = time.perf_counter() - stats["started"]
                    out.write_text(json.dumps(stats))  # noqa: ASYNC240 (a small file every 25 batches)

        setattr(cls, name, timed)

    wrap(faust_consumer.ThreadDelegateConsumer, "_getmany", lambda r: sum(len(v) for v in r.values()))
    wrap(redis_state.RedisState, "claim")
    wrap(runtime_app.MonitorApp, "handle")


def summary(path: Path) -> dict[str, float]:
    """Shares of the worker's wall time (from its first fetch to its last reported batch)."""
    stats = json.loads(path.read_text())
    wall = stats["wall"]
    fetches = stats["getmany"]
    stalls = [took for took, _ in fetches if took >= STALL_S]
    fast = sorted(took for took, _ in fetches if took < STALL_S)
    return {
        "wall_s": wall,
        "fetch_calls": len(fetches),
        "fetch_records": sum(n for _, n in fetches),
        "fetch_wait_share": sum(took for took, _ in fetches) / wall,
        "fetch_stalls": len(stalls),
        "fetch_stall_share": sum(stalls) / wall,
        "fetch_fast_median_ms": 1000 * fast[len(fast) // 2] if fast else float("nan"),
        "handle_share": stats["calls"].get("handle", (0, 0.0))[1] / wall,
        "claim_share": stats["calls"].get("claim", (0, 0.0))[1] / wall,
    }


def override_fetch_max_wait(ms: int) -> None:
    init = aiokafka.AIOKafkaConsumer.__init__

    def patched(self: aiokafka.AIOKafkaConsumer, *args: Any, **kwargs: Any) -> None:
        if "fetch_max_wait_ms" in kwargs:
            kwargs["fetch_max_wait_ms"] = ms
        init(self, *args, **kwargs)

    aiokafka.AIOKafkaConsumer.__init__ = patched


if __name__ == "__main__":
    if os.environ.get("BENCH_FETCH_MAX_WAIT_MS"):
        override_fetch_max_wait(int(os.environ["BENCH_FETCH_MAX_WAIT_MS"]))
    install(Path(sys.argv[1]))
    sys.argv = ["monitor", "worker"]
    runpy.run_module("monitor", run_name="__main__")
