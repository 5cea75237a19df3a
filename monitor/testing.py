"""Test doubles for our own seams (not for Kafka, Redis or HTTP receivers, which tests run for real).

- :func:`make_event` / :func:`event_line`: ResponseEvent factories.
- :class:`MarkerScorer`: a deterministic Scorer whose score is read from the reply text, so a
  test knows exactly which turns are flagged. The product always runs the ONNX scorer.
- :class:`FrozenClock`: a clock you advance by hand; :class:`TickClock`: monotonic seconds, likewise.
- :class:`MemorySource` / :class:`MemoryTable`: an input log and a state table whose changelog
  acknowledgements the test resolves, for unit tests of the commit protocol
  (:mod:`monitor.runtime.checkpoint`) without Kafka.
- :func:`write_tiny_model`: a tiny real ONNX artefact (the shipped tokenizer, a 4-node graph with
  a ``[B, 1 + K]`` output and a manifest listing K categories), for scorer tests without the
  ``onnx`` package (the protobuf is written by hand).
- ``python -m monitor.testing worker``: a worker process with the MarkerScorer, for tests that
  must kill and restart a real worker quickly. ``[category=unearned_praise]`` in a reply sets
  the turn's category (probability 0.9), as a model with a category head would.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import shutil
import sys
import threading
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from monitor.core.categories import CATEGORIES, category_index
from monitor.core.ports import ScoreInput, Scores

__all__ = [
    "FrozenClock",
    "MarkerScorer",
    "MemorySource",
    "MemoryTable",
    "TickClock",
    "event_line",
    "make_event",
    "write_tiny_model",
]

_MARK = re.compile(r"\[score=([0-9.]+)\]")
_CATEGORY_MARK = re.compile(r"\[category=([a-z_]+)\]")
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

    def score_categories(self, items: Sequence[ScoreInput]) -> Scores:
        """:meth:`score`, plus the category named by ``[category=NAME]`` (p 0.9), else none."""
        p = self.score(items)
        cats = np.full(len(items), -1, dtype=np.int8)
        probs = np.full(len(items), np.nan, dtype=np.float32)
        for i, item in enumerate(items):
            m = _CATEGORY_MARK.search(item.response)
            if m:
                cats[i] = category_index(m.group(1))
                probs[i] = 0.9
        return Scores(p, cats, probs)


class FrozenClock:
    def __init__(self, now: datetime = BASE_TIME) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


# --- a tiny ONNX artefact, written without the onnx package ---------------------------------------


class TickClock:
    """Monotonic seconds that move only when told."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class MemorySource:
    """:class:`monitor.runtime.checkpoint.Source` over in-memory partition logs (offset = index).

    :meth:`fetch` hands out records from each partition's position as a consumer would; ``drop``
    leaves offsets out of a fetch (what faust's fetch path did), ``markers`` are offsets the log
    really lacks (transaction markers)."""

    def __init__(
        self, logs: Mapping[int, Sequence[bytes]], *, markers: Iterable[tuple[int, int]] = ()
    ) -> None:
        self.logs = {p: list(values) for p, values in logs.items()}
        self.markers = set(markers)
        self.generation_id: int | None = 1
        self.position = dict.fromkeys(self.logs, 0)
        self.committed_offsets: dict[int, int] = {}
        self.seeks: list[tuple[int, int]] = []
        self.commits: list[dict[int, int]] = []

    @property
    def generation(self) -> int | None:
        return self.generation_id

    def assignment(self) -> set[int]:
        return set(self.logs)

    def append(self, partition: int, value: bytes) -> None:
        self.logs[partition].append(value)

    def fetch(
        self, max_records: int, *, drop: Iterable[int] = ()
    ) -> list[tuple[int, int, int | None, bytes]]:
        """Up to ``max_records`` (partition, offset, generation, value), partition by partition."""
        dropped = set(drop)
        out: list[tuple[int, int, int | None, bytes]] = []
        for partition, log in sorted(self.logs.items()):
            while self.position[partition] < len(log) and len(out) < max_records:
                offset = self.position[partition]
                self.position[partition] += 1
                if (partition, offset) not in self.markers and offset not in dropped:
                    out.append((partition, offset, self.generation_id, log[offset]))
        return out

    async def committed(self, partitions: Sequence[int]) -> dict[int, int]:
        return {p: self.committed_offsets.get(p, 0) for p in partitions}

    async def absent(self, partition: int, start: int, end: int) -> bool:
        return all((partition, o) in self.markers for o in range(start, end))

    async def seek(self, partition: int, offset: int) -> None:
        self.seeks.append((partition, offset))
        self.position[partition] = offset

    async def positions(self, partitions: Sequence[int]) -> dict[int, int]:
        return {p: self.position[p] for p in partitions}

    async def commit(self, offsets: Mapping[int, int]) -> bool:
        self.commits.append(dict(offsets))
        self.committed_offsets.update(offsets)
        return True


