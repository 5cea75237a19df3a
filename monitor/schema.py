"""JSON Schema of the wire records, committed under docs/schema/ (a test keeps them in sync)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from monitor.core.events import Alert, DeadLetter, ResponseEvent, ScoredTurn
from monitor.core.review.labels import Label

__all__ = ["SCHEMAS", "render", "write_schemas"]

SCHEMAS: dict[str, type[BaseModel]] = {
    "response_event.v1.json": ResponseEvent,
    "scored_turn.v1.json": ScoredTurn,
    "dead_letter.v1.json": DeadLetter,
    "alert.v1.json": Alert,
    "label.v1.json": Label,
}


def render(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(mode="validation"), indent=2, sort_keys=True) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = out_dir / name
        path.write_text(render(model))
        written.append(path)
    return written
