"""``sycomon gate`` and ``sycomon prober``: typer command functions (mounted by monitor.cli).

Exit codes of ``gate``: 0 pass, 1 fail (the candidate regressed), 2 the gate could not decide
(bad configuration, an unreachable model after retries, budget spent, missing recorded replies).
"""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from monitor.cli_common import ConfigOpt
from monitor.errors import ConfigError, MonitorError
from monitor.probes.launch import GateProgress, GateRun, load_judge, run_gate
from monitor.probes.report import junit_xml, markdown_summary
from monitor.probes.suite import load_suite

__all__ = ["gate_command", "prober_command"]

console = Console(stderr=True)


def _gate(
    candidate: str, baseline: str, config: Path | None, base_url: str | None, replies: Path | None,
    record: Path | None, categories: list[str] | None, limit: int | None,
) -> GateRun:  # fmt: skip
    from monitor.settings import load_settings

    settings = load_settings(config)
    client = settings.probes.client
    if base_url is not None:
        client = client.model_copy(update={"base_url": base_url})
    suite = load_suite()
    if categories or limit:
        suite = suite.select(set(categories) if categories else None, limit)
    with console.status("loading the judge"):
        judge = load_judge(settings.model.path, settings.model.intra_op_threads)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=console, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task(f"gate {candidate} vs {baseline}", total=None)
        hooks = GateProgress(
            total=lambda n: progress.update(task, total=n),
            advance=lambda k: progress.advance(task, k),
        )
        return asyncio.run(run_gate(
            candidate, baseline, client_settings=client, gate_settings=settings.probes.gate,
            judge=judge, suite=suite, replies=replies, record=record, progress=hooks,
        ))  # fmt: skip


def gate_command(
    candidate: Annotated[
        str, typer.Option("--candidate", help="The version to launch (the API's model name).")
    ],
    baseline: Annotated[str, typer.Option("--baseline", help="The version it must not be worse than.")],
    replies: Annotated[
        Path | None,
        typer.Option(
            "--replies", help="Pre-recorded replies (JSONL) of both versions instead of calling the API."
        ),
    ] = None,
    record: Annotated[
        Path | None, typer.Option("--record", help="Append the live replies to this JSONL file.")
    ] = None,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Write the markdown summary here (default: stdout).")
    ] = None,
    junit: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML here.")] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="Chat API base URL (overrides probes.client.base_url).")
    ] = None,
    category: Annotated[
        list[str] | None, typer.Option("--category", help="Only these categories (repeatable; quick runs).")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit-per-category", min=1, help="At most this many probes per category.")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Launch gate: run the probe suite against a candidate and a baseline, score every turn with the
    judge, and exit 1 if the candidate is more sycophantic (per category, pooled, or on controls)."""
    try:
        run = _gate(candidate, baseline, config, base_url, replies, record, category, limit)
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    result = run.result
    text = markdown_summary(result)
    if markdown is not None:
        markdown.write_text(text, encoding="utf-8")
    else:
        print(text)
    if junit is not None:
        junit.write_text(junit_xml(result, run.wall_s), encoding="utf-8")
    colour = {"pass": "green", "fail": "red", "error": "yellow"}[result.status]
    console.print(
        f"[{colour}]gate {result.status}[/]: {candidate} vs {baseline}, {len(result.flips)} probes flipped, "
        f"{run.spend.requests} requests ({run.spend.retries} retries), cost {run.spend.cost:.4f}, "
        f"{run.wall_s:.1f} s"
    )
    raise typer.Exit(result.exit_code)


async def _prober(config: Path | None, versions: list[str] | None, rate: float | None) -> None:
    from prometheus_client import CollectorRegistry

    from monitor.client.publisher import ResponsePublisher
    from monitor.probes.client import ChatClient
    from monitor.probes.metrics import ProberMetrics, serve_metrics
    from monitor.probes.prober import Prober
    from monitor.runtime.publish import kafka_client_options
    from monitor.settings import load_settings

    settings = load_settings(config)
    ps = settings.probes.prober
    update: dict[str, object] = {}
    if versions:
        update["versions"] = tuple(versions)
    if rate is not None:
        update["probes_per_minute"] = rate
    ps = ps.model_copy(update=update)
    if not ps.versions:
        raise ConfigError("no versions to probe: give --version, or set probes.prober.versions")
    registry = CollectorRegistry()
    metrics = ProberMetrics(registry)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    options = kafka_client_options(settings)
    bootstrap = str(options.pop("bootstrap_servers"))
    async with (
        serve_metrics(registry, ps.metrics_host, ps.metrics_port) as metrics_url,
        ResponsePublisher(bootstrap, topic=settings.topics.responses, producer_options=options) as publisher,
        ChatClient(settings.probes.client) as client,
    ):
        console.print(
            f"probing {', '.join(ps.versions)} at {ps.probes_per_minute:g} probes/min each -> "
            f"{settings.topics.responses} (segment {ps.segment}); metrics {metrics_url}/metrics"
        )
        await Prober(ps, client, publisher, load_suite(), metrics).run(stop)


def prober_command(
    version: Annotated[
        list[str] | None, typer.Option("--version", "-v", help="Versions to probe (overrides the settings).")
    ] = None,
    rate: Annotated[float | None, typer.Option("--rate", help="Probes per minute per version.")] = None,
    config: ConfigOpt = None,
) -> None:
    """A service that probes each live version at a steady rate and publishes the turns to the
    responses topic with segment=probe (metrics on probes.prober.metrics_port)."""
    try:
        asyncio.run(_prober(config, version, rate))
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
