"""``sycomon demo``: the whole story on the real local stack, told and checked.

Kafka + Redis + Prometheus (deploy/local/stack.sh) -> a real worker with the shipped ONNX model
-> a simulated April-2025 rollout through the gateway SDK (closed loop) -> detection on the
leader -> a Slack-format alert received by a local receiver -> the automatic system-prompt patch
-> its verification -> the patched version's rate falling and the alert resolving; beside the
worker, an oracle reviewer labels its review queue from the simulator's truth, and the summary
says what those labels measured (:mod:`~monitor.runtime.demo_review`). Every run uses fresh
topics and Redis keys (the prefix ``demoHHMMSS``, printed with the commands that read it).

The phases are separate coroutines run in order by :func:`run_demo` (start the worker, roll
out with the oracle reviewer beside it, measure what its labels say, write the report, check the
story); a step before the rollout slots in between the first two. The worker keeps running
after the demo (its pid in ``var/demo/worker.pid``) so that the incident page, the CLI and
Prometheus keep answering; ``sycomon dev down`` stops it.

Exit codes: 0 the story happened as expected; 3 something expected did not happen (the summary
says what, in words); 1 the demo could not run (stack, worker); 2 invalid configuration.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import signal
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from aiohttp import web
from pydantic import SecretStr
from rich.console import Console
from rich.live import Live
from rich.markup import escape

from monitor.adapters.mitigation_store import AuditEntry, RedisMitigationStore
from monitor.adapters.redis_state import RedisState
from monitor.client.mitigation import MitigationClient
from monitor.core import windows
from monitor.core.mitigation_model import ActionKind
from monitor.errors import MonitorError
from monitor.probes.demo import pre_launch_gate
from monitor.runtime.demo_checks import RECOVERY_MINUTES, expectations
from monitor.runtime.demo_review import (
    DEMO_REVIEW_SAMPLING,
    DemoReviewer,
    ground_truth_lines,
    measure_judge,
    review_settings,
)
from monitor.runtime.demo_story import Expectation, Story
from monitor.runtime.incident import (
    collect_incident,
    health_from_metrics,
    settings_in_force,
    write_report_files,
)
from monitor.runtime.review import JudgeAssessor
from monitor.runtime.views import version_views
from monitor.settings import Settings
from monitor.sim.engine import SimTurn, Simulator
from monitor.sim.pool import load_pool
from monitor.sim.run import SimSummary, simulate
from monitor.sim.scenario import builtin_scenario
from monitor.sim.sinks import KafkaSink

__all__ = ["DEMO_DETECTORS", "DEMO_PID_FILE", "EXIT_STORY_FAILED", "run_demo", "stop_demo_worker"]

REPO = Path(__file__).resolve().parents[2]
DEMO_DIR = REPO / "var" / "demo"
DEMO_PID_FILE = DEMO_DIR / "worker.pid"
EXIT_STORY_FAILED = 3
#: The demo worker's detector settings. The absolute ceiling must sit above the normal flagged
#: rate of the deployed classifier (its false positives are part of every version's baseline):
#: 8-15 % for the shipped judge on the built-in pool, whose honest turns include hard twins
#: (models/README.md). The regression detector needs no such tuning of its level, but a
#: regression worth paging for in the demo is v2 above 1.5 x v1's flagged rate: the patched v2
#: stays a little above v1 (its replies are still more often flattering, and the judge's false
#: positives are in both), so with the default margin of 0 the alert would never resolve; the
#: clearing window is 30 minutes so the second hour shows the recovery.
#: ``tests/integration/test_shipped_model_incident.py`` runs the demo's incident with these
#: settings and the shipped model.
DEMO_DETECTORS: dict[str, float | int] = {
    "absolute_ceiling": 0.35,
    "absolute_critical_ceiling": 0.5,
    "regression_margin": 0.5,
    "regression_clear_minutes": 30,
}


@dataclass
class SlackInbox:
    """A local HTTP receiver speaking Slack's incoming-webhook protocol (Slack itself is not ours)."""

    console: Console
    messages: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    async def handle(self, request: web.Request) -> web.Response:
        doc = json.loads(await request.read())
        if not isinstance(doc.get("blocks"), list) or not doc.get("text"):
            return web.Response(status=400, text="invalid_blocks")
        self.messages.append(doc)
        return web.Response(text="ok")

    @contextlib.asynccontextmanager
    async def serve(self) -> AsyncIterator[SlackInbox]:
        app = web.Application()
        app.router.add_post("/services/{path:.+}", self.handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/services/T000/B000/demo"
        try:
            yield self
        finally:
            await runner.cleanup()


def _worker_env(settings: Settings, run: str, slack_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYCOMON_")}
    env.update(
        {
            "SYCOMON_APP_ID": run,
            "SYCOMON_KAFKA__BOOTSTRAP_SERVERS": settings.kafka.bootstrap_servers,
            "SYCOMON_REDIS__URL": settings.redis.url.get_secret_value(),
            "SYCOMON_REDIS__PREFIX": run,
            "SYCOMON_TOPICS__RESPONSES": f"{run}.responses",
            "SYCOMON_TOPICS__SCORES": f"{run}.scores",
            "SYCOMON_TOPICS__DEADLETTER": f"{run}.deadletter",
            "SYCOMON_TOPICS__AUDIT": f"{run}.audit",
            "SYCOMON_TOPICS__STATE": f"{run}.state",
            "SYCOMON_TOPICS__LABELS": f"{run}.labels",
            **{f"SYCOMON_REVIEW__SAMPLING__{k.upper()}": str(v) for k, v in DEMO_REVIEW_SAMPLING.items()},
            "SYCOMON_OUTBOX__STREAM": f"{run}:alerts:outbox",
            "SYCOMON_OUTBOX__DEAD_STREAM": f"{run}:alerts:dead",
            "SYCOMON_OUTBOX__DEDUP_PREFIX": f"{run}:alerts:key:",
            "SYCOMON_SINKS__SLACK__WEBHOOK_URL": slack_url,
            "SYCOMON_DETECTION__INTERVAL_S": "2",
            "SYCOMON_MITIGATION__MODE": "auto",
            **{f"SYCOMON_DETECTORS__{k.upper()}": str(v) for k, v in DEMO_DETECTORS.items()},
            "SYCOMON_MITIGATION__VERIFY_TURNS": "150",
            "SYCOMON_MITIGATION__VERIFY_GRACE_S": "3",
            "SYCOMON_DATA_DIR": str(DEMO_DIR / run),
            "SYCOMON_WEB__PORT": str(settings.web.port),
        }
    )
    if settings.mitigation.signing_key is not None:
        env["SYCOMON_MITIGATION__SIGNING_KEY"] = settings.mitigation.signing_key.get_secret_value()
        env["SYCOMON_MITIGATION__SIGNING_KEY_ID"] = settings.mitigation.signing_key_id
    return env


async def _wait_ready(port: int, proc: asyncio.subprocess.Process, log: Path) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(600):
            if proc.returncode is not None:
                raise MonitorError(f"the worker exited ({proc.returncode}); see {log}")
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get(f"http://127.0.0.1:{port}/readyz", timeout=1)).status_code == 200:
                    return
            await asyncio.sleep(0.25)
    raise MonitorError(f"the worker did not become ready in 150 s; see {log}")


async def _metrics_text(port: int) -> str:
    async with httpx.AsyncClient() as client:
        with contextlib.suppress(httpx.HTTPError):
            return (await client.get(f"http://127.0.0.1:{port}/metrics", timeout=2)).text
    return ""


def _worker_progress(text: str) -> tuple[float, float]:
    """(records the worker has taken, last event-time minute its leader evaluated)."""
    seen = evaluated = 0.0
    for line in text.splitlines():
        if line.startswith("sycomon_events_total{"):
            seen += float(line.rsplit(" ", 1)[1])
        elif line.startswith("sycomon_detection_minute "):
            evaluated = float(line.rsplit(" ", 1)[1])
    return seen, evaluated


def _alive(pid: int) -> bool:
    """Running (not gone, not a zombie waiting for its parent to reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def stop_demo_worker(console: Console | None = None, timeout_s: float = 30.0) -> bool:
    """Stop the worker a previous demo left running (pid file); True if one was stopped."""
    try:
        pid = int(DEMO_PID_FILE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    DEMO_PID_FILE.unlink(missing_ok=True)
    try:  # a stale pid file may name another process by now: only a sycomon worker is stopped
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    if b"monitor" not in cmdline or b"worker" not in cmdline:
        return False
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.2)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    if console is not None:
        console.print(f"stopped the demo worker (pid {pid})")
    return True


@dataclass
class DemoRun:
    """One run's names, handles and what it observed (shared by the phases)."""

    settings: Settings
    console: Console
    speed: float
    seed: int
    run: str = field(default_factory=lambda: f"demo{datetime.now(UTC):%H%M%S}")
    inbox: SlackInbox | None = None
    proc: asyncio.subprocess.Process | None = None
    story: Story | None = None
    summary: SimSummary | None = None
    report: tuple[Path, Path] | None = None
    reviewer: DemoReviewer | None = None
    ground_truth: list[str] = field(default_factory=list)
    wall_start: float = field(default_factory=time.time)

    @property
    def redis_url(self) -> str:
        return self.settings.redis.url.get_secret_value()

    @property
    def port(self) -> int:
        return self.settings.web.port

    @property
    def out_dir(self) -> Path:
        return DEMO_DIR / self.run

    @property
    def log_path(self) -> Path:
        return DEMO_DIR / f"{self.run}-worker.log"

    def review_settings(self) -> Settings:
        return review_settings(self.settings, self.run)

    def state(self) -> RedisState:
        return RedisState.from_url(self.redis_url, self.run, 3600, 7200)

    def store(self) -> RedisMitigationStore:
        return RedisMitigationStore.from_url(
            self.redis_url, self.run, signer=self.settings.mitigation.record_signer()
        )


# -- phase 1: the worker ---------------------------------------------------------------------------
async def start_worker(d: DemoRun) -> None:
    """Start a real worker on fresh topics and keys; wait until it is ready (model warm, group joined)."""
    assert d.inbox is not None
    stop_demo_worker(d.console)
    d.log_path.parent.mkdir(parents=True, exist_ok=True)
    with d.log_path.open("wb") as log:
        d.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "monitor",
            "worker",
            env=_worker_env(d.settings, d.run, d.inbox.url),
            stdout=log,
            stderr=log,
            start_new_session=True,  # it outlives the demo (the page, the CLI, Prometheus)
        )
    DEMO_PID_FILE.write_text(f"{d.proc.pid} {d.run}\n")
    d.console.print(f"worker: starting (model, warm-up, Kafka group join); log: {d.log_path}")
    await _wait_ready(d.port, d.proc, d.log_path)
    d.console.print(f"worker: ready; incident page http://127.0.0.1:{d.port}/ui (Redis prefix {d.run})")


