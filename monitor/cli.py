"""``sycomon``: the command line (typer + rich)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from monitor.cli_common import ConfigOpt, settings_or_exit
from monitor.errors import MonitorError
from monitor.settings import Settings, redacted_dump

__all__ = ["app", "main"]

app = typer.Typer(
    name="sycomon",
    help="Catch an LLM service turning sycophantic, while it happens.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
dev = typer.Typer(help="The local stack: Kafka (KRaft), Redis, Prometheus on loopback.", no_args_is_help=True)
app.add_typer(dev, name="dev")
console = Console(stderr=True)
REPO = Path(__file__).resolve().parent.parent


def _now() -> datetime:
    return datetime.now(UTC)


@app.command("check-config")
def check_config(config: ConfigOpt = None) -> None:
    """Print the effective configuration (secrets redacted) and exit 0 if it is valid."""
    print(redacted_dump(settings_or_exit(config)))


@app.command()
def schema(out: Annotated[Path, typer.Option(help="Output directory.")] = REPO / "docs" / "schema") -> None:
    """Write the JSON Schema of every wire record (ResponseEvent, ScoredTurn, DeadLetter, Alert)."""
    from monitor.schema import write_schemas

    for path in write_schemas(out):
        console.print(f"wrote {path}")


@app.command("config-doc")
def config_doc(out: Annotated[Path, typer.Option()] = REPO / "docs" / "configuration.md") -> None:
    """Regenerate docs/configuration.md from the Settings model."""
    from monitor.settings_doc import render_configuration

    out.write_text(render_configuration())
    console.print(f"wrote {out}")


@app.command()
def worker(
    config: ConfigOpt = None,
    loglevel: Annotated[str, typer.Option(help="debug shows every detector evaluation.")] = "info",
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks instead of one-line hints.")
    ] = False,
) -> None:
    """Run one streaming worker (scale out by running more, up to the topic's partitions)."""
    from monitor.runtime.preflight import unreachable
    from monitor.runtime.worker import run_worker

    settings = settings_or_exit(config)
    problems = unreachable(settings)
    if problems and not debug:
        for line in problems:
            console.print(f"[red]error:[/red] {line}")
        console.print(
            "hint: start the local stack with [bold]sycomon dev up[/] (or check the settings: "
            "[bold]sycomon check-config[/]); --debug runs anyway and shows tracebacks"
        )
        raise typer.Exit(1)
    try:
        run_worker(settings, loglevel=loglevel)
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc


@app.command()
def replay(
    input: Annotated[Path, typer.Option("--input", "-i", help="JSONL of ResponseEvents.")],
    output_dir: Annotated[Path, typer.Option("--output-dir", "-o")],
    config: ConfigOpt = None,
    model: Annotated[Path | None, typer.Option(help="Model directory (default: the shipped one).")] = None,
    labels: Annotated[
        Path | None,
        typer.Option(
            help="Review labels (labels-topic records or `sycomon simulate --labels` truth): "
            "the judge's accuracy and the corrected rates, as the worker computes them."
        ),
    ] = None,
) -> None:
    """The worker's twin on a file, no Kafka or Redis: scores, dead letters, metrics, alerts, mitigations."""
    from monitor.runtime.replay import replay as run_replay
    from monitor.runtime.worker import load_scorer

    settings = settings_or_exit(config)
    if model is not None:
        settings = settings.model_copy(update={"model": settings.model.model_copy(update={"path": model})})
    try:
        scorer = load_scorer(settings)
        with Progress(
            TextColumn("replay"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        ) as progress:
            task = progress.add_task("replay", total=None)

            def tick(done: int, total: int) -> None:
                progress.update(task, advance=done, total=total)

            summary = asyncio.run(
                run_replay(
                    input, output_dir, settings, scorer, clock=_now, on_progress=tick, labels_path=labels
                )
            )
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    console.print(
        f"{summary.lines} lines: {summary.scored} scored ({summary.flagged} flagged), "
        f"{summary.unsampled} unsampled, {summary.duplicates} duplicates, "
        f"{summary.dead_letters} dead letters; {summary.alerts} alert notifications, "
        f"{summary.mitigations} mitigation actions -> {output_dir}"
    )


@app.command()
def demo(
    config: ConfigOpt = None,
    speed: Annotated[float, typer.Option(help="Simulated seconds per wall second.")] = 30.0,
    seed: int = 7,
    keep_worker: Annotated[
        bool, typer.Option(help="Leave the worker running afterwards (the page, the CLI, Prometheus).")
    ] = True,
) -> None:
    """The whole pipeline on the real local stack: a rollout goes sycophantic, the detectors fire,
    a Slack alert arrives, the automatic patch is applied and verified, the alert resolves.

    Exit codes: 0 the story happened; 3 something expected did not happen (the summary says
    what, in words); 1 the demo could not run (stack, worker); 2 invalid configuration."""
    from monitor.runtime.demo import run_demo

    _stack("up", "kafka", "redis", "prometheus")
    try:
        rc = asyncio.run(
            run_demo(
                settings_or_exit(config),
                Console(soft_wrap=not sys.stdout.isatty()),
                speed=speed,
                seed=seed,
                keep_worker=keep_worker,
            )
        )
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    raise typer.Exit(rc)


@app.command()
def publish(
    input: Annotated[Path, typer.Option("--input", "-i", help="JSONL file; each line is sent as is.")],
    config: ConfigOpt = None,
) -> None:
    """Send each line of a file, unchanged (malformed ones too), to the responses topic."""
    from monitor.runtime.publish import publish_lines

    settings = settings_or_exit(config)
    n = asyncio.run(publish_lines(settings, input.read_bytes().splitlines()))
    console.print(f"published {n} records to {settings.topics.responses}")


PrefixOpt = Annotated[
    str | None,
    typer.Option(
        "--prefix", help="Redis key prefix (default: the settings' redis.prefix; `make demo` prints its own)."
    ),
]


def _with_prefix(s: Settings, prefix: str | None) -> Settings:
    if prefix is None:
        return s
    return s.model_copy(update={"redis": s.redis.model_copy(update={"prefix": prefix})})


@app.command()
def versions(
    config: ConfigOpt = None,
    prefix: PrefixOpt = None,
    at: Annotated[
        str,
        typer.Option(
            "--at",
            help="End of the windows: 'now' (wall clock), 'latest' (the newest event minute with data: "
            "for replayed or back-dated traffic, and a stream that stopped) or an ISO time.",
        ),
    ] = "now",
    segment: Annotated[
        str,
        typer.Option(
            help="The series: 'all', or one segment as key=value (segment=probe: the prober's turns, "
            "corrected with that review segment's own figures once it has enough labels).",
        ),
    ] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Per model version rolling rates, read from the Redis mirror (all workers merged)."""
    from monitor.adapters.redis_state import RedisState
    from monitor.runtime.review import JudgeAssessor
    from monitor.runtime.views import SEGMENT_PATTERN, version_views

    s = _with_prefix(settings_or_exit(config), prefix)
    if not SEGMENT_PATTERN.match(segment):
        console.print(f"[red]error:[/red] --segment: 'all' or key=value, not {segment!r}")
        raise typer.Exit(2)
    try:
        fixed = None if at in ("now", "latest") else int(_parse_time(at).timestamp()) // 60
    except ValueError as exc:
        console.print(f"[red]error:[/red] --at: {exc}")
        raise typer.Exit(2) from exc

    async def read() -> tuple[int, dict[str, object]]:
        state = RedisState.from_settings(s)
        judges = JudgeAssessor.for_configured_model(s, state.client)
        try:
            end = int(_now().timestamp()) // 60 if fixed is None else fixed
            if at == "latest":
                seen = await state.versions()
                end = max(seen.values()) if seen else end
            return end, await version_views(state, end, segment, judges=judges)
        finally:
            await state.close()

    try:
        end, data = asyncio.run(read())
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        console.print(f"hint: is Redis up (`sycomon dev status`)? prefix {s.redis.prefix!r}")
        raise typer.Exit(1) from exc
    if as_json:
        print(json.dumps(data, indent=1))
        return
    if not data:
        console.print(
            f"no model version has data under the Redis prefix {s.redis.prefix!r}"
            " (`make demo` prints its own prefix: --prefix demoHHMMSS)"
        )
    table = Table(
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        title=f"sycophancy by model version{'' if segment == 'all' else f' [{segment}]'}, windows ending "
        f"{datetime.fromtimestamp((end + 1) * 60, UTC):%Y-%m-%d %H:%M} UTC "
        f"({'wall clock' if at == 'now' else 'event time'})",
        caption="up|flag, up|other: thumbs-up rate of flagged and of other replies; corrected: the "
        "rate corrected for the judge's errors [95%] (basis, labels); kinds: the flagged share of each kind",
    )
    for name in ("version", "win", "n", "flag", "rate [95% CI]", "up|flag", "up|other"):
        left = name in ("version", "win", "rate [95% CI]")
        table.add_column(name, no_wrap=True, min_width=len(name), justify="left" if left else "right")
    out = Console()
    wide = out.width >= 120  # the kinds get their own lines below the table on a narrow terminal
    if wide:
        table.add_column("corrected rate [95%] (basis, labels)", overflow="fold")
        table.add_column("top kinds", overflow="fold", ratio=1)
    for version, info in data.items():
        assert isinstance(info, dict)
        for name, view in info["windows"].items():
            rate = view["rate"]
            table.add_row(
                version,
                name,
                str(view["n"]),
                str(view["flagged"]),
                "-" if rate is None else f"{rate:.1%} [{view['rate_lo']:.1%}-{view['rate_hi']:.1%}]",
                "-" if view["up_rate_flagged"] is None else f"{view['up_rate_flagged']:.0%}",
                "-" if view["up_rate_unflagged"] is None else f"{view['up_rate_unflagged']:.0%}",
                *([_corrected(view.get("corrected")), _top_kinds(view)] if wide else []),
            )
    out.print(table)
    if not wide:
        for version, info in data.items():
            assert isinstance(info, dict)
            hour = info["windows"]["1h"]
            out.print(f"{version}, 1h: corrected {_corrected(hour.get('corrected'))}; top kinds "
                      f"{_top_kinds(hour)}", highlight=False)  # fmt: skip


def _parse_time(text: str) -> datetime:
    at = datetime.fromisoformat(text)
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _corrected(c: dict[str, Any] | None) -> str:
    """``4.8% [2.9%, 7.1%] (labels, 412)``: the rate corrected for the judge's errors."""
    if not c or c.get("value") is None:
        return "-" if not c else "not identifiable"
    return f"{c['value']:.1%} [{c['low']:.1%}, {c['high']:.1%}] ({c['basis']}, {c['labels']})"


def _top_kinds(view: dict[str, Any], top: int = 3) -> str:
    """``unearned praise 6.2%, caving 1.1%``: the most frequent kinds among flagged turns."""
    from monitor.core.categories import label_of

    rates = view.get("rate_by_category") or {}
    ranked = sorted(((r, k) for k, r in rates.items() if r), reverse=True)[:top]
    return ", ".join(f"{label_of(k)} {r:.1%}" for r, k in ranked) or "-"


@app.command()
def sampling(
    model_version: str,
    rate: Annotated[float | None, typer.Argument(min=0.0, max=1.0, help="New rate (or --clear).")] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Remove the override.")] = False,
    comment: Annotated[str | None, typer.Option("--comment", help="Recorded in the audit log.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Override a model version's sampling rate live (workers pick it up within seconds).

    The override is signed with ``mitigation.signing_key`` (workers ignore unsigned ones) and
    audited with the actor ``cli:<os user>``."""
    import getpass
    from datetime import UTC, datetime

    from monitor.adapters.mitigation_store import RedisMitigationStore
    from monitor.adapters.redis_state import RedisState
    from monitor.core.mitigation_model import Action, ActionKind

    if (rate is None) != clear:
        console.print("[red]error:[/red] give a RATE or --clear")
        raise typer.Exit(2)
    s = settings_or_exit(config)

    async def write() -> None:
        state = RedisState.from_settings(s)
        store = RedisMitigationStore.from_url(
            s.redis.url.get_secret_value(), s.redis.prefix, signer=s.mitigation.record_signer()
        )
        try:
            await state.set_sampling_override(model_version, rate)
            actor = f"cli:{getpass.getuser()}"
            await store.append_audit(Action(
                kind=ActionKind.RECORD, at=datetime.now(UTC),
                actor=f"{actor} ({comment.strip()[:120]})" if comment and comment.strip() else actor,
                reason="sampling_override",
                detail="override cleared" if rate is None else f"sampling rate {rate}",
                model_version=model_version,
            ))  # fmt: skip
        finally:
            await state.close()
            await store.close()

    asyncio.run(write())
    console.print(f"{model_version}: " + ("override cleared" if clear else f"sampling rate {rate}"))


def _stack(*args: str) -> None:
    script = REPO / "deploy" / "local" / "stack.sh"
    rc = subprocess.call(["bash", str(script), *args], env=os.environ.copy())
    if rc:
        raise typer.Exit(rc)


@dev.command("up")
def dev_up(
    services: Annotated[list[str] | None, typer.Argument(help="kafka redis prometheus")] = None,
) -> None:
    """Install what is missing and start the services (each only if not already reachable)."""
    _stack("up", *(services or []))


@dev.command("down")
def dev_down(services: Annotated[list[str] | None, typer.Argument()] = None) -> None:
    """Stop what `dev up` started (by pid file), and the worker `make demo` left running; leaves
    services it did not start alone."""
    from monitor.runtime.demo import stop_demo_worker

    if not services:
        stop_demo_worker(console)
    _stack("down", *(services or []))


@dev.command("status")
def dev_status() -> None:
    """One line per service."""
    _stack("status")


def _mount_optional() -> None:
    import importlib.util

    if importlib.util.find_spec("monitor.cli_mitigations"):
        from monitor.cli_mitigations import app as mitigations_app

        app.add_typer(mitigations_app, name="mitigations", help="List, approve and clear mitigations.")
    if importlib.util.find_spec("monitor.cli_score"):
        from monitor.cli_score import score_cli

        app.command("score")(score_cli)
    from monitor.cli_calibrate import calibrate_command
    from monitor.cli_review import app as review_app

    app.command("calibrate")(calibrate_command)

    app.add_typer(review_app, name="review")
    from monitor.probes.cli import gate_command, prober_command
    from monitor.sim.cli import simulate_command
    from monitor.sim.cli_serve import serve_command

    simulate_app = typer.Typer(invoke_without_command=True, pretty_exceptions_enable=False)
    simulate_app.callback()(simulate_command)
    simulate_app.command("serve")(serve_command)
    app.add_typer(simulate_app, name="simulate")
    app.command("gate")(gate_command)
    app.command("prober")(prober_command)
    from monitor.cli_report import report

    app.command("report")(report)


def main() -> None:
    _mount_optional()
    try:
        app()
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        sys.exit(1)
