"""The incident simulator without services: schedules, scenarios, the pool, the generator, sinks, CLI."""

from __future__ import annotations

import asyncio
import json
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from monitor.core.categories import CATEGORIES
from monitor.core.events import decode_event
from monitor.core.ports import ScoreInput
from monitor.core.review.items import QueuedItem
from monitor.errors import ConfigError, InvalidEventError
from monitor.sim import (
    FIXTURE,
    MARKER,
    FileSink,
    Scenario,
    Schedule,
    Simulator,
    VersionSpec,
    builtin_names,
    builtin_scenario,
    dump_scenario,
    effective_rate,
    load_pool,
    load_scenario,
    simulate,
)
from monitor.sim.cli import parse_start, simulate_command
from monitor.sim.review import OracleReviewer
from monitor.testing import MarkerScorer

START = datetime(2025, 4, 25, 12, 0, tzinfo=UTC)
POOL = load_pool(use_datasets=False)


def _within(observed: int, n: int, p: float, sigmas: float = 4.5) -> bool:
    """``observed`` successes of ``n`` is within ``sigmas`` binomial standard deviations of ``n p``."""
    return abs(observed - n * p) <= sigmas * math.sqrt(n * p * (1 - p)) + 1


def _one_version(**kw: object) -> Scenario:
    spec: dict[str, object] = {"name": "v", "share": 1.0, "sycophancy_rate": 0.1}
    spec.update(kw)
    return Scenario(
        name="t", duration_minutes=60, turns_per_minute=100, versions=(VersionSpec.model_validate(spec),)
    )


# -- schedules and scenarios ---------------------------------------------------------------------


def test_linear_and_step_schedules() -> None:
    lin = Schedule(points=((10, 0.0), (20, 1.0)))
    assert [lin.at(m) for m in (0, 10, 15, 20, 99)] == [0.0, 0.0, 0.5, 1.0, 1.0]
    step = Schedule(points=((0, 0.0), (60, 0.05), (150, 0.5)), mode="step")
    assert [step.at(m) for m in (0, 59.9, 60, 149, 150, 1e6)] == [0.0, 0.0, 0.05, 0.05, 0.5, 0.5]
    assert Schedule.model_validate(0.3) == Schedule.constant(0.3)
    with pytest.raises(ValueError, match="ascending"):
        Schedule(points=((10, 0.0), (5, 1.0)))


def test_scenario_validation() -> None:
    with pytest.raises(ValueError, match=r"sycophancy_rate must stay within \[0, 1\]"):
        VersionSpec(name="v", share=1.0, sycophancy_rate=Schedule(points=((0, 0.1), (10, 1.5))))
    with pytest.raises(ValueError, match="unique"):
        Scenario(
            name="t", duration_minutes=1, versions=(VersionSpec(name="v", share=1, sycophancy_rate=0),) * 2
        )


def test_april_2025_rolls_v2_out_in_steps() -> None:
    s = builtin_scenario("april-2025")
    assert set(builtin_names()) >= {"april-2025", "steady"}
    assert s.shares_at(30) == (1.0, 0.0)
    assert s.shares_at(100) == pytest.approx((0.95, 0.05))
    assert s.shares_at(200) == pytest.approx((0.5, 0.5))
    assert s.shares_at(300) == pytest.approx((0.0, 1.0))
    v1, v2 = s.version("v1"), s.version("v2")
    assert v2.sycophancy_rate.at(100) > 3 * v1.sycophancy_rate.at(100)
    assert v2.memory_multiplier > 1.0 and v2.thumbs_up_sycophantic > v2.thumbs_up_honest
    steady = builtin_scenario("steady")
    assert {v.sycophancy_rate.at(0) for v in steady.versions} == {0.04}


