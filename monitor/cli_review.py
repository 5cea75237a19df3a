"""``sycomon review``: label queued turns in the terminal (rich), one key per decision; and the
review queue's companions: ``stats`` (the judge's measured accuracy, agreement), ``oracle`` (label
the queue from a simulator truth file) and ``llm`` (an OpenAI-compatible reviewer).

Keys: ``s`` sycophantic, ``1``-``7`` sycophantic of that kind, ``h`` honest, ``space``/``n`` skip,
``q`` quit. Every label goes to the labels topic (acks=all) and then to the Redis mirror.
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import json
import os
import sys
import termios
import tty
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from monitor.cli_common import ConfigOpt, settings_or_exit
from monitor.core.categories import CATEGORIES, label_of
from monitor.core.review.items import QueuedItem
from monitor.errors import MonitorError
from monitor.settings import Settings

__all__ = ["KEYS", "app", "decision_of", "render_item"]

app = typer.Typer(help="Review queued turns: the ground truth the judge is measured on.")
err = Console(stderr=True)

KEYS = {"s": "sycophantic", "h": "honest", " ": "skip", "n": "skip", "q": "quit"}
CATEGORY_KEYS = {str(i + 1): c for i, c in enumerate(CATEGORIES)}


def decision_of(key: str) -> tuple[str, str | None] | None:
    """(decision, category) of a key press; None for a key that means nothing."""
    if key in CATEGORY_KEYS:
        return "sycophantic", CATEGORY_KEYS[key]
    if key.lower() in KEYS:
        return KEYS[key.lower()], None
    return None


def render_item(item: QueuedItem, reviewer: str, done: int, pending: int, queued: int) -> RenderableType:
    """The screen of one queued turn: progress, context, prompt, reply, the judge's view, keys."""
    head = Text.assemble(
        ("sycomon review", "bold"), f"  {reviewer}  ", (f"{done} labelled this session", "green"),
        f"  {pending} waiting for you  {queued} in the queue",
    )  # fmt: skip
    parts: list[RenderableType] = [head]
    for m in item.context:
        parts.append(
            Panel(Text(m.content), title=f"context: {m.role}", title_align="left", border_style="dim")
        )
    parts.append(Panel(Text(item.prompt), title="prompt (user)", title_align="left", border_style="cyan"))
    parts.append(
        Panel(Text(item.response), title="reply (assistant)", title_align="left", border_style="magenta")
    )
    kind = label_of(item.judge_category) if item.judge_category else "-"
    parts.append(Text(
        f"judge: score {item.score:.3f} ({'flagged' if item.flagged else 'not flagged'}), kind {kind}; "
        f"model version {item.model_version}; event {item.event_id}"
    ))  # fmt: skip
    legend = "  ".join(f"[{k}] {label_of(c)}" for k, c in CATEGORY_KEYS.items())
    parts.append(
        Text("[s] sycophantic  [h] honest  [space] skip  [q] quit   or sycophantic of a kind:", "bold")
    )
    parts.append(Text(legend))
    return Group(*parts)


@contextlib.contextmanager
def _cbreak() -> Iterator[Callable[[], str]]:
    """Read one key at a time (cbreak mode on a terminal; plain reads otherwise)."""
    fd = sys.stdin.fileno()
    if not os.isatty(fd):
        yield lambda: sys.stdin.read(1) or "q"
        return
    old = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield lambda: os.read(fd, 1).decode(errors="replace") or "q"
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)


async def _session(settings: Settings, reviewer: str, limit: int | None) -> int:
    from monitor.adapters.redis_state import RedisState
    from monitor.runtime.review import ReviewService

    state = RedisState.from_settings(settings)
    service = ReviewService(settings, state.client, threshold=0.5)
    console = Console(highlight=False)
    done = 0
    try:
        with _cbreak() as read_key:
            while limit is None or done < limit:
                item = await service.store.next_item(reviewer)
                if item is None:
                    console.print("[green]nothing left to review[/green]")
                    break
                pending = await service.store.pending(reviewer)
                console.clear()
                console.print(render_item(item, reviewer, done, pending, await service.store.size()))
                decision = None
                while decision is None:
                    decision = decision_of(await asyncio.to_thread(read_key))
                what, category = decision
                if what == "quit":
                    break
                if what == "skip":
                    await service.store.skip(reviewer, item.event_id)
                    continue
                label = item.label(what, reviewer, "tui", datetime.now(UTC), category)  # type: ignore[arg-type]
                await service.write([label])
                done += 1
                console.print(
                    f"[green]recorded[/green] {what}" + (f" ({label_of(category)})" if category else "")
                )
    finally:
        await service.close()
        await state.close()
    console.print(f"{done} labelled this session")
    return done


@app.callback(invoke_without_command=True)
def review(
    ctx: typer.Context,
    config: ConfigOpt = None,
    reviewer: Annotated[str | None, typer.Option(help="Your name (default: the OS user).")] = None,
    limit: Annotated[int | None, typer.Option(help="Stop after this many labels.")] = None,
) -> None:
    """Label queued turns, one key per decision (s / 1-7 / h / space / q)."""
    if ctx.invoked_subcommand is not None:
        return
    name = reviewer or getpass.getuser()
    try:
        asyncio.run(_session(settings_or_exit(config), f"human:{name}", limit))
    except MonitorError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc


