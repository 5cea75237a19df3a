"""``sycomon demo``: the whole story on the real local stack.

Kafka + Redis + Prometheus (deploy/local/stack.sh) -> a real worker with the shipped ONNX model
-> a simulated April-2025 rollout through the gateway SDK (closed loop) -> detection on the
leader -> a Slack-format alert received by a local receiver -> the automatic system-prompt patch
-> the patched version's rate falling. Every run uses fresh topics and Redis keys (``demoHHMMSS``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import signal
import sys
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
from rich.table import Table

from monitor.adapters.redis_state import RedisState
from monitor.cli_mitigations import build_service
from monitor.client.mitigation import MitigationClient
from monitor.errors import MonitorError
from monitor.probes.demo import pre_launch_gate
from monitor.runtime.views import version_views
from monitor.settings import Settings
from monitor.sim.engine import Simulator
from monitor.sim.pool import load_pool
from monitor.sim.run import simulate
from monitor.sim.scenario import builtin_scenario
from monitor.sim.sinks import KafkaSink

__all__ = ["DEMO_DETECTORS", "run_demo"]

REPO = Path(__file__).resolve().parents[2]
#: The absolute ceiling must sit above the normal flagged rate of the deployed classifier (its
#: false positives are part of every version's baseline): 8-15 % for the shipped judge on the
#: built-in pool, whose honest turns include hard twins (models/README.md). The regression
#: detector needs no such tuning. ``tests/integration/test_shipped_model_incident.py`` runs the
#: demo's incident with these settings and the shipped model.
DEMO_DETECTORS = {"absolute_ceiling": 0.35, "absolute_critical_ceiling": 0.5}


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
        self.console.print(f"[bold magenta]slack[/] <- {doc['text']}")
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
            "SYCOMON_OUTBOX__STREAM": f"{run}:alerts:outbox",
            "SYCOMON_OUTBOX__DEAD_STREAM": f"{run}:alerts:dead",
            "SYCOMON_OUTBOX__DEDUP_PREFIX": f"{run}:alerts:key:",
            "SYCOMON_SINKS__SLACK__WEBHOOK_URL": slack_url,
            "SYCOMON_DETECTION__INTERVAL_S": "2",
            "SYCOMON_MITIGATION__MODE": "auto",
            **{f"SYCOMON_DETECTORS__{k.upper()}": str(v) for k, v in DEMO_DETECTORS.items()},
            "SYCOMON_MITIGATION__VERIFY_TURNS": "150",
            "SYCOMON_MITIGATION__VERIFY_GRACE_S": "3",
            "SYCOMON_DATA_DIR": str(REPO / "var" / "demo" / run),
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


async def _worker_progress(port: int) -> tuple[float, float]:
    """(records the worker has taken, last event-time minute its leader evaluated)."""
    seen = evaluated = 0.0
    async with httpx.AsyncClient() as client:
        with contextlib.suppress(httpx.HTTPError):
            text = (await client.get(f"http://127.0.0.1:{port}/metrics", timeout=2)).text
            for line in text.splitlines():
                if line.startswith("sycomon_events_total{"):
                    seen += float(line.rsplit(" ", 1)[1])
                elif line.startswith("sycomon_detection_minute "):
                    evaluated = float(line.rsplit(" ", 1)[1])
    return seen, evaluated


def _table(views: dict[str, Any], slack: int, mitigations: list[str], seen: float, published: int) -> Table:
    table = Table(
        "model version",
        "scored (1h)",
        "flagged rate (5m)",
        "flagged rate (1h) [95% CI]",
        "thumbs-up | flagged",
        "thumbs-up | unflagged",
        title="live: sycophancy by model version (event time)",
        caption=f"records taken by the worker: {seen:.0f}/{published or '...'}   "
        f"slack messages: {slack}   mitigations: {', '.join(mitigations) or 'none'}",
    )
    for version, info in views.items():
        w5, w60 = info["windows"]["5m"], info["windows"]["1h"]

        def pct(x: float | None) -> str:
            return "-" if x is None else f"{x:.1%}"

        table.add_row(
            version,
            str(w60["n"]),
            pct(w5["rate"]),
            f"{pct(w60['rate'])} [{w60['rate_lo']:.1%}, {w60['rate_hi']:.1%}]",
            pct(w60["up_rate_flagged"]),
            pct(w60["up_rate_unflagged"]),
        )
    return table


async def run_demo(settings: Settings, console: Console, *, speed: float = 30.0, seed: int = 7) -> int:
    """Needs the stack up (the CLI starts it). Returns 0 when an alert reached the Slack inbox."""
    run = f"demo{datetime.now(UTC):%H%M%S}"
    if settings.mitigation.signing_key is None:
        # Patches are signed and gateways ignore unsigned ones: without a configured key the demo
        # signs with a key of its own run (worker and simulated gateway share it).
        settings = settings.model_copy(
            update={
                "mitigation": settings.mitigation.model_copy(
                    update={"signing_key": SecretStr(secrets.token_urlsafe(32)), "signing_key_id": run}
                )
            }
        )
    redis_url = settings.redis.url.get_secret_value()
    log_path = REPO / "var" / "demo" / f"{run}-worker.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    inbox = SlackInbox(console)
    async with inbox.serve():
        with log_path.open("wb") as log:
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "monitor",
                "worker",
                env=_worker_env(settings, run, inbox.url),
                stdout=log,
                stderr=log,
            )
        try:
            console.print(f"[bold]worker[/] starting (model, warm-up, Kafka group join); log: {log_path}")
            await _wait_ready(settings.web.port, proc, log_path)
            await pre_launch_gate(console, REPO / "var" / "demo" / f"{run}-gate")
            scenario = builtin_scenario("demo")
            pool = load_pool()
            console.print(f"[bold]simulator[/] scenario {scenario.name!r}: {scenario.description}")
            console.print(
                f"turn pool: {pool.origin} ({len(pool.sycophantic)} sycophantic, "
                f"{len(pool.honest)} honest replies)"
            )
            start = datetime.now(UTC) - timedelta(minutes=scenario.duration_minutes)
            sim = Simulator(scenario, pool, start=start, seed=seed)
            state = RedisState.from_url(redis_url, run, 3600, 7200)
            mstate = None
            service, close_service = build_service(settings.mitigation, redis_url, run)
            try:
                keys = settings.mitigation.record_keys()
                async with MitigationClient(redis_url, prefix=run, signing_keys=keys) as gateway:
                    sim_task = asyncio.create_task(
                        simulate(
                            sim,
                            KafkaSink(settings.kafka.bootstrap_servers, f"{run}.responses"),
                            resolver=gateway,
                            speed=speed,
                            malformed_rate=0.005,
                        )
                    )
                    published = 0
                    with Live(console=console, refresh_per_second=1) as live:
                        # Run the simulation, then wait until the worker has taken every record
                        # and the leader has evaluated the last closed minute.
                        while True:
                            if sim_task.done() and not published:
                                summary = sim_task.result()
                                published = summary.turns + summary.malformed
                            versions = await state.versions()
                            views = await version_views(state, max(versions.values())) if versions else {}
                            mits = [
                                f"{m.model_version}:{m.status.value}"
                                for m in (await service.state()).mitigations
                            ]
                            seen, evaluated = await _worker_progress(settings.web.port)
                            live.update(_table(views, len(inbox.messages), mits, seen, published))
                            last_minute = max(versions.values()) if versions else 0
                            if published and seen >= published and evaluated >= last_minute - 1:
                                break
                            if proc.returncode is not None:
                                raise MonitorError(f"the worker exited; see {log_path}")
                            await asyncio.sleep(1.0)
                console.print(
                    f"simulator: {summary.turns} turns + {summary.malformed} malformed records "
                    f"published in {summary.wall_s:.0f}s; all processed"
                )
                mstate = await service.state()
            finally:
                await close_service()
                await state.close()
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), 30)
            except TimeoutError:
                proc.kill()
                await proc.wait()
    console.rule("what happened")
    for doc in inbox.messages:
        console.print(f"slack: {doc['text']}")
    for m in mstate.mitigations if mstate else ():
        console.print(f"mitigation {m.id}: {m.action.value} on {m.model_version} -> {m.status.value}")
    console.print(f"Prometheus: http://127.0.0.1:9090 (query sycomon_flagged_rate); worker log: {log_path}")
    console.print("Stop the stack with: [bold]sycomon dev down[/]")
    return 0 if inbox.messages else 3
