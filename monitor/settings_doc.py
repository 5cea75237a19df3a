"""Render docs/configuration.md from the Settings model (a test keeps the file current)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, get_args

from pydantic import BaseModel, SecretStr
from pydantic.fields import FieldInfo

from monitor.settings import Settings

__all__ = ["render_configuration"]

_HEAD = """# Configuration

Generated from `monitor/settings.py` by `sycomon config-doc` (do not edit by hand; a test checks it).

Settings come from, highest precedence first: environment variables (prefix `SYCOMON_`, `__`
between nested names), the TOML or YAML file given by `--config` (or `SYCOMON_CONFIG`), a
secrets directory (one file per top-level section, e.g. `/run/secrets/sycomon_redis`), then the
defaults below. `sycomon check-config` prints the effective configuration with secrets redacted.
Secrets (`SecretStr`) are never logged or printed.

| setting | env var | default | description |
|---|---|---|---|
"""


def _default(info: FieldInfo) -> str:
    if info.is_required():
        return "*(required)*"
    value = info.get_default(call_default_factory=True)
    if isinstance(value, SecretStr):
        return "*(secret)*"
    if isinstance(value, BaseModel):
        return ""
    try:
        text = json.dumps(value, default=str)
    except (TypeError, ValueError):
        text = str(value)
    if "/work/" in text or text.startswith('"/'):
        text = "*(the shipped model dir)*" if "models" in text else text
    return f"`{text}`" if len(text) < 60 else f"`{text[:57]}...`"


def _rows(model: type[BaseModel], prefix: str) -> Iterator[str]:
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        annotation: Any = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _rows(annotation, f"{path}.")
            continue
        sections = [a for a in get_args(annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
        if sections:  # an optional section, e.g. sinks.slack: off unless configured
            yield f"| `{path}` | | unset = off | {(info.description or 'Optional section.')} |"
            yield from _rows(sections[0], f"{path}.")
            continue
        env = "SYCOMON_" + path.upper().replace(".", "__")
        desc = (info.description or "").replace("|", "\\|").replace("\n", " ")
        yield f"| `{path}` | `{env}` | {_default(info)} | {desc} |"


def render_configuration() -> str:
    return _HEAD + "\n".join(_rows(Settings, "")) + "\n"