def test_scenario_yaml_and_toml_round_trip(tmp_path: Path) -> None:
    for name in builtin_names():
        s = builtin_scenario(name)
        path = tmp_path / f"{name}.yaml"
        path.write_text(dump_scenario(s))
        assert load_scenario(path) == s
    toml = tmp_path / "mini.toml"
    toml.write_text(
        'name = "mini"\nduration_minutes = 30\n'
        '[[versions]]\nname = "v1"\nshare = 1\n'
        'sycophancy_rate = {mode = "step", points = [[0, 0.02], [10, 0.3]]}\n'
    )
    mini = load_scenario(toml)
    assert mini.version("v1").sycophancy_rate.at(12) == 0.3
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nduration_minutes: -1\nversions: []\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml"):
        load_scenario(bad)


# -- the turn pool ---------------------------------------------------------------------------------


def test_fixture_pool_loads() -> None:
    assert POOL.origin == str(FIXTURE)
    # The built-in pool: held-out curriculum scenarios of every category (models/curriculum/pool.py).
    assert len(POOL.sycophantic) >= 200 and len(POOL.honest) >= 300
    assert any(t.context for t in POOL.sycophantic) and any(t.context for t in POOL.honest)
    assert load_pool(data_dir=Path("/nonexistent/sycomon-data")).origin == str(FIXTURE)


def test_turns_file(tmp_path: Path) -> None:
    path = tmp_path / "turns.jsonl"
    rows = [
        {"prompt": "p1", "response": "Great idea!", "label": 1},
        {"prompt": "p2", "response": "It has a flaw.", "label": 0,
         "context": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]},
        {"prompt": "p3", "response": "Maybe.", "label": None},
        {"prompt": "p4", "response": "x" * 40_000, "label": 0},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    pool = load_pool(path)
    assert (len(pool.sycophantic), len(pool.honest), pool.skipped) == (1, 1, 2)
    assert [m.role for m in pool.honest[0].context] == ["user", "assistant"]
    path.write_text(json.dumps(rows[0]) + "\n{not json\n")
    with pytest.raises(ConfigError, match="line 2"):
        load_pool(path)
    path.write_text(json.dumps(rows[0]) + "\n")
    with pytest.raises(ConfigError, match="at least one sycophantic and one honest"):
        load_pool(path)


# -- the generator -----------------------------------------------------------------------------------


def test_same_seed_same_traffic() -> None:
    s = builtin_scenario("april-2025")

    def run(seed: int) -> list[str]:
        sim = Simulator(s, POOL, start=START, seed=seed, duration_minutes=90, turns_per_minute=20)
        return [t.event.model_dump_json() for t in sim.run_open_loop()]

    first = run(7)
    assert first == run(7)
    assert first != run(8)
    assert len({json.loads(line)["event_id"] for line in first}) == len(first)
    times = [json.loads(line)["timestamp"] for line in first]
    assert times == sorted(times)


def test_events_carry_event_time_within_the_run() -> None:
    sim = Simulator(builtin_scenario("steady"), POOL, start=START, seed=1, duration_minutes=10)
    turns = sim.run_open_loop()
    assert all(START <= t.event.timestamp < START + timedelta(minutes=10) for t in turns)
    assert abs(len(turns) - 1000) < 4.5 * math.sqrt(1000)  # Poisson arrivals at 100 per minute
    with pytest.raises(ConfigError, match="timezone-aware"):
        Simulator(builtin_scenario("steady"), POOL, start=datetime(2025, 4, 25))


def test_realised_rates_memory_multiplier_and_traffic_share() -> None:
    s = builtin_scenario("april-2025")
    sim = Simulator(s, POOL, start=START, seed=3, turns_per_minute=25)
    sim.run_open_loop()
    v1, v2 = sim.counts["v1"], sim.counts["v2"]
    # v2 gets 0.05 * 90 + 0.5 * 90 + 1.0 * 120 = 169.5 of 360 minutes' traffic
    assert _within(v2.turns, v1.turns + v2.turns, 169.5 / 360)
    # memory on: rate x multiplier
    assert _within(v2.memory_sycophantic, v2.memory_turns, 0.2 * 1.75)
    assert _within(v2.sycophantic - v2.memory_sycophantic, v2.turns - v2.memory_turns, 0.2)
    assert _within(v1.sycophantic, v1.turns, 0.04)
    assert _within(v2.memory_turns, v2.turns, 0.3)


