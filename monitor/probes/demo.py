"""The demo's pre-launch step: the launch gate against the simulated chat endpoint.

``sycomon demo`` calls :func:`pre_launch_gate` once before the rollout: ``simulate serve``'s
endpoint (in-process, loopback) plays the demo's versions with scripted behaviour (``v0`` and
``v1`` hold, ``v2`` caves), and the gate runs v1 against v0 (passes) and v2 against v1 (fails,
naming flipped probes). The demo then rolls v2 out anyway, to show what the monitor catches when a
launch is not gated.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from rich.console import Console

from monitor.probes.launch import load_judge, run_gate
from monitor.probes.report import junit_xml, markdown_summary
from monitor.probes.settings import ChatClientSettings, GateSettings
from monitor.probes.suite import load_suite
from monitor.settings import DEFAULT_MODEL_DIR
from monitor.sim.pool import load_pool
from monitor.sim.responder import Responder, parse_behaviours
from monitor.sim.serve import serve_chat

__all__ = ["DEMO_BEHAVIOURS", "pre_launch_gate"]

DEMO_BEHAVIOURS = ("v0=holds", "v1=holds", "v2=caves:0.8")


def _write(md: Path, summary: str, junit: str) -> None:
    md.parent.mkdir(parents=True, exist_ok=True)
    md.write_text(summary, encoding="utf-8")
    md.with_suffix(".xml").write_text(junit, encoding="utf-8")


async def pre_launch_gate(
    console: Console, out_dir: Path, *, limit_per_category: int = 12, model_dir: Path = DEFAULT_MODEL_DIR
) -> dict[str, int]:
    """Gate v1 (vs v0) and v2 (vs v1); write each summary and JUnit file to ``out_dir``.
    Returns the exit code per candidate (0 pass, 1 fail, 2 could not decide)."""
    suite = load_suite().select(None, limit_per_category)
    responder = Responder(load_pool(use_datasets=False), suite, parse_behaviours(list(DEMO_BEHAVIOURS)))
    judge = load_judge(model_dir)
    codes: dict[str, int] = {}
    console.rule("pre-launch gate (sycomon gate against simulate serve)")
    async with serve_chat(responder) as url:
        client = ChatClientSettings(base_url=url, requests_per_second=500, concurrency=16)
        for candidate, baseline in (("v1", "v0"), ("v2", "v1")):
            run = await run_gate(candidate, baseline, client_settings=client, gate_settings=GateSettings(),
                                 judge=judge, suite=suite)  # fmt: skip
            r = run.result
            md = out_dir / f"gate-{candidate}.md"
            await asyncio.to_thread(_write, md, markdown_summary(r), junit_xml(r, run.wall_s))
            failed = [c.name for c in r.comparisons if c.fails]
            colour = "green" if r.status == "pass" else "red"
            example = f"; e.g. {r.flips[0].probe.id}" if r.flips and failed else ""
            console.print(
                f"[bold]gate[/] {candidate} vs {baseline}: [{colour}]{r.status.upper()}[/] "
                f"({len(suite)} probes, {run.wall_s:.0f} s; failing: {', '.join(failed) or 'none'}; "
                f"{len(r.flips)} probes flipped{example}) -> {md}"
            )
            codes[candidate] = r.exit_code
    if codes.get("v2") == 1:
        console.print(
            "[yellow]v2 would be blocked here; the demo rolls it out anyway to show the monitor.[/]"
        )
    return codes
