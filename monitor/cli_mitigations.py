"""``sycomon mitigations list|approve|clear|kill-switch|audit``: the operator's side of mitigations.

Every command goes through :class:`~monitor.adapters.mitigation_store.MitigationService`, the
same code path (and Redis lock) as the worker and the HTTP API, so each change is audited.
"""

from __future__ import annotations

import asyncio
import getpass
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from monitor.adapters.mitigation_store import AuditEntry, MitigationService
from monitor.cli_common import ConfigOpt
from monitor.core.mitigation_model import OPEN, MitigationSettings, MitigationState
from monitor.core.policy import MitigationConflict, MitigationNotFound
from monitor.errors import MonitorError
from monitor.runtime.services import build_mitigation, redis_mitigation_store

__all__ = ["app", "build_service"]

T = TypeVar("T")

app = typer.Typer(name="mitigations", help="List, approve and clear mitigations.", no_args_is_help=True)
console = Console(stderr=True)
out = Console()

RedisOpt = Annotated[
    str | None,
    typer.Option("--redis-url", envvar="SYCOMON_REDIS_URL", help="Default: the settings' redis.url."),
]
PrefixOpt = Annotated[
    str | None,
    typer.Option(
        "--prefix", help="Redis key prefix (default: the settings' redis.prefix; `make demo` prints its own)."
    ),
]
ActorOpt = Annotated[
    str | None,
    typer.Option(
        "--comment",
        "--actor",
        help="A comment recorded with the change. The actor is always cli:<os user> (not settable).",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def _load(
    config: Path | None, redis_url: str | None, prefix: str | None = None
) -> tuple[MitigationSettings, str, str, float]:
    from monitor.settings import load_settings

    settings = load_settings(config)
    mitigation = getattr(settings, "mitigation", None)
    if not isinstance(mitigation, MitigationSettings):
        mitigation = MitigationSettings()
    url = redis_url or settings.redis.url.get_secret_value()
    return mitigation, url, prefix or settings.redis.prefix, settings.redis.socket_timeout_s


def build_service(
    settings: MitigationSettings, redis_url: str, prefix: str = "sycomon", socket_timeout_s: float = 2.0
) -> tuple[MitigationService, Callable[[], Awaitable[None]]]:
    """A service for one-shot use (:func:`monitor.runtime.services.build_mitigation`, as the
    worker's), and the coroutine function that closes what it opened."""
    store = redis_mitigation_store(settings, redis_url, prefix, socket_timeout_s)
    service = build_mitigation(settings, store)
    return service, service.close


def _actor(comment: str | None) -> str:
    """``cli:<os user>``: derived from the identity running the command, never from a flag; a
    ``--comment`` is appended in parentheses (it cannot stand in for the actor)."""
    actor = f"cli:{getpass.getuser()}"
    return f"{actor} ({comment.strip()[:120]})" if comment and comment.strip() else actor


def _run(
    config: Path | None,
    redis_url: str | None,
    prefix_opt: str | None,
    fn: Callable[[MitigationService], Awaitable[T]],
) -> T:
    try:
        settings, url, prefix, socket_timeout_s = _load(config, redis_url, prefix_opt)
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc

    async def go() -> T:
        service, close = build_service(settings, url, prefix, socket_timeout_s)
        try:
            return await fn(service)
        finally:
            await close()

    try:
        return asyncio.run(go())
    except MitigationNotFound as exc:
        console.print(f"[red]not found:[/red] {exc}")
        raise typer.Exit(1) from exc
    except MitigationConflict as exc:
        console.print(f"[yellow]refused:[/yellow] {exc}")
        raise typer.Exit(1) from exc
    except MonitorError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(3) from exc


def _print_entries(entries: list[AuditEntry], as_json: bool) -> None:
    if as_json:
        out.print_json(json.dumps([e.to_json() for e in entries]))
        return
    for e in entries:
        a = e.action
        out.print(f"{e.stream_id}  {a.kind.value:<16} {a.model_version or '-':<16} {a.reason}  {a.detail}")


@app.command("list")
def list_(
    config: ConfigOpt = None,
    redis_url: RedisOpt = None,
    prefix: PrefixOpt = None,
    show_all: Annotated[bool, typer.Option("--all", help="Include expired and cleared ones.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Open mitigations (pending approval or in force) and the kill switch."""
    state: MitigationState = _run(config, redis_url, prefix, lambda s: s.state())
    items = [m for m in state.mitigations if show_all or m.status in OPEN]
    if as_json:
        doc: dict[str, Any] = {
            "kill_switch": state.kill_switch,
            "mitigations": [m.model_dump(mode="json") for m in items],
        }
        out.print_json(json.dumps(doc))
        return
    out.print(f"kill switch: {'ENGAGED' if state.kill_switch else 'released'}")
    table = Table("id", "status", "model version", "action", "policy", "alert", "expires", "rate pre/post")
    for m in items:
        what = f"patch {m.patch.patch_id}@v{m.patch.version}" if m.patch else f"webhook {m.webhook_url}"
        pre = f"{m.pre_rate:.1%}" if m.pre_rate is not None else "-"
        post = f"{m.post_rate:.1%} (n={m.post_scored})" if m.post_rate is not None else "-"
        expires = m.expires_at.isoformat(timespec="seconds") if m.expires_at else "-"
        table.add_row(
            m.id, m.status.value, m.model_version, what, m.policy, m.fingerprint, expires, f"{pre} / {post}"
        )
    out.print(table)


@app.command()
def approve(
    mitigation_id: Annotated[str, typer.Argument(help="The id shown by `list` or in the approval request.")],
    config: ConfigOpt = None,
    redis_url: RedisOpt = None,
    prefix: PrefixOpt = None,
    actor: ActorOpt = None,
) -> None:
    """Apply a mitigation that is pending approval."""
    m = _run(config, redis_url, prefix, lambda s: s.approve(mitigation_id, _actor(actor)))
    out.print(f"{m.id}: {m.status.value} for {m.model_version} until {m.expires_at}")


@app.command()
def clear(
    model_version: Annotated[str, typer.Argument(help="Model version whose mitigation to remove.")],
    config: ConfigOpt = None,
    redis_url: RedisOpt = None,
    prefix: PrefixOpt = None,
    actor: ActorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Remove the version's patch / pending mitigation now (gateways fall back to the base prompt)."""
    entries = _run(config, redis_url, prefix, lambda s: s.clear(model_version, _actor(actor)))
    if not entries and not as_json:
        out.print(f"nothing to clear for {model_version}")
    _print_entries(entries, as_json)


@app.command("kill-switch")
def kill_switch(
    state: Annotated[str, typer.Argument(help="on (clears every open mitigation) or off.")],
    config: ConfigOpt = None,
    redis_url: RedisOpt = None,
    prefix: PrefixOpt = None,
    actor: ActorOpt = None,
) -> None:
    """Engage or release the runtime kill switch."""
    if state not in ("on", "off"):
        console.print("[red]error:[/red] expected on or off")
        raise typer.Exit(2)
    entries = _run(config, redis_url, prefix, lambda s: s.set_kill_switch(state == "on", _actor(actor)))
    _print_entries(entries, False)


@app.command()
def audit(
    config: ConfigOpt = None,
    redis_url: RedisOpt = None,
    prefix: PrefixOpt = None,
    count: Annotated[int, typer.Option("--count", "-n", min=1)] = 50,
    as_json: JsonOpt = False,
) -> None:
    """The latest audit log entries, oldest first."""
    _print_entries(_run(config, redis_url, prefix, lambda s: s.store.read_audit(count)), as_json)