def test_thumbs_up_given_sycophantic_or_not() -> None:
    s = _one_version(sycophancy_rate=0.5, feedback_rate=0.4, thumbs_up_sycophantic=0.9, thumbs_up_honest=0.3)
    sim = Simulator(s, POOL, start=START, seed=5, duration_minutes=60)
    turns = sim.run_open_loop()
    c = sim.counts["v"]
    assert _within(c.feedback_sycophantic + c.feedback_honest, len(turns), 0.4)
    assert _within(c.up_sycophantic, c.feedback_sycophantic, 0.9)
    assert _within(c.up_honest, c.feedback_honest, 0.3)
    # the reply text matches the drawn kind
    # (a praise reply can be word for word the same for weak and for good work: the prompt differs)
    syco_texts = {(t.prompt, t.response) for t in POOL.sycophantic}
    assert all(((t.event.prompt, t.event.response) in syco_texts) == t.sycophantic for t in turns)


def test_a_patch_lowers_the_rate_and_names_itself() -> None:
    s = _one_version(sycophancy_rate=0.4, memory_share=0.0)
    sim = Simulator(s, POOL, start=START, seed=9, duration_minutes=40, patch_factor=0.25)
    patched = base = 0
    patched_syco = base_syco = 0
    while (plan := sim.plan()) is not None:
        label = "anti-sycophancy@v1" if plan.index % 2 else None
        turn = sim.realise(plan, label)
        if label:
            patched, patched_syco = patched + 1, patched_syco + turn.sycophantic
            assert turn.event.system_prompt_version == "base-1+anti-sycophancy@v1"
        else:
            base, base_syco = base + 1, base_syco + turn.sycophantic
            assert turn.event.system_prompt_version == "base-1"
    assert _within(base_syco, base, 0.4)
    assert _within(patched_syco, patched, 0.1)
    assert sim.counts["v"].patched_turns == patched
    v = s.versions[0]
    assert effective_rate(v, 0, memory=False, patch_factor=None) == 0.4
    assert effective_rate(v.model_copy(update={"memory_multiplier": 5.0}), 0, True, None) == 1.0


def test_score_markers_flag_exactly_the_sycophantic_turns() -> None:
    sim = Simulator(builtin_scenario("april-2025"), POOL, start=START, seed=1, score_markers=True,
                    duration_minutes=120, turns_per_minute=20)  # fmt: skip
    turns = sim.run_open_loop()
    scorer = MarkerScorer()
    scores = scorer.score([ScoreInput(t.event.prompt, t.event.response) for t in turns])
    assert [bool(s >= scorer.threshold) for s in scores] == [t.sycophantic for t in turns]
    assert any(t.sycophantic for t in turns) and MARKER not in POOL.sycophantic[0].response


# -- running into a sink -----------------------------------------------------------------------------


async def test_file_output_with_malformed_records(tmp_path: Path) -> None:
    sim = Simulator(builtin_scenario("april-2025"), POOL, start=START, seed=2, duration_minutes=20)
    out = tmp_path / "events.jsonl"
    summary = await simulate(sim, FileSink(out), malformed_rate=0.05)
    lines = out.read_bytes().splitlines()
    assert summary.sink == {"events_written": summary.turns, "malformed_written": summary.malformed}
    assert len(lines) == summary.turns + summary.malformed and summary.malformed > 20
    good = bad = 0
    for raw in lines:
        try:
            decode_event(raw)
            good += 1
        except InvalidEventError:
            bad += 1
    assert (good, bad) == (summary.turns, summary.malformed)


async def test_speed_paces_on_the_simulated_clock(tmp_path: Path) -> None:
    now = [0.0]
    waits: list[float] = []

    async def fake_sleep(delay: float) -> None:
        waits.append(delay)
        now[0] += delay

    sim = Simulator(builtin_scenario("steady"), POOL, start=START, seed=4, duration_minutes=5)
    summary = await simulate(
        sim, FileSink(tmp_path / "e.jsonl"), speed=60.0, monotonic=lambda: now[0], sleep=fake_sleep
    )
    assert summary.turns > 400
    assert 4.9 < now[0] <= 5.0  # 5 simulated minutes at 60x = 5 wall seconds
    assert all(w > 0 for w in waits)


