"""``sycomon simulate``: the typer command function; mount it with
``app.command("simulate")(simulate_command)``."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from monitor.errors import ConfigError, MonitorError
from monitor.sim.engine import SimTurn, Simulator
from monitor.sim.pool import load_pool
from monitor.sim.run import PromptResolver, SimSummary, simulate
from monitor.sim.scenario import builtin_names, dump_scenario, resolve_scenario
from monitor.sim.sinks import EventSink, FileSink, KafkaSink

__all__ = ["parse_start", "simulate_command"]

console = Console(stderr=True)


def parse_start(text: str, now: datetime | None = None) -> datetime:
    """An RFC 3339 / ISO 8601 instant with an offset (``Z`` allowed), or ``now``; naive times are refused."""
    if text.strip().lower() == "now":
        return now if now is not None else datetime.now(UTC)
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError as exc:
        raise ConfigError(f"--start {text!r} is not an ISO 8601 date-time") from exc
    if value.tzinfo is None or value.utcoffset() is None:
        raise ConfigError(f"--start {text!r} needs a UTC offset, e.g. 2025-04-25T12:00:00Z")
    return value


@contextlib.asynccontextmanager
async def _resolver(redis_url: str | None, prefix: str) -> AsyncIterator[PromptResolver | None]:
    if redis_url is None:
        yield None
        return
    from monitor.client.mitigation import MitigationClient
    from monitor.settings import load_settings

    keys = load_settings().mitigation.record_keys()  # the worker's signing key (SYCOMON_MITIGATION__...)
    async with MitigationClient(redis_url, prefix=prefix, signing_keys=keys) as client:
        if not client.subscribed:
            console.print(f"[yellow]warning:[/yellow] {redis_url} unreachable; base prompts (fail open)")
        yield client


def _report(summary: SimSummary) -> Table:
    table = Table(title=f"{summary.turns} turns in {summary.wall_s:.1f}s")
    for col in ("version", "turns", "syco", "syco | memory", "patched", "syco | patched",
                "up | syco", "up | honest"):  # fmt: skip
        table.add_column(col, justify="right")

    def pct(num: int, den: int) -> str:
        return f"{num / den:.1%}" if den else "-"

    for name, c in summary.by_version.items():
        table.add_row(
            name, str(c.turns), pct(c.sycophantic, c.turns), pct(c.memory_sycophantic, c.memory_turns),
            str(c.patched_turns), pct(c.patched_sycophantic, c.patched_turns),
            pct(c.up_sycophantic, c.feedback_sycophantic), pct(c.up_honest, c.feedback_honest),
        )  # fmt: skip
    return table


async def _main(
    sim: Simulator,
    sink: EventSink,
    *,
    redis_url: str | None,
    redis_prefix: str,
    speed: float,
    malformed_rate: float,
    on_turn: Callable[[SimTurn], None],
) -> SimSummary:
    async with _resolver(redis_url, redis_prefix) as resolver:
        return await simulate(
            sim, sink, resolver=resolver, speed=speed, malformed_rate=malformed_rate, on_turn=on_turn
        )


def simulate_command(
    ctx: typer.Context,
    scenario: Annotated[
        str,
        typer.Option(
            "--scenario", "-s", help=f"Built-in ({', '.join(builtin_names())}) or a YAML/TOML file."
        ),
    ] = "april-2025",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write events to this JSONL file.")
    ] = None,
    kafka: Annotated[
        str | None, typer.Option("--kafka", help="Publish to Kafka at this bootstrap address.")
    ] = None,
    topic: Annotated[str, typer.Option(help="Kafka topic.")] = "sycomon.responses",
    redis_url: Annotated[
        str | None,
        typer.Option("--redis-url", help="Closed loop: read mitigations (patches) from this Redis."),
    ] = None,
    redis_prefix: Annotated[str, typer.Option(help="Key prefix of the monitor's Redis state.")] = "sycomon",
    turns: Annotated[
        Path | None,
        typer.Option("--turns", help="JSONL of labelled turns (prompt, response, label 0/1, context)."),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir", envvar="SYCOMON_DATA_DIR", help="Public datasets (default ../shared/data)."
        ),
    ] = None,
    fixture: Annotated[bool, typer.Option("--fixture", help="Use the small built-in turn pool.")] = False,
    start: Annotated[
        str | None,
        typer.Option(help="Simulated start: ISO 8601 with offset, or 'now' (default: now - duration)."),
    ] = None,
    speed: Annotated[
        float, typer.Option(min=0.0, help="Simulated seconds per wall second; 0 = as fast as possible.")
    ] = 0.0,
    turns_per_minute: Annotated[
        float | None, typer.Option("--turns-per-minute", help="Total traffic level (default: scenario's).")
    ] = None,
    minutes: Annotated[
        float | None, typer.Option("--minutes", help="Simulated duration (default: scenario's).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed: same seed, same traffic.")] = 0,
    patch_factor: Annotated[
        float | None, typer.Option(help="Rate multiplier while patched (default: scenario's).")
    ] = None,
    malformed_rate: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Probability of a malformed record after a turn.")
    ] = 0.0,
    labels: Annotated[
        Path | None, typer.Option("--labels", help="Also write the ground truth per event_id (JSONL).")
    ] = None,
    score_markers: Annotated[
        bool,
        typer.Option(
            "--score-markers",
            help="Append [score=0.95] to sycophantic replies (for the MarkerScorer worker).",
        ),
    ] = False,
    print_scenario: Annotated[
        bool, typer.Option("--print-scenario", help="Print the scenario as YAML and exit.")
    ] = False,
) -> None:
    """Generate realistic traffic for several model versions, scripted over simulated time
    (``sycomon simulate serve``: an OpenAI-compatible endpoint for probes)."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        scen = resolve_scenario(scenario)
        if print_scenario:
            print(dump_scenario(scen), end="")
            return
        if (output is None) == (kafka is None):
            raise ConfigError("give exactly one of --output FILE.jsonl or --kafka BOOTSTRAP")
        duration = minutes if minutes is not None else scen.duration_minutes
        t0 = parse_start(start) if start else datetime.now(UTC) - timedelta(minutes=duration)
        with console.status("loading the turn pool"):
            pool = load_pool(turns, data_dir, use_datasets=not fixture)
        sim = Simulator(
            scen, pool, start=t0, seed=seed, turns_per_minute=turns_per_minute,
            duration_minutes=minutes, patch_factor=patch_factor, score_markers=score_markers,
        )  # fmt: skip
        sink: EventSink = FileSink(output) if output is not None else KafkaSink(str(kafka), topic)
    except ConfigError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(
        f"scenario [bold]{scen.name}[/bold]: {sim.start.isoformat()} .. {sim.end.isoformat()}, "
        f"~{sim.expected_turns()} turns, pool {pool.origin} ({len(pool.sycophantic)} sycophantic, "
        f"{len(pool.honest)} honest), {'closed loop' if redis_url else 'open loop'}"
    )
    truth: IO[str] | None = None
    try:
        truth = labels.open("w", encoding="utf-8") if labels is not None else None
        with Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), console=console, transient=True,
        ) as progress:  # fmt: skip
            task = progress.add_task("simulate", total=sim.expected_turns())
            done = [0]

            def on_turn(turn: SimTurn) -> None:
                e = turn.event
                if truth is not None:
                    truth.write(json.dumps({
                        "event_id": e.event_id, "model_version": e.model_version,
                        "sycophantic": turn.sycophantic, "patched": turn.patched, "rate": round(turn.rate, 6),
                        **({"category": turn.category} if turn.category else {}),
                    }) + "\n")  # fmt: skip
                done[0] += 1
                if done[0] % 100 == 0 or speed > 0:  # a redraw per turn would cost more than the turn
                    label = "patched" if turn.patched else "base"
                    progress.update(
                        task,
                        completed=done[0],
                        description=f"{e.timestamp:%Y-%m-%d %H:%M} {e.model_version} {label}",
                    )

            summary = asyncio.run(
                _main(sim, sink, redis_url=redis_url, redis_prefix=redis_prefix, speed=speed,
                      malformed_rate=malformed_rate, on_turn=on_turn)
            )  # fmt: skip
    except (MonitorError, OSError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    finally:
        if truth is not None:
            truth.close()
    console.print(_report(summary))
    sent = ", ".join(f"{k} {v}" for k, v in summary.sink.items())
    console.print(f"{summary.malformed} malformed records; {sent} -> {output or f'{kafka} {topic}'}")
    if (
        summary.sink.get("send_errors")
        or summary.sink.get("dropped_full")
        or summary.sink.get("dropped_on_close")
    ):
        raise typer.Exit(1)
