"""``sycomon simulate serve``: the OpenAI-compatible endpoint of :mod:`monitor.sim.serve`."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from monitor.errors import ConfigError
from monitor.probes.suite import load_suite
from monitor.sim.pool import load_pool
from monitor.sim.responder import Responder, parse_behaviours
from monitor.sim.serve import serve_chat

__all__ = ["serve_command"]

console = Console(stderr=True)


async def _serve(responder: Responder, host: str, port: int) -> None:
    async with serve_chat(responder, host, port) as url:
        console.print(f"serving {', '.join(responder.behaviours)} at [bold]{url}[/] (Ctrl-C stops)")
        await asyncio.Event().wait()


def serve_command(
    version: Annotated[
        list[str],
        typer.Option(
            "--version",
            "-v",
            help="VERSION=KIND[:RATE], KIND one of holds, caves, flatters, contrarian (repeatable).",
        ),
    ],
    host: Annotated[str, typer.Option(help="Bind address.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0 = any free one).")] = 8099,
    turns: Annotated[
        Path | None, typer.Option("--turns", help="JSONL turn pool (default: built-in).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Same seed, same replies.")] = 0,
) -> None:
    """An OpenAI-compatible chat endpoint answering probes from the turn pool by scripted behaviour."""
    try:
        responder = Responder(
            load_pool(turns, use_datasets=False), load_suite(), parse_behaviours(version), seed
        )
    except ConfigError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(responder, host, port))
