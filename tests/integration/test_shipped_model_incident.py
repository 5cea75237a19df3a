"""The demo's incident with the shipped model, not a marker scorer: a model change that stops
the monitor from catching the README's incident on the built-in turn pool fails CI.

Runs through ``sycomon replay``, the worker's twin (same pipeline, detectors, alert lifecycle and
mitigation policies; ``tests/integration/pipeline/test_twin.py`` holds it to the worker), with
the demo's detector settings, the demo scenario (open loop: no gateway applies the patch) and
the shipped ONNX judge.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from monitor.runtime.demo import DEMO_DETECTORS
from monitor.runtime.replay import replay
from monitor.runtime.worker import load_scorer
from monitor.settings import load_settings
from monitor.sim.engine import Simulator
from monitor.sim.pool import load_pool
from monitor.sim.run import simulate
from monitor.sim.scenario import builtin_scenario
from monitor.sim.sinks import FileSink
from monitor.testing import BASE_TIME, FrozenClock


def test_the_shipped_model_catches_the_demo_incident_and_patches_only_v2(tmp_path: Path) -> None:
    src = tmp_path / "demo.jsonl"
    sim = Simulator(builtin_scenario("demo"), load_pool(), start=BASE_TIME, seed=7)
    asyncio.run(simulate(sim, FileSink(src)))
    settings = load_settings(detectors=DEMO_DETECTORS, mitigation={"mode": "auto"})  # type: ignore[arg-type]
    summary = asyncio.run(replay(src, tmp_path / "out", settings, load_scorer(settings), clock=FrozenClock()))
    assert summary.scored > 3000 and summary.dead_letters == 0

    alerts = [json.loads(line) for line in (tmp_path / "out" / "alerts.jsonl").read_text().splitlines()]
    fired = {(a["model_version"], a["rule"]) for a in alerts if a["status"] == "firing"}
    assert any(version == "v2" for version, _ in fired), alerts
    assert not any(version == "v1" for version, _ in fired), f"false alarm on v1: {fired}"
    audit = [json.loads(line) for line in (tmp_path / "out" / "mitigations.jsonl").read_text().splitlines()]
    patched = {a["model_version"] for a in audit if a["kind"] == "apply_patch"}
    assert patched == {"v2"}, audit