class MemoryTable(dict[str, list[int]]):
    """A state table whose every write sends a changelog record (an ``asyncio.Future``); with
    ``auto_ack`` each is acknowledged at once, else the test resolves :attr:`unacked` itself."""

    def __init__(self, *, auto_ack: bool = True) -> None:
        super().__init__()
        self.auto_ack = auto_ack
        self.unacked: list[asyncio.Future[object]] = []
        self.changelog: list[tuple[str, list[int] | None]] = []  # acknowledged records, in order
        self._sent: list[asyncio.Future[object]] = []
        self._keys: dict[int, str] = {}

    def _send(self, key: str, value: list[int] | None) -> None:
        fut: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        self._keys[id(fut)] = key
        fut.add_done_callback(lambda f: None if f.exception() else self.changelog.append((key, value)))
        self._sent.append(fut)
        if self.auto_ack:
            fut.set_result(None)
        else:
            self.unacked.append(fut)

    def __setitem__(self, key: str, value: list[int]) -> None:
        super().__setitem__(key, value)
        self._send(key, value)

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self._send(key, None)

    def ack(self, n: int | None = None, *, error: BaseException | None = None) -> None:
        """Acknowledge (or fail) the oldest ``n`` unacknowledged records (all when None)."""
        k = len(self.unacked) if n is None else n
        todo, self.unacked = self.unacked[:k], self.unacked[k:]
        for fut in todo:
            if error is None:
                fut.set_result(None)
            else:
                fut.set_exception(error)

    def take_sent(self) -> list[asyncio.Future[object]]:
        sent, self._sent = self._sent, []
        return sent

    def resend(self, failed: Sequence[asyncio.Future[object]]) -> list[asyncio.Future[object]]:
        for fut in failed:
            key = self._keys.pop(id(fut))
            self._send(key, self.get(key))
        return self.take_sent()


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(num: int, value: int | bytes | str) -> bytes:
    if isinstance(value, int):
        return _varint(num << 3) + _varint(value)
    data = value.encode() if isinstance(value, str) else value
    return _varint(num << 3 | 2) + _varint(len(data)) + data


def _tensor(name: str, array: npt.NDArray[np.float32]) -> bytes:
    dims = b"".join(_field(1, d) for d in array.shape)
    return dims + _field(2, 1) + _field(8, name) + _field(9, array.astype("<f4").tobytes())


def _value_info(name: str, elem_type: int, dims: Sequence[int | str]) -> bytes:
    shape = b"".join(_field(1, _field(1, d) if isinstance(d, int) else _field(2, d)) for d in dims)
    return _field(1, name) + _field(2, _field(1, _field(1, elem_type) + _field(2, shape)))


def _node(op: str, inputs: Sequence[str], outputs: Sequence[str], attrs: bytes = b"") -> bytes:
    body = b"".join(_field(1, i) for i in inputs) + b"".join(_field(2, o) for o in outputs)
    return body + _field(3, f"{op}_{outputs[0]}") + _field(4, op) + attrs


def tiny_model_bytes(bias: Sequence[float], slope: float = 0.001) -> bytes:
    """An ONNX model (opset 13): ``logits[b] = slope * mean(input_ids[b]) * e0 + bias`` with
    ``len(bias)`` output columns; the category columns are the constant tail of ``bias``."""
    width = len(bias)
    w = np.zeros((1, width), dtype=np.float32)
    w[0, 0] = slope
    int_attr = _field(1, "to") + _field(20, 2) + _field(3, 1)  # Cast to FLOAT
    axes_attr = _field(1, "axes") + _field(20, 7) + _field(8, 1)
    keep_attr = _field(1, "keepdims") + _field(20, 2) + _field(3, 1)
    graph = b"".join(
        [
            _field(1, _node("Cast", ["input_ids"], ["x"], _field(5, int_attr))),
            _field(1, _node("ReduceMean", ["x"], ["m"], _field(5, axes_attr) + _field(5, keep_attr))),
            _field(1, _node("MatMul", ["m", "w"], ["y"])),
            _field(1, _node("Add", ["y", "b"], ["logits"])),
            _field(2, "tiny"),
            _field(5, _tensor("w", w)),
            _field(5, _tensor("b", np.asarray(bias, dtype=np.float32))),
            _field(11, _value_info("input_ids", 7, ["batch", "seq"])),
            _field(11, _value_info("attention_mask", 7, ["batch", "seq"])),
            _field(12, _value_info("logits", 1, ["batch", width])),
        ]
    )
    opset = _field(1, "") + _field(2, 13)
    return _field(1, 7) + _field(2, "sycomon-tests") + _field(7, graph) + _field(8, opset)


def write_tiny_model(
    dst: Path,
    categories: Sequence[str] | None = CATEGORIES,
    bias: Sequence[float] | None = None,
    *,
    version: str = "tiny-test",
) -> Path:
    """Write a loadable model directory: ``categories`` None gives today's ``[B, 1]`` output and
    a manifest without ``categories``. ``bias`` (length ``1 + K``) defaults to a category head
    that always names the third category with a clear margin."""
    from monitor.scoring.manifest import default_model_dir  # testing helper: lazy, not for the core

    k = 0 if categories is None else len(categories)
    if bias is None:
        bias = [0.0] + [3.0 if j == 2 else 0.0 for j in range(k)]
    if len(bias) != 1 + k:
        raise ValueError(f"bias needs {1 + k} values")
    dst.mkdir(parents=True, exist_ok=True)
    (dst / "model.onnx").write_bytes(tiny_model_bytes(bias))
    shutil.copyfile(default_model_dir() / "tokenizer.json", dst / "tokenizer.json")
    files = {
        name: {"sha256": hashlib.sha256((dst / name).read_bytes()).hexdigest()}
        for name in ("model.onnx", "tokenizer.json")
    }
    manifest: dict[str, Any] = {
        "name": "tiny",
        "version": version,
        "model_file": "model.onnx",
        "tokenizer_file": "tokenizer.json",
        "max_length": 32,
        "context_turns": 0,
        "threshold": 0.5,
        "calibration": {"scale": 1.0, "bias": 0.0},
        "input_names": ["input_ids", "attention_mask"],
        "output_name": "logits",
        "files": files,
    }
    if categories is not None:
        manifest["categories"] = list(categories)
    (dst / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return dst


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
