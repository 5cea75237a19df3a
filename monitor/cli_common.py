"""What every ``sycomon`` command module shares: the ``--config`` option and loading the settings
from it. Its own module so that command modules mounted by :mod:`monitor.cli` need not import it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from monitor.errors import MonitorError
from monitor.settings import Settings, load_settings

__all__ = ["ConfigOpt", "settings_or_exit"]

_err = Console(stderr=True)

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML or YAML settings file.", envvar="SYCOMON_CONFIG")
]


def settings_or_exit(config: Path | None) -> Settings:
    """The settings from ``config`` (and the environment); on a bad configuration, the error on
    stderr and exit code 2."""
    try:
        return load_settings(config)
    except MonitorError as exc:
        _err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