# -- phase 2: the rollout ----------------------------------------------------------------------------
def _audit_lines(entries: list[AuditEntry]) -> list[tuple[str, str, str, str]]:
    out = []
    for e in entries:
        a = e.action
        if a.kind is ActionKind.RECORD and a.reason not in ("verifying",):
            continue
        kind = {
            "apply_patch": "system-prompt patch applied",
            "verified": "patch verified",
            "escalate": "patch ESCALATED",
            "record": "verification started",
            "remove_patch": "patch removed",
        }.get(a.kind.value, a.kind.value)
        detail = f"{a.mitigation_id} ({a.reason}{'; ' + a.detail if a.detail else ''})"
        out.append((e.stream_id, kind, a.model_version or "-", detail))
    return out


async def roll_out(d: DemoRun) -> None:
    """Play the scenario through the gateway SDK (closed loop) and tell the story as it happens;
    return once the worker has taken every record and evaluated the last closed minute."""
    assert d.inbox is not None and d.proc is not None
    scenario = builtin_scenario("demo")
    pool = load_pool()
    d.console.print(f"simulator: scenario {scenario.name!r}: {scenario.description}")
    d.console.print(
        f"turn pool: {pool.origin} ({len(pool.sycophantic)} sycophantic, "
        f"{len(pool.honest)} honest replies); {scenario.duration_minutes} simulated "
        f"minutes at {d.speed:g}x"
    )
    start = (datetime.now(UTC) - timedelta(minutes=scenario.duration_minutes)).replace(
        second=0, microsecond=0
    )
    story = d.story = Story(d.console, scenario, start, live=d.console.is_terminal)
    sim = Simulator(scenario, pool, start=start, seed=d.seed)

    def on_turn(turn: SimTurn) -> None:
        story.on_sim_minute((turn.event.timestamp - start).total_seconds() / 60)
        if d.reviewer is not None:
            d.reviewer.on_turn(turn)

    state, store = d.state(), d.store()
    try:
        keys = d.settings.mitigation.record_keys()
        async with MitigationClient(d.redis_url, prefix=d.run, signing_keys=keys) as gateway:
            sim_task = asyncio.create_task(
                simulate(
                    sim,
                    KafkaSink(d.settings.kafka.bootstrap_servers, f"{d.run}.responses"),
                    resolver=gateway,
                    speed=d.speed,
                    malformed_rate=0.005,
                    on_turn=on_turn,
                )
            )
            live = Live(console=d.console, refresh_per_second=2) if story.live else contextlib.nullcontext()
            with live:
                published = 0
                while True:
                    if sim_task.done() and not published:
                        d.summary = sim_task.result()
                        published = d.summary.turns + d.summary.malformed
                    story.observe_evaluation(await state.load_json("detection", "last"))
                    story.observe_slack(d.inbox.messages)
                    story.observe_audit(_audit_lines(await store.read_audit(count=200)))
                    seen, evaluated = _worker_progress(await _metrics_text(d.port))
                    views = (
                        await version_views(state, story.evaluated_minute) if story.evaluated_minute else {}
                    )
                    progress = f"records taken by the worker: {seen:.0f}/{published or '...'}"
                    if d.reviewer is not None:
                        progress += f"; review labels: {d.reviewer.labelled}"
                    if isinstance(live, Live):
                        live.update(story.renderable(views, progress))
                    else:
                        story.status_line(views, progress)
                    versions = await state.versions()
                    last_minute = max(versions.values()) if versions else 0
                    if published and seen >= published and evaluated >= last_minute - 1:
                        story.status_line(views, progress, force=not isinstance(live, Live))
                        break
                    if d.proc.returncode is not None:
                        raise MonitorError(f"the worker exited; see {d.log_path}")
                    await asyncio.sleep(1.0)
        assert d.summary is not None
        d.console.print(
            f"simulator: {d.summary.turns} turns + {d.summary.malformed} malformed records "
            f"published in {d.summary.wall_s:.0f}s; all taken by the worker"
        )
    finally:
        await store.close()
        await state.close()