def _pct(est: dict[str, Any]) -> str:
    if est.get("value") is None:
        return "-"
    return f"{est['value']:.1%} [{est['low']:.1%}, {est['high']:.1%}]"


@app.command()
def stats(
    config: ConfigOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """The judge's measured accuracy per version and review segment, and per category (weighted by
    inclusion probabilities), and inter-reviewer agreement."""
    from monitor.adapters.redis_state import RedisState
    from monitor.runtime.review import JudgeAssessor

    s = settings_or_exit(config)

    async def read() -> dict[str, Any]:
        state = RedisState.from_settings(s)
        judges = JudgeAssessor.for_configured_model(s, state.client)
        try:
            versions = sorted((await state.versions()).keys() | await judges.store.label_versions())
            accuracy = await judges.judges(versions)
            return {
                "queued": await judges.store.size(),
                "versions": {v: a.to_dict() for v, a in accuracy.items()},
                "agreement": await judges.agreement(versions),
            }
        finally:
            await state.close()

    data = asyncio.run(read())
    if as_json:
        print(json.dumps(data, indent=1))
        return
    title = f"the judge on production labels ({data['queued']} queued)"
    table = Table("model version", "segment", "basis", "labels", "sensitivity", "specificity", "precision",
                  "disagreement", title=title)  # fmt: skip
    by_category = Table(
        "model version", "category", "sensitivity", "specificity", "precision",
        title="per category (sensitivity: the reviewers' kind; specificity, precision: the judge's)",
    )  # fmt: skip
    for version, a in data["versions"].items():
        dis = a["disagreement"]
        table.add_row(version, "all", a["basis"], str(a["labels"]), _pct(a["sensitivity"]),
                      _pct(a["specificity"]), _pct(a["precision"]),
                      "-" if dis is None else f"{dis:.1%}")  # fmt: skip
        for segment, own in a.get("segments", {}).items():
            table.add_row("", segment, own["basis"], str(own["labels"]), _pct(own["sensitivity"]),
                          _pct(own["specificity"]), _pct(own["precision"]), "")  # fmt: skip
        figures = [a.get(f"{m}_by_category", {}) for m in ("sensitivity", "specificity", "precision")]
        for cat in sorted(set().union(*figures)):
            by_category.add_row(version, cat, *(_pct(f[cat]) if cat in f else "-" for f in figures))
    Console().print(table)
    if by_category.row_count:
        Console().print(by_category)
    ag = data["agreement"]
    kappa = "-" if ag["kappa"] is None else f"{ag['kappa']:.2f}"
    percent = "-" if ag["percent"] is None else f"{ag['percent']:.0%}"
    Console().print(f"inter-reviewer agreement: {ag['items']} doubly labelled turns, {percent} agree, "
                    f"Cohen's kappa {kappa}; {ag['disputed']} disputed")  # fmt: skip


@app.command()
def oracle(
    truth: Annotated[
        Path, typer.Option(help="JSONL of {event_id, sycophantic, category?} (sycomon simulate --labels).")
    ],
    config: ConfigOpt = None,
    limit: Annotated[int | None, typer.Option(help="Stop after this many labels.")] = None,
) -> None:
    """Label the queue from the simulator's ground truth (reviewer oracle:sim): the whole loop in a demo."""
    from monitor.adapters.redis_state import RedisState
    from monitor.runtime.review import ReviewService, label_queue
    from monitor.sim.review import OracleReviewer

    s = settings_or_exit(config)
    known: dict[str, bool] = {}
    kinds: dict[str, str] = {}
    for line in truth.read_text().splitlines():
        if line.strip():
            obj = json.loads(line)
            known[str(obj["event_id"])] = bool(obj["sycophantic"])
            if obj.get("category"):
                kinds[str(obj["event_id"])] = str(obj["category"])

    async def run() -> int:
        state = RedisState.from_settings(s)
        service = ReviewService(s, state.client, threshold=0.5)
        try:
            return await label_queue(
                service, OracleReviewer(known, lambda: datetime.now(UTC), kinds=kinds), limit=limit
            )
        finally:
            await service.close()
            await state.close()

    err.print(f"oracle labelled {asyncio.run(run())} queued turns")


@app.command()
def llm(
    config: ConfigOpt = None,
    limit: Annotated[int | None, typer.Option(help="Stop after this many labels.")] = None,
) -> None:
    """Label queued turns with the configured OpenAI-compatible LLM reviewer (review.llm): rate
    limited, within its daily budget; its labels say llm:<model> and human labels override them."""
    from monitor.adapters.redis_state import RedisState
    from monitor.runtime.review import run_llm_reviewer

    s = settings_or_exit(config)

    async def run() -> dict[str, int]:
        state = RedisState.from_settings(s)
        try:
            return await run_llm_reviewer(s, state.client, limit=limit)
        finally:
            await state.close()

    try:
        out = asyncio.run(run())
    except MonitorError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    spent = "; the daily budget is spent" if out["budget_spent"] else ""
    err.print(f"LLM reviewer: {out['labelled']} labelled, {out['failed']} failed{spent}")
