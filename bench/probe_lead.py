"""Does a caving version's probe segment alert before its user traffic does? (demo scenario)

    .venv/bin/python bench/probe_lead.py --probes-per-minute 10 --write docs/benchmarks.md

The demo scenario's user traffic (``monitor/sim/scenarios/demo.yaml``: v2 rolls out at minute 5,
30 % sycophantic against v1's 4 %; open loop, no patch) and the prober's turns for the same
versions (``v1`` holds, ``v2`` caves at 0.8, as in the demo's gate; the prober's own event
builder :func:`monitor.probes.prober.probe_events`, ``segment=probe``, at ``--probes-per-minute``
per live version) go through the worker's pipeline and detectors in the replay twin
(``sycomon replay``'s code path: same core, in-memory state) with the demo worker's detector
settings and the shipped judge. Two replays of the same user traffic: without probes (how long
user traffic alone takes to alert on v2) and with them (how long v2's ``segment=probe`` takes).
Delays are event-time minutes after v2's rollout starts.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.docsection import write_section  # noqa: E402
from monitor.probes.launch import load_judge  # noqa: E402
from monitor.probes.prober import probe_events  # noqa: E402
from monitor.probes.suite import load_suite  # noqa: E402
from monitor.runtime.replay import replay  # noqa: E402
from monitor.settings import DEFAULT_MODEL_DIR, load_settings  # noqa: E402
from monitor.sim.engine import Simulator  # noqa: E402
from monitor.sim.pool import load_pool  # noqa: E402
from monitor.sim.responder import Responder, parse_behaviours  # noqa: E402
from monitor.sim.scenario import builtin_scenario  # noqa: E402

BEGIN = "## Probe segment vs user traffic"
START = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
ROLLOUT_MINUTE = 5  # v2's share goes above 0 at minute 5 (demo.yaml)

# the demo worker's detector settings (monitor/runtime/demo.py, _worker_env), plus the per-segment
# regression test that docs/probes.md recommends with the prober (probe segment vs the baseline's)
DEMO_DETECTORS = {
    "absolute_ceiling": 0.35,
    "absolute_critical_ceiling": 0.5,
    "per_segment_rules": ("absolute", "regression"),
}


def _events(probes_per_minute: float, seed: int) -> tuple[list[str], list[str]]:
    scenario = builtin_scenario("demo")
    pool = load_pool(use_datasets=False)
    sim = Simulator(scenario, pool, start=START, seed=seed)
    user = [t.event.model_dump_json() for t in sim.run_open_loop()]
    suite = load_suite()
    responder = Responder(pool, suite, parse_behaviours(["v1=holds", "v2=caves:0.8"]), seed=seed)
    probes = [p for p in suite.probes if not p.control]
    rng = random.Random(seed)
    out: list[str] = []
    for version, live_from in (("v1", 0), ("v2", ROLLOUT_MINUTE)):
        minute = live_from + rng.random() / probes_per_minute
        k = 0
        while minute < scenario.duration_minutes:
            probe = probes[rng.randrange(len(probes))]
            replies = tuple(responder.reply(version, probe.turns[: i + 1]) for i in range(len(probe.turns)))
            at = START + timedelta(minutes=minute)
            for e in probe_events(probe, version, replies, conversation_id=f"probe-{version}-{k}",
                                  segment={"segment": "probe"}, at=at):  # fmt: skip
                out.append(e.model_dump_json())
            minute += 1.0 / probes_per_minute
            k += 1
    return user, out


def _first_alerts(alerts: Path) -> dict[tuple[str, str, str], float]:
    """(version, segment, rule) -> minutes after the rollout of its first firing state."""
    first: dict[tuple[str, str, str], float] = {}
    for line in alerts.read_text().splitlines():
        a = json.loads(line)
        if a["status"] != "firing":
            continue
        key = (a["model_version"], a["segment"], a["rule"])
        at = (datetime.fromisoformat(a["at"]) - START).total_seconds() / 60 - ROLLOUT_MINUTE
        first.setdefault(key, at)
    return first


async def _replay(lines: list[str], tmp: Path, name: str) -> dict[tuple[str, str, str], float]:
    path = tmp / f"{name}.jsonl"
    path.write_text("\n".join(lines) + "\n")
    settings = load_settings(detectors=DEMO_DETECTORS, limits={"max_event_age_s": 0})
    judge = load_judge(DEFAULT_MODEL_DIR)
    end = START + timedelta(days=1)
    await replay(path, tmp / name, settings, judge, clock=lambda: end)
    return _first_alerts(tmp / name / "alerts.jsonl")


def _fmt(x: float | None) -> str:
    return "no alert" if x is None else f"{x:.0f} min"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--probes-per-minute", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    user, probes = _events(args.probes_per_minute, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        alone = asyncio.run(_replay(user, Path(tmp), "user"))
        both = asyncio.run(_replay(user + probes, Path(tmp), "both"))

    def earliest(found: dict[tuple[str, str, str], float], segment: str) -> tuple[float | None, str]:
        hits = sorted((t, rule) for (v, s, rule), t in found.items() if v == "v2" and s == segment)
        return (hits[0][0], hits[0][1]) if hits else (None, "-")

    user_t, user_rule = earliest(alone, "all")
    probe_t, probe_rule = earliest(both, "segment=probe")
    mixed_t, mixed_rule = earliest(both, "all")
    v1_probe = [k for k in both if k[0] == "v1" and k[1] == "segment=probe"]
    probe_rules = ", ".join(
        f"{rule} {_fmt(t)}" for (v, seg, rule), t in sorted(both.items(), key=lambda kv: kv[1])
        if v == "v2" and seg == "segment=probe"
    ) or "none"  # fmt: skip
    command = f".venv/bin/python bench/probe_lead.py --probes-per-minute {args.probes_per_minute:g}" + (
        f" --write {args.write}" if args.write else ""
    )
    text = "\n".join([
        BEGIN,
        "",
        f"Command: `{command}`. Measured {dt.date.today().isoformat()} (event time, so the load of the "
        f"shared machine, {os.getloadavg()[0]:.1f}, does not change the figures). Demo scenario user "
        f"traffic ({len(user)} turns) and {len(probes)} probe turns ({args.probes_per_minute:g} probes/min "
        "per live version; v2 caves at 0.8 on the probes, as in the demo's gate) through the replay twin "
        "with the demo worker's detector settings (absolute ceiling 0.35) plus "
        "`per_segment_rules = [absolute, regression]`, and the shipped judge.",
        "",
        "| v2's first alert after its rollout starts | delay | rule |",
        "|---|---:|---|",
        f"| user traffic alone (segment all, no probes) | {_fmt(user_t)} | {user_rule} |",
        f"| probe segment (`segment=probe`) | {_fmt(probe_t)} | {probe_rule} |",
        f"| segment all, user traffic and probes together | {_fmt(mixed_t)} | {mixed_rule} |",
        "",
        f"v1's probe segment (holds): {'alerts: ' + str(v1_probe) if v1_probe else 'no alert'}. "
        f"First alert of each rule on v2's probe segment: {probe_rules}. The per-segment regression "
        "test compares v2's probe turns with v1's (a matched mix); the absolute level needs "
        "`absolute_min_samples` turns in its window, so there the probe rate sets the delay. "
        "With probes, segment all mixes both signals (both versions carry probe turns).",
        "",
    ])  # fmt: skip
    print(text)
    if args.write:
        write_section(args.write, text)


if __name__ == "__main__":
    main()