# -- phase 3: the report --------------------------------------------------------------------------------
async def write_report(d: DemoRun) -> None:
    """The incident report (HTML + markdown) of the run, as ``sycomon report`` writes it."""
    state, store = d.state(), d.store()
    judges = JudgeAssessor.for_configured_model(d.review_settings(), state.client)
    try:
        health = health_from_metrics(await _metrics_text(d.port))
        data = await collect_incident(
            state,
            store,
            settings=settings_in_force(d.settings),
            health=health,
            minutes=int(builtin_scenario("demo").duration_minutes),
            title=f"sycomon demo {d.run}: the v2 rollout",
            judges=judges,
        )
    finally:
        await judges.close()
        await store.close()
        await state.close()
    d.report = write_report_files(data, d.out_dir / "report")


# -- phase 3b: what the review labels measured ---------------------------------------------------------
async def measure_review(d: DemoRun) -> None:
    """The oracle's labels: the judge measured on them and each version's corrected rate over the run,
    beside the simulator's truth (told in the summary; no check depends on it)."""
    assert d.reviewer is not None and d.story is not None
    s = d.review_settings()
    truth = d.summary.by_version if d.summary is not None else {}
    try:
        queued, rows = await measure_judge(s, d.story.start_minute, truth)
    except MonitorError as exc:
        d.ground_truth = [
            f"{d.reviewer.reviewer} labelled {d.reviewer.labelled} turns; reading them back failed: {exc}"
        ]
        return
    d.ground_truth = ground_truth_lines(
        d.reviewer.reviewer, d.reviewer.labelled, queued, rows, s.review.min_labels, d.reviewer.error
    )


