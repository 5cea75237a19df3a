"""Small file readers shared by the loaders (stdlib only)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from monitor.errors import MonitorError

__all__ = ["DatasetError", "read_csv", "read_json", "read_jsonl", "to_float"]


class DatasetError(MonitorError):
    """A dataset file is missing or does not have the expected format."""


def _require(path: Path) -> None:
    if not path.is_file():
        raise DatasetError(f"dataset file not found: {path}")


def read_csv(path: Path) -> list[dict[str, str]]:
    """All rows of a CSV file as dicts (cells may hold long multi-line replies)."""
    _require(path)
    csv.field_size_limit(sys.maxsize)
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """JSON objects, one per non-blank line; a malformed line raises :class:`DatasetError`."""
    _require(path)
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path}:{lineno}: not JSON: {exc}") from exc
            if not isinstance(obj, dict):
                raise DatasetError(f"{path}:{lineno}: expected a JSON object")
            yield obj


def read_json(path: Path) -> Any:
    """A whole JSON document."""
    _require(path)
    with path.open(encoding="utf-8") as fh:
        try:
            return json.load(fh)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path}: not JSON: {exc}") from exc


def to_float(value: str | float | int | None) -> float | None:
    """A numeric cell, or ``None`` for empty / ``None`` / ``nan`` cells."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = value.strip()
    if not text or text.lower() in {"none", "nan", "null"}:
        return None
    try:
        return float(text)
    except ValueError as exc:
        raise DatasetError(f"not a number: {value!r}") from exc