# -- the command ------------------------------------------------------------------------------------


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("simulate")(simulate_command)
    app.command("noop")(lambda: None)  # a multi-command app, as the lead mounts it
    return app


def test_cli_writes_a_file_and_truth(tmp_path: Path) -> None:
    out, truth = tmp_path / "e.jsonl", tmp_path / "truth.jsonl"
    args = ["simulate", "--fixture", "-o", str(out), "--labels", str(truth), "--minutes", "10",
            "--turns-per-minute", "30", "--start", "2025-04-25T00:00:00Z", "--seed", "1"]  # fmt: skip
    result = CliRunner().invoke(_app(), args)
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    labels = [json.loads(line) for line in truth.read_text().splitlines()]
    assert 200 < len(events) == len(labels)
    assert [e["event_id"] for e in events] == [t["event_id"] for t in labels]
    assert events[0]["timestamp"].startswith("2025-04-25T00:0")
    # a sycophantic turn names its kind (the fixture pool's turns have one), an honest one none
    assert {"category" in t for t in labels if t["sycophantic"]} == {True}
    assert {t["category"] for t in labels if t["sycophantic"]} <= set(CATEGORIES)
    assert not any("category" in t for t in labels if not t["sycophantic"])
    again = tmp_path / "again.jsonl"
    assert CliRunner().invoke(_app(), [*args[:3], str(again), *args[6:]]).exit_code == 0
    assert again.read_bytes() == out.read_bytes()


def test_cli_refuses_bad_input(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(_app(), ["simulate", "--fixture"]).exit_code == 2  # no output
    assert runner.invoke(_app(), ["simulate", "-o", "x", "--kafka", "127.0.0.1:9092"]).exit_code == 2
    assert runner.invoke(_app(), ["simulate", "-s", "no-such", "-o", str(tmp_path / "x")]).exit_code == 2
    naive = ["simulate", "--fixture", "-o", str(tmp_path / "x"), "--start", "2025-04-25T00:00:00"]
    assert runner.invoke(_app(), naive).exit_code == 2
    with pytest.raises(ConfigError):
        parse_start("yesterday")
    assert parse_start("2025-04-25T12:00:00+02:00") == START - timedelta(hours=2)
    assert parse_start("now", now=START) == START


def test_cli_prints_a_scenario_that_loads_back(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["simulate", "--print-scenario", "-s", "april-2025"])
    assert result.exit_code == 0
    path = tmp_path / "copy.yaml"
    path.write_text(result.stdout)
    assert load_scenario(path) == builtin_scenario("april-2025")


def test_run_is_cancellable_and_closes_the_sink(tmp_path: Path) -> None:
    class Boom(Exception):
        pass

    def on_turn(_: object) -> None:
        raise Boom

    sink = FileSink(tmp_path / "e.jsonl")
    sim = Simulator(builtin_scenario("steady"), POOL, start=START, duration_minutes=1)
    with pytest.raises(Boom):
        asyncio.run(simulate(sim, sink, on_turn=on_turn))
    assert (tmp_path / "e.jsonl").read_text().count("\n") == 1  # flushed and closed


def test_the_oracle_labels_from_the_truth_with_the_kind_it_knows() -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    item = QueuedItem.model_validate({
        "event_id": "e1", "model_version": "v1", "score": 0.9, "flagged": True, "stratum": "flagged",
        "inclusion_p": 1.0, "prompt": "p", "response": "r", "queued_at": at, "event_time": at,
    })  # fmt: skip
    oracle = OracleReviewer({"e1": True, "e2": False}, lambda: at, "ana", {"e1": "caving"})
    label = oracle.label(item)
    assert label is not None and (label.label, label.category, label.reviewer) == (
        "sycophantic",
        "caving",
        "oracle:ana",
    )
    unknown_kind = OracleReviewer({"e1": True}, lambda: at, kinds={"e1": "not-a-kind"}).label(item)
    assert unknown_kind is not None and unknown_kind.category is None
    assert OracleReviewer({}, lambda: at).label(item) is None  # no truth: no label (skipped)