# -- phase 4: the checks ----------------------------------------------------------------------------------
async def check_story(d: DemoRun) -> list[Expectation]:
    """What the demo promises, each checked against what the stack recorded."""
    assert d.story is not None and d.inbox is not None
    story = d.story
    state, store = d.state(), d.store()
    try:
        alerts = await state.alert_history()
        audit = await store.read_audit(count=500)
        versions = await state.versions()
        end = max(versions.values()) if versions else story.start_minute
        window = range(end - RECOVERY_MINUTES + 1, end + 1)
        recent = {v: windows.merge((await state.buckets(v, "all", window)).values()) for v in versions}
    finally:
        await store.close()
        await state.close()
    return expectations(story, alerts, audit, d.inbox.messages, recent)


def summarise(d: DemoRun, checks: list[Expectation]) -> int:
    """The closing summary: the expectations in words, where to look, the exit code."""
    c = d.console
    c.rule("what happened")
    for e in checks:
        mark = "[green]ok[/]  " if e.met else "[bold red]MISSING[/]"
        c.print(f"{mark} {escape(e.what)}: {escape(e.detail)}", highlight=False)
    failed = [e for e in checks if not e.met]
    if d.ground_truth:
        c.rule("ground truth (the oracle reviewer's labels)")
        for line in d.ground_truth:
            c.print(escape(line), highlight=False)
    c.rule("where to look")
    if d.report is not None:
        c.print(f"report: {d.report[0]}\n        {d.report[1]} (markdown twin)")
    c.print(
        f"incident page: http://127.0.0.1:{d.port}/ui (the worker keeps running; stop it and the stack "
        "with `sycomon dev down`)"
    )
    c.print(f"this run's state has the Redis prefix {d.run}; for example:")
    for cmd in (
        f"sycomon versions --prefix {d.run} --at latest",
        f"sycomon mitigations audit --prefix {d.run}",
        f"sycomon report --prefix {d.run} --out {d.out_dir / 'report-again'}",
        f"SYCOMON_REDIS__PREFIX={d.run} sycomon review stats",
    ):
        c.print(f"  {cmd}", highlight=False, soft_wrap=True)
    c.print(
        f"Prometheus: http://127.0.0.1:9090/graph?g0.expr=sycomon_flagged_rate&g0.range_input=15m "
        f"(the worker is scraped until it stops); worker log: {d.log_path}",
        soft_wrap=True,
    )
    if failed:
        c.print(
            f"[bold red]the demo's story did not fully happen[/] ({len(failed)} of {len(checks)} "
            f"expectations missing, listed above): exit {EXIT_STORY_FAILED}"
        )
        return EXIT_STORY_FAILED
    c.print("[bold green]the story happened as expected[/]: exit 0")
    return 0


