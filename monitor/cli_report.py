"""``sycomon report``: an incident report (self-contained HTML + markdown twin) from the live state."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from monitor.cli import PrefixOpt, _parse_time, _with_prefix, console
from monitor.cli_common import ConfigOpt, settings_or_exit
from monitor.errors import MonitorError

__all__ = ["report"]


def report(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Path without suffix: writes OUT.html and OUT.md.")
    ],
    config: ConfigOpt = None,
    prefix: PrefixOpt = None,
    fingerprint: Annotated[
        str | None, typer.Option(help="An alert's fingerprint: the range around its episodes.")
    ] = None,
    until: Annotated[
        str, typer.Option(help="End of the range: 'latest' (newest event minute with data) or an ISO time.")
    ] = "latest",
    minutes: Annotated[int, typer.Option(min=10, max=24 * 60, help="Length of the range.")] = 120,
    metrics_url: Annotated[
        str | None, typer.Option(help="A worker's /metrics for the health section (default: the web port).")
    ] = None,
    replay_dir: Annotated[
        Path | None,
        typer.Option(help="A `sycomon replay` output directory to report on instead of the live state."),
    ] = None,
) -> None:
    """An incident report from the live state (Redis, the worker's metrics) or a replay output
    directory: a self-contained HTML file (charts, timeline, evidence, settings in force) and its
    markdown twin for the postmortem."""
    import httpx

    from monitor.adapters.mitigation_store import RedisMitigationStore
    from monitor.adapters.redis_state import RedisState
    from monitor.runtime.incident import (
        collect_incident,
        collect_replay,
        health_from_metrics,
        settings_in_force,
        write_report_files,
    )
    from monitor.runtime.review import JudgeAssessor

    s = _with_prefix(settings_or_exit(config), prefix)
    try:
        until_minute = None if until == "latest" else int(_parse_time(until).timestamp()) // 60
    except ValueError as exc:
        console.print(f"[red]error:[/red] --until: {exc}")
        raise typer.Exit(2) from exc
    if replay_dir is not None:
        try:
            data = collect_replay(
                replay_dir, settings=settings_in_force(s), until_minute=until_minute, minutes=minutes,
                fingerprint=fingerprint, title=f"sycophancy incident report (replay of {replay_dir.name})",
            )  # fmt: skip
        except (MonitorError, OSError, ValueError) as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from exc
        html, md = write_report_files(data, out)
        console.print(f"wrote {html}\nwrote {md}")
        return
    health: list[tuple[str, str]] = []
    url = metrics_url or f"http://127.0.0.1:{s.web.port}/metrics"
    try:
        health = health_from_metrics(httpx.get(url, timeout=3).text)
    except httpx.HTTPError:
        health = [("worker metrics", f"not reachable at {url}")]

    async def read() -> tuple[Path, Path]:
        state = RedisState.from_settings(s)
        store = RedisMitigationStore.from_url(s.redis.url.get_secret_value(), s.redis.prefix)
        judges = JudgeAssessor.for_configured_model(s, state.client)
        try:
            data = await collect_incident(
                state,
                store,
                judges=judges,
                settings=settings_in_force(s),
                health=health,
                until_minute=until_minute,
                minutes=minutes,
                fingerprint=fingerprint,
                title=f"sycophancy incident report ({s.redis.prefix})",
            )
        finally:
            await store.close()
            await state.close()
        return write_report_files(data, out)

    try:
        html, md = asyncio.run(read())
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    console.print(f"wrote {html}\nwrote {md}")
