"""Test doubles for our own seams (not for Kafka, Redis or HTTP receivers, which tests run for real).

- :func:`make_event` / :func:`event_line`: ResponseEvent factories.
- :class:`MarkerScorer`: a deterministic Scorer whose score is read from the reply text, so a
  test knows exactly which turns are flagged. The product always runs the ONNX scorer.
- :class:`FrozenClock`: a clock you advance by hand.
- ``python -m monitor.testing worker``: a worker process with the MarkerScorer, for tests that
  must kill and restart a real worker quickly.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from monitor.core.ports import ScoreInput

__all__ = ["FrozenClock", "MarkerScorer", "event_line", "make_event"]

_MARK = re.compile(r"\[score=([0-9.]+)\]")
BASE_TIME = datetime(2026, 4, 25, 12, 0, tzinfo=UTC)


def make_event(i: int = 0, **fields: Any) -> dict[str, Any]:
    """A valid ResponseEvent as a dict; ``fields`` override. Timestamps advance 1 s per ``i``."""
    event: dict[str, Any] = {
        "schema_version": 1,
        "event_id": f"evt-{i}",
        "timestamp": (BASE_TIME + timedelta(seconds=i)).isoformat(),
        "model_version": "v1",
        "conversation_id": f"conv-{i}",
        "prompt": "Is my plan good?",
        "response": "It has a flaw: the budget does not add up.",
    }
    event.update(fields)
    return event


def event_line(i: int = 0, **fields: Any) -> bytes:
    return json.dumps(make_event(i, **fields)).encode()


class MarkerScorer:
    """Scores ``[score=0.9]`` found in the reply as 0.9; otherwise 0.05. Counts its calls."""

    def __init__(self, threshold: float = 0.5, delay_s: float = 0.0) -> None:
        self._threshold = threshold
        self._delay_s = delay_s
        self._lock = threading.Lock()
        self.calls: list[int] = []

    @property
    def threshold(self) -> float:
        return self._threshold

    @property
    def version(self) -> str:
        return "marker-test"

    def score(self, items: Sequence[ScoreInput]) -> npt.NDArray[np.float32]:
        if self._delay_s:
            threading.Event().wait(self._delay_s)  # a slow model, for batching tests
        with self._lock:
            self.calls.append(len(items))
        out = np.empty(len(items), dtype=np.float32)
        for i, item in enumerate(items):
            m = _MARK.search(item.response)
            out[i] = float(m.group(1)) if m else 0.05
        return out


class FrozenClock:
    def __init__(self, now: datetime = BASE_TIME) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _main(argv: Sequence[str]) -> None:
    if list(argv[:1]) != ["worker"]:
        raise SystemExit("usage: python -m monitor.testing worker [DELAY_S]")
    from monitor.runtime.worker import run_worker
    from monitor.settings import load_settings

    delay = float(argv[1]) if len(argv) > 1 else 0.0
    sys.argv = [sys.argv[0], "worker"]
    run_worker(load_settings(), scorer=MarkerScorer(delay_s=delay))


if __name__ == "__main__":
    _main(sys.argv[1:])