async def run_demo(
    settings: Settings, console: Console, *, speed: float = 30.0, seed: int = 7, keep_worker: bool = True
) -> int:
    """Needs the stack up (the CLI starts it). The phases in order; returns the exit code."""
    if settings.mitigation.signing_key is None:
        # Patches are signed and gateways ignore unsigned ones: without a configured key the demo
        # signs with a key of its own run (worker and simulated gateway share it).
        run = f"demo{datetime.now(UTC):%H%M%S}"
        settings = settings.model_copy(
            update={
                "mitigation": settings.mitigation.model_copy(
                    update={"signing_key": SecretStr(secrets.token_urlsafe(32)), "signing_key_id": run}
                )
            }
        )
    d = DemoRun(settings, console, speed, seed)
    d.inbox = SlackInbox(console)
    done = False
    try:
        async with d.inbox.serve():
            await start_worker(d)
            # the launch gate a CI/CD pipeline would run before this rollout (issue 14)
            await pre_launch_gate(d.console, DEMO_DIR / f"{d.run}-gate")
            d.reviewer = DemoReviewer(d.review_settings())
            async with d.reviewer.alongside():
                await roll_out(d)
            await measure_review(d)
            await write_report(d)
            checks = await check_story(d)
            done = True
    finally:
        if not (done and keep_worker):
            await _stop(d)
    return summarise(d, checks)


async def _stop(d: DemoRun) -> None:
    if d.proc is None or d.proc.returncode is not None:
        return
    d.proc.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(d.proc.wait(), 30)
    except TimeoutError:
        d.proc.kill()
        await d.proc.wait()
    DEMO_PID_FILE.unlink(missing_ok=True)
